import type { IngestChildResult } from './ingest/child.js';
import type { MachineInfo } from './lib/machine.js';
import type { GoalResult, NotMeasured } from './lib/markdown.js';
import type { ProfileSummary } from './lib/profile.js';
import type { QueryBenchResult } from './query/run.js';
import type { ServeRssResult } from './serve-rss.js';
import type { SuggestChildResult } from './suggest/child.js';
import type { MatcherBenchResult } from './matcher.js';

export type StoreKind = 'sqlite' | 'neo4j';

/** One corpus ingested into one store, and the queries measured on it. */
export interface StoreRun {
  readonly store: StoreKind;
  /** "1k", "10k (short bodies)"… */
  readonly corpus: string;
  readonly articles: number;
  readonly short: boolean;
  readonly ingest: IngestChildResult | NotMeasured;
  readonly queries: QueryBenchResult | NotMeasured;
}

/** Everything one `npm run bench` measured; the report is a pure function of it. */
export interface BenchResults {
  readonly mode: 'quick' | 'full';
  readonly machine: MachineInfo;
  readonly loadAverage: { readonly before: readonly number[]; readonly after: readonly number[] };
  readonly durationSeconds: number;
  readonly vocabulary: string;
  readonly schemaVersions: Readonly<Partial<Record<StoreKind, number | string>>>;
  readonly concurrencies: readonly number[];
  readonly loadSeconds: number;
  readonly runs: readonly StoreRun[];
  /** The scale series: the embedded store, short bodies, growing corpus. */
  readonly scale: readonly StoreRun[];
  readonly serveRss: (ServeRssResult & { readonly corpus: string }) | NotMeasured;
  readonly matcher: MatcherBenchResult | NotMeasured;
  readonly suggestions: {
    readonly seed: SuggestChildResult | NotMeasured;
    readonly synthetic: (SuggestChildResult & { readonly factor: number }) | NotMeasured;
  };
  readonly profile: (ProfileSummary & { readonly what: string }) | NotMeasured;
  readonly goals: readonly GoalResult[];
  readonly plotFile?: string;
}
