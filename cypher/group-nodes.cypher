// Stored nodes by id with their properties, whether they are articles, and how many
// relationships touch each other node (a self-loop counts twice: once out, once in).
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN n {.id, .kind, .name, .synonyms, .xrefs, .description, .status} AS node, n:Article AS article,
       CASE WHEN n:Article THEN 0 ELSE COUNT { (n)-->() } + COUNT { (n)<--() } END AS degree
