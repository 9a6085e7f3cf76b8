// Visible outgoing edges of the given nodes, with their evidence, in (subject, predicate, object) order.
UNWIND $ids AS id
MATCH (s:Node {id: id})-[r]->(o:Node)
WHERE type(r) IN $predicates AND NOT r.retracted
OPTIONAL MATCH (e:Evidence {subject: s.id, predicate: type(r), object: o.id})
WITH s, r, o, collect(e {.*}) AS evidence
RETURN s.id AS subject, type(r) AS predicate, o.id AS object,
       r.confidence AS confidence, r.evidenceCount AS evidenceCount, r.articleCount AS articleCount, r.curated AS curated,
       evidence
ORDER BY subject, predicate, object
