// Deletes one node with every relationship at it and its search names.
MATCH (n:Node {id: $id})
OPTIONAL MATCH (s:SearchName {node: $id})
WITH n, collect(s) AS names
FOREACH (name IN names | DELETE name)
DETACH DELETE n
