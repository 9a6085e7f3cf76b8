MATCH (s:SearchName {key: $key})
RETURN s.node AS node, s.name AS name, s.key AS key
