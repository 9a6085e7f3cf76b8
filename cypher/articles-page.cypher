// Articles by id (= by slug: every Article id is medkg:article:<slug>), after a keyset cursor.
MATCH (a:Article)
WHERE a.id > $after
RETURN a.slug AS slug, a.title AS title, a.url AS url, a.primaryEntity AS primaryEntity, a.contentHash AS contentHash
ORDER BY a.id
LIMIT $limit
