import type { GraphNode } from '../../domain/graph.js';
import { mergeNode, sameNode } from '../../domain/node-merge.js';
import { searchKey } from '../../domain/text.js';
import type { QueryRunner } from './executor.js';
import { asMap, asString, nodeProperties, toGraphNode } from './records.js';

/**
 * Current id of each id: itself when it is a node, else the alias target when it is an old id
 * (the SQLite adapter's rule); unknown ids are absent.
 */
export async function resolveIds(runner: QueryRunner, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await runner.run('resolve-ids', { ids: [...new Set(ids)] });
  const resolved = new Map<string, string>();
  for (const row of rows) if (row['current'] !== null) resolved.set(asString(row['id']), asString(row['current']));
  return resolved;
}

/** The id an incoming id is stored under: the alias target when the id is an old one. */
export async function canonicalIds(runner: QueryRunner, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await runner.run('alias-targets', { ids: [...new Set(ids)] });
  const canonical = new Map<string, string>(ids.map((id) => [id, id]));
  for (const row of rows) canonical.set(asString(row['id']), asString(row['target']));
  return canonical;
}

export async function getNodes(runner: QueryRunner, ids: readonly string[]): Promise<(GraphNode | null)[]> {
  const resolved = await resolveIds(runner, ids);
  const stored = await readNodes(runner, [...new Set(resolved.values())]);
  return ids.map((id) => {
    const current = resolved.get(id);
    return (current === undefined ? undefined : stored.get(current)) ?? null;
  });
}

/** Stored nodes by exact id (no alias resolution). */
export async function readNodes(runner: QueryRunner, ids: readonly string[]): Promise<Map<string, GraphNode>> {
  const nodes = new Map<string, GraphNode>();
  if (ids.length === 0) return nodes;
  for (const row of await runner.run('nodes-by-id', { ids })) {
    const properties = asMap(row['node']);
    if (properties) nodes.set(asString(properties['id']), toGraphNode(properties));
  }
  return nodes;
}

/**
 * Upserts nodes (merging each into what is stored, in input order) and keeps their search names
 * in step. Writes only nodes that change, in one batched query.
 */
export async function upsertNodes(runner: QueryRunner, incoming: readonly GraphNode[]): Promise<void> {
  if (incoming.length === 0) return;
  const stored = await readNodes(runner, [...new Set(incoming.map((node) => node.id))]);
  const changed = new Map<string, GraphNode>();
  for (const node of incoming) {
    const current = changed.get(node.id) ?? stored.get(node.id);
    const merged = mergeNode(current, node);
    if (!current || !sameNode(current, merged)) changed.set(node.id, merged);
  }
  await writeNodes(runner, [...changed.values()], []);
}

/**
 * Writes nodes as given (properties and kind label) in one batched query and replaces the search
 * names of those and of the `removed` ids (already deleted nodes, whose names go).
 */
export async function writeNodes(runner: QueryRunner, nodes: readonly GraphNode[], removed: readonly string[]): Promise<void> {
  if (nodes.length > 0) await runner.run('upsert-nodes', { rows: nodes.map(nodeProperties) });
  if (nodes.length === 0 && removed.length === 0) return;
  const rows = nodes.flatMap((node) =>
    [...new Set([node.name, ...node.synonyms])]
      .map((name) => ({ node: node.id, name, key: searchKey(name) }))
      .filter((row) => row.key !== ''),
  );
  await runner.run('search-names-replace', { ids: [...nodes.map((node) => node.id), ...removed], rows });
}

/** Deletes the given entity nodes no relationship touches any more (with their search names). */
export async function deleteOrphanEntities(runner: QueryRunner, ids: Iterable<string>): Promise<void> {
  const candidates = [...new Set(ids)];
  if (candidates.length > 0) await runner.run('delete-orphan-entities', { ids: candidates });
}

/** Which of the ids are stored nodes. */
export async function existingNodes(runner: QueryRunner, ids: Iterable<string>): Promise<Set<string>> {
  const list = [...new Set(ids)];
  if (list.length === 0) return new Set();
  return new Set((await runner.run('nodes-existing', { ids: list })).map((row) => asString(row['id'])));
}
