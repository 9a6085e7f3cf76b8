// One keyset page of the visible edges at a node, ordered by (predicate, direction, neighbour id).
MATCH (n:Node {id: $id})
CALL (n) {
  MATCH (n)-[r]->(m:Node)
  WHERE $direction <> 'in' AND type(r) IN $predicates AND NOT r.retracted
  RETURN r, m, 'out' AS direction
  UNION ALL
  MATCH (n)<-[r]-(m:Node)
  WHERE $direction <> 'out' AND type(r) IN $predicates AND NOT r.retracted
  RETURN r, m, 'in' AS direction
}
WITH r, m, direction, type(r) AS predicate
WHERE ($kinds IS NULL OR m.kind IN $kinds)
  AND ($after IS NULL OR predicate > $after.p
       OR (predicate = $after.p AND (direction > $after.d OR (direction = $after.d AND m.id > $after.n))))
RETURN predicate, direction, startNode(r).id AS subject, endNode(r).id AS object,
       r.confidence AS confidence, r.evidenceCount AS evidenceCount, r.articleCount AS articleCount, r.curated AS curated,
       m {.id, .kind, .name, .synonyms, .xrefs, .description, .status} AS node
ORDER BY predicate, direction, m.id
LIMIT $limit
