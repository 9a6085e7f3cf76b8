import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GroupWriter } from '../../../src/ingest/batch/group-writer.js';
import type { ArticleGraph } from '../../../src/domain/graph.js';
import type { GraphStore } from '../../../src/store/port.js';
import { openSqliteStore } from '../../../src/store/sqlite/open.js';
import { cysticFibrosis, interferonGamma1b, osteopetrosis } from '../../fixtures/graphs/articles.js';

const LINKS = 'article-links';

describe('GroupWriter (embedded store)', () => {
  let dataDir: string;
  let store: GraphStore;
  let groups: number[];

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'medkg-group-writer-'));
    const opened = await openSqliteStore({ dataDir });
    groups = [];
    // Count the calls of the real store's batch write: no double, the store does the writing.
    const replaceArticles = opened.replaceArticles.bind(opened);
    store = Object.assign(opened, {
      replaceArticles: (graphs: readonly ArticleGraph[]) => {
        groups.push(graphs.length);
        return replaceArticles(graphs);
      },
    });
  });

  afterEach(async () => {
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('writes articles that arrive together in one transaction and keeps their links', async () => {
    const writer = new GroupWriter(store, LINKS);
    const results = await Promise.all([osteopetrosis, interferonGamma1b, cysticFibrosis].map((graph) => writer.write(graph)));
    expect(groups).toEqual([3]);
    expect(results.map((result) => result.created)).toEqual([true, true, true]);
    expect([...(await store.articleHashes()).keys()].sort()).toEqual(['cystic-fibrosis', 'interferon-gamma-1b', 'osteopetrosis']);
    const links = await store.getComputed(LINKS, ['osteopetrosis']);
    expect(JSON.parse(links.get('osteopetrosis') ?? 'null')).toEqual(osteopetrosis.links);
  });

  it('fails only the bad article of a group; the others land', async () => {
    const writer = new GroupWriter(store, LINKS);
    const broken = { ...cysticFibrosis, edges: [{ ...cysticFibrosis.edges[0]!, object: 'DOID:0000000-not-in-graph' }] };
    const outcomes = await Promise.allSettled([osteopetrosis, broken, interferonGamma1b].map((graph) => writer.write(graph)));
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(outcomes[1]).toMatchObject({ reason: { code: 'BAD_USER_INPUT' } });
    expect([...(await store.articleHashes()).keys()].sort()).toEqual(['interferon-gamma-1b', 'osteopetrosis']);
  });
});
