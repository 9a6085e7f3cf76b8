// Differential test: the same seeded sequence of writes (ingest, re-ingest, grouped ingest,
// delete, curate, retract, alias) applied to the SQLite and the Neo4j adapter leaves stores that
// answer every read alike: exports, stats, pages, neighbours, search, paths, article reads. The
// contract suite states each rule on small cases; this one hunts for the cases nobody thought
// of. Groups matter most here: Neo4j works a group out in memory and writes it in one batch,
// SQLite writes its articles one after another, and the two must agree summary for summary.
import { expect, it } from 'vitest';
import { describe } from 'vitest';
import type { ArticleGraph, EdgeKey, GraphEdge, GraphNode } from '../../../src/domain/graph.js';
import { articleNodeId } from '../../../src/domain/ids.js';
import { CLINICAL_PREDICATES, PREDICATES, PREDICATE_SIGNATURE } from '../../../src/domain/predicates.js';
import type { GraphStore } from '../../../src/store/port.js';
import { collect, steppingClock } from '../../contract/harness.js';
import { neo4jStoreFactory, sqliteStoreFactory } from '../../support/stores.js';
import { entityPool, randomArticle, seededRandom } from './random-graphs.js';
import type { Random } from './random-graphs.js';

const SLUGS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf'];
const STEPS = 40;

/** The outcome of a call: its value, or the code of the error it threw. */
async function outcome<T>(call: () => Promise<T>): Promise<{ value: T } | { error: string }> {
  try {
    return { value: await call() };
  } catch (error) {
    return { error: String((error as { code?: unknown }).code ?? error) };
  }
}

async function walkNeighbours(store: GraphStore, id: string, filter: Parameters<GraphStore['neighbours']>[1]): Promise<unknown[]> {
  const pages: unknown[] = [];
  let after: string | undefined;
  for (let page = 0; page < 20; page += 1) {
    const connection = await store.neighbours(id, filter, { first: 3, ...(after ? { after } : {}) });
    pages.push(connection);
    if (!connection.hasNextPage) break;
    after = connection.cursors.at(-1);
  }
  return pages;
}

async function snapshot(store: GraphStore, pool: readonly GraphNode[], random: Random): Promise<Record<string, unknown>> {
  const ids = [...pool.map((node) => node.id), ...SLUGS.map(articleNodeId), 'medkg:disease:unknown'];
  const pairs = Array.from({ length: 6 }, () => [random.pick(pool).id, random.pick(pool).id] as const);
  const texts = pool.slice(0, 8).flatMap((node) => [node.name, node.name.slice(0, 12), `${node.name.slice(0, -1)}x`]);
  const neighbourFilters = [{}, { direction: 'out' as const }, { predicates: ['MENTIONS' as const], direction: 'in' as const }, { kinds: ['Phenotype' as const] }];
  return {
    nodes: await collect(store.exportNodes()),
    edges: await collect(store.exportEdges()),
    stats: await store.stats(),
    hashes: await store.articleHashes(),
    articles: await store.getArticles(SLUGS),
    list: [await store.listArticles({ first: 3 }), await store.listArticles({ first: 100 })],
    entities: await store.articleEntities(SLUGS),
    mentioning: await store.articlesMentioning(ids),
    frequency: await store.entityDocumentFrequency(ids),
    getNodes: await store.getNodes(ids),
    resolved: await store.resolveIds(ids),
    neighbours: await Promise.all(ids.slice(0, 30).flatMap((id) => neighbourFilters.map((filter) => walkNeighbours(store, id, filter)))),
    search: await Promise.all(texts.map((text) => store.searchCandidates(text, undefined, 5))),
    paths: await Promise.all(
      pairs.flatMap(([from, to]) => [
        store.shortestPaths(from, to, { maxHops: 4, predicates: CLINICAL_PREDICATES, first: 5 }),
        store.shortestPaths(from, to, { maxHops: 3, predicates: PREDICATES, first: 3 }),
      ]),
    ),
    curated: await store.curatedEdits(),
  };
}

function randomKey(random: Random, pool: readonly GraphNode[]): EdgeKey {
  const predicate = random.pick(CLINICAL_PREDICATES);
  const subjects = pool.filter((node) => PREDICATE_SIGNATURE[predicate].subject.includes(node.kind));
  const objects = pool.filter((node) => PREDICATE_SIGNATURE[predicate].object.includes(node.kind));
  return { subject: random.pick(subjects.length > 0 ? subjects : pool).id, predicate, object: random.pick(objects.length > 0 ? objects : pool).id };
}

/**
 * A group for replaceArticles: articles that link to each other, sometimes the same article
 * twice, and now and then a graph naming an unknown node, which must fail the whole group.
 */
function randomGroup(random: Random, pool: readonly GraphNode[], index: number): ArticleGraph[] {
  const graphs = Array.from({ length: 1 + random.int(6) }, (_, position) => randomArticle(random, random.pick(SLUGS), pool, SLUGS, index * 10 + position));
  const victim = graphs[random.int(graphs.length)];
  if (victim && victim.edges.length > 0 && random.next() < 0.15) {
    const [first, ...rest] = victim.edges;
    graphs[graphs.indexOf(victim)] = { ...victim, edges: [{ ...(first as GraphEdge), object: 'medkg:disease:unknown' }, ...rest] };
  }
  return graphs;
}

/** One random write, the same on both stores; returns what each store answered. */
async function step(stores: readonly GraphStore[], random: Random, pool: GraphNode[], index: number): Promise<unknown[]> {
  const choice = random.next();
  const decision = { editor: 'parity', reason: `step ${index}`, at: new Date(Date.UTC(2025, 1, 1, 0, 0, index)).toISOString() };
  if (choice < 0.35) {
    const graph = randomArticle(random, random.pick(SLUGS), pool, SLUGS, index);
    return Promise.all(stores.map((store) => outcome(() => store.replaceArticle(graph))));
  }
  if (choice < 0.55) {
    const graphs = randomGroup(random, pool, index);
    return Promise.all(stores.map((store) => outcome(() => store.replaceArticles(graphs))));
  }
  if (choice < 0.65) {
    const slug = random.pick(SLUGS);
    return Promise.all(stores.map((store) => outcome(() => store.deleteArticle(slug))));
  }
  if (choice < 0.8) {
    const key = randomKey(random, pool);
    const action = random.next() < 0.5 ? 'addCuratedEdge' : 'retractEdge';
    return Promise.all(stores.map((store) => outcome(() => store[action](key, decision))));
  }
  if (choice < 0.9) {
    const old = random.pick(pool);
    const target = random.pick(pool.filter((node) => node.kind === old.kind && node.id !== old.id));
    return Promise.all(stores.map((store) => outcome(() => store.addAlias(old.id, target.id))));
  }
  const namespace = random.pick(['related', 'pathway']);
  const entries = new Map([[random.pick(SLUGS), `value ${index}`]]);
  await Promise.all(stores.map((store) => store.putComputed(namespace, entries)));
  return Promise.all(stores.map((store) => store.getComputed(namespace, SLUGS)));
}

const neo4j = neo4jStoreFactory();

describe.skipIf(!neo4j.available)('SQLite and Neo4j adapters side by side', () => {
  it.each([11, 47, 2024])('answer every read alike after a seeded random sequence of writes (seed %i)', async (seed) => {
    const sqlite = sqliteStoreFactory();
    await sqlite.reset();
    await neo4j.reset();
    const stores = [await sqlite.open({ clock: steppingClock() }), await neo4j.open({ clock: steppingClock() })];
    try {
      const random = seededRandom(seed);
      const pool = entityPool(random, 4);
      let last: Record<string, unknown> = {};
      for (let index = 0; index < STEPS; index += 1) {
        const [left, right] = await step(stores, random, pool, index);
        expect(right, `step ${index}`).toEqual(left);
        if (index % 10 === 9) {
          const readSeed = random.int(1_000_000);
          const [expected, actual] = await Promise.all(stores.map((store) => snapshot(store, pool, seededRandom(readSeed))));
          expect(actual, `reads after step ${index}`).toEqual(expected);
          last = actual ?? {};
        }
      }
      // The sequence must have exercised what it compares, or equality proves little.
      expect((last['edges'] as unknown[]).length).toBeGreaterThan(5);
      expect((last['paths'] as unknown[][]).some((paths) => paths.length > 0)).toBe(true);
      expect((last['search'] as unknown[][]).some((found) => found.length > 0)).toBe(true);
      expect((last['curated'] as unknown[]).length).toBeGreaterThan(0);
      expect((last['resolved'] as Map<string, string>).size).toBeGreaterThan(0);
    } finally {
      await Promise.all(stores.map((store) => store.close()));
      await sqlite.dispose();
    }
  }, 300_000);
});
