// Every relation of one reference source, before its rows are written again.
MATCH (r:ReferenceRelation {source: $source})
DELETE r
