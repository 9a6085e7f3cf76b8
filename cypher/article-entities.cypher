// Entities each article names, ordered by entity id then predicate.
UNWIND $ids AS id
MATCH (a:Node:Article {id: id})-[r:MENTIONS|ABOUT]->(m:Node)
WHERE NOT r.retracted
RETURN id, m.id AS entity, m.kind AS kind, type(r) AS predicate
ORDER BY id, entity, predicate
