// Evidence nodes of each article, keyed by (edge, article, start), linked to its Article node.
// CREATE, not MERGE: the articles' old evidence was deleted first and each key comes once, so
// a repeat would be a bug, which the evidence_key constraint turns into a failed write.
UNWIND $articles AS item
MATCH (a:Node:Article {id: item.node})
UNWIND item.rows AS row
CREATE (e:Evidence {subject: row.subject, predicate: row.predicate, object: row.object, article: row.article, start: row.start,
                    end: row.end, section: row.section, sentence: row.sentence, sources: row.sources,
                    extractor: row.extractor, extractorVersion: row.extractorVersion, weight: row.weight, cue: row.cue})
CREATE (e)-[:EVIDENCE_FROM]->(a)
