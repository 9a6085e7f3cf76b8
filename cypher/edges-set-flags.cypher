// Editors' flags on edges: set outright, or OR-ed into what is there when $merge (alias moves).
UNWIND $rows AS row
MATCH (s:Node {id: row.subject})-[r]->(o:Node {id: row.object})
WHERE type(r) = row.predicate
SET r.curated = CASE WHEN $merge THEN r.curated OR row.curated ELSE row.curated END,
    r.retracted = CASE WHEN $merge THEN r.retracted OR row.retracted ELSE row.retracted END
