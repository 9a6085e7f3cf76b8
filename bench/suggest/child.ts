// Child process of `npm run bench`: ingests a corpus into a fresh embedded store, then times a
// full suggestion recomputation: the snapshot through the port and every finder, then the
// stored recomputation editors run (recomputeSuggestions, which also writes the review queue).
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { computeSuggestions } from '../../src/graph/suggest/compute.js';
import { recomputeSuggestions } from '../../src/graph/suggest/refresh.js';
import { loadSnapshot } from '../../src/graph/suggest/snapshot.js';
import { loadSiteProfile } from '../../src/ingest/profile/load.js';
import { loadLexicon } from '../../src/lexicon/seed.js';
import { openSqliteStore } from '../../src/store/sqlite/open.js';
import { measureIngest } from '../ingest/measure.js';
import { childArguments } from '../lib/child.js';

export interface SuggestChildInput {
  readonly corpusDir: string;
}

export interface SuggestChildResult {
  readonly articles: number;
  readonly edges: number;
  readonly snapshotMs: number;
  readonly computeMs: number;
  /** recomputeSuggestions: snapshot, every finder with the reference layer, and storing the queue. */
  readonly recomputeMs?: number;
  readonly suggestions: number;
  readonly byKind: Readonly<Record<string, number>>;
}

async function main(): Promise<void> {
  const { input, writeResult } = await childArguments<SuggestChildInput>();
  const dataDir = await mkdtemp(join(tmpdir(), 'medkg-bench-suggest-'));
  const store = await openSqliteStore({ dataDir });
  try {
    const files = (await readdir(input.corpusDir)).sort().map((name) => join(input.corpusDir, name));
    const ingested = await measureIngest(store, files, await loadLexicon(store), loadSiteProfile());
    let start = process.hrtime.bigint();
    const snapshot = await loadSnapshot(store);
    const snapshotMs = Number(process.hrtime.bigint() - start) / 1e6;
    start = process.hrtime.bigint();
    const suggestions = computeSuggestions(snapshot);
    const computeMs = Number(process.hrtime.bigint() - start) / 1e6;
    start = process.hrtime.bigint();
    await recomputeSuggestions(store);
    const recomputeMs = Number(process.hrtime.bigint() - start) / 1e6;
    const byKind: Record<string, number> = {};
    for (const suggestion of suggestions) byKind[suggestion.kind] = (byKind[suggestion.kind] ?? 0) + 1;
    const result: SuggestChildResult = { articles: ingested.articles, edges: ingested.edges, snapshotMs, computeMs, recomputeMs, suggestions: suggestions.length, byKind };
    await writeResult(result);
  } finally {
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
