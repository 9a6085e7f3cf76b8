UNWIND $keys AS k
MATCH (s:Node {id: k.subject})-[r]->(o:Node {id: k.object})
WHERE type(r) = k.predicate
RETURN k.subject AS subject, k.predicate AS predicate, k.object AS object
