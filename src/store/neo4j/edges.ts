import { edgeKeyString } from '../../domain/graph.js';
import type { EdgeKey } from '../../domain/graph.js';
import { readEdgeStandings, settleFigures } from './edge-standing.js';
import type { QueryRunner } from './executor.js';
import { edgeParams } from './records.js';

export function dedupeKeys(keys: Iterable<EdgeKey>): EdgeKey[] {
  const byString = new Map<string, EdgeKey>();
  for (const key of keys) byString.set(edgeKeyString(key), edgeParams(key) as EdgeKey);
  return [...byString.values()];
}

/** Creates missing edges in one batched MERGE (each relationship type spelled out in the file). */
export async function ensureEdges(runner: QueryRunner, keys: readonly EdgeKey[]): Promise<void> {
  const rows = dedupeKeys(keys);
  if (rows.length > 0) await runner.run('edges-ensure', { rows });
}

/**
 * Whether an edge with this standing goes when refreshed: nothing left to stand on (no evidence,
 * no curation, no retraction to remember) and not an article link (LINKS_TO lives as long as
 * both articles do). Same rule as the SQLite adapter.
 */
export function isUnsupported(key: EdgeKey, evidenceCount: number, curated: boolean, retracted: boolean): boolean {
  return key.predicate !== 'LINKS_TO' && evidenceCount === 0 && !curated && !retracted;
}

/** What an article link's edge always carries: it rests on the link, not on evidence. */
export const LINK_FIGURES = { confidence: 1, evidenceCount: 0, articleCount: 0 } as const;

/**
 * Recomputes confidence and counts of each edge from its evidence (domain/confidence.ts, in
 * JS, inside the caller's write transaction, from a bounded sample of a hub edge's evidence:
 * see edge-standing.ts) and deletes the edges isUnsupported says go.
 */
export async function refreshEdges(runner: QueryRunner, keys: Iterable<EdgeKey>): Promise<void> {
  const unique = dedupeKeys(keys);
  if (unique.length === 0) return;
  const standings = [...(await readEdgeStandings(runner, unique, [])).values()].filter((standing) => standing.exists);
  const removals = standings.filter((standing) => isUnsupported(standing.key, standing.evidence.count, standing.curated, standing.retracted));
  const kept = standings.filter((standing) => !removals.includes(standing));
  const figures = await settleFigures(
    runner,
    kept.filter((standing) => standing.key.predicate !== 'LINKS_TO').map((standing) => ({ key: standing.key, others: standing.evidence, own: new Map(), curated: standing.curated })),
    [],
  );
  const updates = kept.map((standing) => ({ ...edgeParams(standing.key), ...(figures.get(edgeKeyString(standing.key)) ?? LINK_FIGURES) }));
  if (updates.length > 0) await runner.run('edges-update', { rows: updates });
  if (removals.length > 0) await runner.run('edges-delete', { keys: removals.map((standing) => edgeParams(standing.key)) });
}
