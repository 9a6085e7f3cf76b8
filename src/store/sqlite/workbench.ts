import type { Predicate } from '../../domain/predicates.js';
import type { ReferenceRow, SuggestionDecision } from '../port.js';
import type { Db } from './database.js';
import { bumpDataVersion } from './meta.js';
import { sql } from './statements.js';

/** Replaces one reference source's rows in one transaction (row order kept as `ordinal`). */
export function replaceReferenceRelations(db: Db, source: string, rows: readonly ReferenceRow[]): void {
  db.transaction(() => {
    sql(db, 'DELETE FROM reference_relations WHERE source = ?').run(source);
    const insert = sql(
      db,
      `INSERT INTO reference_relations (source, ordinal, subject, predicate, object, object_alternatives, subject_label, object_label, classification, strength, refutes)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    rows.forEach((row, ordinal) => {
      insert.run(source, ordinal, row.subject, row.predicate, row.object, JSON.stringify(row.objectAlternatives), row.subjectLabel, row.objectLabel, row.classification, row.strength, row.refutes ? 1 : 0);
    });
    bumpDataVersion(db);
  }).immediate();
}

interface ReferenceRecord {
  source: string;
  subject: string;
  predicate: Predicate;
  object: string;
  object_alternatives: string;
  subject_label: string;
  object_label: string;
  classification: string;
  strength: number;
  refutes: number;
}

export function referenceRelations(db: Db, sources?: readonly string[]): ReferenceRow[] {
  const columns = 'source, subject, predicate, object, object_alternatives, subject_label, object_label, classification, strength, refutes';
  const records = (
    sources === undefined
      ? sql(db, `SELECT ${columns} FROM reference_relations ORDER BY source, ordinal`).all()
      : sources.flatMap((source) => sql(db, `SELECT ${columns} FROM reference_relations WHERE source = ? ORDER BY ordinal`).all(source))
  ) as ReferenceRecord[];
  const rows = records.map((record) => ({
    source: record.source,
    subject: record.subject,
    predicate: record.predicate,
    object: record.object,
    objectAlternatives: JSON.parse(record.object_alternatives) as string[],
    subjectLabel: record.subject_label,
    objectLabel: record.object_label,
    classification: record.classification,
    strength: record.strength,
    refutes: record.refutes === 1,
  }));
  return sources === undefined ? rows : rows.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
}

export function recordDecision(db: Db, decision: SuggestionDecision): void {
  db.transaction(() => {
    sql(
      db,
      `INSERT INTO suggestion_decisions (suggestion, verdict, at, kind, editor, reason, detail) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (suggestion, verdict, at) DO NOTHING`,
    ).run(decision.suggestion, decision.verdict, decision.at, decision.kind, decision.editor, decision.reason, decision.detail);
    bumpDataVersion(db);
  }).immediate();
}

export function decisions(db: Db): SuggestionDecision[] {
  return sql(db, 'SELECT suggestion, kind, verdict, editor, reason, at, detail FROM suggestion_decisions ORDER BY at, suggestion, verdict').all() as SuggestionDecision[];
}
