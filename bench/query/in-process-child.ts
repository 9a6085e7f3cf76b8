// Child process of `npm run bench`: the four queries called on the graph services directly
// (no GraphQL, no HTTP, no process cache), one after another, on a freshly opened store.
import { childArguments } from '../lib/child.js';
import { summarise } from '../lib/stats.js';
import type { StoreSpec } from '../lib/stores.js';
import { openBenchStore } from '../lib/stores.js';
import type { QueryName } from './queries.js';
import { QUERY_NAMES, benchQueries } from './queries.js';
import type { QueryTargets } from './targets.js';

export interface InProcessInput {
  readonly store: StoreSpec;
  readonly targets: QueryTargets;
  readonly seconds: number;
}

export interface InProcessResult {
  readonly calls: number;
  readonly callsPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly error?: string;
}

async function main(): Promise<void> {
  const { input, writeResult } = await childArguments<InProcessInput>();
  const store = await openBenchStore(input.store);
  const queries = benchQueries(input.targets);
  const results: Partial<Record<QueryName, InProcessResult>> = {};
  try {
    for (const name of QUERY_NAMES) {
      const query = queries[name];
      try {
        for (let index = 0; index < 20; index += 1) await query.inProcess(store, index);
        const samples: number[] = [];
        const started = process.hrtime.bigint();
        const deadline = started + BigInt(Math.round(input.seconds * 1e9));
        let index = 0;
        while (process.hrtime.bigint() < deadline) {
          const start = process.hrtime.bigint();
          await query.inProcess(store, index);
          samples.push(Number(process.hrtime.bigint() - start) / 1e6);
          index += 1;
        }
        const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
        const summary = summarise(samples);
        results[name] = { calls: samples.length, callsPerSecond: samples.length / elapsed, p50: summary.p50, p99: summary.p99 };
      } catch (error) {
        results[name] = { calls: 0, callsPerSecond: Number.NaN, p50: Number.NaN, p99: Number.NaN, error: error instanceof Error ? error.message : String(error) };
      }
    }
    await writeResult(results);
  } finally {
    await store.close();
  }
}

await main();
