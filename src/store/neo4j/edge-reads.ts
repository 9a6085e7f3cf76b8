import type { EdgeKey, Evidence } from '../../domain/graph.js';
import type { EdgeSummary } from '../port.js';
import type { QueryRunner } from './executor.js';
import { asMap, asNumber, compareEvidence, edgeParams, toEdgeSummary, toEvidence } from './records.js';

/** Evidence of each visible edge, in the order asked; [] for unknown or retracted edges. */
export async function edgeEvidence(runner: QueryRunner, keys: readonly EdgeKey[]): Promise<Evidence[][]> {
  const result: Evidence[][] = keys.map(() => []);
  if (keys.length === 0) return result;
  for (const row of await runner.run('edge-evidence', { keys: keys.map(edgeParams) })) {
    const evidence = (Array.isArray(row['evidence']) ? row['evidence'] : []).map((item) => toEvidence(asMap(item) ?? {}));
    result[asNumber(row['i'])] = evidence.sort(compareEvidence);
  }
  return result;
}

/** Summary of each visible edge, in the order asked; null for unknown or retracted edges. */
export async function getEdges(runner: QueryRunner, keys: readonly EdgeKey[]): Promise<(EdgeSummary | null)[]> {
  const result: (EdgeSummary | null)[] = keys.map(() => null);
  if (keys.length === 0) return result;
  for (const row of await runner.run('edges-by-key', { keys: keys.map(edgeParams) })) result[asNumber(row['i'])] = toEdgeSummary(row);
  return result;
}
