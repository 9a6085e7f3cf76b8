// Appends to the editors' audit log; seq orders edits made at the same instant.
MERGE (m:Meta {id: 'curation'})
SET m.seq = coalesce(m.seq, 0) + 1
CREATE (:CuratedEdit {seq: m.seq, subject: $subject, predicate: $predicate, object: $object, action: $action,
                      editor: $editor, reason: $reason, at: $at})
