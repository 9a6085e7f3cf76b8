// Contract: search candidates (exact, prefix, one typo, unicode) and shortest paths.
import { expect, it } from 'vitest';
import { CLINICAL_PREDICATES } from '../../src/domain/predicates.js';
import { ARTICLE_NODE, cysticFibrosis, interferonGamma1b, osteopetrosis } from '../fixtures/graphs/articles.js';
import * as n from '../fixtures/graphs/nodes.js';
import { describeContract } from './harness.js';

describeContract('search and paths', (context) => {
  async function ingestAll(): Promise<void> {
    for (const graph of [osteopetrosis, interferonGamma1b, cysticFibrosis]) await context().store.replaceArticle(graph);
  }

  it('finds exact matches on normalised names, Article nodes included unless kinds filter them', async () => {
    await ingestAll();
    const { store } = context();
    const all = await store.searchCandidates('OSTEOPETROSIS', undefined, 10);
    expect(all.slice(0, 2).map((item) => [item.node.id, item.matchedNames])).toEqual([
      [n.osteopetrosis.id, ['osteopetrosis']],
      [ARTICLE_NODE.osteopetrosis, ['Osteopetrosis']],
    ]);
    const diseases = await store.searchCandidates('osteopetrosis', ['Disease'], 10);
    expect(diseases.map((item) => item.node.id)).toEqual([n.osteopetrosis.id]);
    expect(diseases[0]?.node).toEqual(n.osteopetrosis);
  });

  it('matches Greek letters, trade marks and Bengali script through the search key', async () => {
    await ingestAll();
    const { store } = context();
    const greek = await store.searchCandidates('interferon-γ1b', ['Drug'], 10);
    expect(greek.map((item) => [item.node.id, item.matchedNames])).toEqual([
      [n.interferonGamma1b.id, ['Interferon gamma-1b', 'interferon-γ1b']],
    ]);
    const brand = await store.searchCandidates('actimmune', undefined, 10);
    expect(brand[0]).toMatchObject({ node: { id: n.interferonGamma1b.id }, matchedNames: ['Actimmune®'] });
    const bengali = await store.searchCandidates('অস্টিওপেট্রোসিস', undefined, 10);
    expect(bengali[0]).toMatchObject({ node: { id: n.osteopetrosis.id }, matchedNames: ['অস্টিওপেট্রোসিস'] });
  });

  it('finds prefix matches on names and synonyms', async () => {
    await ingestAll();
    const { store } = context();
    const drugs = await store.searchCandidates('interferon gam', ['Drug'], 10);
    expect(drugs.map((item) => item.node.id)).toEqual([n.interferonGamma1b.id]);
    const marble = await store.searchCandidates('marble', undefined, 10);
    expect(marble[0]).toMatchObject({ node: { id: n.osteopetrosis.id }, matchedNames: ['marble bone'] });
    const sweat = await store.searchCandidates('sweat', ['Test'], 10);
    expect(sweat.map((item) => [item.node.id, item.matchedNames])).toEqual([
      [n.sweatChlorideTest.id, ['sweat chloride test', 'sweat test']],
    ]);
  });

  it('includes one-typo matches among the candidates', async () => {
    await ingestAll();
    const { store } = context();
    for (const [typo, id] of [
      ['osteopetrsis', n.osteopetrosis.id],
      ['osteopetrossis', n.osteopetrosis.id],
      ['Kalydeko', n.ivacaftor.id],
      ['bronchiectisis', n.bronchiectasis.id],
      ['cystic fibrosys', n.cysticFibrosis.id],
    ] as const) {
      const candidates = await store.searchCandidates(typo, undefined, 20);
      expect(candidates.map((item) => item.node.id), typo).toContain(id);
    }
  });

  it('caps candidates at the limit and finds nothing for empty or unknown text', async () => {
    await ingestAll();
    const { store } = context();
    expect(await store.searchCandidates('osteopetrosis', undefined, 1)).toHaveLength(1);
    expect(await store.searchCandidates('  ', undefined, 10)).toEqual([]);
    expect(await store.searchCandidates('zzzzqqqq', undefined, 10)).toEqual([]);
  });

  it('finds the shortest clinical path without walking through Article nodes', async () => {
    await ingestAll();
    const paths = await context().store.shortestPaths(n.clcn7.id, n.tcirg1.id, { maxHops: 4, predicates: CLINICAL_PREDICATES, first: 10 });
    expect(paths).toEqual([
      {
        nodes: [n.clcn7.id, n.osteopetrosis.id, n.tcirg1.id],
        edges: [
          { subject: n.clcn7.id, predicate: 'GENE_ASSOCIATED_WITH', object: n.osteopetrosis.id },
          { subject: n.tcirg1.id, predicate: 'GENE_ASSOCIATED_WITH', object: n.osteopetrosis.id },
        ],
      },
    ]);
  });

  it('walks through Article nodes only when article predicates are asked for, ordering by node ids', async () => {
    await ingestAll();
    const paths = await context().store.shortestPaths(n.clcn7.id, n.tcirg1.id, {
      maxHops: 2,
      predicates: ['GENE_ASSOCIATED_WITH', 'MENTIONS'],
      first: 10,
    });
    expect(paths.map((path) => path.nodes)).toEqual([
      [n.clcn7.id, n.osteopetrosis.id, n.tcirg1.id],
      [n.clcn7.id, ARTICLE_NODE.osteopetrosis, n.tcirg1.id],
    ]);
    expect(paths[1]?.edges).toEqual([
      { subject: ARTICLE_NODE.osteopetrosis, predicate: 'MENTIONS', object: n.clcn7.id },
      { subject: ARTICLE_NODE.osteopetrosis, predicate: 'MENTIONS', object: n.tcirg1.id },
    ]);
    const firstOnly = await context().store.shortestPaths(n.clcn7.id, n.tcirg1.id, {
      maxHops: 2,
      predicates: ['GENE_ASSOCIATED_WITH', 'MENTIONS'],
      first: 1,
    });
    expect(firstOnly.map((path) => path.nodes)).toEqual([[n.clcn7.id, n.osteopetrosis.id, n.tcirg1.id]]);
  });

  it('respects maxHops: a four-hop path needs maxHops of four', async () => {
    await ingestAll();
    const { store } = context();
    const options = { predicates: CLINICAL_PREDICATES, first: 5 };
    expect(await store.shortestPaths(n.tcirg1.id, n.ivacaftor.id, { ...options, maxHops: 3 })).toEqual([]);
    const paths = await store.shortestPaths(n.tcirg1.id, n.ivacaftor.id, { ...options, maxHops: 4 });
    expect(paths.map((path) => path.nodes)).toEqual([
      [n.tcirg1.id, n.osteopetrosis.id, n.recurrentInfections.id, n.cysticFibrosis.id, n.ivacaftor.id],
    ]);
    expect(paths[0]?.edges[1]).toEqual({ subject: n.osteopetrosis.id, predicate: 'HAS_PHENOTYPE', object: n.recurrentInfections.id });
  });

  it('answers a path from a node to itself, and none for unknown nodes or unused predicates', async () => {
    await ingestAll();
    const { store } = context();
    const options = { maxHops: 3, predicates: CLINICAL_PREDICATES, first: 5 };
    expect(await store.shortestPaths(n.tcirg1.id, n.tcirg1.id, options)).toEqual([{ nodes: [n.tcirg1.id], edges: [] }]);
    expect(await store.shortestPaths(n.tcirg1.id, 'DOID:0000000', options)).toEqual([]);
    expect(await store.shortestPaths(n.tcirg1.id, n.osteopetrosis.id, { ...options, predicates: ['TREATS'] })).toEqual([]);
  });
});
