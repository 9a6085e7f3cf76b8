import type { GraphSnapshot, SnapshotEdge } from './snapshot.js';

/** Undirected neighbours over the clinical edges, and the edges between each pair. */
export interface Adjacency {
  readonly neighbours: ReadonlyMap<string, ReadonlySet<string>>;
  /** Edges between two nodes, keyed by `pairKey`. */
  readonly between: ReadonlyMap<string, readonly SnapshotEdge[]>;
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

const cache = new WeakMap<GraphSnapshot, Adjacency>();

/** Built once per snapshot (several finders share it). */
export function adjacencyOf(snapshot: GraphSnapshot): Adjacency {
  const cached = cache.get(snapshot);
  if (cached) return cached;
  const neighbours = new Map<string, Set<string>>();
  const between = new Map<string, SnapshotEdge[]>();
  const link = (from: string, to: string): void => {
    const set = neighbours.get(from);
    if (set) set.add(to);
    else neighbours.set(from, new Set([to]));
  };
  for (const edge of snapshot.clinical) {
    link(edge.subject, edge.object);
    link(edge.object, edge.subject);
    const key = pairKey(edge.subject, edge.object);
    const list = between.get(key);
    if (list) list.push(edge);
    else between.set(key, [edge]);
  }
  const adjacency = { neighbours, between };
  cache.set(snapshot, adjacency);
  return adjacency;
}
