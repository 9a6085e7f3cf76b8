// Each existing edge with its flags and the (article, weight) of every piece of its evidence.
UNWIND $keys AS k
MATCH (s:Node {id: k.subject})-[r]->(o:Node {id: k.object})
WHERE type(r) = k.predicate
OPTIONAL MATCH (e:Evidence {subject: k.subject, predicate: k.predicate, object: k.object})
RETURN k.subject AS subject, k.predicate AS predicate, k.object AS object,
       r.curated AS curated, r.retracted AS retracted,
       collect(CASE WHEN e IS NULL THEN null ELSE {article: e.article, weight: e.weight} END) AS evidence
