// The article's record (cleaned text, sections as JSON) on its Article node; null drops a field.
MATCH (a:Article {id: $id})
SET a += $properties
