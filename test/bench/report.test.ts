// The report writer: tables, PASS/MISS goal lines, not-measured reasons, and splicing the
// generated section into a BENCHMARKS.md that also holds other tools' sections.
import { describe, expect, it } from 'vitest';
import { evaluateGoals } from '../../bench/goals.js';
import { BENCH_END, BENCH_START, checkGoal, formatNumber, notMeasured, renderTable, spliceReport } from '../../bench/lib/markdown.js';
import type { LoadResult } from '../../bench/query/load.js';
import type { QueryBenchResult } from '../../bench/query/run.js';
import { renderReport } from '../../bench/report.js';
import type { BenchResults, StoreRun } from '../../bench/results.js';

function load(connections: number, requestsPerSecond: number, p99: number): LoadResult {
  return { connections, seconds: 5, requests: requestsPerSecond * 5, requestsPerSecond, p50: p99 / 2, p99, failures: 0 };
}

const inProcess = { calls: 100, callsPerSecond: 500, p50: 1.5, p99: 4 };
const queries = (relatedRps: number, relatedP99: number): QueryBenchResult => ({
  distinctTargets: 1000,
  bare: [load(1, 3000, 1), load(8, 10_000, 2), load(64, 11_000, 9)],
  http: {
    relatedArticles: [load(1, 1500, 2), load(8, relatedRps, relatedP99), load(64, 4000, 30)],
    neighbours: [load(1, 1200, 3), load(8, 3000, 8), load(64, 3100, 40)],
    search: notMeasured('the query failed: HTTP 400: bad input'),
    paths: [load(1, 200, 10), load(8, 300, 50), load(64, 310, 400)],
  },
  inProcess: { relatedArticles: inProcess, neighbours: inProcess, search: inProcess, paths: notMeasured('the call failed: boom') },
  serverRssBytes: 200 * 1024 * 1024,
  serverPeakRssBytes: 220 * 1024 * 1024,
});

const ingest = (articles: number, wallMs: number) => ({
  files: articles, articles, bytes: articles * 3000, failures: 0, wallMs, workers: 2, relatedMs: wallMs / 2, vocabularyMs: 5,
  stages: {
    read: { ms: wallMs * 0.1, articles, bytes: articles * 3000 },
    clean: { ms: wallMs * 0.1, articles, bytes: articles * 3000 },
    segment: { ms: wallMs * 0.1, articles, bytes: articles * 3000 },
    recognise: { ms: wallMs * 0.3, articles, bytes: articles * 3000 },
    relate: { ms: wallMs * 0.1, articles, bytes: articles * 3000 },
    store: { ms: wallMs * 0.3, articles, bytes: articles * 3000 },
  },
  peakRssBytes: 300 * 1024 * 1024, schemaVersion: 2, nodes: articles * 2, storedEdges: articles * 39,
});

function run(articles: number, wallMs: number, relatedRps: number, relatedP99: number): StoreRun {
  return { store: 'sqlite', corpus: articles === 1000 ? '1k' : '10k', articles, short: false, ingest: ingest(articles, wallMs), queries: queries(relatedRps, relatedP99) };
}

function results(runs: StoreRun[]): BenchResults {
  const partial = { runs, scale: [], serveRss: notMeasured('no embedded store was kept for it'), matcher: notMeasured('the shared vocabularies are absent') };
  return {
    mode: 'full',
    machine: { cores: 2, cpuModel: 'Test CPU', memoryGiB: 24, node: 'v20.0.0', platform: 'linux x64', date: '2026-01-15T00:00:00.000Z', commit: 'abc123', dirty: false },
    loadAverage: { before: [0.5, 0.4, 0.3], after: [1, 0.8, 0.5] },
    durationSeconds: 600,
    vocabulary: 'seed lexicon (397 entries)',
    schemaVersions: { sqlite: 2 },
    concurrencies: [1, 8, 64],
    loadSeconds: 5,
    ...partial,
    suggestions: { seed: notMeasured('not run'), synthetic: notMeasured('the seed-corpus run failed') },
    profile: notMeasured('no embedded-store ingest ran'),
    goals: evaluateGoals(partial),
  };
}

describe('markdown helpers', () => {
  it('formats numbers with precision that fits their size', () => {
    expect(formatNumber(12_345.6)).toBe('12,346');
    expect(formatNumber(123.4)).toBe('123');
    expect(formatNumber(23)).toBe('23');
    expect(formatNumber(12.34)).toBe('12.3');
    expect(formatNumber(1.234)).toBe('1.23');
    expect(formatNumber(0.01234)).toBe('0.012');
    expect(formatNumber(Number.NaN)).toBe('–');
  });

  it('renders a table with escaped pipes and not-measured reasons in place of numbers', () => {
    const table = renderTable(['a', 'b'], [[1.5, 'x|y'], [notMeasured('no Neo4j'), 2000]]);
    expect(table.split('\n')).toEqual(['| a | b |', '| --- | --- |', '| 1.50 | x\\|y |', '| not measured: no Neo4j | 2,000 |']);
  });

  it('never passes a goal whose value is missing', () => {
    expect(checkGoal('g', notMeasured('quick run'), 'atLeast', 1, '≥ 1', '').outcome).toBe('NOT MEASURED');
    expect(checkGoal('g', Number.NaN, 'atLeast', 1, '≥ 1', '').outcome).toBe('NOT MEASURED');
    expect(checkGoal('g', 2, 'atMost', 1, '≤ 1', '').outcome).toBe('MISS');
    expect(checkGoal('g', 1, 'below', 1, '< 1', '').outcome).toBe('MISS');
    expect(checkGoal('g', 1, 'atMost', 1, '≤ 1', '').outcome).toBe('PASS');
  });
});

describe('spliceReport', () => {
  it('replaces only the generated section and keeps what others wrote around it', () => {
    const existing = `# medkg benchmarks\n\n## Recall (npm run eval)\nkept\n\n${BENCH_START}\nold numbers\n${BENCH_END}\n\n## Notes\nalso kept\n`;
    const updated = spliceReport(existing, 'new numbers');
    expect(updated).toContain('## Recall (npm run eval)\nkept');
    expect(updated).toContain('## Notes\nalso kept');
    expect(updated).toContain(`${BENCH_START}\nnew numbers\n${BENCH_END}`);
    expect(updated).not.toContain('old numbers');
  });

  it('appends the section to a file without markers and starts a missing file', () => {
    expect(spliceReport('# Notes\n', 'numbers')).toBe(`# Notes\n\n${BENCH_START}\nnumbers\n${BENCH_END}\n`);
    expect(spliceReport(undefined, 'numbers')).toBe(`# medkg benchmarks\n\n${BENCH_START}\nnumbers\n${BENCH_END}\n`);
  });
});

describe('goals', () => {
  it('checks relatedArticles against the bare route of the same run on the 10k corpus', () => {
    const goals = evaluateGoals(results([run(1000, 4000, 9000, 3), run(10_000, 45_000, 4000, 8)]));
    const rps = goals.find((goal) => goal.name.includes('req/s ratio'));
    const p99 = goals.find((goal) => goal.name.includes('p99 ratio'));
    expect(rps?.name).toContain('10k corpus');
    expect(rps).toMatchObject({ outcome: 'PASS', measured: '0.40 (4,000 / 10,000 req/s)' });
    expect(p99).toMatchObject({ outcome: 'PASS', measured: '4 (8 ms / 2 ms)' });
  });

  it('misses the ingest growth goal when 10k takes more than 12 × the 1k time, and reports the rate', () => {
    const goals = evaluateGoals(results([run(1000, 4000, 9000, 3), run(10_000, 60_000, 2000, 20)]));
    expect(goals.find((goal) => goal.name.startsWith('ingest time'))).toMatchObject({ outcome: 'MISS', measured: '15 (60 s / 4 s, read → store)' });
    expect(goals.find((goal) => goal.name.startsWith('ingest articles/s'))).toMatchObject({ outcome: 'MISS' });
    expect(goals.find((goal) => goal.name.includes('req/s ratio'))?.outcome).toBe('MISS');
  });

  it('leaves goals of a quick run that has no 10k corpus or no 100k serve as not measured', () => {
    const goals = evaluateGoals(results([run(1000, 4000, 9000, 3)]));
    expect(goals.find((goal) => goal.name.startsWith('ingest time'))?.outcome).toBe('NOT MEASURED');
    expect(goals.find((goal) => goal.name.startsWith('RSS'))?.outcome).toBe('NOT MEASURED');
    expect(goals.find((goal) => goal.name.startsWith('matcher'))?.measured).toBe('the shared vocabularies are absent');
    expect(goals.find((goal) => goal.name.includes('req/s ratio'))?.name).toContain('the goal is stated for 10k');
  });
});

describe('renderReport', () => {
  const report = renderReport(results([run(1000, 4000, 9000, 3), run(10_000, 45_000, 4000, 8)]));

  it('states the machine, date, commit and store schema at the top', () => {
    expect(report).toContain('2 × Test CPU (linux x64)');
    expect(report).toContain('2026-01-15T00:00:00.000Z');
    expect(report).toContain('abc123');
    expect(report).toContain('sqlite schema v2');
  });

  it('prints every query row next to the bare route and the ratio at 8 clients', () => {
    expect(report).toContain('| bare express "hello" (baseline) | 3,000 req/s');
    expect(report).toContain('| relatedArticles | 1,500 req/s · p50 1 · p99 2 ms |');
    expect(report).toContain('0.40 × req/s');
    expect(report).toContain('rate limit off');
  });

  it('shows why a measurement is missing instead of a number', () => {
    expect(report).toContain('not measured: the query failed: HTTP 400: bad input');
    expect(report).toContain('not measured: the call failed: boom');
    expect(report).toContain('not measured: the scale series');
    expect(report).toMatch(/\*\*NOT MEASURED\*\* — matcher/u);
  });

  it('reports each ingest stage per article and in MB/s', () => {
    expect(report).toContain('| store | corpus | worker threads | read (per article · MB/s) | clean (per article · MB/s) |');
    expect(report).toContain('1.20 ms · 2.38 MB/s');
  });
});
