// {{type}} is one predicate from domain/predicates.ts. Counts are set by edges-update.
UNWIND $rows AS row
MATCH (s:Node {id: row.subject}), (o:Node {id: row.object})
MERGE (s)-[r:{{type}}]->(o)
ON CREATE SET r.confidence = 0, r.evidenceCount = 0, r.articleCount = 0, r.curated = false, r.retracted = false
