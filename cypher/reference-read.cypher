MATCH (r:ReferenceRelation)
WHERE $sources IS NULL OR r.source IN $sources
RETURN r.source AS source, r.subject AS subject, r.predicate AS predicate, r.object AS object,
       r.objectAlternatives AS objectAlternatives, r.subjectLabel AS subjectLabel, r.objectLabel AS objectLabel,
       r.classification AS classification, r.strength AS strength, r.refutes AS refutes
ORDER BY r.source, r.ordinal
