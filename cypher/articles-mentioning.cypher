// Slugs of the articles naming each entity (MENTIONS or ABOUT).
UNWIND $ids AS id
MATCH (m:Node {id: id})<-[r:MENTIONS|ABOUT]-(a:Article)
WHERE NOT r.retracted
RETURN id, collect(DISTINCT a.slug) AS slugs
