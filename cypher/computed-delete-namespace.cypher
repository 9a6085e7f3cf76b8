MATCH (c:Computed {namespace: $namespace})
DELETE c
