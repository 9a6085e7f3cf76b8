import { fileURLToPath } from 'node:url';
import { runChild } from '../lib/child.js';
import type { NotMeasured } from '../lib/markdown.js';
import { notMeasured } from '../lib/markdown.js';
import type { StoreSpec } from '../lib/stores.js';
import { openBenchStore } from '../lib/stores.js';
import type { InProcessInput, InProcessResult } from './in-process-child.js';
import type { LoadResult } from './load.js';
import { runLoad } from './load.js';
import type { BenchQuery, QueryName } from './queries.js';
import { QUERY_NAMES, benchQueries, getPath } from './queries.js';
import { startServerChild } from './server.js';
import { readQueryTargets } from './targets.js';

const IN_PROCESS_SCRIPT = fileURLToPath(new URL('./in-process-child.ts', import.meta.url));

export interface QueryBenchOptions {
  readonly store: StoreSpec;
  readonly concurrencies: readonly number[];
  readonly seconds: number;
  /** Longest the warm pass may take, s (it ends sooner once every target was asked once). */
  readonly warmSeconds: number;
  /** Distinct articles (and entities) the requests rotate over. */
  readonly targets: number;
  readonly log: (line: string) => void;
}

export interface QueryBenchResult {
  readonly distinctTargets: number;
  readonly bare: readonly LoadResult[];
  readonly http: Readonly<Record<QueryName, readonly LoadResult[] | NotMeasured>>;
  readonly inProcess: Readonly<Record<QueryName, InProcessResult | NotMeasured>>;
  /** RSS of the server process after the load runs. */
  readonly serverRssBytes: number;
  readonly serverPeakRssBytes: number;
}

/** One request first: a query that answers with errors is reported, not timed. */
async function checkQuery(apiUrl: string, query: BenchQuery): Promise<string | undefined> {
  try {
    const response = await fetch(`${apiUrl}${getPath(query, 0)}`, { headers: { accept: 'application/graphql-response+json' } });
    const body = (await response.json()) as { errors?: { message: string }[] };
    if (!response.ok || body.errors?.length) return `HTTP ${response.status}: ${body.errors?.[0]?.message ?? 'error'}`;
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function paths(query: BenchQuery): string[] {
  return Array.from({ length: Math.max(1, query.distinct) }, (_, index) => getPath(query, index));
}

/**
 * Query latency and throughput on an ingested store: each query over HTTP through the
 * production stack at each concurrency, the bare route of the same process at the same
 * concurrencies, then the same queries in-process.
 */
export async function benchQueriesOn(options: QueryBenchOptions): Promise<QueryBenchResult> {
  const reader = await openBenchStore(options.store);
  const targets = await readQueryTargets(reader, options.targets).finally(() => reader.close());
  const queries = benchQueries(targets);
  const server = await startServerChild(options.store);
  const http: Partial<Record<QueryName, LoadResult[] | NotMeasured>> = {};
  const bare: LoadResult[] = [];
  let memory;
  try {
    for (const connections of options.concurrencies) {
      options.log(`  bare route, ${connections} clients`);
      bare.push(await runLoad({ baseUrl: server.bareUrl, paths: ['/hello'], connections, seconds: options.seconds }));
    }
    for (const name of QUERY_NAMES) {
      const query = queries[name];
      const problem = await checkQuery(server.apiUrl, query);
      if (problem) {
        http[name] = notMeasured(`the query failed: ${problem}`);
        continue;
      }
      const runs: LoadResult[] = [];
      const list = paths(query);
      // One pass over the targets first, as a site's traffic would have warmed the caches:
      // a load run that starts cold measures first-request misses, not the steady state.
      const warm = await runLoad({ baseUrl: server.apiUrl, paths: list, connections: 8, seconds: options.warmSeconds, amount: list.length });
      if (warm.requests < list.length) options.log(`  ${name}: the warm pass reached ${warm.requests} of ${list.length} targets in ${options.warmSeconds} s`);
      for (const connections of options.concurrencies) {
        options.log(`  ${name} over HTTP, ${connections} clients`);
        runs.push(await runLoad({ baseUrl: server.apiUrl, paths: list, connections, seconds: options.seconds }));
      }
      http[name] = runs;
    }
    memory = await server.memory();
  } finally {
    await server.stop();
  }
  options.log('  in-process calls');
  const inProcessInput: InProcessInput = { store: options.store, targets, seconds: Math.max(1, options.seconds / 2) };
  const inProcess = await runChild<Record<QueryName, InProcessResult>>(IN_PROCESS_SCRIPT, inProcessInput, { log: options.log });
  const inProcessChecked: Partial<Record<QueryName, InProcessResult | NotMeasured>> = {};
  for (const name of QUERY_NAMES) {
    const result = inProcess[name];
    inProcessChecked[name] = !result ? notMeasured('no result') : result.error ? notMeasured(`the call failed: ${result.error}`) : result;
  }
  return {
    distinctTargets: targets.articles.length,
    bare,
    http: http as Record<QueryName, LoadResult[] | NotMeasured>,
    inProcess: inProcessChecked as Record<QueryName, InProcessResult | NotMeasured>,
    serverRssBytes: memory.rssBytes,
    serverPeakRssBytes: memory.peakRssBytes,
  };
}
