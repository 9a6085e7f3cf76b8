UNWIND $keys AS key
MATCH (c:Computed {namespace: $namespace, key: key})
RETURN key, c.value AS value
