import { z } from 'zod';
import { MedkgError, badInput } from '../../domain/errors.js';
import { edgeKeySchema, edgeKeyString } from '../../domain/graph.js';
import type { EdgeKey } from '../../domain/graph.js';
import { fitsSignature } from '../../domain/predicates.js';
import type { CuratedEdit, EditorDecision } from '../port.js';
import { ensureEdges, refreshEdges } from './edges.js';
import type { QueryRunner } from './executor.js';
import { bumpDataVersion } from './meta.js';
import { readNodes, resolveIds } from './nodes.js';
import { asString } from './records.js';

const decisionSchema = z.object({ editor: z.string().min(1), reason: z.string(), at: z.string().min(1) });

/** The edge with its ends resolved through aliases; both ends must exist and fit the predicate. */
async function resolveCuratedKey(runner: QueryRunner, input: EdgeKey, decision: EditorDecision): Promise<EdgeKey> {
  const parsed = edgeKeySchema.safeParse(input);
  if (!parsed.success) throw badInput(`invalid edge: ${parsed.error.message}`);
  if (!decisionSchema.safeParse(decision).success) throw badInput('an editor decision needs editor, reason and time');
  const ids = await resolveIds(runner, [parsed.data.subject, parsed.data.object]);
  const subjectId = ids.get(parsed.data.subject) ?? parsed.data.subject;
  const objectId = ids.get(parsed.data.object) ?? parsed.data.object;
  const nodes = await readNodes(runner, [subjectId, objectId]);
  const subject = nodes.get(subjectId);
  const object = nodes.get(objectId);
  if (!subject || !object) throw new MedkgError('NOT_FOUND', `edge ${edgeKeyString(parsed.data)} names an unknown node`);
  if (!fitsSignature(parsed.data.predicate, subject.kind, object.kind)) {
    throw badInput(`${parsed.data.predicate} does not join ${subject.kind} to ${object.kind}`);
  }
  return { subject: subject.id, predicate: parsed.data.predicate, object: object.id };
}

/**
 * Adds ('add': visible with confidence 1 whatever the articles say) or retracts ('retract':
 * hidden from every read, even when articles assert it again) an edge, and logs the decision.
 * The caller runs it in one write transaction.
 */
export async function curateEdge(runner: QueryRunner, input: EdgeKey, decision: EditorDecision, action: 'add' | 'retract'): Promise<void> {
  const key = await resolveCuratedKey(runner, input, decision);
  await ensureEdges(runner, [key]);
  await runner.run('edges-set-flags', { merge: false, rows: [{ ...key, curated: action === 'add', retracted: action === 'retract' }] });
  await refreshEdges(runner, [key]);
  await runner.run('curated-edit-log', { ...key, action, editor: decision.editor, reason: decision.reason, at: decision.at });
  await bumpDataVersion(runner);
}

/** Curated additions and retractions, newest first. */
export async function curatedEdits(runner: QueryRunner): Promise<CuratedEdit[]> {
  const rows = await runner.run('curated-edits');
  return rows.map((row) => ({
    subject: asString(row['subject']),
    predicate: asString(row['predicate']) as CuratedEdit['predicate'],
    object: asString(row['object']),
    action: row['action'] === 'retract' ? 'retract' : 'add',
    editor: asString(row['editor']),
    reason: asString(row['reason']),
    at: asString(row['at']),
  }));
}
