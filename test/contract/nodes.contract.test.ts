// Contract: nodes, aliases, neighbours (filters, keyset pages, totals), edges and evidence.
import { expect, it } from 'vitest';
import type { GraphNode } from '../../src/domain/graph.js';
import type { ArticleGraph } from '../../src/domain/graph.js';
import { ARTICLE_NODE, cysticFibrosis, interferonGamma1b, osteopetrosis } from '../fixtures/graphs/articles.js';
import { buildArticle, edge, evidenceIn, graphOf, mentions } from '../fixtures/graphs/build.js';
import * as n from '../fixtures/graphs/nodes.js';
import { describeContract } from './harness.js';

/** A one-sentence article that names interferon gamma-1b only by an unverified local id. */
function localSighting(): { graph: ArticleGraph; local: GraphNode } {
  const sentence = 'Interferon-γ1b injections are given three times a week.';
  const article = buildArticle('interferon-dosing', 'Interferon-γ1b dosing', [{ kind: 'dosage', heading: 'Dosage', text: sentence }]);
  const local: GraphNode = { id: 'medkg:drug:interferon-gamma1b', kind: 'Drug', name: 'interferon-γ1b', synonyms: [], xrefs: [], status: 'unverified' };
  return { graph: graphOf(article, [local], [mentions(article, 'MENTIONS', local, sentence, 'dosage')]), local };
}

describeContract('nodes and neighbours', (context) => {
  it('returns nodes in the order asked with null for unknown ids, unicode names intact', async () => {
    const { store } = context();
    await store.replaceArticle(osteopetrosis);
    const nodes = await store.getNodes(['HGNC:11647', 'DOID:0000000', 'DOID:13533', 'DRUGBANK:DB00033']);
    expect(nodes).toEqual([n.tcirg1, null, n.osteopetrosis, n.interferonGamma1b]);
    expect(nodes[2]?.synonyms).toContain('অস্টিওপেট্রোসিস');
    expect(nodes[3]?.synonyms).toEqual(['interferon-γ1b', 'Actimmune®']);
  });

  it('keeps vocabulary-verified data when an unverified sighting of the same id arrives, and unions synonyms', async () => {
    const { store } = context();
    await store.replaceArticle(osteopetrosis);
    const sentence = 'Marble bone disease makes bones dense.';
    const article = buildArticle('marble-bone', 'Marble bone disease', [{ kind: 'summary', heading: 'Summary', text: sentence }]);
    const sighting: GraphNode = { ...n.osteopetrosis, name: 'marble bone disease', synonyms: ['osteopetroses'], xrefs: [], status: 'unverified' };
    await store.replaceArticle(graphOf(article, [sighting], [mentions(article, 'ABOUT', sighting, sentence, 'summary')]));
    const [node] = await store.getNodes([n.osteopetrosis.id]);
    expect(node).toMatchObject({ name: 'osteopetrosis', status: 'verified', kind: 'Disease' });
    expect([...(node?.synonyms ?? [])].sort()).toEqual([...n.osteopetrosis.synonyms, 'osteopetroses'].sort());
  });

  it('resolves an old id through its alias in resolveIds, getNodes and neighbours', async () => {
    const { store } = context();
    await store.replaceArticle(osteopetrosis);
    const { graph, local } = localSighting();
    await store.replaceArticle(graph);
    await store.addAlias(local.id, n.interferonGamma1b.id);
    expect(await store.resolveIds([local.id, n.interferonGamma1b.id, 'DOID:0000000'])).toEqual(
      new Map([
        [local.id, n.interferonGamma1b.id],
        [n.interferonGamma1b.id, n.interferonGamma1b.id],
      ]),
    );
    const [node] = await store.getNodes([local.id]);
    expect(node?.id).toBe(n.interferonGamma1b.id);
    expect(node?.synonyms).toContain('interferon-γ1b');
    const mentioning = await store.neighbours(local.id, { predicates: ['MENTIONS'], direction: 'in' }, { first: 10 });
    expect(mentioning.items.map((item) => item.node.id)).toEqual([articleNodeOf('interferon-dosing'), ARTICLE_NODE.osteopetrosis]);
    // Re-ingesting the article that still says the old id lands on the new node.
    await store.replaceArticle(graph);
    expect(await store.getNodes([local.id])).toEqual([expect.objectContaining({ id: n.interferonGamma1b.id })]);
    expect((await store.resolveIds([local.id])).get(local.id)).toBe(n.interferonGamma1b.id);
  });

  it('rejects an alias to an unknown node with NOT_FOUND', async () => {
    const { store } = context();
    await expect(store.addAlias('medkg:drug:x', 'DRUGBANK:DB00033')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('orders neighbours by predicate, direction and neighbour id, with edge summaries', async () => {
    const { store } = context();
    await store.replaceArticle(osteopetrosis);
    await store.replaceArticle(interferonGamma1b);
    const page = await store.neighbours(n.osteopetrosis.id, {}, { first: 50 });
    expect(page.items.map((item) => [item.edge.predicate, item.direction, item.node.id])).toEqual([
      ['ABOUT', 'in', ARTICLE_NODE.osteopetrosis],
      ['GENE_ASSOCIATED_WITH', 'in', n.tcirg1.id],
      ['GENE_ASSOCIATED_WITH', 'in', n.clcn7.id],
      ['HAS_PHENOTYPE', 'out', n.anemia.id],
      ['HAS_PHENOTYPE', 'out', n.bonePain.id],
      ['HAS_PHENOTYPE', 'out', n.recurrentInfections.id],
      ['MENTIONS', 'in', ARTICLE_NODE.interferonGamma1b],
      ['TREATS', 'in', n.interferonGamma1b.id],
      ['TREATS', 'in', n.stemCellTransplant.id],
    ]);
    expect(page).toMatchObject({ totalCount: 9, hasNextPage: false });
    expect(page.items[1]?.edge).toEqual({
      subject: n.tcirg1.id,
      predicate: 'GENE_ASSOCIATED_WITH',
      object: n.osteopetrosis.id,
      confidence: 0.8,
      evidenceCount: 1,
      articleCount: 1,
      curated: false,
    });
    expect(page.items[1]?.node).toEqual(n.tcirg1);
  });

  it('filters neighbours by predicates, neighbour kinds and direction, and counts with the same filter', async () => {
    const { store } = context();
    await store.replaceArticle(osteopetrosis);
    await store.replaceArticle(interferonGamma1b);
    const genes = await store.neighbours(n.osteopetrosis.id, { kinds: ['Gene'] }, { first: 1 });
    expect(genes.items.map((item) => item.node.id)).toEqual([n.tcirg1.id]);
    expect(genes).toMatchObject({ totalCount: 2, hasNextPage: true });
    const out = await store.neighbours(n.osteopetrosis.id, { direction: 'out' }, { first: 10 });
    expect(out.items.every((item) => item.direction === 'out' && item.edge.predicate === 'HAS_PHENOTYPE')).toBe(true);
    expect(out.totalCount).toBe(3);
    const treats = await store.neighbours(n.interferonGamma1b.id, { predicates: ['TREATS', 'HAS_ADVERSE_EFFECT'], direction: 'out' }, { first: 10 });
    expect(treats.items.map((item) => [item.edge.predicate, item.node.id])).toEqual([
      ['HAS_ADVERSE_EFFECT', n.fever.id],
      ['TREATS', n.osteopetrosis.id],
      ['TREATS', n.chronicGranulomatousDisease.id],
    ]);
    const none = await store.neighbours(n.interferonGamma1b.id, { predicates: ['SUBCLASS_OF'] }, { first: 10 });
    expect(none).toEqual({ items: [], cursors: [], hasNextPage: false, totalCount: 0 });
  });

  it('pages neighbours with keyset cursors: exact boundary, last page, past the end', async () => {
    const { store } = context();
    await store.replaceArticle(osteopetrosis);
    const all = await store.neighbours(n.osteopetrosis.id, {}, { first: 100 });
    expect(all.totalCount).toBe(8);
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    for (;;) {
      const page = await store.neighbours(n.osteopetrosis.id, {}, { first: 4, after });
      expect(page.totalCount).toBe(8);
      seen.push(...page.items.map((item) => `${item.edge.predicate}/${item.direction}/${item.node.id}`));
      pages += 1;
      if (!page.hasNextPage) {
        expect(page.items).toHaveLength(4);
        after = page.cursors.at(-1);
        break;
      }
      after = page.cursors.at(-1);
    }
    expect(pages).toBe(2);
    expect(seen).toEqual(all.items.map((item) => `${item.edge.predicate}/${item.direction}/${item.node.id}`));
    const past = await store.neighbours(n.osteopetrosis.id, {}, { first: 4, after });
    expect(past).toEqual({ items: [], cursors: [], hasNextPage: false, totalCount: 8 });
    const zero = await store.neighbours(n.osteopetrosis.id, {}, { first: 0 });
    expect(zero).toMatchObject({ items: [], hasNextPage: true, totalCount: 8 });
  });

  it('gives an unknown node an empty connection and rejects a malformed cursor with BAD_USER_INPUT', async () => {
    const { store } = context();
    await store.replaceArticle(osteopetrosis);
    expect(await store.neighbours('DOID:0000000', {}, { first: 5 })).toEqual({ items: [], cursors: [], hasNextPage: false, totalCount: 0 });
    const listCursor = (await store.listArticles({ first: 1 })).cursors[0];
    for (const after of ['%%%', 'eyJrIjoibmVpZ2hib3VyIn0', listCursor]) {
      await expect(store.neighbours(n.osteopetrosis.id, {}, { first: 5, after })).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        message: expect.stringMatching(/cursor/u),
      });
    }
  });

  it('rejects a negative or fractional page size with BAD_USER_INPUT', async () => {
    const { store } = context();
    await store.replaceArticle(osteopetrosis);
    await expect(store.neighbours(n.osteopetrosis.id, {}, { first: -1 })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(store.listArticles({ first: 1.5 })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('returns evidence and edge summaries in the order asked, empty or null for unknown edges', async () => {
    const { store } = context();
    await store.replaceArticle(cysticFibrosis);
    const known = { subject: n.ivacaftor.id, predicate: 'TREATS', object: n.cysticFibrosis.id } as const;
    const unknown = { subject: n.ivacaftor.id, predicate: 'TREATS', object: n.osteopetrosis.id } as const;
    const [evidence, none] = await store.edgeEvidence([known, unknown]);
    expect(none).toEqual([]);
    expect(evidence).toEqual([cysticFibrosis.edges.find((item) => item.subject === n.ivacaftor.id && item.predicate === 'TREATS')?.evidence[0]]);
    expect(evidence?.[0]?.sentence).toContain('Kalydeco®');
    expect(await store.getEdges([unknown, known])).toEqual([
      null,
      { ...known, confidence: 0.8, evidenceCount: 1, articleCount: 1, curated: false },
    ]);
  });

  it('stores edges asserted between existing nodes by a later article', async () => {
    const { store } = context();
    await store.replaceArticle(osteopetrosis);
    const sentence = 'TCIRG1 variants cause about half of cases of severe autosomal recessive osteopetrosis.';
    const article = buildArticle('tcirg1', 'TCIRG1 gene', [{ kind: 'genetics', heading: 'Related conditions', text: sentence }]);
    await store.replaceArticle(
      graphOf(article, [], [edge(n.tcirg1.id, 'GENE_ASSOCIATED_WITH', n.osteopetrosis.id, evidenceIn(article, 'genetics', sentence, 0.8, 'cause'))]),
    );
    const [summary] = await store.getEdges([{ subject: n.tcirg1.id, predicate: 'GENE_ASSOCIATED_WITH', object: n.osteopetrosis.id }]);
    expect(summary).toMatchObject({ evidenceCount: 2, articleCount: 2, confidence: 0.96 });
  });
});

function articleNodeOf(slug: string): string {
  return `medkg:article:${slug}`;
}
