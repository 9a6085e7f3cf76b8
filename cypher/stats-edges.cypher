MATCH (:Node)-[r]->(:Node)
WHERE type(r) IN $predicates AND NOT r.retracted
RETURN type(r) AS predicate, count(*) AS count
ORDER BY predicate
