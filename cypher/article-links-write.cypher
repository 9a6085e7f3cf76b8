UNWIND $rows AS row
MERGE (l:ArticleLink {source: row.source, target: row.target})
SET l.sourceNode = row.sourceNode, l.targetNode = row.targetNode
