// What the articles of a group contribute now, in one round trip: their evidence as (article,
// edge, weights), every edge (either way) at their Article nodes, and their recorded links from
// or to them (each found by an index seek, never a label scan).
CALL () {
  UNWIND $slugs AS slug
  MATCH (e:Evidence {article: slug})
  WITH slug, e.subject AS subject, e.predicate AS predicate, e.object AS object, collect(e.weight) AS weights
  RETURN collect({slug: slug, subject: subject, predicate: predicate, object: object, weights: weights}) AS evidence
}
CALL () {
  UNWIND $articleNodeIds AS id
  MATCH (:Node:Article {id: id})-[r]-(:Node)
  WITH DISTINCT r
  RETURN collect({subject: startNode(r).id, predicate: type(r), object: endNode(r).id}) AS edges
}
CALL () {
  UNWIND $slugs AS slug
  CALL (slug) {
    MATCH (l:ArticleLink {source: slug})
    RETURN l
    UNION
    MATCH (l:ArticleLink {target: slug})
    RETURN l
  }
  WITH DISTINCT l
  RETURN collect(l {.source, .target, .sourceNode, .targetNode}) AS links
}
RETURN evidence, edges, links
