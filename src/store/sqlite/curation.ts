import { z } from 'zod';
import { MedkgError, badInput } from '../../domain/errors.js';
import { type EdgeKey, edgeKeySchema, edgeKeyString } from '../../domain/graph.js';
import { fitsSignature } from '../../domain/predicates.js';
import type { CuratedEdit, EditorDecision } from '../port.js';
import type { Db } from './database.js';
import { ensureEdge, refreshEdges } from './edges.js';
import { bumpDataVersion } from './meta.js';
import { getNode, resolveIds } from './nodes.js';
import { sql } from './statements.js';

const decisionSchema = z.object({ editor: z.string().min(1), reason: z.string(), at: z.string().min(1) });

/** The edge with its ends resolved through aliases; both ends must exist and fit the predicate. */
function resolveCuratedKey(db: Db, input: EdgeKey, decision: EditorDecision): EdgeKey {
  const parsed = edgeKeySchema.safeParse(input);
  if (!parsed.success) throw badInput(`invalid edge: ${parsed.error.message}`);
  if (!decisionSchema.safeParse(decision).success) throw badInput('an editor decision needs editor, reason and time');
  const ids = resolveIds(db, [parsed.data.subject, parsed.data.object]);
  const subject = getNode(db, ids.get(parsed.data.subject) ?? parsed.data.subject);
  const object = getNode(db, ids.get(parsed.data.object) ?? parsed.data.object);
  if (!subject || !object) throw new MedkgError('NOT_FOUND', `edge ${edgeKeyString(parsed.data)} names an unknown node`);
  if (!fitsSignature(parsed.data.predicate, subject.kind, object.kind)) {
    throw badInput(`${parsed.data.predicate} does not join ${subject.kind} to ${object.kind}`);
  }
  return { subject: subject.id, predicate: parsed.data.predicate, object: object.id };
}

function logEdit(db: Db, key: EdgeKey, action: 'add' | 'retract', decision: EditorDecision): void {
  sql(db, 
    'INSERT INTO curated_edits (subject, predicate, object, action, editor, reason, at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(key.subject, key.predicate, key.object, action, decision.editor, decision.reason, decision.at);
}

/** An editor asserts the edge: visible with confidence 1 whatever the articles say. */
export function addCuratedEdge(db: Db, input: EdgeKey, decision: EditorDecision): void {
  db.transaction(() => {
    const key = resolveCuratedKey(db, input, decision);
    ensureEdge(db, key);
    sql(db, 'UPDATE edges SET curated = 1, retracted = 0 WHERE subject = ? AND predicate = ? AND object = ?').run(
      key.subject,
      key.predicate,
      key.object,
    );
    refreshEdges(db, [key]);
    logEdit(db, key, 'add', decision);
    bumpDataVersion(db);
  }).immediate();
}

/** An editor retracts the edge: hidden from every read, even when articles assert it again. */
export function retractEdge(db: Db, input: EdgeKey, decision: EditorDecision): void {
  db.transaction(() => {
    const key = resolveCuratedKey(db, input, decision);
    ensureEdge(db, key);
    sql(db, 'UPDATE edges SET curated = 0, retracted = 1 WHERE subject = ? AND predicate = ? AND object = ?').run(
      key.subject,
      key.predicate,
      key.object,
    );
    refreshEdges(db, [key]);
    logEdit(db, key, 'retract', decision);
    bumpDataVersion(db);
  }).immediate();
}

export function curatedEdits(db: Db): CuratedEdit[] {
  const rows = sql(db, 'SELECT subject, predicate, object, action, editor, reason, at FROM curated_edits ORDER BY at DESC, seq DESC')
    .all() as CuratedEdit[];
  return rows.map((row) => ({ ...row }));
}
