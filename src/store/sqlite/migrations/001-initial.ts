/**
 * Version 1: nodes with their searchable names (FTS5 trigram index for typo-tolerant search),
 * aliases, articles with their pending links, edges with evidence, editors' decisions,
 * vocabulary, precomputed values and a small key/value table for counters.
 */
export const INITIAL_SCHEMA = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE nodes (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  synonyms TEXT NOT NULL DEFAULT '[]',
  xrefs TEXT NOT NULL DEFAULT '[]',
  description TEXT,
  status TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX nodes_kind ON nodes (kind, id);

CREATE TABLE node_names (
  rowid INTEGER PRIMARY KEY,
  node_id TEXT NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  key TEXT NOT NULL,
  UNIQUE (node_id, name)
);
CREATE INDEX node_names_key ON node_names (key);
CREATE VIRTUAL TABLE node_names_fts USING fts5 (
  key, content = 'node_names', content_rowid = 'rowid', tokenize = 'trigram'
);
CREATE TRIGGER node_names_ai AFTER INSERT ON node_names BEGIN
  INSERT INTO node_names_fts (rowid, key) VALUES (new.rowid, new.key);
END;
CREATE TRIGGER node_names_ad AFTER DELETE ON node_names BEGIN
  INSERT INTO node_names_fts (node_names_fts, rowid, key) VALUES ('delete', old.rowid, old.key);
END;

CREATE TABLE aliases (old_id TEXT PRIMARY KEY, new_id TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX aliases_new ON aliases (new_id);

CREATE TABLE articles (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  url TEXT,
  primary_entity TEXT,
  content_hash TEXT NOT NULL,
  record TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE article_links (
  source TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  target TEXT NOT NULL,
  PRIMARY KEY (source, target)
) WITHOUT ROWID;
CREATE INDEX article_links_target ON article_links (target);

CREATE TABLE edges (
  subject TEXT NOT NULL REFERENCES nodes (id),
  predicate TEXT NOT NULL,
  object TEXT NOT NULL REFERENCES nodes (id),
  confidence REAL NOT NULL DEFAULT 0,
  curated INTEGER NOT NULL DEFAULT 0,
  retracted INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (subject, predicate, object)
) WITHOUT ROWID;
CREATE INDEX edges_object ON edges (object, predicate, subject);
CREATE INDEX edges_predicate ON edges (predicate);

CREATE TABLE evidence (
  id INTEGER PRIMARY KEY,
  subject TEXT NOT NULL,
  predicate TEXT NOT NULL,
  object TEXT NOT NULL,
  article TEXT NOT NULL,
  section TEXT NOT NULL,
  sentence TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  sources TEXT NOT NULL,
  extractor TEXT NOT NULL,
  extractor_version TEXT NOT NULL,
  weight REAL NOT NULL,
  cue TEXT,
  FOREIGN KEY (subject, predicate, object) REFERENCES edges (subject, predicate, object) ON DELETE CASCADE
);
CREATE INDEX evidence_edge ON evidence (subject, predicate, object);
CREATE INDEX evidence_article ON evidence (article);

CREATE TABLE curated_edits (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  subject TEXT NOT NULL,
  predicate TEXT NOT NULL,
  object TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('add', 'retract')),
  editor TEXT NOT NULL,
  reason TEXT NOT NULL,
  at TEXT NOT NULL
);

CREATE TABLE vocabulary (id TEXT PRIMARY KEY, entry TEXT NOT NULL, digest TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE computed (
  namespace TEXT NOT NULL,
  key TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (namespace, key)
) WITHOUT ROWID;
`;
