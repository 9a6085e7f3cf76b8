// Current id of each id: itself when it is a node, else the target of its alias.
UNWIND $ids AS id
OPTIONAL MATCH (n:Node {id: id})
OPTIONAL MATCH (a:Alias {id: id})
RETURN id, CASE WHEN n IS NOT NULL THEN id ELSE a.target END AS current
