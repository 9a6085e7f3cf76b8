import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startLocalNeo4j } from '../scripts/neo4j-local/launcher.js';
import type { CorpusOnDisk } from './corpus.js';
import { corpusLabel } from './corpus.js';
import type { IngestChildInput, IngestChildResult, RelatedChildResult } from './ingest/child.js';
import { runChild } from './lib/child.js';
import type { NotMeasured } from './lib/markdown.js';
import { notMeasured } from './lib/markdown.js';
import type { CpuProfile, ProfileSummary } from './lib/profile.js';
import { mergeProfiles, summariseProfile } from './lib/profile.js';
import type { StoreSpec } from './lib/stores.js';
import { openBenchStore } from './lib/stores.js';
import { benchQueriesOn } from './query/run.js';
import type { StoreKind, StoreRun } from './results.js';

const INGEST_SCRIPT = fileURLToPath(new URL('./ingest/child.ts', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface RunOptions {
  readonly concurrencies: readonly number[];
  readonly loadSeconds: number;
  /** Longest the warm pass over the targets may take before each query's load runs, s. */
  readonly warmSeconds: number;
  readonly targets: number;
  /** Profile this ingest with --cpu-prof and summarise it. */
  readonly profile?: boolean;
  /** Keep the store after the run (for `medkg serve` memory), returning its data dir. */
  readonly keep?: boolean;
  /** Budget of each ingest phase (read → store; related precompute), ms. */
  readonly budgetMs: number;
  readonly log: (line: string) => void;
}

export interface RunOutcome {
  readonly run: StoreRun;
  readonly schemaVersion?: number;
  readonly dataDir?: string;
  readonly profile?: ProfileSummary | NotMeasured;
}

/** Where a store for one run lives, and how to get rid of it afterwards. */
interface StoreHandle {
  readonly spec: StoreSpec;
  dispose(): Promise<void>;
}

async function neo4jHandle(log: (line: string) => void, env: NodeJS.ProcessEnv): Promise<StoreHandle> {
  const uri = env['NEO4J_URI'];
  if (uri) {
    const spec: StoreSpec = { kind: 'neo4j', uri, user: env['NEO4J_USER'] ?? 'neo4j', password: env['NEO4J_PASSWORD'] ?? '' };
    const store = await openBenchStore(spec);
    const stored = (await store.articleHashes().finally(() => store.close())).size;
    // Community has one database: measuring on top of someone's data would measure their data.
    if (stored > 0) throw new Error(`the database at NEO4J_URI holds ${stored} articles; the benchmark needs an empty one`);
    return { spec, dispose: async () => undefined };
  }
  log('  starting a local Neo4j (scripts/neo4j-local)');
  const server = await startLocalNeo4j({ heapMb: 1024, pagecacheMb: 512 });
  return { spec: { kind: 'neo4j', uri: server.uri, user: 'neo4j', password: '' }, dispose: () => server.stop() };
}

async function sqliteHandle(keep: boolean): Promise<StoreHandle & { dataDir: string }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'medkg-bench-store-'));
  return { spec: { kind: 'sqlite', dataDir }, dataDir, dispose: () => (keep ? Promise.resolve() : rm(dataDir, { recursive: true, force: true })) };
}

async function readProfile(dir: string): Promise<ProfileSummary | NotMeasured> {
  const files = (await readdir(dir)).filter((name) => name.endsWith('.cpuprofile'));
  if (files.length === 0) return notMeasured('node --cpu-prof wrote no profile (a phase was stopped over its budget?)');
  // One profile per phase (ingest, related precompute): merged, they cover the whole path.
  const profiles = await Promise.all(files.map(async (file) => JSON.parse(await readFile(join(dir, file), 'utf8')) as CpuProfile));
  return summariseProfile(mergeProfiles(profiles), REPO_ROOT);
}

function failure(error: unknown): NotMeasured {
  const message = error instanceof Error ? error.message : String(error);
  return notMeasured(message.split('\n').slice(0, 3).join(' ').slice(0, 300));
}

/**
 * One corpus into one fresh store: the ingest child (optionally profiled), then the query
 * benchmark on what it stored. A step that fails is reported as not measured, with its reason.
 */
export async function runStore(store: StoreKind, corpus: CorpusOnDisk, options: RunOptions, env: NodeJS.ProcessEnv = process.env): Promise<RunOutcome> {
  const base = { store, corpus: corpusLabel(corpus), articles: corpus.articles, short: corpus.short };
  let handle: StoreHandle & { dataDir?: string };
  try {
    handle = store === 'sqlite' ? await sqliteHandle(options.keep === true) : await neo4jHandle(options.log, env);
  } catch (error) {
    const reason = failure(error);
    return { run: { ...base, ingest: reason, queries: reason } };
  }
  const profileDir = options.profile ? await mkdtemp(join(tmpdir(), 'medkg-bench-prof-')) : undefined;
  try {
    options.log(`ingest: ${store}, ${base.corpus}`);
    const input: IngestChildInput = { corpusDir: corpus.dir, store: handle.spec, phase: 'ingest' };
    const nodeArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, '--cpu-prof-interval=1000'] : [];
    let ingest: IngestChildResult;
    try {
      ingest = await runChild<IngestChildResult>(INGEST_SCRIPT, input, { nodeArgs, log: options.log, timeoutMs: options.budgetMs });
    } catch (error) {
      const reason = failure(error);
      return { run: { ...base, ingest: reason, queries: notMeasured('the ingest did not finish') } };
    }
    options.log(`related-articles precompute: ${store}, ${base.corpus}`);
    try {
      const related = await runChild<RelatedChildResult>(INGEST_SCRIPT, { ...input, phase: 'related' }, { nodeArgs, log: options.log, timeoutMs: options.budgetMs });
      ingest = { ...ingest, relatedMs: related.relatedMs, peakRssBytes: Math.max(ingest.peakRssBytes, related.peakRssBytes) };
    } catch (error) {
      ingest = { ...ingest, relatedProblem: failure(error).notMeasured };
    }
    const profile = profileDir ? await readProfile(profileDir) : undefined;
    options.log(`queries: ${store}, ${base.corpus}`);
    const queries = await benchQueriesOn({ store: handle.spec, concurrencies: options.concurrencies, seconds: options.loadSeconds, warmSeconds: options.warmSeconds, targets: options.targets, log: options.log }).catch(failure);
    return {
      run: { ...base, ingest, queries },
      schemaVersion: ingest.schemaVersion,
      ...(handle.dataDir && options.keep ? { dataDir: handle.dataDir } : {}),
      ...(profile ? { profile } : {}),
    };
  } finally {
    if (profileDir) await rm(profileDir, { recursive: true, force: true });
    await handle.dispose().catch(() => undefined);
  }
}
