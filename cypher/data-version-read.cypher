OPTIONAL MATCH (m:Meta {id: 'data'})
RETURN coalesce(m.version, 0) AS version
