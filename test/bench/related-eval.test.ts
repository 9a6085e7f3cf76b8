import { describe, expect, it } from 'vitest';
import { genePartners, scoreAtK, tfidfNeighbours } from '../../bench/related-dev-articles.js';

describe('related-articles evaluation', () => {
  const gold = [
    { id: 'a', genes: ['CLCN7'], article: 'articles/a.txt' },
    { id: 'b', genes: ['CLCN7', 'TCIRG1'], article: 'articles/b.txt' },
    { id: 'c', genes: ['TCIRG1'], article: 'articles/c.txt' },
    { id: 'd', genes: ['CFTR'], article: 'articles/d.txt' },
  ];

  it('pairs conditions that share a gene, and only those', () => {
    const partners = genePartners(gold, (item) => item.id);
    expect([...(partners.get('b') ?? [])].sort()).toEqual(['a', 'c']);
    expect([...(partners.get('a') ?? [])]).toEqual(['b']);
    expect(partners.get('d')?.size).toBe(0);
  });

  it('scores success@5 and partner-recall@5 over articles that have partners', () => {
    const partners = genePartners(gold, (item) => item.id);
    const ranked = new Map([
      ['a', ['d', 'b']],
      ['b', ['a', 'd']],
      ['c', ['d']],
    ]);
    const score = scoreAtK(partners, ranked);
    expect(score.articles).toBe(3);
    expect(score.success).toBeCloseTo(2 / 3);
    expect(score.recall).toBeCloseTo((1 + 0.5 + 0) / 3);
  });

  it('ranks the document sharing rare words first in the TF-IDF baseline', () => {
    const texts = new Map([
      ['x', 'osteopetrosis dense bones fracture'],
      ['y', 'osteopetrosis dense bones anaemia'],
      ['z', 'asthma wheezing inhaler anaemia'],
    ]);
    expect(tfidfNeighbours(texts, 1).get('x')).toEqual(['y']);
  });
});
