// Typo-tolerant candidates from the two full-text indexes: whole keys and single words, each
// within $edits edits (Lucene fuzzy terms); the caller re-checks the edit distance.
CALL db.index.fulltext.queryNodes('search_name_whole', $wholeQuery, {limit: $pool}) YIELD node
RETURN node.node AS node, node.name AS name, node.key AS key
UNION
CALL db.index.fulltext.queryNodes('search_name_words', $wordsQuery, {limit: $pool}) YIELD node
RETURN node.node AS node, node.name AS name, node.key AS key
