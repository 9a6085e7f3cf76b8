MATCH (a:Article)
WITH count(a) AS articles
OPTIONAL MATCH (m:Meta {id: 'data'})
RETURN articles, m.lastIngestAt AS lastIngestAt
