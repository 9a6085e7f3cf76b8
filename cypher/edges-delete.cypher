UNWIND $keys AS k
MATCH (s:Node {id: k.subject})-[r]->(o:Node {id: k.object})
WHERE type(r) = k.predicate
DELETE r
