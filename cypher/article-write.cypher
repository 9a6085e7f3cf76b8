// Each article's record (cleaned text, sections as JSON) on its Article node; null drops a field.
UNWIND $rows AS row
MATCH (a:Node:Article {id: row.id})
SET a += row.properties
