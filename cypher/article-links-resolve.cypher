// Materialises LINKS_TO for every recorded link from or to the article whose two ends exist.
MATCH (l:ArticleLink)
WHERE l.source = $slug OR l.target = $slug
MATCH (a:Article {id: l.sourceNode}), (b:Article {id: l.targetNode})
MERGE (a)-[r:LINKS_TO]->(b)
ON CREATE SET r.confidence = 1, r.evidenceCount = 0, r.articleCount = 0, r.curated = false, r.retracted = false
RETURN a.id AS subject, b.id AS object
