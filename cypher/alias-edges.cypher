// Every edge at a node (either way) with its editors' flags, to move it onto another node.
MATCH (n:Node {id: $id})-[r]-(:Node)
RETURN DISTINCT startNode(r).id AS subject, type(r) AS predicate, endNode(r).id AS object,
       r.curated AS curated, r.retracted AS retracted
