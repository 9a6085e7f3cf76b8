// Nodes a group write left without any relationship (their search names go separately). DELETE,
// not DETACH DELETE: a node that still has a relationship fails the write instead of losing it.
UNWIND $ids AS id
MATCH (n:Node {id: id})
DELETE n
