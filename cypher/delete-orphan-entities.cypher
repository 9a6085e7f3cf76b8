// Entity nodes (never articles) that no relationship touches any more go, with their names.
UNWIND $ids AS id
MATCH (n:Node {id: id})
WHERE NOT n:Article AND NOT EXISTS { (n)--() }
OPTIONAL MATCH (s:SearchName {node: id})
WITH n, collect(s) AS names
FOREACH (name IN names | DELETE name)
DELETE n
