// Child process of `npm run bench`, run twice per corpus on one store folder: `ingest` ingests
// the corpus into a fresh embedded store; `suggest` then times a full suggestion recomputation
// in a process of its own (as `medkg suggest` runs it, so its peak RSS is the recomputation's,
// not the ingest's): first the stored recomputation editors run (recomputeSuggestions, which
// also writes the review queue), then the snapshot through the port and every finder alone.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { computeSuggestions } from '../../src/graph/suggest/compute.js';
import { recomputeSuggestions } from '../../src/graph/suggest/refresh.js';
import { loadSnapshot } from '../../src/graph/suggest/snapshot.js';
import { readStoredSuggestions } from '../../src/graph/suggest/stored.js';
import { loadSiteProfile } from '../../src/ingest/profile/load.js';
import { loadLexicon } from '../../src/lexicon/seed.js';
import type { GraphStore } from '../../src/store/port.js';
import { openSqliteStore } from '../../src/store/sqlite/open.js';
import { measureIngest } from '../ingest/measure.js';
import { childArguments } from '../lib/child.js';

export type SuggestChildInput =
  | { readonly phase: 'ingest'; readonly corpusDir: string; readonly dataDir: string }
  | { readonly phase: 'suggest'; readonly dataDir: string };

export interface IngestPhaseResult {
  readonly articles: number;
  readonly edges: number;
  /** Peak RSS of the ingest process (MB). */
  readonly ingestRssMb: number;
}

export interface SuggestPhaseResult {
  readonly snapshotMs: number;
  readonly computeMs: number;
  /** recomputeSuggestions: snapshot, every finder with the reference layer, and storing the queue. */
  readonly recomputeMs: number;
  /** Suggestions the stored recomputation keeps (the review queue). */
  readonly suggestions: number;
  readonly byKind: Readonly<Record<string, number>>;
  /** Peak RSS of a process that opens the store and runs recomputeSuggestions (MB). */
  readonly peakRssMb: number;
}

export type SuggestChildResult = Omit<IngestPhaseResult, 'ingestRssMb'> & SuggestPhaseResult & { readonly ingestRssMb?: number };

function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

function since(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function ingest(store: GraphStore, corpusDir: string): Promise<IngestPhaseResult> {
  const files = (await readdir(corpusDir)).sort().map((name) => join(corpusDir, name));
  const ingested = await measureIngest(store, files, await loadLexicon(store), loadSiteProfile());
  return { articles: ingested.articles, edges: ingested.edges, ingestRssMb: peakRssMb() };
}

async function suggest(store: GraphStore): Promise<SuggestPhaseResult> {
  let start = process.hrtime.bigint();
  await recomputeSuggestions(store);
  const recomputeMs = since(start);
  const peak = peakRssMb();
  const byKind: Record<string, number> = {};
  const stored = await readStoredSuggestions(store);
  for (const suggestion of stored) byKind[suggestion.kind] = (byKind[suggestion.kind] ?? 0) + 1;
  start = process.hrtime.bigint();
  const snapshot = await loadSnapshot(store);
  const snapshotMs = since(start);
  start = process.hrtime.bigint();
  computeSuggestions(snapshot);
  return { snapshotMs, computeMs: since(start), recomputeMs, suggestions: stored.length, byKind, peakRssMb: peak };
}

async function main(): Promise<void> {
  const { input, writeResult } = await childArguments<SuggestChildInput>();
  const store = await openSqliteStore({ dataDir: input.dataDir });
  try {
    await writeResult(input.phase === 'ingest' ? await ingest(store, input.corpusDir) : await suggest(store));
  } finally {
    await store.close();
  }
}

await main();
