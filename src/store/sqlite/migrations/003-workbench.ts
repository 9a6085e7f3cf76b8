/**
 * Version 3: the editors' workbench keeps what cannot be re-derived from articles. Reference
 * relations (ClinGen, GARD…) are a layer of their own, never joined into `edges`; suggestion
 * decisions are an append-only log that re-ingest and rebuilds never touch.
 */
export const WORKBENCH = `
CREATE TABLE reference_relations (
  source TEXT NOT NULL,
  ordinal INTEGER NOT NULL,
  subject TEXT NOT NULL,
  predicate TEXT NOT NULL,
  object TEXT NOT NULL,
  object_alternatives TEXT NOT NULL,
  subject_label TEXT NOT NULL,
  object_label TEXT NOT NULL,
  classification TEXT NOT NULL,
  strength REAL NOT NULL,
  refutes INTEGER NOT NULL,
  PRIMARY KEY (source, ordinal)
) WITHOUT ROWID;

CREATE TABLE suggestion_decisions (
  suggestion TEXT NOT NULL,
  verdict TEXT NOT NULL CHECK (verdict IN ('accepted', 'rejected')),
  at TEXT NOT NULL,
  kind TEXT NOT NULL,
  editor TEXT NOT NULL,
  reason TEXT NOT NULL,
  detail TEXT NOT NULL,
  PRIMARY KEY (suggestion, verdict, at)
) WITHOUT ROWID;
CREATE INDEX suggestion_decisions_at ON suggestion_decisions (at, suggestion);
`;
