import { MedkgError, badInput } from '../../domain/errors.js';
import type { EdgeKey } from '../../domain/graph.js';
import { ensureEdges, refreshEdges } from './edges.js';
import type { QueryRunner } from './executor.js';
import { bumpDataVersion } from './meta.js';
import { canonicalIds, readNodes, upsertNodes } from './nodes.js';
import { asString } from './records.js';

/** Moves every edge (with its evidence and editors' flags) of `oldId` onto `newId`. */
async function moveEdges(runner: QueryRunner, oldId: string, newId: string): Promise<EdgeKey[]> {
  const rows = await runner.run('alias-edges', { id: oldId });
  const moves = rows.map((row) => {
    const old = { subject: asString(row['subject']), predicate: asString(row['predicate']), object: asString(row['object']) } as EdgeKey;
    const moved: EdgeKey = {
      subject: old.subject === oldId ? newId : old.subject,
      predicate: old.predicate,
      object: old.object === oldId ? newId : old.object,
    };
    return { old, moved, curated: row['curated'] === true, retracted: row['retracted'] === true };
  });
  if (moves.length === 0) return [];
  await ensureEdges(runner, moves.map((move) => move.moved));
  await runner.run('edges-set-flags', { merge: true, rows: moves.map((move) => ({ ...move.moved, curated: move.curated, retracted: move.retracted })) });
  await runner.run('evidence-move', {
    rows: moves.map((move) => ({ ...move.old, newSubject: move.moved.subject, newObject: move.moved.object })),
  });
  await runner.run('edges-delete', { keys: moves.map((move) => move.old) });
  return moves.map((move) => move.moved);
}

/**
 * Records that `oldId` now means `newId`. When `oldId` is still a node, it is merged into
 * `newId` (names become synonyms, edges and evidence move), so nothing saved under it is lost.
 * Same semantics as the SQLite adapter; the caller runs it in one write transaction.
 */
export async function addAlias(runner: QueryRunner, oldId: string, newId: string): Promise<void> {
  const target = (await canonicalIds(runner, [newId])).get(newId) ?? newId;
  const nodes = await readNodes(runner, [target, oldId]);
  const targetNode = nodes.get(target);
  if (!targetNode) throw new MedkgError('NOT_FOUND', `cannot alias ${oldId} to unknown node ${newId}`);
  if (target === oldId) throw badInput(`${oldId} cannot be an alias of itself`);
  const oldNode = nodes.get(oldId);
  if (oldNode) {
    await upsertNodes(runner, [
      { ...targetNode, synonyms: [...targetNode.synonyms, oldNode.name, ...oldNode.synonyms], xrefs: [...targetNode.xrefs, ...oldNode.xrefs] },
    ]);
    await refreshEdges(runner, await moveEdges(runner, oldId, target));
    await runner.run('node-delete', { id: oldId });
  }
  await runner.run('alias-write', { old: oldId, target });
  await bumpDataVersion(runner);
}
