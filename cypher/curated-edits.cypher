MATCH (c:CuratedEdit)
RETURN c.subject AS subject, c.predicate AS predicate, c.object AS object, c.action AS action,
       c.editor AS editor, c.reason AS reason, c.at AS at
ORDER BY c.at DESC, c.seq DESC
