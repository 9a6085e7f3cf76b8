import type { GraphNode } from '../../domain/graph.js';
import { mergeNode, sameNode } from '../../domain/node-merge.js';
import { searchKey } from '../../domain/text.js';
import type { Db } from './database.js';
import { NODE_COLUMNS, type NodeRow, toNode } from './rows.js';
import { sql, sqlValue } from './statements.js';

/** Current id of each id: itself when it is a node, the alias target when it is an old id. */
export function resolveIds(db: Db, ids: readonly string[]): Map<string, string> {
  const resolved = new Map<string, string>();
  const alias = sqlValue(db, 'SELECT new_id FROM aliases WHERE old_id = ?');
  const exists = sqlValue(db, 'SELECT 1 FROM nodes WHERE id = ?');
  for (const id of ids) {
    if (exists.get(id) !== undefined) resolved.set(id, id);
    else {
      const target = alias.get(id) as string | undefined;
      if (target !== undefined) resolved.set(id, target);
    }
  }
  return resolved;
}

/** The id an incoming id should be stored under: the alias target when the id is an old one. */
export function canonicalId(db: Db, id: string): string {
  const target = sqlValue(db, 'SELECT new_id FROM aliases WHERE old_id = ?').get(id) as string | undefined;
  return target ?? id;
}

export function getNodes(db: Db, ids: readonly string[]): (GraphNode | null)[] {
  const resolved = resolveIds(db, ids);
  const select = sql(db, `SELECT ${NODE_COLUMNS} FROM nodes n WHERE n.id = ?`);
  return ids.map((id) => {
    const current = resolved.get(id);
    const row = current === undefined ? undefined : (select.get(current) as NodeRow | undefined);
    return row ? toNode(row) : null;
  });
}

export function getNode(db: Db, id: string): GraphNode | null {
  const row = sql(db, `SELECT ${NODE_COLUMNS} FROM nodes n WHERE n.id = ?`).get(id) as NodeRow | undefined;
  return row ? toNode(row) : null;
}

/**
 * Merges an incoming node into the stored one (domain/node-merge.ts, the rule both stores share).
 * Returns true when it was new.
 */
export function upsertNode(db: Db, incoming: GraphNode): boolean {
  const existing = getNode(db, incoming.id);
  const merged = mergeNode(existing ?? undefined, incoming);
  if (existing && sameNode(existing, merged)) return false;
  sql(db, 
    `INSERT INTO nodes (id, kind, name, synonyms, xrefs, description, status) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name, synonyms = excluded.synonyms,
       xrefs = excluded.xrefs, description = excluded.description, status = excluded.status`,
  ).run(
    merged.id,
    merged.kind,
    merged.name,
    JSON.stringify(merged.synonyms),
    JSON.stringify(merged.xrefs),
    merged.description ?? null,
    merged.status,
  );
  writeNames(db, merged);
  return existing === null;
}

/** Keeps the searchable names (name + synonyms, with their search keys) in step with the node. */
function writeNames(db: Db, node: GraphNode): void {
  sql(db, 'DELETE FROM node_names WHERE node_id = ?').run(node.id);
  const insert = sql(db, 'INSERT OR IGNORE INTO node_names (node_id, name, key) VALUES (?, ?, ?)');
  for (const name of [node.name, ...node.synonyms]) {
    const key = searchKey(name);
    if (key !== '') insert.run(node.id, name, key);
  }
}

export function deleteNode(db: Db, id: string): void {
  sql(db, 'DELETE FROM node_names WHERE node_id = ?').run(id);
  sql(db, 'DELETE FROM nodes WHERE id = ?').run(id);
}

/** Deletes the given entity nodes that no edge touches any more; returns how many went. */
export function deleteOrphanEntities(db: Db, ids: Iterable<string>): number {
  const orphan = sql(db, 
    `SELECT 1 FROM nodes n WHERE n.id = ? AND n.kind <> 'Article'
       AND NOT EXISTS (SELECT 1 FROM edges WHERE subject = n.id)
       AND NOT EXISTS (SELECT 1 FROM edges WHERE object = n.id)`,
  );
  let removed = 0;
  for (const id of new Set(ids)) {
    if (orphan.get(id) === undefined) continue;
    deleteNode(db, id);
    removed += 1;
  }
  return removed;
}
