import { MAX_UNCURATED_CONFIDENCE, computeConfidence } from '../../domain/confidence.js';
import { type EdgeKey, type Evidence, edgeKeyString } from '../../domain/graph.js';
import type { EdgeSummary } from '../port.js';
import type { Db } from './database.js';
import { EDGE_COLUMNS, EVIDENCE_ORDER, type EdgeRow, type EvidenceRow, keyParams, toEdgeSummary, toEvidence } from './rows.js';
import { sql } from './statements.js';

/** Evidence rows read per edge when refreshing its confidence (see refreshEdges). */
const EVIDENCE_SAMPLE = 64;

/**
 * Creates the edge row when missing, with `confidence` (what its first evidence gives it);
 * returns true when it was new.
 */
export function ensureEdge(db: Db, key: EdgeKey, confidence = 0): boolean {
  const result = sql(db, 'INSERT OR IGNORE INTO edges (subject, predicate, object, confidence) VALUES (?, ?, ?, ?)')
    .run(...keyParams(key), confidence);
  return result.changes > 0;
}

export function insertEvidence(db: Db, key: EdgeKey, evidence: Evidence): void {
  sql(db, 
    `INSERT INTO evidence (subject, predicate, object, article, section, sentence, start_offset, end_offset,
       sources, extractor, extractor_version, weight, cue) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    ...keyParams(key),
    evidence.article,
    evidence.section,
    evidence.sentence,
    evidence.start,
    evidence.end,
    JSON.stringify(evidence.sources),
    evidence.extractor,
    evidence.extractorVersion,
    evidence.weight,
    evidence.cue ?? null,
  );
}

export function edgeExists(db: Db, key: EdgeKey): boolean {
  return sql(db, 'SELECT 1 FROM edges WHERE subject = ? AND predicate = ? AND object = ?').get(...keyParams(key)) !== undefined;
}

export function dedupeKeys(keys: Iterable<EdgeKey>): EdgeKey[] {
  const byString = new Map<string, EdgeKey>();
  for (const key of keys) byString.set(edgeKeyString(key), key);
  return [...byString.values()];
}

/**
 * Recomputes the confidence of each edge from its evidence (domain/confidence.ts) and deletes
 * the edges left with nothing to stand on: no evidence, no curation, no retraction to remember,
 * and not an article link (LINKS_TO lives as long as both articles do). Returns how many went.
 */
export function refreshEdges(db: Db, keys: Iterable<EdgeKey>): number {
  // One statement per edge for its state and a sample of its evidence weights. A hub edge (a
  // symptom of a common disease) gathers evidence from thousands of articles; reading all of it
  // on every ingest would make ingest quadratic, and a few strong articles already take the
  // confidence to its cap, which more evidence cannot raise.
  const state = sql(db,
    `SELECT e.curated, e.retracted,
       (SELECT json_group_array(json_array(v.article, v.weight)) FROM
         (SELECT article, weight FROM evidence v
           WHERE v.subject = e.subject AND v.predicate = e.predicate AND v.object = e.object LIMIT ${EVIDENCE_SAMPLE + 1}) v) AS weights
       FROM edges e WHERE e.subject = ? AND e.predicate = ? AND e.object = ?`,
  );
  const allWeights = sql(db, 'SELECT article, weight FROM evidence WHERE subject = ? AND predicate = ? AND object = ?');
  const update = sql(db, 'UPDATE edges SET confidence = ? WHERE subject = ? AND predicate = ? AND object = ?');
  const remove = sql(db, 'DELETE FROM edges WHERE subject = ? AND predicate = ? AND object = ?');
  let removed = 0;
  for (const key of dedupeKeys(keys)) {
    const row = state.get(...keyParams(key)) as { curated: number; retracted: number; weights: string } | undefined;
    if (!row) continue;
    const sample = (JSON.parse(row.weights) as [string, number][]).map(([article, weight]) => ({ article, weight }));
    if (key.predicate === 'LINKS_TO') {
      update.run(1, ...keyParams(key));
    } else if (sample.length === 0 && row.curated === 0 && row.retracted === 0) {
      remove.run(...keyParams(key));
      removed += 1;
    } else {
      const curated = row.curated === 1 ? [{ article: '', weight: 1, curated: true }] : [];
      let confidence = computeConfidence([...sample, ...curated]);
      // Confidence only grows with evidence: a capped sample is the exact answer; otherwise a
      // truncated sample must be completed.
      if (sample.length > EVIDENCE_SAMPLE && confidence < MAX_UNCURATED_CONFIDENCE) {
        const evidence = allWeights.all(...keyParams(key)) as { article: string; weight: number }[];
        confidence = computeConfidence([...evidence, ...curated]);
      }
      update.run(confidence, ...keyParams(key));
    }
  }
  return removed;
}

export function edgeEvidence(db: Db, keys: readonly EdgeKey[]): Evidence[][] {
  const select = sql(db, 
    `SELECT v.* FROM evidence v JOIN edges e USING (subject, predicate, object)
      WHERE v.subject = ? AND v.predicate = ? AND v.object = ? AND e.retracted = 0 ORDER BY ${EVIDENCE_ORDER}`,
  );
  return keys.map((key) => (select.all(...keyParams(key)) as EvidenceRow[]).map(toEvidence));
}

export function getEdges(db: Db, keys: readonly EdgeKey[]): (EdgeSummary | null)[] {
  const select = sql(db, 
    `SELECT ${EDGE_COLUMNS} FROM edges e WHERE e.subject = ? AND e.predicate = ? AND e.object = ? AND e.retracted = 0`,
  );
  return keys.map((key) => {
    const row = select.get(...keyParams(key)) as EdgeRow | undefined;
    return row ? toEdgeSummary(row) : null;
  });
}
