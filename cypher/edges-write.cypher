// The edges a group write leaves standing, with their confidence and counts, in one statement:
// a missing one is created (editors' flags off), an existing one keeps its flags. Each
// relationship type is written out (the closed list of domain/predicates.ts): a row merges only
// the type it names.
UNWIND $rows AS row
MATCH (s:Node {id: row.subject}), (o:Node {id: row.object})
FOREACH (_ IN CASE WHEN row.predicate = 'GENE_ASSOCIATED_WITH' THEN [1] ELSE [] END |
  MERGE (s)-[r:GENE_ASSOCIATED_WITH]->(o)
  ON CREATE SET r.curated = false, r.retracted = false
  SET r.confidence = row.confidence, r.evidenceCount = row.evidenceCount, r.articleCount = row.articleCount)
FOREACH (_ IN CASE WHEN row.predicate = 'TREATS' THEN [1] ELSE [] END |
  MERGE (s)-[r:TREATS]->(o)
  ON CREATE SET r.curated = false, r.retracted = false
  SET r.confidence = row.confidence, r.evidenceCount = row.evidenceCount, r.articleCount = row.articleCount)
FOREACH (_ IN CASE WHEN row.predicate = 'CONTRAINDICATED_IN' THEN [1] ELSE [] END |
  MERGE (s)-[r:CONTRAINDICATED_IN]->(o)
  ON CREATE SET r.curated = false, r.retracted = false
  SET r.confidence = row.confidence, r.evidenceCount = row.evidenceCount, r.articleCount = row.articleCount)
FOREACH (_ IN CASE WHEN row.predicate = 'DIAGNOSES' THEN [1] ELSE [] END |
  MERGE (s)-[r:DIAGNOSES]->(o)
  ON CREATE SET r.curated = false, r.retracted = false
  SET r.confidence = row.confidence, r.evidenceCount = row.evidenceCount, r.articleCount = row.articleCount)
FOREACH (_ IN CASE WHEN row.predicate = 'MONITORS' THEN [1] ELSE [] END |
  MERGE (s)-[r:MONITORS]->(o)
  ON CREATE SET r.curated = false, r.retracted = false
  SET r.confidence = row.confidence, r.evidenceCount = row.evidenceCount, r.articleCount = row.articleCount)
FOREACH (_ IN CASE WHEN row.predicate = 'HAS_PHENOTYPE' THEN [1] ELSE [] END |
  MERGE (s)-[r:HAS_PHENOTYPE]->(o)
  ON CREATE SET r.curated = false, r.retracted = false
  SET r.confidence = row.confidence, r.evidenceCount = row.evidenceCount, r.articleCount = row.articleCount)
FOREACH (_ IN CASE WHEN row.predicate = 'HAS_COMPLICATION' THEN [1] ELSE [] END |
  MERGE (s)-[r:HAS_COMPLICATION]->(o)
  ON CREATE SET r.curated = false, r.retracted = false
  SET r.confidence = row.confidence, r.evidenceCount = row.evidenceCount, r.articleCount = row.articleCount)
FOREACH (_ IN CASE WHEN row.predicate = 'HAS_ADVERSE_EFFECT' THEN [1] ELSE [] END |
  MERGE (s)-[r:HAS_ADVERSE_EFFECT]->(o)
  ON CREATE SET r.curated = false, r.retracted = false
  SET r.confidence = row.confidence, r.evidenceCount = row.evidenceCount, r.articleCount = row.articleCount)
FOREACH (_ IN CASE WHEN row.predicate = 'SUBCLASS_OF' THEN [1] ELSE [] END |
  MERGE (s)-[r:SUBCLASS_OF]->(o)
  ON CREATE SET r.curated = false, r.retracted = false
  SET r.confidence = row.confidence, r.evidenceCount = row.evidenceCount, r.articleCount = row.articleCount)
FOREACH (_ IN CASE WHEN row.predicate = 'MENTIONS' THEN [1] ELSE [] END |
  MERGE (s)-[r:MENTIONS]->(o)
  ON CREATE SET r.curated = false, r.retracted = false
  SET r.confidence = row.confidence, r.evidenceCount = row.evidenceCount, r.articleCount = row.articleCount)
FOREACH (_ IN CASE WHEN row.predicate = 'ABOUT' THEN [1] ELSE [] END |
  MERGE (s)-[r:ABOUT]->(o)
  ON CREATE SET r.curated = false, r.retracted = false
  SET r.confidence = row.confidence, r.evidenceCount = row.evidenceCount, r.articleCount = row.articleCount)
FOREACH (_ IN CASE WHEN row.predicate = 'LINKS_TO' THEN [1] ELSE [] END |
  MERGE (s)-[r:LINKS_TO]->(o)
  ON CREATE SET r.curated = false, r.retracted = false
  SET r.confidence = row.confidence, r.evidenceCount = row.evidenceCount, r.articleCount = row.articleCount)
