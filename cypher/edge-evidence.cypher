// Evidence of each visible edge, by position in $keys (a retracted edge shows none).
UNWIND range(0, size($keys) - 1) AS i
WITH i, $keys[i] AS k
MATCH (s:Node {id: k.subject})-[r]->(o:Node {id: k.object})
WHERE type(r) = k.predicate AND NOT r.retracted
MATCH (e:Evidence {subject: k.subject, predicate: k.predicate, object: k.object})
RETURN i, collect(e {.*}) AS evidence
