// Re-keys evidence onto a moved edge; a piece the new edge already has (same article and start) is dropped.
UNWIND $rows AS row
MATCH (e:Evidence {subject: row.subject, predicate: row.predicate, object: row.object})
OPTIONAL MATCH (clash:Evidence {subject: row.newSubject, predicate: row.predicate, object: row.newObject, article: e.article, start: e.start})
WITH row, e, clash
FOREACH (_ IN CASE WHEN clash IS NULL THEN [1] ELSE [] END | SET e.subject = row.newSubject, e.object = row.newObject)
FOREACH (_ IN CASE WHEN clash IS NULL THEN [] ELSE [1] END | DETACH DELETE e)
