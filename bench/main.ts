// `npm run bench`: ingest, query, scale, memory, matcher and suggestion benchmarks, each next
// to its baseline from the same run, written into BENCHMARKS.md (between generated-section
// markers) with a log-log scale plot beside it. `--quick` stays under 3 minutes on an idle
// 2-core machine; the full run under 30. See BENCHMARKS.md for the methodology.
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, Option } from 'commander';
import { ensureCorpus } from './corpus.js';
import type { CorpusSpec } from './corpus.js';
import { evaluateGoals } from './goals.js';
import { readMachineInfo } from './lib/machine.js';
import { isNotMeasured, notMeasured, spliceReport } from './lib/markdown.js';
import { renderLogLogSvg } from './lib/plot.js';
import { benchMatcher } from './matcher.js';
import { renderReport } from './report.js';
import { scaleSeries } from './report-scale.js';
import type { BenchResults, StoreKind, StoreRun } from './results.js';
import type { RunOutcome } from './runs.js';
import { runStore } from './runs.js';
import { measureServeRss } from './serve-rss.js';
import { measureSuggestions } from './suggest/run.js';
import { loadBenchVocabulary } from './vocabulary.js';
import { servePaths } from './query/serve-paths.js';

interface Flags {
  readonly quick?: boolean;
  readonly store: 'sqlite' | 'neo4j' | 'both';
  readonly scale?: boolean;
  readonly out: string;
  readonly seconds?: string;
  readonly shared: string;
}

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
/**
 * The quick run's corpus: large enough to exercise every phase on both stores, small enough
 * that the run stays under 3 minutes on a busy 2-core machine (the Neo4j ingest dominates it).
 */
const QUICK_ARTICLES = 500;
const SEED = 20_260_115;

const benchStarted = Date.now();

/** Progress lines carry the seconds since the start, so a slow phase shows in the log. */
function log(line: string): void {
  process.stderr.write(`[bench ${String(Math.round((Date.now() - benchStarted) / 1000)).padStart(4)} s] ${line}\n`);
}

function storesOf(flag: Flags['store']): StoreKind[] {
  return flag === 'both' ? ['sqlite', 'neo4j'] : [flag];
}

async function matcherRun(sharedDir: string, quick: boolean): Promise<BenchResults['matcher']> {
  const vocabDir = join(sharedDir, 'vocab');
  if (!existsSync(vocabDir)) return notMeasured(`the shared vocabularies are absent (${vocabDir}); the matcher benchmark needs ≥ 100k names`);
  log('matcher (bench/matcher.ts)');
  return benchMatcher({ vocabDir, articlesDir: join(sharedDir, 'dev-articles'), textBytes: (quick ? 1 : 4) * 1_048_576, sampleSize: quick ? 300 : 1000, log: (line) => log(`  ${line}`) }).catch(
    (error: unknown) => notMeasured(error instanceof Error ? error.message : String(error)),
  );
}

async function serveRun(dataDir: string | undefined, corpus: string): Promise<BenchResults['serveRss']> {
  if (!dataDir) return notMeasured('no embedded store was kept for it');
  log(`memory of medkg serve (${corpus})`);
  try {
    return { ...(await measureServeRss(dataDir, await servePaths(dataDir))), corpus };
  } catch (error) {
    return notMeasured(error instanceof Error ? error.message : String(error));
  }
}

async function run(flags: Flags): Promise<void> {
  const started = Date.now();
  const quick = flags.quick === true;
  const scaleMode = flags.scale ?? !quick;
  const loadBefore = loadavg();
  const machine = readMachineInfo();
  const vocabulary = await loadBenchVocabulary();
  // The goals compare at 8 clients; 64 clients (the overload view) is in the full run.
  const concurrencies = quick ? [1, 8] : [1, 8, 64];
  const loadSeconds = Number(flags.seconds ?? (quick ? 1.5 : 3));
  const sizes = quick ? [QUICK_ARTICLES] : [1000, 10_000];
  // Budgets keep the whole run bounded: a phase over its budget is reported as such.
  const budgetMs = (articles: number): number => (quick ? 240_000 : Math.min(600_000, Math.max(180_000, articles * 30)));
  // The warm pass ends once every target was asked; the cap bounds it on a slow store.
  const warmSeconds = quick ? 1.5 : 10;
  const options = { concurrencies, loadSeconds, warmSeconds, targets: 1000, log };

  const runs: StoreRun[] = [];
  const schemaVersions: Partial<Record<StoreKind, number>> = {};
  let profile: BenchResults['profile'] = notMeasured(quick ? 'the CPU profile is taken in the full run' : 'no embedded-store ingest ran');
  let kept: { dataDir: string; corpus: string } | undefined;
  const remember = (outcome: RunOutcome): void => {
    runs.push(outcome.run);
    if (outcome.schemaVersion !== undefined) schemaVersions[outcome.run.store] = outcome.schemaVersion;
  };
  for (const store of storesOf(flags.store)) {
    for (const articles of sizes) {
      const corpus = await ensureCorpus({ articles, short: false, seed: SEED }, vocabulary);
      // The CPU profile is of the full run's 1k ingest; the quick run is not slowed by profiling.
      const profiled = store === 'sqlite' && articles === 1000 && !quick;
      const keep = store === 'sqlite' && articles === sizes[0] && !scaleMode;
      const outcome = await runStore(store, corpus, { ...options, profile: profiled, keep, budgetMs: budgetMs(articles) });
      remember(outcome);
      if (outcome.profile) {
        profile = isNotMeasured(outcome.profile) ? outcome.profile : { ...outcome.profile, what: 'Ingest of the 1k corpus into the embedded store (read → store, then the related-articles precompute), `node --cpu-prof` at 1 ms' };
      }
      if (outcome.dataDir) kept = { dataDir: outcome.dataDir, corpus: outcome.run.corpus };
    }
  }

  const scale: StoreRun[] = [];
  if (scaleMode) {
    for (const articles of [1000, 10_000, 100_000]) {
      const spec: CorpusSpec = { articles, short: true, seed: SEED };
      log(`scale: writing the ${articles} short-body corpus`);
      const corpus = await ensureCorpus(spec, vocabulary);
      const outcome = await runStore('sqlite', corpus, { ...options, concurrencies: [8], keep: articles === 100_000, budgetMs: budgetMs(articles) });
      scale.push(outcome.run);
      if (outcome.dataDir) kept = { dataDir: outcome.dataDir, corpus: outcome.run.corpus };
    }
  }

  const serveRss = await serveRun(kept?.dataDir, kept?.corpus ?? '');
  if (kept) await rm(kept.dataDir, { recursive: true, force: true });
  const matcher = await matcherRun(resolve(flags.shared), quick);
  log('suggestions');
  // The quick run keeps the seed corpus and a 10 × corpus (a few seconds) so it stays under 3 minutes.
  const suggestions = await measureSuggestions(join(REPO_ROOT, 'seed/articles'), quick ? 10 : 100, vocabulary, log);

  const outFile = resolve(flags.out);
  const plotFile = `${basename(outFile, '.md').toLowerCase()}-scale.svg`;
  const partial = { runs, scale, serveRss, matcher };
  const results: BenchResults = {
    mode: quick ? 'quick' : 'full',
    machine,
    loadAverage: { before: loadBefore, after: loadavg() },
    durationSeconds: (Date.now() - started) / 1000,
    vocabulary: vocabulary.source,
    schemaVersions,
    concurrencies,
    loadSeconds,
    ...partial,
    suggestions,
    profile,
    goals: evaluateGoals(partial),
    ...(scale.length > 0 ? { plotFile } : {}),
  };
  if (scale.length > 0) {
    const svg = renderLogLogSvg(scaleSeries(scale), { title: 'medkg cost by corpus size (embedded store, short bodies)', xLabel: 'articles', yLabel: 'seconds · MB · ms' });
    await writeFile(join(dirname(outFile), plotFile), svg);
  }
  const existing = existsSync(outFile) ? await readFile(outFile, 'utf8') : undefined;
  await writeFile(outFile, spliceReport(existing, renderReport(results)));
  await writeFile(join(dirname(outFile), '.bench-last.json'), `${JSON.stringify(results, null, 1)}\n`).catch(() => undefined);
  log(`wrote ${outFile} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  for (const goal of results.goals) log(`${goal.outcome} ${goal.name}: ${goal.measured}`);
}

const program = new Command('bench')
  .description('medkg benchmarks → BENCHMARKS.md')
  .option('--quick', `${QUICK_ARTICLES} articles on the chosen stores, short loads (under 3 minutes)`)
  .addOption(new Option('--store <store>', 'stores to measure').choices(['sqlite', 'neo4j', 'both']).default('both'))
  .option('--scale', 'run the 1k → 10k → 100k scale series on the embedded store (on by default in the full run)')
  .option('--no-scale', 'skip the scale series in the full run')
  .option('--seconds <n>', 'seconds per load cell (default 1.5 quick, 3 full)')
  .option('--shared <dir>', 'shared data folder (vocabularies, dev articles) for the matcher benchmark', join(REPO_ROOT, '../shared/data'))
  .option('--out <file>', 'report file', join(REPO_ROOT, 'BENCHMARKS.md'));

try {
  program.parse(process.argv);
  await run(program.opts<Flags>());
} catch (error) {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
}
