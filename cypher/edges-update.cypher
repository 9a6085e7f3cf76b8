UNWIND $rows AS row
MATCH (s:Node {id: row.subject})-[r]->(o:Node {id: row.object})
WHERE type(r) = row.predicate
SET r.confidence = row.confidence, r.evidenceCount = row.evidenceCount, r.articleCount = row.articleCount
