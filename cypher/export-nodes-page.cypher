MATCH (n:Node)
WHERE n.id > $after
RETURN n {.id, .kind, .name, .synonyms, .xrefs, .description, .status} AS node
ORDER BY n.id
LIMIT $limit
