import { MedkgError, badInput } from '../../domain/errors.js';
import type { EdgeKey } from '../../domain/graph.js';
import type { Db } from './database.js';
import { ensureEdge, refreshEdges } from './edges.js';
import { bumpDataVersion } from './meta.js';
import { canonicalId, deleteNode, getNode, upsertNode } from './nodes.js';
import { sql } from './statements.js';

/** Moves every edge (with its evidence and editors' flags) of `oldId` onto `newId`. */
function moveEdges(db: Db, oldId: string, newId: string): EdgeKey[] {
  const edges = sql(db, 'SELECT subject, predicate, object, curated, retracted FROM edges WHERE subject = ? OR object = ?')
    .all(oldId, oldId) as (EdgeKey & { curated: number; retracted: number })[];
  const flags = sql(db, 
    'UPDATE edges SET curated = max(curated, ?), retracted = max(retracted, ?) WHERE subject = ? AND predicate = ? AND object = ?',
  );
  const evidence = sql(db, 
    'UPDATE evidence SET subject = ?, object = ? WHERE subject = ? AND predicate = ? AND object = ?',
  );
  const remove = sql(db, 'DELETE FROM edges WHERE subject = ? AND predicate = ? AND object = ?');
  const moved: EdgeKey[] = [];
  for (const edge of edges) {
    const key: EdgeKey = {
      subject: edge.subject === oldId ? newId : edge.subject,
      predicate: edge.predicate,
      object: edge.object === oldId ? newId : edge.object,
    };
    ensureEdge(db, key);
    flags.run(edge.curated, edge.retracted, key.subject, key.predicate, key.object);
    evidence.run(key.subject, key.object, edge.subject, edge.predicate, edge.object);
    remove.run(edge.subject, edge.predicate, edge.object);
    moved.push(key);
  }
  return moved;
}

/**
 * Records that `oldId` now means `newId`. When `oldId` is still a node, it is merged into
 * `newId` (names become synonyms, edges and evidence move), so nothing saved under it is lost.
 */
export function addAlias(db: Db, oldId: string, newId: string): void {
  db.transaction(() => {
    const target = canonicalId(db, newId);
    const targetNode = getNode(db, target);
    if (!targetNode) throw new MedkgError('NOT_FOUND', `cannot alias ${oldId} to unknown node ${newId}`);
    if (target === oldId) throw badInput(`${oldId} cannot be an alias of itself`);
    const oldNode = getNode(db, oldId);
    if (oldNode) {
      upsertNode(db, { ...targetNode, synonyms: [...targetNode.synonyms, oldNode.name, ...oldNode.synonyms], xrefs: [...targetNode.xrefs, ...oldNode.xrefs] });
      refreshEdges(db, moveEdges(db, oldId, target));
      deleteNode(db, oldId);
    }
    sql(db, 'UPDATE aliases SET new_id = ? WHERE new_id = ?').run(target, oldId);
    sql(db, 'INSERT INTO aliases (old_id, new_id) VALUES (?, ?) ON CONFLICT (old_id) DO UPDATE SET new_id = excluded.new_id').run(
      oldId,
      target,
    );
    bumpDataVersion(db);
  }).immediate();
}
