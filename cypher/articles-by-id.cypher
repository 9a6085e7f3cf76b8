UNWIND $ids AS id
MATCH (a:Node:Article {id: id})
RETURN id, a {.slug, .title, .url, .wordpressId, .category, .updatedAt, .contentHash, .cleanedText, .sections, .primaryEntity} AS article
