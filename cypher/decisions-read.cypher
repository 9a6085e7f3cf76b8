MATCH (d:SuggestionDecision)
RETURN d.suggestion AS suggestion, d.kind AS kind, d.verdict AS verdict, d.editor AS editor,
       d.reason AS reason, d.at AS at, d.detail AS detail
ORDER BY d.at, d.suggestion, d.verdict
