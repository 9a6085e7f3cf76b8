// Reference relations are nodes of their own label, never :Node and never relationships, so
// no graph read (neighbours, paths, exports, stats) can mistake them for article edges.
UNWIND $rows AS row
CREATE (r:ReferenceRelation)
SET r = row
