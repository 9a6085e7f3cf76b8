import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleGraph } from '../../../src/domain/graph.js';
import { runBatch } from '../../../src/ingest/batch/runner.js';
import type { GraphStore } from '../../../src/store/port.js';
import { openSqliteStore } from '../../../src/store/sqlite/open.js';
import { cysticFibrosis, interferonGamma1b, osteopetrosis } from '../../fixtures/graphs/articles.js';

const GRAPHS: Record<string, ArticleGraph> = { a: osteopetrosis, b: interferonGamma1b, c: cysticFibrosis };

describe('runBatch grouping (embedded store)', () => {
  let dataDir: string;
  let store: GraphStore;
  let groups: string[][];

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'medkg-runner-'));
    const opened = await openSqliteStore({ dataDir });
    groups = [];
    // The real store writes; the wrapper only records each group and makes the write slow, the
    // way a round trip to a remote Neo4j is.
    const replaceArticles = opened.replaceArticles.bind(opened);
    store = Object.assign(opened, {
      replaceArticles: async (graphs: readonly ArticleGraph[]) => {
        groups.push(graphs.map((graph) => graph.article.id));
        await sleep(80);
        return replaceArticles(graphs);
      },
    });
  });

  afterEach(async () => {
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps deriving while a write is under way, so the files derived meanwhile share the next group', async () => {
    const report = await runBatch({
      files: ['a', 'b', 'c'],
      sink: store,
      concurrency: 1,
      load: async (file) => {
        await sleep(20);
        return { graphs: [GRAPHS[file] as ArticleGraph], unchanged: [] };
      },
    });
    expect([...report.ok].sort()).toEqual(['cystic-fibrosis', 'interferon-gamma-1b', 'osteopetrosis']);
    // With one derive slot tied to each file until its write ended, every group held one article.
    expect(groups).toEqual([['osteopetrosis'], ['interferon-gamma-1b', 'cystic-fibrosis']]);
    expect([...(await store.articleHashes()).keys()].sort()).toEqual(['cystic-fibrosis', 'interferon-gamma-1b', 'osteopetrosis']);
  });
});
