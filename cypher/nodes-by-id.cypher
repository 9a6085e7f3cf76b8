UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN n {.id, .kind, .name, .synonyms, .xrefs, .description, .status} AS node
