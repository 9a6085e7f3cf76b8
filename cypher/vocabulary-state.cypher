// Entry count and the running sum of entry digests: together, the vocabulary version.
MATCH (v:VocabEntry)
WITH count(v) AS count
OPTIONAL MATCH (m:Meta {id: 'vocabulary'})
RETURN count, coalesce(m.digestSum, '0') AS digestSum
