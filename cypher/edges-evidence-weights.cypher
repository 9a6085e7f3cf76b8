// Every (article, weight) of each edge's evidence apart from the articles in $exclude: for the
// few edges whose sampled evidence (edges-standing) cannot settle their confidence.
UNWIND $keys AS k
MATCH (e:Evidence {subject: k.subject, predicate: k.predicate, object: k.object})
WHERE NOT e.article IN $exclude
RETURN k.subject AS subject, k.predicate AS predicate, k.object AS object,
       collect({article: e.article, weight: e.weight}) AS evidence
