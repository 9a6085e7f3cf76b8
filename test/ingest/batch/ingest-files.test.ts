import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../../src/ingest/batch/ingest-files.js';
import type { GraphStore } from '../../../src/store/port.js';
import { openSqliteStore } from '../../../src/store/sqlite/open.js';

const SEED_ARTICLES = fileURLToPath(new URL('../../../seed/articles', import.meta.url));
const opened: { store: GraphStore; dataDir: string }[] = [];

async function freshStore(): Promise<GraphStore> {
  const dataDir = await mkdtemp(join(tmpdir(), 'medkg-ingest-files-'));
  const store = await openSqliteStore({ dataDir });
  opened.push({ store, dataDir });
  return store;
}

async function everything(store: GraphStore): Promise<unknown> {
  const nodes = [];
  for await (const node of store.exportNodes()) nodes.push(node);
  const edges = [];
  for await (const edge of store.exportEdges()) edges.push(edge);
  return { nodes, edges, hashes: [...(await store.articleHashes())].sort() };
}

afterAll(async () => {
  for (const { store, dataDir } of opened) {
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  }
});

describe('ingestFiles', () => {
  it('stores the same graph whether worker threads or the main thread derive it', async () => {
    const files = (await readdir(SEED_ARTICLES)).sort().map((name) => join(SEED_ARTICLES, name));
    const inline = await freshStore();
    const threaded = await freshStore();
    const inlineReport = await ingestFiles(inline, files, { maxBytes: 5_000_000, workers: 0 });
    const threadedReport = await ingestFiles(threaded, files, { maxBytes: 5_000_000, workers: 2 });
    expect(threadedReport.failed).toEqual([]);
    expect(threadedReport.ok).toEqual(inlineReport.ok);
    expect(threadedReport.ok.length).toBeGreaterThan(15);
    expect(await everything(threaded)).toEqual(await everything(inline));
  }, 120_000);

  it('skips unchanged articles in workers too, and names a bad file without losing the others', async () => {
    const store = await freshStore();
    const files = (await readdir(SEED_ARTICLES)).sort().map((name) => join(SEED_ARTICLES, name));
    await ingestFiles(store, files, { maxBytes: 5_000_000, workers: 2 });
    const missing = join(SEED_ARTICLES, 'no-such-article.md');
    const again = await ingestFiles(store, [...files, missing], { maxBytes: 5_000_000, workers: 2 });
    expect(again.ok).toEqual([]);
    expect(again.unchanged.length).toBeGreaterThan(15);
    expect(again.failed).toEqual([{ file: missing, reason: expect.stringContaining('no-such-article.md') }]);
  }, 120_000);

  it('keeps workers deriving while the main thread is busy writing, so writes come in large groups', async () => {
    const store = await freshStore();
    const files = (await readdir(SEED_ARTICLES)).sort().map((name) => join(SEED_ARTICLES, name));
    const groupSizes: number[] = [];
    // A write that holds the main thread, as a large SQLite transaction does.
    const slowWriter = new Proxy(store, {
      get(target, property) {
        if (property === 'replaceArticles') {
          return async (graphs: Parameters<GraphStore['replaceArticles']>[0]) => {
            groupSizes.push(graphs.length);
            const until = Date.now() + 500;
            while (Date.now() < until) {
              // busy: nothing else runs on this thread (long enough that workers finish several files even on a loaded machine)
            }
            return target.replaceArticles(graphs);
          };
        }
        const value: unknown = Reflect.get(target, property);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const report = await ingestFiles(slowWriter, files, { maxBytes: 5_000_000, workers: 2 });
    expect(report.failed).toEqual([]);
    expect(report.ok.length).toBeGreaterThan(15);
    // One file in hand per worker would make groups of about two.
    expect(report.ok.length / groupSizes.length).toBeGreaterThanOrEqual(3);
  }, 120_000);
});
