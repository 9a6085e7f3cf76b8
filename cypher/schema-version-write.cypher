MERGE (m:Meta {id: 'schema'})
SET m.version = $version
