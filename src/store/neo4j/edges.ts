import { computeConfidence } from '../../domain/confidence.js';
import type { EvidenceWeight } from '../../domain/confidence.js';
import { edgeKeyString } from '../../domain/graph.js';
import type { EdgeKey, Evidence, GraphEdge } from '../../domain/graph.js';
import type { QueryRunner, Row } from './executor.js';
import { asMap, asNumber, asString, edgeParams } from './records.js';

export function dedupeKeys(keys: Iterable<EdgeKey>): EdgeKey[] {
  const byString = new Map<string, EdgeKey>();
  for (const key of keys) byString.set(edgeKeyString(key), edgeParams(key) as EdgeKey);
  return [...byString.values()];
}

function keyOf(row: Row): EdgeKey {
  return { subject: asString(row['subject']), predicate: asString(row['predicate']), object: asString(row['object']) } as EdgeKey;
}

/** Which of the edges exist (retracted ones included: they are remembered, only hidden). */
export async function existingEdges(runner: QueryRunner, keys: readonly EdgeKey[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await runner.run('edges-existing', { keys: dedupeKeys(keys) });
  return new Set(rows.map((row) => edgeKeyString(keyOf(row))));
}

/** Creates missing edges in one batched MERGE (each relationship type spelled out in the file). */
export async function ensureEdges(runner: QueryRunner, keys: readonly EdgeKey[]): Promise<void> {
  const rows = dedupeKeys(keys);
  if (rows.length > 0) await runner.run('edges-ensure', { rows });
}

/**
 * Writes an article's evidence as (:Evidence) nodes linked to its Article node. Evidence is
 * keyed by (edge, article, start): a repeat of the same key within one article is kept once.
 */
export async function writeEvidence(runner: QueryRunner, articleNodeId: string, edges: readonly GraphEdge[]): Promise<void> {
  const rows = new Map<string, Record<string, unknown>>();
  for (const edge of edges) {
    for (const evidence of edge.evidence) {
      const key = `${edgeKeyString(edge)}|${evidence.article}|${evidence.start}`;
      if (!rows.has(key)) rows.set(key, { ...edgeParams(edge), ...evidenceProperties(evidence) });
    }
  }
  if (rows.size > 0) await runner.run('evidence-write', { articleNodeId, rows: [...rows.values()] });
}

function evidenceProperties(evidence: Evidence): Record<string, unknown> {
  return {
    article: evidence.article,
    section: evidence.section,
    sentence: evidence.sentence,
    start: evidence.start,
    end: evidence.end,
    sources: evidence.sources,
    extractor: evidence.extractor,
    extractorVersion: evidence.extractorVersion,
    weight: evidence.weight,
    cue: evidence.cue ?? null,
  };
}

/**
 * Recomputes confidence and counts of each edge from its evidence (domain/confidence.ts, in
 * JS, inside the caller's write transaction) and deletes edges left with nothing to stand on:
 * no evidence, no curation, no retraction to remember, and not an article link (LINKS_TO lives
 * as long as both articles do). Same rule as the SQLite adapter.
 */
export async function refreshEdges(runner: QueryRunner, keys: Iterable<EdgeKey>): Promise<void> {
  const unique = dedupeKeys(keys);
  if (unique.length === 0) return;
  const updates: Record<string, unknown>[] = [];
  const removals: EdgeKey[] = [];
  for (const row of await runner.run('edges-weights', { keys: unique })) {
    const key = keyOf(row);
    const evidence = (Array.isArray(row['evidence']) ? row['evidence'] : []).map((item) => {
      const map = asMap(item) ?? {};
      return { article: asString(map['article']), weight: asNumber(map['weight']) };
    });
    const curated = row['curated'] === true;
    if (key.predicate === 'LINKS_TO') {
      updates.push({ ...key, confidence: 1, evidenceCount: 0, articleCount: 0 });
    } else if (evidence.length === 0 && !curated && row['retracted'] !== true) {
      removals.push(key);
    } else {
      const weights: EvidenceWeight[] = curated ? [...evidence, { article: '', weight: 1, curated: true }] : evidence;
      const articleCount = new Set(evidence.map((item) => item.article)).size;
      updates.push({ ...key, confidence: computeConfidence(weights), evidenceCount: evidence.length, articleCount });
    }
  }
  if (updates.length > 0) await runner.run('edges-update', { rows: updates });
  if (removals.length > 0) await runner.run('edges-delete', { keys: removals });
}
