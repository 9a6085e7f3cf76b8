import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCorpus } from '../corpus.js';
import { runChild } from '../lib/child.js';
import { isNotMeasured, notMeasured } from '../lib/markdown.js';
import type { BenchResults } from '../results.js';
import type { BenchVocabulary } from '../vocabulary.js';
import type { IngestPhaseResult, SuggestChildInput, SuggestChildResult, SuggestPhaseResult } from './child.js';

const SCRIPT = fileURLToPath(new URL('./child.ts', import.meta.url));

/** Budget of each child: the 100 × corpus ingests in well under a minute and recomputes in seconds. */
const TIMEOUT_MS = 600_000;

async function measure(corpusDir: string, log: (line: string) => void): Promise<SuggestChildResult | ReturnType<typeof notMeasured>> {
  const dataDir = await mkdtemp(join(tmpdir(), 'medkg-bench-suggest-'));
  const run = <T>(input: SuggestChildInput): Promise<T> => runChild<T>(SCRIPT, input, { log, timeoutMs: TIMEOUT_MS });
  try {
    const ingested = await run<IngestPhaseResult>({ phase: 'ingest', corpusDir, dataDir });
    const suggested = await run<SuggestPhaseResult>({ phase: 'suggest', dataDir });
    return { ...ingested, ...suggested };
  } catch (error: unknown) {
    return notMeasured((error instanceof Error ? error.message : String(error)).split('\n').slice(0, 3).join(' ').slice(0, 300));
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * Full suggestion recomputation on the seed corpus, then on a synthetic corpus `factor` times
 * as many articles (the seed's article count decides the size, so "100 × seed" stays true).
 */
export async function measureSuggestions(seedDir: string, factor: number, vocabulary: BenchVocabulary, log: (line: string) => void): Promise<BenchResults['suggestions']> {
  const seed = await measure(seedDir, log);
  if (isNotMeasured(seed)) return { seed, synthetic: notMeasured('the seed-corpus run failed') };
  const corpus = await ensureCorpus({ articles: seed.articles * factor, short: false, seed: 7 }, vocabulary);
  log(`  synthetic corpus of ${corpus.articles} articles`);
  const synthetic = await measure(corpus.dir, log);
  return { seed, synthetic: isNotMeasured(synthetic) ? synthetic : { ...synthetic, factor } };
}
