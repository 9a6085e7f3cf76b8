import { MAX_UNCURATED_CONFIDENCE, computeConfidence } from '../../domain/confidence.js';
import type { EvidenceWeight } from '../../domain/confidence.js';
import { edgeKeyString } from '../../domain/graph.js';
import type { EdgeKey } from '../../domain/graph.js';
import type { QueryRunner, Row } from './executor.js';
import { asMap, asNumber, asString, edgeParams } from './records.js';
import type { PlainValue } from './values.js';

/**
 * Evidence rows read per edge to compute its confidence (the SQLite adapter reads as many). A
 * hub edge (a symptom of a common disease) gathers evidence from thousands of articles; reading
 * all of it on every write makes ingest quadratic, while a few strong articles already take the
 * confidence to its cap, which more evidence cannot raise.
 */
const EVIDENCE_SAMPLE = 64;

/** An edge's evidence apart from some articles': exact counts and a bounded sample of weights. */
export interface EvidenceTally {
  readonly count: number;
  readonly articles: number;
  readonly sample: readonly EvidenceWeight[];
  /** The sample is all of it. */
  readonly complete: boolean;
}

/** An edge as stored: whether it exists, editors' flags, and its evidence (see EvidenceTally). */
export interface EdgeStanding {
  readonly key: EdgeKey;
  readonly exists: boolean;
  readonly curated: boolean;
  readonly retracted: boolean;
  readonly evidence: EvidenceTally;
}

export interface EdgeFigures {
  readonly confidence: number;
  readonly evidenceCount: number;
  readonly articleCount: number;
}

function keyOf(row: Row): EdgeKey {
  return { subject: asString(row['subject']), predicate: asString(row['predicate']), object: asString(row['object']) } as EdgeKey;
}

function weightsOf(value: PlainValue | undefined): EvidenceWeight[] {
  return (Array.isArray(value) ? value : []).map((item) => {
    const map = asMap(item) ?? {};
    return { article: asString(map['article']), weight: asNumber(map['weight']) };
  });
}

/**
 * Each edge's standing, its evidence counted without the articles in `exclude` (those whose
 * evidence the caller is rewriting and supplies itself). Edges are keyed by edgeKeyString.
 */
export async function readEdgeStandings(runner: QueryRunner, keys: readonly EdgeKey[], exclude: readonly string[]): Promise<Map<string, EdgeStanding>> {
  const standings = new Map<string, EdgeStanding>();
  if (keys.length === 0) return standings;
  const rows = await runner.run('edges-standing', { keys: keys.map(edgeParams), exclude, sample: EVIDENCE_SAMPLE + 1 });
  for (const row of rows) {
    const key = keyOf(row);
    const sample = weightsOf(row['sample']);
    const complete = sample.length <= EVIDENCE_SAMPLE;
    standings.set(edgeKeyString(key), {
      key,
      exists: row['exists'] === true,
      curated: row['curated'] === true,
      retracted: row['retracted'] === true,
      evidence: {
        count: complete ? sample.length : asNumber(row['evidenceCount']),
        articles: complete ? new Set(sample.map((item) => item.article)).size : asNumber(row['articleCount']),
        sample: sample.slice(0, EVIDENCE_SAMPLE),
        complete,
      },
    });
  }
  return standings;
}

/** All evidence weights of each edge apart from the articles in `exclude`, keyed by edgeKeyString. */
async function readAllWeights(runner: QueryRunner, keys: readonly EdgeKey[], exclude: readonly string[]): Promise<Map<string, EvidenceWeight[]>> {
  const weights = new Map<string, EvidenceWeight[]>();
  if (keys.length === 0) return weights;
  for (const row of await runner.run('edges-evidence-weights', { keys: keys.map(edgeParams), exclude })) {
    weights.set(edgeKeyString(keyOf(row)), weightsOf(row['evidence']));
  }
  return weights;
}

/** The tally once every row has been read. */
function completeTally(tally: EvidenceTally, weights: readonly EvidenceWeight[]): EvidenceTally {
  return { ...tally, sample: weights, complete: true };
}

/**
 * Confidence and counts of an edge whose evidence is `others` plus `own` (further articles'
 * weights, each article once), or null when the answer needs all of `others`' rows: its sample
 * is partial and does not already reach the cap. Confidence only grows with evidence, so a
 * sample that reaches the cap gives the exact answer.
 */
export function edgeFigures(others: EvidenceTally, own: ReadonlyMap<string, readonly number[]>, curated: boolean): EdgeFigures | null {
  const weights: EvidenceWeight[] = [...others.sample];
  let evidenceCount = others.count;
  for (const [article, list] of own) {
    evidenceCount += list.length;
    for (const weight of list) weights.push({ article, weight });
  }
  const confidence = computeConfidence(curated ? [...weights, { article: '', weight: 1, curated: true }] : weights);
  if (!others.complete && !curated && confidence < MAX_UNCURATED_CONFIDENCE) return null;
  const ownArticles = [...own.values()].filter((list) => list.length > 0).length;
  return { confidence, evidenceCount, articleCount: others.articles + ownArticles };
}

/** An edge whose confidence and counts are wanted (see edgeFigures). */
export interface FiguresRequest {
  readonly key: EdgeKey;
  readonly others: EvidenceTally;
  readonly own: ReadonlyMap<string, readonly number[]>;
  readonly curated: boolean;
}

/**
 * edgeFigures for each request, reading every row of `others` only for the edges whose sample
 * cannot decide (one query for all of them). Keyed by edgeKeyString.
 */
export async function settleFigures(runner: QueryRunner, requests: readonly FiguresRequest[], exclude: readonly string[]): Promise<Map<string, EdgeFigures>> {
  const settled = new Map<string, EdgeFigures>();
  const undecided: FiguresRequest[] = [];
  for (const request of requests) {
    const figures = edgeFigures(request.others, request.own, request.curated);
    if (figures) settled.set(edgeKeyString(request.key), figures);
    else undecided.push(request);
  }
  const all = await readAllWeights(runner, undecided.map((request) => request.key), exclude);
  for (const request of undecided) {
    const key = edgeKeyString(request.key);
    const figures = edgeFigures(completeTally(request.others, all.get(key) ?? []), request.own, request.curated);
    if (figures) settled.set(key, figures);
  }
  return settled;
}
