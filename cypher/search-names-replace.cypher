// Replaces the search names of the given nodes: one (:SearchName) per distinct name or synonym.
CALL () {
  UNWIND $ids AS id
  MATCH (s:SearchName {node: id})
  DELETE s
}
UNWIND $rows AS row
CREATE (:SearchName {node: row.node, name: row.name, key: row.key, words: row.key})
