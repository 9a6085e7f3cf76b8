UNWIND $keys AS key
MATCH (c:Computed {namespace: $namespace, key: key})
DELETE c
