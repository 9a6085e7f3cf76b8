import type { GraphStats, GraphStore } from '../store/port.js';

export interface GraphStatistics extends GraphStats {
  readonly nodes: number;
  readonly edges: number;
}

/** Counts per kind and predicate with their totals, articles and the last ingest time. */
export async function graphStatistics(store: GraphStore): Promise<GraphStatistics> {
  const stats = await store.stats();
  const sum = (counts: Readonly<Record<string, number>>): number => Object.values(counts).reduce((total, count) => total + count, 0);
  return { ...stats, nodes: sum(stats.nodesByKind), edges: sum(stats.edgesByPredicate) };
}
