import { expect, it } from 'vitest';
import { getRelatedArticles, recomputeRelated, RELATED_NAMESPACE } from '../../../src/graph/related/related.js';
import { describeEachStore } from '../each-store.js';
import { bloodDisorderArticles, n } from '../fixtures/blood-disorders.js';

describeEachStore('related articles', bloodDisorderArticles, (store) => {
  it('ranks the article sharing the gene above articles sharing only generic symptoms', async () => {
    await recomputeRelated(store());
    const related = await getRelatedArticles(store(), 'sickle-cell-anemia', 5);
    expect(related.map((item) => item.article)[0]).toBe('beta-thalassemia');
    const top = related[0];
    expect(top?.reasons).toContainEqual(expect.objectContaining({ kind: 'RELATION', entity: n.hbb.id, predicate: 'GENE_ASSOCIATED_WITH' }));
    const onlySymptoms = related.find((item) => item.article === 'iron-deficiency-anemia');
    expect(onlySymptoms?.reasons.every((reason) => reason.entity !== n.hbb.id)).toBe(true);
    expect(top?.score ?? 0).toBeGreaterThan(onlySymptoms?.score ?? 0);
  });

  it('weights a rare shared entity above a shared entity every article names', async () => {
    const related = await getRelatedArticles(store(), 'sickle-cell-anemia', 5);
    const reasons = related[0]?.reasons ?? [];
    const gene = reasons.find((reason) => reason.entity === n.hbb.id)?.weight ?? 0;
    const anemia = reasons.find((reason) => reason.entity === n.anemia.id)?.weight ?? 0;
    expect(gene).toBeGreaterThan(anemia * 3);
  });

  it('gives reasons whose weights add up to the score, and orders ties by id', async () => {
    const related = await getRelatedArticles(store(), 'chronic-kidney-disease', 5);
    expect(related.length).toBeGreaterThan(0);
    for (const item of related) {
      const sum = item.reasons.reduce((total, reason) => total + reason.weight, 0);
      expect(Math.abs(sum - item.score)).toBeLessThan(1e-4);
    }
    for (let index = 1; index < related.length; index += 1) {
      const before = related[index - 1];
      const after = related[index];
      if (!before || !after) continue;
      expect(before.score > after.score || (before.score === after.score && before.article < after.article)).toBe(true);
    }
  });

  it('stores the lists in the store so every replica serves the same answer', async () => {
    const stored = await store().getComputed(RELATED_NAMESPACE, ['sickle-cell-anemia', 'beta-thalassemia']);
    expect([...stored.keys()].sort()).toEqual(['beta-thalassemia', 'sickle-cell-anemia']);
    const first = JSON.parse(stored.get('sickle-cell-anemia') ?? '[]') as { article: string }[];
    expect(first[0]?.article).toBe('beta-thalassemia');
  });

  it('computes and keeps a list that was never precomputed', async () => {
    await store().deleteComputed(RELATED_NAMESPACE);
    const related = await getRelatedArticles(store(), 'beta-thalassemia', 3);
    expect(related[0]?.article).toBe('sickle-cell-anemia');
    const stored = await store().getComputed(RELATED_NAMESPACE, ['beta-thalassemia']);
    expect(stored.has('beta-thalassemia')).toBe(true);
  });

  it('answers NOT_FOUND for an unknown article', async () => {
    await expect(getRelatedArticles(store(), 'no-such-article', 5)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('recomputes after a batch only the articles sharing entities with it', async () => {
    await store().deleteComputed(RELATED_NAMESPACE);
    const summary = await recomputeRelated(store(), ['chronic-kidney-disease']);
    // Anemia and fatigue are in every fixture article: all five share an entity with it.
    expect(summary.articles).toBe(5);
  });
});
