// Every shortest path of at most {{maxHops}} visible edges of the asked types ({{types}}, from
// the predicate enum), walked either way. Article nodes are reachable only through article
// predicates, so clinical predicates alone never pass through one.
MATCH (a:Node {id: $from}), (b:Node {id: $to})
MATCH p = allShortestPaths((a)-[:{{types}}*..{{maxHops}}]-(b))
WHERE all(r IN relationships(p) WHERE NOT r.retracted)
RETURN [n IN nodes(p) | n.id] AS nodes,
       [r IN relationships(p) | {subject: startNode(r).id, predicate: type(r), object: endNode(r).id}] AS edges
LIMIT $limit
