UNWIND $rows AS row
MERGE (v:VocabEntry {id: row.id})
SET v.entry = row.entry, v.digest = row.digest
