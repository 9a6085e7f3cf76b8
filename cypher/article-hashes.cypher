MATCH (a:Article)
RETURN a.slug AS slug, a.contentHash AS contentHash
ORDER BY a.id
