UNWIND $ids AS id
MATCH (v:VocabEntry {id: id})
RETURN id, v.digest AS digest
