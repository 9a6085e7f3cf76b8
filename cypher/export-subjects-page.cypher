// The next nodes in id order, whose outgoing edges make the next page of the edge export.
MATCH (n:Node)
WHERE n.id > $after
RETURN n.id AS id
ORDER BY n.id
LIMIT $limit
