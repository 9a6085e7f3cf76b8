// Edges an article contributes: those its evidence supports and every edge at its node.
CALL () {
  MATCH (e:Evidence {article: $slug})
  RETURN DISTINCT e.subject AS subject, e.predicate AS predicate, e.object AS object
  UNION
  MATCH (a:Node:Article {id: $articleNodeId})-[r]-(:Node)
  RETURN startNode(r).id AS subject, type(r) AS predicate, endNode(r).id AS object
}
RETURN subject, predicate, object
