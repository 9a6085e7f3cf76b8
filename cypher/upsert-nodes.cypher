// Upserts nodes of every kind in one statement. Each kind label is written out here (the
// closed list of domain/kinds.ts): a row sets only the label of its kind, a node whose kind
// changed loses the old one.
UNWIND $rows AS row
MERGE (n:Node {id: row.id})
REMOVE n:Disease:Gene:Drug:Test:Phenotype:Procedure:Article
SET n.kind = row.kind,
    n.name = row.name,
    n.synonyms = row.synonyms,
    n.xrefs = row.xrefs,
    n.description = row.description,
    n.status = row.status
FOREACH (_ IN CASE WHEN row.kind = 'Disease' THEN [1] ELSE [] END | SET n:Disease)
FOREACH (_ IN CASE WHEN row.kind = 'Gene' THEN [1] ELSE [] END | SET n:Gene)
FOREACH (_ IN CASE WHEN row.kind = 'Drug' THEN [1] ELSE [] END | SET n:Drug)
FOREACH (_ IN CASE WHEN row.kind = 'Test' THEN [1] ELSE [] END | SET n:Test)
FOREACH (_ IN CASE WHEN row.kind = 'Phenotype' THEN [1] ELSE [] END | SET n:Phenotype)
FOREACH (_ IN CASE WHEN row.kind = 'Procedure' THEN [1] ELSE [] END | SET n:Procedure)
FOREACH (_ IN CASE WHEN row.kind = 'Article' THEN [1] ELSE [] END | SET n:Article)
