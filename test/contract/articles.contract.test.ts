// Contract: replaceArticle / deleteArticle / article reads behave alike on every adapter.
import { expect, it } from 'vitest';
import { articleNodeId } from '../../src/domain/ids.js';
import type { ArticleGraph } from '../../src/domain/graph.js';
import type { GraphStore } from '../../src/store/port.js';
import { buildArticle, edge, evidenceIn, graphOf } from '../fixtures/graphs/build.js';
import { ARTICLE_NODE, cysticFibrosis, interferonGamma1b, osteopetrosis, osteopetrosisRevised } from '../fixtures/graphs/articles.js';
import * as n from '../fixtures/graphs/nodes.js';
import { collect, describeContract } from './harness.js';

/** The whole visible graph, to compare two stores' states exactly. */
async function snapshot(store: GraphStore): Promise<unknown> {
  return { nodes: await collect(store.exportNodes()), edges: await collect(store.exportEdges()), hashes: [...(await store.articleHashes())] };
}

const TREATS_OSTEO = { subject: n.interferonGamma1b.id, predicate: 'TREATS', object: n.osteopetrosis.id } as const;

describeContract('articles', (context) => {
  it('reports what a first ingest added', async () => {
    const summary = await context().store.replaceArticle(osteopetrosis);
    // 8 entities + the Article node; 8 MENTIONS/ABOUT + 7 clinical edges.
    expect(summary).toEqual({ article: 'osteopetrosis', created: true, nodesAdded: 9, nodesRemoved: 0, edgesAdded: 15, edgesRemoved: 0 });
  });

  it('leaves the same store when the same graph is replaced twice', async () => {
    const { store } = context();
    await store.replaceArticle(osteopetrosis);
    await store.replaceArticle(interferonGamma1b);
    const once = await snapshot(store);
    const again = await store.replaceArticle(osteopetrosis);
    expect(again).toEqual({ article: 'osteopetrosis', created: false, nodesAdded: 0, nodesRemoved: 0, edgesAdded: 0, edgesRemoved: 0 });
    expect(await snapshot(store)).toEqual(once);
  });

  it('replaces only the changed article’s own contribution on re-ingest', async () => {
    const { store } = context();
    await store.replaceArticle(osteopetrosis);
    await store.replaceArticle(interferonGamma1b);
    const summary = await store.replaceArticle(osteopetrosisRevised);
    // CLCN7 and bone pain go (nodes and their MENTIONS + clinical edges); nothing is added.
    expect(summary).toEqual({ article: 'osteopetrosis', created: false, nodesAdded: 0, nodesRemoved: 2, edgesAdded: 0, edgesRemoved: 4 });
    expect(await store.getNodes([n.clcn7.id, n.bonePain.id, n.tcirg1.id])).toEqual([null, null, n.tcirg1]);
    const [evidence] = await store.edgeEvidence([TREATS_OSTEO]);
    expect(evidence?.map((item) => item.article)).toEqual(['interferon-gamma-1b', 'osteopetrosis']);
    const [article] = await store.getArticles(['osteopetrosis']);
    expect(article?.contentHash).toBe('osteopetrosis-v2');
  });

  it('keeps other articles’ evidence on a shared edge when one article is deleted', async () => {
    const { store } = context();
    await store.replaceArticle(osteopetrosis);
    await store.replaceArticle(interferonGamma1b);
    const [shared] = await store.getEdges([TREATS_OSTEO]);
    expect(shared).toMatchObject({ evidenceCount: 2, articleCount: 2, curated: false, confidence: 0.9 });
    expect(await store.deleteArticle('osteopetrosis')).toBe(true);
    const [after] = await store.getEdges([TREATS_OSTEO]);
    expect(after).toEqual({ ...TREATS_OSTEO, confidence: 0.8, evidenceCount: 1, articleCount: 1, curated: false });
    expect(await store.getNodes([n.tcirg1.id, n.osteopetrosis.id, ARTICLE_NODE.osteopetrosis])).toEqual([null, n.osteopetrosis, null]);
  });

  it('deletes an article’s whole contribution and answers false for an unknown article', async () => {
    const { store } = context();
    await store.replaceArticle(cysticFibrosis);
    expect(await store.deleteArticle('cystic-fibrosis')).toBe(true);
    expect(await store.deleteArticle('cystic-fibrosis')).toBe(false);
    expect(await store.deleteArticle('no-such-article')).toBe(false);
    expect(await collect(store.exportNodes())).toEqual([]);
    expect(await collect(store.exportEdges())).toEqual([]);
    expect(await store.getArticles(['cystic-fibrosis'])).toEqual([null]);
  });

  it('stores the article record with its cleaned text and sections', async () => {
    const { store } = context();
    await store.replaceArticle(osteopetrosis);
    expect(await store.getArticles(['osteopetrosis', 'unknown'])).toEqual([osteopetrosis.article, null]);
    expect(await store.articleHashes()).toEqual(new Map([['osteopetrosis', 'osteopetrosis-v1']]));
    const [node] = await store.getNodes([articleNodeId('osteopetrosis')]);
    expect(node).toEqual({ id: ARTICLE_NODE.osteopetrosis, kind: 'Article', name: 'Osteopetrosis', synonyms: [], xrefs: [], status: 'verified' });
  });

  it('keeps a link to a missing article pending until that article arrives', async () => {
    const { store } = context();
    await store.replaceArticle(osteopetrosis);
    const linksBefore = await store.neighbours(ARTICLE_NODE.osteopetrosis, { predicates: ['LINKS_TO'] }, { first: 10 });
    expect(linksBefore.totalCount).toBe(0);
    await store.replaceArticle(interferonGamma1b);
    const links = await store.neighbours(ARTICLE_NODE.osteopetrosis, { predicates: ['LINKS_TO'] }, { first: 10 });
    expect(links.items.map((item) => [item.direction, item.node.id])).toEqual([
      ['in', ARTICLE_NODE.interferonGamma1b],
      ['out', ARTICLE_NODE.interferonGamma1b],
    ]);
    expect(links.items[1]?.edge).toEqual({
      subject: ARTICLE_NODE.osteopetrosis,
      predicate: 'LINKS_TO',
      object: ARTICLE_NODE.interferonGamma1b,
      confidence: 1,
      evidenceCount: 0,
      articleCount: 0,
      curated: false,
    });
    await store.deleteArticle('interferon-gamma-1b');
    await store.replaceArticle(interferonGamma1b);
    const relinked = await store.neighbours(ARTICLE_NODE.osteopetrosis, { predicates: ['LINKS_TO'], direction: 'out' }, { first: 10 });
    expect(relinked.items.map((item) => item.node.id)).toEqual([ARTICLE_NODE.interferonGamma1b]);
  });

  it('rejects an invalid graph with BAD_USER_INPUT and writes nothing', async () => {
    const { store } = context();
    const version = await store.dataVersion();
    const broken = { ...osteopetrosis, edges: [{ ...osteopetrosis.edges[0]!, object: 'DOID:0000000-not-in-graph' }] };
    await expect(store.replaceArticle(broken)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(store.replaceArticle({ ...osteopetrosis, article: { ...osteopetrosis.article, id: 'Not A Slug' } })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(await store.dataVersion()).toBe(version);
    expect(await store.articleHashes()).toEqual(new Map());
  });

  it('writes several articles in one call exactly as one call each would', async () => {
    const { store } = context();
    const summaries = await store.replaceArticles([osteopetrosis, interferonGamma1b]);
    expect(summaries.map((summary) => [summary.article, summary.created])).toEqual([
      ['osteopetrosis', true],
      ['interferon-gamma-1b', true],
    ]);
    const together = await snapshot(store);
    await store.deleteArticle('osteopetrosis');
    await store.deleteArticle('interferon-gamma-1b');
    await store.replaceArticle(osteopetrosis);
    await store.replaceArticle(interferonGamma1b);
    expect(await snapshot(store)).toEqual(together);
  });

  it('writes none of a batch when one of its graphs is invalid', async () => {
    const { store } = context();
    await store.replaceArticle(osteopetrosis);
    const before = await snapshot(store);
    const broken = { ...cysticFibrosis, edges: [{ ...cysticFibrosis.edges[0]!, object: 'DOID:0000000-not-in-graph' }] };
    await expect(store.replaceArticles([interferonGamma1b, broken])).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await snapshot(store)).toEqual(before);
  });

  it('keeps a hub edge’s confidence exact however many articles back it', async () => {
    const { store } = context();
    const sentence = 'Osteopetrosis can cause anemia.';
    const note = (index: number, weights: number[]): ArticleGraph => {
      const slug = `anemia-note-${String(index).padStart(3, '0')}`;
      const article = buildArticle(slug, `Anemia note ${index}`, [{ kind: 'symptoms', heading: 'Symptoms', text: sentence }]);
      const evidence = weights.map((weight) => evidenceIn(article, 'symptoms', sentence, weight));
      return graphOf(article, [n.osteopetrosis, n.anemia], [edge(n.osteopetrosis.id, 'HAS_PHENOTYPE', n.anemia.id, ...evidence)]);
    };
    const key = { subject: n.osteopetrosis.id, predicate: 'HAS_PHENOTYPE', object: n.anemia.id } as const;
    // More evidence rows than a refresh samples, all from one weak article: the sample alone
    // would say 0.1 too, but only because it is complete in what matters (one article).
    await store.replaceArticle(note(0, Array.from({ length: 80 }, () => 0.1)));
    expect((await store.getEdges([key]))[0]?.confidence).toBe(0.1);
    await store.replaceArticles(Array.from({ length: 79 }, (_, index) => note(index + 1, [0.2])));
    expect((await store.getEdges([key]))[0]).toMatchObject({ confidence: 0.99, articleCount: 80 });
    for (let index = 1; index < 80; index += 1) await store.deleteArticle(`anemia-note-${String(index).padStart(3, '0')}`);
    expect((await store.getEdges([key]))[0]).toMatchObject({ confidence: 0.1, articleCount: 1 });
  });

  it('gives an edge named twice by one new article the confidence of its strongest evidence', async () => {
    const { store } = context();
    const first = 'Osteopetrosis can cause anemia.';
    const second = 'Anemia is common in osteopetrosis.';
    const article = buildArticle('anemia-twice', 'Anemia twice', [
      { kind: 'symptoms', heading: 'Symptoms', text: first },
      { kind: 'causes', heading: 'Causes', text: second },
    ]);
    const weak = edge(n.osteopetrosis.id, 'HAS_PHENOTYPE', n.anemia.id, evidenceIn(article, 'symptoms', first, 0.3));
    const strong = edge(n.osteopetrosis.id, 'HAS_PHENOTYPE', n.anemia.id, evidenceIn(article, 'causes', second, 0.7));
    await store.replaceArticle(graphOf(article, [n.osteopetrosis, n.anemia], [weak, strong]));
    const key = { subject: n.osteopetrosis.id, predicate: 'HAS_PHENOTYPE', object: n.anemia.id } as const;
    expect((await store.getEdges([key]))[0]).toMatchObject({ confidence: 0.7, evidenceCount: 2, articleCount: 1 });
  });

  it('lists articles by id with keyset pages and a total count', async () => {
    const { store } = context();
    const empty = await store.listArticles({ first: 2 });
    expect(empty).toEqual({ items: [], cursors: [], hasNextPage: false, totalCount: 0 });
    for (const graph of [osteopetrosis, interferonGamma1b, cysticFibrosis]) await store.replaceArticle(graph);
    const first = await store.listArticles({ first: 2 });
    expect(first.items.map((item) => item.id)).toEqual(['cystic-fibrosis', 'interferon-gamma-1b']);
    expect(first).toMatchObject({ hasNextPage: true, totalCount: 3 });
    expect(first.items[0]).toEqual({
      id: 'cystic-fibrosis',
      title: 'Cystic fibrosis',
      url: 'https://example.org/cystic-fibrosis/',
      primaryEntity: n.cysticFibrosis.id,
      contentHash: 'cystic-fibrosis-v1',
    });
    const last = await store.listArticles({ first: 2, after: first.cursors[1] });
    expect(last.items.map((item) => item.id)).toEqual(['osteopetrosis']);
    expect(last).toMatchObject({ hasNextPage: false, totalCount: 3 });
    const exact = await store.listArticles({ first: 3 });
    expect(exact.hasNextPage).toBe(false);
    const beyond = await store.listArticles({ first: 3, after: exact.cursors[2] });
    expect(beyond).toEqual({ items: [], cursors: [], hasNextPage: false, totalCount: 3 });
  });

  it('rejects a malformed article cursor with BAD_USER_INPUT naming the cursor', async () => {
    const { store } = context();
    for (const after of ['not-a-cursor!', 'eyJ4IjoxfQ', '']) {
      await expect(store.listArticles({ first: 2, after })).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        message: expect.stringMatching(/cursor/u),
      });
    }
  });

  it('lists the entities each article names and the articles naming each entity', async () => {
    const { store } = context();
    await store.replaceArticle(osteopetrosis);
    await store.replaceArticle(interferonGamma1b);
    const entities = await store.articleEntities(['interferon-gamma-1b', 'unknown']);
    expect(entities.get('interferon-gamma-1b')).toEqual([
      { entity: n.osteopetrosis.id, kind: 'Disease', predicate: 'MENTIONS' },
      { entity: n.chronicGranulomatousDisease.id, kind: 'Disease', predicate: 'MENTIONS' },
      { entity: n.interferonGamma1b.id, kind: 'Drug', predicate: 'ABOUT' },
      { entity: n.fever.id, kind: 'Phenotype', predicate: 'MENTIONS' },
    ]);
    expect(entities.get('unknown')).toEqual([]);
    const naming = await store.articlesMentioning([n.osteopetrosis.id, n.fever.id, 'HP:0002315']);
    expect(naming).toEqual(
      new Map([
        [n.osteopetrosis.id, ['interferon-gamma-1b', 'osteopetrosis']],
        [n.fever.id, ['interferon-gamma-1b']],
        ['HP:0002315', []],
      ]),
    );
    expect(await store.entityDocumentFrequency([n.osteopetrosis.id, n.tcirg1.id, 'HP:0002315'])).toEqual(
      new Map([
        [n.osteopetrosis.id, 2],
        [n.tcirg1.id, 1],
        ['HP:0002315', 0],
      ]),
    );
  });
});
