import { badInput } from '../../domain/errors.js';
import type { EdgeKey } from '../../domain/graph.js';
import type { GraphPath, PathOptions } from '../port.js';
import type { QueryRunner } from './executor.js';
import { resolveIds } from './nodes.js';
import { asMap, asString } from './records.js';

/** Cypher variable-length bounds are literals: hops beyond this are clamped (no real path is longer). */
const MAX_HOPS = 10;
/** Shortest paths read before ordering; far more than any caller asks for. */
const PATH_POOL = 10_000;

function stepKey(path: GraphPath, index: number): string {
  const edge = path.edges[index - 1];
  return `${path.nodes[index] ?? ''}\u0000${edge?.predicate ?? ''}\u0000${edge?.subject ?? ''}\u0000${edge?.object ?? ''}`;
}

/** Orders equal-length paths step by step: next node id, then the edge walked (SQLite's order). */
function comparePaths(a: GraphPath, b: GraphPath): number {
  if (a.nodes.length !== b.nodes.length) return a.nodes.length - b.nodes.length;
  for (let index = 1; index < a.nodes.length; index += 1) {
    const left = stepKey(a, index);
    const right = stepKey(b, index);
    if (left !== right) return left < right ? -1 : 1;
  }
  return 0;
}

function toPath(nodes: unknown, edges: unknown): GraphPath {
  return {
    nodes: (Array.isArray(nodes) ? nodes : []).map((id) => String(id)),
    edges: (Array.isArray(edges) ? edges : []).map((item) => {
      const map = asMap(item) ?? {};
      return { subject: asString(map['subject']), predicate: asString(map['predicate']), object: asString(map['object']) } as EdgeKey;
    }),
  };
}

/**
 * Every shortest path (≤ maxHops) between two nodes over the given predicates, either way,
 * pushed down as one allShortestPaths query and ordered here by node-id sequence, at most
 * `first`. Same answers as the SQLite adapter's breadth-first search.
 */
export async function shortestPaths(runner: QueryRunner, fromId: string, toId: string, options: PathOptions): Promise<GraphPath[]> {
  if (!Number.isInteger(options.maxHops) || options.maxHops < 0) throw badInput('"maxHops" must be a non-negative integer');
  if (!Number.isInteger(options.first) || options.first < 0) throw badInput('"first" must be a non-negative integer');
  const resolved = await resolveIds(runner, [fromId, toId]);
  const from = resolved.get(fromId);
  const to = resolved.get(toId);
  if (from === undefined || to === undefined || options.first === 0) return [];
  if (from === to) return [{ nodes: [from], edges: [] }];
  const types = [...new Set(options.predicates)];
  if (options.maxHops === 0 || types.length === 0) return [];
  const template = { types, maxHops: Math.min(options.maxHops, MAX_HOPS) };
  const rows = await runner.run('shortest-paths', { from, to, limit: PATH_POOL }, template);
  return rows
    .map((row) => toPath(row['nodes'], row['edges']))
    .sort(comparePaths)
    .slice(0, options.first);
}
