// The links the given articles recorded, before their new links are written.
UNWIND $slugs AS slug
MATCH (l:ArticleLink {source: slug})
DELETE l
