// Evidence nodes of one article, keyed by (edge, article, start), linked to the Article node.
MATCH (a:Article {id: $articleNodeId})
UNWIND $rows AS row
MERGE (e:Evidence {subject: row.subject, predicate: row.predicate, object: row.object, article: row.article, start: row.start})
SET e.end = row.end,
    e.section = row.section,
    e.sentence = row.sentence,
    e.sources = row.sources,
    e.extractor = row.extractor,
    e.extractorVersion = row.extractorVersion,
    e.weight = row.weight,
    e.cue = row.cue
MERGE (e)-[:EVIDENCE_FROM]->(a)
