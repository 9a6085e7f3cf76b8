import type { GoalResult, NotMeasured } from './lib/markdown.js';
import { checkGoal, formatNumber, isNotMeasured, notMeasured } from './lib/markdown.js';
import type { LoadResult } from './query/load.js';
import type { BenchResults, StoreRun } from './results.js';

type GoalInput = Pick<BenchResults, 'runs' | 'scale' | 'serveRss' | 'matcher'>;

/** autocannon reports whole milliseconds: a bare p99 of 0 ms is read as 1 ms, not a division by zero. */
export const LATENCY_FLOOR_MS = 1;
const GiB = 1024 ** 3;

function atClients(runs: readonly LoadResult[] | NotMeasured | undefined, clients: number): LoadResult | undefined {
  return runs && !isNotMeasured(runs) ? runs.find((run) => run.connections === clients) : undefined;
}

/** The embedded store's full-body run with the most articles (10k in a full run, 1k in a quick one). */
function largestEmbedded(runs: readonly StoreRun[]): StoreRun | undefined {
  return runs.filter((run) => run.store === 'sqlite' && !run.short).sort((a, b) => b.articles - a.articles)[0];
}

function corpusNote(run: StoreRun): string {
  return run.articles === 10_000 ? '10k corpus' : `${run.corpus} corpus: the goal is stated for 10k, which only the full run ingests`;
}

function relatedGoals(runs: readonly StoreRun[]): GoalResult[] {
  const run = largestEmbedded(runs);
  const name = 'relatedArticles over HTTP vs bare route, 8 clients';
  if (!run || isNotMeasured(run.queries)) {
    const reason = run && isNotMeasured(run.queries) ? run.queries : notMeasured('no embedded-store query run');
    return [checkGoal(`${name}, req/s`, reason, 'atLeast', 0.35, '≥ 0.35', ''), checkGoal(`${name}, p99`, reason, 'atMost', 5, '≤ 5 ×', '')];
  }
  const related = atClients(run.queries.http.relatedArticles, 8);
  const bare = atClients(run.queries.bare, 8);
  if (!related || !bare) {
    const reason = notMeasured(isNotMeasured(run.queries.http.relatedArticles) ? run.queries.http.relatedArticles.notMeasured : 'no 8-client run');
    return [checkGoal(`${name}, req/s`, reason, 'atLeast', 0.35, '≥ 0.35', ''), checkGoal(`${name}, p99`, reason, 'atMost', 5, '≤ 5 ×', '')];
  }
  const bareP99 = Math.max(bare.p99, LATENCY_FLOOR_MS);
  return [
    checkGoal(`${name}, req/s ratio (embedded store, ${corpusNote(run)})`, related.requestsPerSecond / bare.requestsPerSecond, 'atLeast', 0.35, '≥ 0.35',
      `${formatNumber(related.requestsPerSecond)} / ${formatNumber(bare.requestsPerSecond)} req/s`),
    checkGoal(`${name}, p99 ratio (embedded store, ${corpusNote(run)})`, related.p99 / bareP99, 'atMost', 5, '≤ 5',
      `${formatNumber(related.p99)} ms / ${formatNumber(bareP99)} ms`),
  ];
}

function ingestGoals(runs: readonly StoreRun[]): GoalResult[] {
  const embedded = runs.filter((run) => run.store === 'sqlite' && !run.short);
  const one = embedded.find((run) => run.articles === 1000)?.ingest;
  const ten = embedded.find((run) => run.articles === 10_000)?.ingest;
  const growth = !ten
    ? notMeasured('no 10k ingest in this run (full run only)')
    : !one
      ? notMeasured('no 1k ingest in this run')
      : isNotMeasured(ten) ? ten : isNotMeasured(one) ? one : ten.wallMs / one.wallMs;
  const growthDetail = ten && one && !isNotMeasured(ten) && !isNotMeasured(one) ? `${formatNumber(ten.wallMs / 1000)} s / ${formatNumber(one.wallMs / 1000)} s, read → store` : '';
  const largest = largestEmbedded(runs)?.ingest;
  const rate = !largest ? notMeasured('no embedded-store ingest') : isNotMeasured(largest) ? largest : largest.articles / (largest.wallMs / 1000);
  const rateDetail = largest && !isNotMeasured(largest) ? `${largest.articles} articles in ${formatNumber(largest.wallMs / 1000)} s, embedded store` : '';
  return [
    checkGoal('ingest time 10k / time 1k (embedded store)', growth, 'atMost', 12, '≤ 12', growthDetail),
    checkGoal('ingest articles/s (embedded store, largest full-body corpus)', rate, 'atLeast', 200, '≥ 200 articles/s', rateDetail),
  ];
}

/** Every goal of issue 8 as a ratio or figure from this run; a missing measurement is never a pass. */
export function evaluateGoals(results: GoalInput): GoalResult[] {
  const matcher = results.matcher;
  const speedup = isNotMeasured(matcher) ? matcher : matcher.lexicon.mbPerSecond / matcher.naive.mbPerSecond;
  const matcherDetail = isNotMeasured(matcher) ? '' : `${formatNumber(matcher.lexicon.mbPerSecond)} MB/s vs ${formatNumber(matcher.naive.mbPerSecond)} MB/s`;
  const serve = results.serveRss;
  const rss = isNotMeasured(serve)
    ? serve
    : serve.corpus.startsWith('100k')
      ? serve.rssBytes / GiB
      : notMeasured(`serve was measured on the ${serve.corpus} corpus only (${formatNumber(serve.rssBytes / 1024 ** 2)} MB); 100k is in the full run`);
  return [
    ...relatedGoals(results.runs),
    ...ingestGoals(results.runs),
    checkGoal('matcher scan speed vs naive one-RegExp-per-name baseline', speedup, 'atLeast', 100, '≥ 100 ×', matcherDetail),
    checkGoal('RSS of medkg serve with the 100k corpus, GiB', rss, 'below', 2, '< 2 GiB', isNotMeasured(serve) ? '' : `peak ${formatNumber(serve.peakRssBytes / 1024 ** 2)} MB`),
  ];
}
