import { LRUCache } from 'lru-cache';
import { badInput } from '../domain/errors.js';
import type { GraphStore } from '../store/port.js';
import type { AuthSettings, Viewer } from './auth.js';
import type { Loaders } from './loaders.js';
import { createLoaders } from './loaders.js';

/** One article file handed to the ingest mutation. */
export interface IngestFile {
  readonly name: string;
  readonly content: string;
}

export type IngestStatus = 'created' | 'updated' | 'unchanged' | 'failed';

export interface IngestOutcome {
  readonly source: string;
  readonly id?: string | undefined;
  readonly status: IngestStatus;
  readonly message?: string | undefined;
}

/** Runs the ingest pipeline on files; wired by the CLI, which owns the lexicon and profiles. */
export type IngestFiles = (files: readonly IngestFile[]) => Promise<IngestOutcome[]>;

/** Everything the API is built from: chosen once at start, shared by every request. */
export interface ApiDependencies {
  readonly store: GraphStore;
  readonly auth: AuthSettings;
  /** Largest `first` (and list argument) accepted. */
  readonly maxFirst: number;
  readonly maxArticleBytes: number;
  readonly clock: () => Date;
  readonly ingest?: IngestFiles | undefined;
  /** Process cache in front of the store, keyed by the store's data version. */
  readonly cache: LRUCache<string, object>;
}

/** What resolvers see: the shared dependencies plus this request's viewer and loaders. */
export interface ApiContext extends ApiDependencies {
  readonly viewer: Viewer;
  readonly loaders: Loaders;
  /** The store's data version, read at most once per request. */
  dataVersion(): Promise<string>;
}

export function createServiceCache(): LRUCache<string, object> {
  return new LRUCache<string, object>({ max: 2_000 });
}

export function createContext(dependencies: ApiDependencies, viewer: Viewer, knownVersion?: string): ApiContext {
  let version: Promise<string> | undefined = knownVersion === undefined ? undefined : Promise.resolve(knownVersion);
  return {
    ...dependencies,
    viewer,
    loaders: createLoaders(dependencies.store),
    dataVersion() {
      version ??= dependencies.store.dataVersion();
      return version;
    },
  };
}

/**
 * Serves a computed value from the process cache while the store's data version is unchanged.
 * Replicas agree because the value is a function of the stored data; the cache only saves work.
 */
export async function cached<T extends object>(context: ApiContext, key: string, compute: () => Promise<T>): Promise<T> {
  const fullKey = `${await context.dataVersion()}\u0000${key}`;
  const hit = context.cache.get(fullKey);
  if (hit) return hit as T;
  const value = await compute();
  context.cache.set(fullKey, value);
  return value;
}

/** Checks a page size against the configured maximum. */
export function assertFirst(context: ApiContext, first: number, name = 'first'): number {
  if (!Number.isInteger(first) || first < 1 || first > context.maxFirst) {
    throw badInput(`${name} must be between 1 and ${context.maxFirst}`, { argument: name });
  }
  return first;
}
