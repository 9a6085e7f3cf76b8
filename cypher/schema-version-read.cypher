OPTIONAL MATCH (m:Meta {id: 'schema'})
RETURN m.version AS version
