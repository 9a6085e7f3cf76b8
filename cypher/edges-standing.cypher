// Each edge (stored or not) with its editors' flags and its evidence apart from the articles in
// $exclude: at most $sample (article, weight) pairs, and the exact counts only when the sample
// is full (a hub edge); otherwise the sample is the whole of it and the caller counts it.
UNWIND $keys AS k
OPTIONAL MATCH (:Node {id: k.subject})-[r]->(:Node {id: k.object})
WHERE type(r) = k.predicate
CALL (k) {
  MATCH (e:Evidence {subject: k.subject, predicate: k.predicate, object: k.object})
  WHERE NOT e.article IN $exclude
  WITH e LIMIT $sample
  RETURN collect({article: e.article, weight: e.weight}) AS sample
}
CALL (k, sample) {
  WITH k WHERE size(sample) >= $sample
  MATCH (e:Evidence {subject: k.subject, predicate: k.predicate, object: k.object})
  WHERE NOT e.article IN $exclude
  RETURN count(e) AS evidenceCount, count(DISTINCT e.article) AS articleCount
}
RETURN k.subject AS subject, k.predicate AS predicate, k.object AS object,
       r IS NOT NULL AS exists, coalesce(r.curated, false) AS curated, coalesce(r.retracted, false) AS retracted,
       sample, evidenceCount, articleCount
