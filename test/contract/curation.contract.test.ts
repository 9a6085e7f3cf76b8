// Contract: editors' curated additions and retractions survive re-ingest, deletion and reopen.
import { expect, it } from 'vitest';
import { CLINICAL_PREDICATES } from '../../src/domain/predicates.js';
import { cysticFibrosis, interferonGamma1b, osteopetrosis, osteopetrosisRevised } from '../fixtures/graphs/articles.js';
import * as n from '../fixtures/graphs/nodes.js';
import { collect, decision, describeContract } from './harness.js';

const CLCN7_OSTEO = { subject: n.clcn7.id, predicate: 'GENE_ASSOCIATED_WITH', object: n.osteopetrosis.id } as const;
const OSTEO_INFECTIONS = { subject: n.osteopetrosis.id, predicate: 'HAS_PHENOTYPE', object: n.recurrentInfections.id } as const;

describeContract('curated edits', (context) => {
  it('keeps a curated edge at confidence 1 through re-ingest and deletion of the article that asserted it', async () => {
    const { store } = context();
    await store.replaceArticle(osteopetrosis);
    await store.addCuratedEdge(CLCN7_OSTEO, decision('CLCN7 variants cause autosomal dominant osteopetrosis type 2', 1));
    expect(await store.getEdges([CLCN7_OSTEO])).toEqual([{ ...CLCN7_OSTEO, confidence: 1, evidenceCount: 1, articleCount: 1, curated: true }]);
    await store.replaceArticle(osteopetrosisRevised);
    expect(await store.getEdges([CLCN7_OSTEO])).toEqual([{ ...CLCN7_OSTEO, confidence: 1, evidenceCount: 0, articleCount: 0, curated: true }]);
    await store.deleteArticle('osteopetrosis');
    const store2 = await context().reopen();
    expect(await store2.getEdges([CLCN7_OSTEO])).toEqual([{ ...CLCN7_OSTEO, confidence: 1, evidenceCount: 0, articleCount: 0, curated: true }]);
    expect(await store2.getNodes([n.clcn7.id, n.osteopetrosis.id])).toEqual([n.clcn7, expect.objectContaining({ id: n.osteopetrosis.id })]);
  });

  it('hides a retracted edge from every read, even when articles assert it again', async () => {
    const { store } = context();
    for (const graph of [osteopetrosis, cysticFibrosis]) await store.replaceArticle(graph);
    const statsBefore = await store.stats();
    await store.retractEdge(OSTEO_INFECTIONS, decision('the article means infections of bone marrow failure, recorded elsewhere', 2));
    await store.replaceArticle(osteopetrosis);
    expect(await store.getEdges([OSTEO_INFECTIONS])).toEqual([null]);
    expect(await store.edgeEvidence([OSTEO_INFECTIONS])).toEqual([[]]);
    const out = await store.neighbours(n.osteopetrosis.id, { predicates: ['HAS_PHENOTYPE'] }, { first: 10 });
    expect(out.items.map((item) => item.node.id)).not.toContain(n.recurrentInfections.id);
    expect(out.totalCount).toBe(2);
    const edges = await collect(store.exportEdges());
    expect(edges.some((item) => item.subject === n.osteopetrosis.id && item.object === n.recurrentInfections.id)).toBe(false);
    expect((await store.stats()).edgesByPredicate['HAS_PHENOTYPE']).toBe((statsBefore.edgesByPredicate['HAS_PHENOTYPE'] ?? 0) - 1);
    const paths = await store.shortestPaths(n.tcirg1.id, n.ivacaftor.id, { maxHops: 6, predicates: CLINICAL_PREDICATES, first: 5 });
    expect(paths).toEqual([]);
  });

  it('restores a retracted edge when an editor adds it back, and logs edits newest first', async () => {
    const { store } = context();
    await store.replaceArticle(osteopetrosis);
    await store.retractEdge(OSTEO_INFECTIONS, decision('doubtful', 1));
    await store.addCuratedEdge(OSTEO_INFECTIONS, decision('confirmed by a haematologist', 2));
    expect(await store.getEdges([OSTEO_INFECTIONS])).toEqual([{ ...OSTEO_INFECTIONS, confidence: 1, evidenceCount: 1, articleCount: 1, curated: true }]);
    expect(await store.curatedEdits()).toEqual([
      { ...OSTEO_INFECTIONS, action: 'add', ...decision('confirmed by a haematologist', 2) },
      { ...OSTEO_INFECTIONS, action: 'retract', ...decision('doubtful', 1) },
    ]);
  });

  it('rejects curated edges with unknown nodes (NOT_FOUND) or kinds the predicate does not join (BAD_USER_INPUT)', async () => {
    const { store } = context();
    await store.replaceArticle(interferonGamma1b);
    await expect(
      store.addCuratedEdge({ subject: 'DRUGBANK:DB08820', predicate: 'TREATS', object: n.osteopetrosis.id }, decision('x')),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      store.addCuratedEdge({ subject: n.fever.id, predicate: 'TREATS', object: n.osteopetrosis.id }, decision('x')),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await store.curatedEdits()).toEqual([]);
  });
});
