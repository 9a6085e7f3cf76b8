MATCH (v:VocabEntry)
WHERE v.id > $after
RETURN v.id AS id, v.entry AS entry
ORDER BY v.id
LIMIT $limit
