// Names whose search key starts with (and is longer than) the text's key: a range index seek.
MATCH (s:SearchName)
WHERE s.key STARTS WITH $key AND s.key <> $key
RETURN s.node AS node, s.name AS name, s.key AS key
