// {{label}} is one kind from domain/kinds.ts; a node whose kind changed loses its old label.
UNWIND $rows AS row
MERGE (n:Node {id: row.id})
REMOVE n:Disease:Gene:Drug:Test:Phenotype:Procedure:Article
SET n:{{label}},
    n.kind = row.kind,
    n.name = row.name,
    n.synonyms = row.synonyms,
    n.xrefs = row.xrefs,
    n.description = row.description,
    n.status = row.status
