import type { Cell } from './lib/markdown.js';
import { formatNumber, isNotMeasured, renderTable } from './lib/markdown.js';
import type { PlotSeries } from './lib/plot.js';
import { logLogSlope } from './lib/stats.js';
import type { LoadResult } from './query/load.js';
import type { QueryName } from './query/queries.js';
import type { BenchResults, StoreRun } from './results.js';

function http8(run: StoreRun, name: QueryName): LoadResult | undefined {
  if (isNotMeasured(run.queries)) return undefined;
  const runs = run.queries.http[name];
  return isNotMeasured(runs) ? undefined : runs.find((item) => item.connections === 8);
}

function inProcessP50(run: StoreRun, name: QueryName): number {
  if (isNotMeasured(run.queries)) return Number.NaN;
  const result = run.queries.inProcess[name];
  return isNotMeasured(result) ? Number.NaN : result.p50;
}

/** The metrics the scale table and plot follow, each as (articles → value). */
export function scaleSeries(runs: readonly StoreRun[]): PlotSeries[] {
  const series = (name: string, value: (run: StoreRun) => number): PlotSeries => ({
    name,
    points: runs.map((run) => ({ x: run.articles, y: value(run) })).filter((point) => Number.isFinite(point.y)),
  });
  const ingest = (run: StoreRun) => (isNotMeasured(run.ingest) ? Number.NaN : run.ingest);
  return [
    series('ingest s', (run) => {
      const value = ingest(run);
      return typeof value === 'number' ? value : value.wallMs / 1000;
    }),
    series('related precompute s', (run) => {
      const value = ingest(run);
      return typeof value === 'number' ? value : value.relatedMs / 1000;
    }),
    series('ingest peak RSS MB', (run) => {
      const value = ingest(run);
      return typeof value === 'number' ? value : value.peakRssBytes / 1024 ** 2;
    }),
    series('relatedArticles p99 ms (HTTP, 8)', (run) => http8(run, 'relatedArticles')?.p99 ?? Number.NaN),
    series('neighbours p99 ms (HTTP, 8)', (run) => http8(run, 'neighbours')?.p99 ?? Number.NaN),
    series('search p50 ms (in-process)', (run) => inProcessP50(run, 'search')),
    series('paths p50 ms (in-process)', (run) => inProcessP50(run, 'paths')),
  ];
}

/** The scale table (one row per metric, one column per corpus size) with each metric's log-log slope. */
export function renderScaleSection(results: BenchResults): string {
  if (results.scale.length === 0) {
    return 'not measured: the scale series (1k → 10k → 100k, embedded store, short bodies) runs in the full run (`npm run bench`, or `--scale`).';
  }
  const sizes = results.scale.map((run) => run.corpus);
  const rows: Cell[][] = scaleSeries(results.scale).map((line) => [
    line.name,
    ...results.scale.map((run) => line.points.find((point) => point.x === run.articles)?.y ?? '–'),
    formatNumber(logLogSlope(line.points)),
  ]);
  return [
    'The embedded store with short synthetic bodies at each size (one ingest process and one server per size). Slope = least-squares slope of log(value) against log(articles): 1 is linear growth, 0 flat.',
    '',
    renderTable(['metric', ...sizes, 'log-log slope'], rows),
    '',
    results.plotFile ? `![scale plot](${results.plotFile})` : '',
  ].join('\n');
}
