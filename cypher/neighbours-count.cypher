// How many visible edges at the node pass the filter ($predicates, $direction, $kinds or null).
MATCH (n:Node {id: $id})
CALL (n) {
  MATCH (n)-[r]->(m:Node)
  WHERE $direction <> 'in' AND type(r) IN $predicates AND NOT r.retracted
  RETURN m
  UNION ALL
  MATCH (n)<-[r]-(m:Node)
  WHERE $direction <> 'out' AND type(r) IN $predicates AND NOT r.retracted
  RETURN m
}
WITH m
WHERE $kinds IS NULL OR m.kind IN $kinds
RETURN count(*) AS total
