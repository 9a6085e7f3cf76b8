import { expect, it } from 'vitest';
import { listAssociations } from '../../src/graph/associations.js';
import { findPaths } from '../../src/graph/paths.js';
import { graphStatistics } from '../../src/graph/stats.js';
import { describeEachStore } from './each-store.js';
import { bloodDisorderArticles, n } from './fixtures/blood-disorders.js';

describeEachStore('associations, paths and stats', bloodDisorderArticles, (store) => {
  it('lists a gene\'s diseases with evidence counts, ties by id', async () => {
    const page = await listAssociations(store(), { id: n.hbb.id, sort: 'EVIDENCE', first: 10 });
    expect(page.items.map((item) => [item.node.id, item.predicate, item.direction])).toEqual([
      [n.sickleCell.id, 'GENE_ASSOCIATED_WITH', 'out'],
      [n.betaThalassemia.id, 'GENE_ASSOCIATED_WITH', 'out'],
    ]);
    expect(page.items[0]?.edge).toMatchObject({ evidenceCount: 1, articleCount: 1 });
    expect(page.totalCount).toBe(2);
  });

  it('pages a disease\'s associations to the end with cursors and filters by kind', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await listAssociations(store(), { id: n.betaThalassemia.id, sort: 'NAME', first: 2, after });
      seen.push(...page.items.map((item) => item.node.name));
      after = page.cursors.at(-1);
      if (!page.hasNextPage) break;
    }
    expect(seen).toEqual(['Anemia', 'Deferasirox', 'Fatigue', 'Ferrous sulfate anhydrous', 'HBB', 'Pallor']);
    const drugs = await listAssociations(store(), { id: n.betaThalassemia.id, kinds: ['Drug'], sort: 'EVIDENCE', first: 10 });
    expect(drugs.items.map((item) => item.node.id)).toEqual([n.deferasirox.id, n.ferrousSulfate.id]);
  });

  it('rejects a malformed cursor and an unknown node', async () => {
    await expect(listAssociations(store(), { id: n.hbb.id, sort: 'EVIDENCE', first: 2, after: 'nonsense' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(listAssociations(store(), { id: 'HGNC:0', sort: 'EVIDENCE', first: 2 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('finds the two-hop path between diseases sharing a gene, not through articles', async () => {
    const paths = await findPaths(store(), { from: n.sickleCell.id, to: n.betaThalassemia.id, maxHops: 2, first: 5 });
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) expect(path.nodes.some((id) => id.startsWith('medkg:article:'))).toBe(false);
    expect(paths.map((path) => path.nodes)).toContainEqual([n.sickleCell.id, n.hbb.id, n.betaThalassemia.id]);
  });

  it('checks path arguments', async () => {
    await expect(findPaths(store(), { from: n.sickleCell.id, to: n.hbb.id, maxHops: 9, first: 5 })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(findPaths(store(), { from: 'DOID:0', to: n.hbb.id, maxHops: 2, first: 5 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('counts nodes, edges and articles', async () => {
    const stats = await graphStatistics(store());
    expect(stats.articles).toBe(5);
    expect(stats.nodesByKind['Gene']).toBe(1);
    expect(stats.edgesByPredicate['GENE_ASSOCIATED_WITH']).toBe(2);
    expect(stats.nodes).toBe(Object.values(stats.nodesByKind).reduce((a, b) => a + b, 0));
  });
});
