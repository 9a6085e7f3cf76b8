UNWIND $rows AS row
MERGE (c:Computed {namespace: $namespace, key: row.key})
SET c.value = row.value
