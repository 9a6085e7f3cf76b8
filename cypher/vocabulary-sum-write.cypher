MERGE (m:Meta {id: 'vocabulary'})
SET m.digestSum = $digestSum
