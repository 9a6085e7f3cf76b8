// Drops an article's evidence, its recorded links and its outgoing LINKS_TO (not its node).
CALL () {
  MATCH (e:Evidence {article: $slug})
  DETACH DELETE e
}
CALL () {
  MATCH (l:ArticleLink {source: $slug})
  DELETE l
}
CALL () {
  MATCH (:Node:Article {id: $articleNodeId})-[r:LINKS_TO]->()
  DELETE r
}
