// Summary of each visible edge, by position in $keys.
UNWIND range(0, size($keys) - 1) AS i
WITH i, $keys[i] AS k
MATCH (s:Node {id: k.subject})-[r]->(o:Node {id: k.object})
WHERE type(r) = k.predicate AND NOT r.retracted
RETURN i, k.subject AS subject, k.predicate AS predicate, k.object AS object,
       r.confidence AS confidence, r.evidenceCount AS evidenceCount, r.articleCount AS articleCount, r.curated AS curated
