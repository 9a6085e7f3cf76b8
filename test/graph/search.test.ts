import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../../src/domain/graph.js';
import { rankSearchCandidates, searchNodes } from '../../src/graph/search.js';
import { describeEachStore } from './each-store.js';
import { bloodDisorderArticles, n } from './fixtures/blood-disorders.js';

function candidate(node: GraphNode, matchedNames: string[] = []) {
  return { node, matchedNames };
}

const hemoglobinS: GraphNode = { ...n.sickleCell, synonyms: ['HbSS disease', 'sickle cell disease'] };

describe('rankSearchCandidates', () => {
  it('puts an exact name before a prefix match before a typo match', () => {
    const anaemia: GraphNode = { ...n.anemia, id: 'medkg:phenotype:anaemia', name: 'Anaemia' };
    const hits = rankSearchCandidates('anemia', [candidate(anaemia), candidate(n.hemolytic), candidate(n.anemia)], 10);
    expect(hits.map((hit) => [hit.node.id, hit.tier])).toEqual([
      [n.anemia.id, 'exact'],
      [n.hemolytic.id, 'prefix'],
      [anaemia.id, 'typo'],
    ]);
  });

  it('matches an id exactly, case-insensitively, with the top score', () => {
    const hits = rankSearchCandidates('hgnc:4827', [candidate(n.hbb)], 10);
    expect(hits[0]).toMatchObject({ tier: 'exact', score: 1, matchedName: 'HGNC:4827' });
  });

  it('finds an exact synonym just below an exact name', () => {
    const hits = rankSearchCandidates('sickle cell disease', [candidate(hemoglobinS)], 10);
    expect(hits[0]).toMatchObject({ tier: 'exact', matchedName: 'sickle cell disease' });
    expect(hits[0]?.score).toBeLessThan(0.98);
  });

  it('tolerates one typo in a short word and drops names too far away', () => {
    const hits = rankSearchCandidates('jaundise', [candidate(n.jaundice), candidate(n.fatigue)], 10);
    expect(hits.map((hit) => hit.node.id)).toEqual([n.jaundice.id]);
    expect(hits[0]?.tier).toBe('typo');
  });

  it('breaks equal scores by id', () => {
    const a = { ...n.pallor, id: 'HP:0000980' };
    const b = { ...n.pallor, id: 'medkg:phenotype:pallor' };
    const hits = rankSearchCandidates('pallor', [candidate(b), candidate(a)], 10);
    expect(hits.map((hit) => hit.node.id)).toEqual(['HP:0000980', 'medkg:phenotype:pallor']);
  });
});

describeEachStore('searchNodes', bloodDisorderArticles, (store) => {
  it('ranks exact matches first over the store candidates', async () => {
    const hits = await searchNodes(store(), 'anemia', undefined, 5);
    expect(hits[0]?.node.id).toBe(n.anemia.id);
    expect(hits[0]?.tier).toBe('exact');
  });

  it('filters by kind', async () => {
    const hits = await searchNodes(store(), 'sickle', ['Disease'], 10);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => hit.node.kind === 'Disease')).toBe(true);
    expect(await searchNodes(store(), 'sickle', ['Gene'], 10)).toEqual([]);
  });

  it('rejects an empty text', async () => {
    await expect(searchNodes(store(), '   ', undefined, 5)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
