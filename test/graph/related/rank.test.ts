// The pruned related-article search on plain values: a hub alone makes no candidate yet counts
// in a candidate's score, and the lists equal an exhaustive scan of every pair while reading a
// fraction of the postings.
import { describe, expect, it } from 'vitest';
import { Dictionary } from '../../../src/graph/related/dictionary.js';
import type { ArticleInput, CorpusModel } from '../../../src/graph/related/model.js';
import { createCorpusModel } from '../../../src/graph/related/model.js';
import { RelatedScorer, scoreRelatedArticles } from '../../../src/graph/related/rank.js';
import type { EntityRole, RelatedArticleScore } from '../../../src/graph/related/score.js';
import { GRAPH_SHARE, MENTION_WEIGHT, pairWeight, round, TEXT_SHARE, TOPIC_WEIGHT } from '../../../src/graph/related/score.js';
import { countTerms } from '../../../src/graph/related/text.js';

const MENTION: EntityRole = { kind: 'MENTION', weight: MENTION_WEIGHT };
const TOPIC: EntityRole = { kind: 'TOPIC', weight: TOPIC_WEIGHT };
const GENE: EntityRole = { kind: 'RELATION', predicate: 'GENE_ASSOCIATED_WITH', weight: 2.5 };
const TREATS: EntityRole = { kind: 'RELATION', predicate: 'TREATS', weight: 2 };

function model(articles: readonly { id: string; entities: [string, EntityRole][]; text?: string }[]): CorpusModel {
  const terms = new Dictionary();
  const inputs: ArticleInput[] = articles.map((article) => ({ id: article.id, entities: new Map(article.entities), terms: countTerms(article.text ?? '', terms) }));
  return createCorpusModel(inputs, terms);
}

/** Every pair scored, the way the precompute worked before pruning: the reference. */
function exhaustiveScores(corpus: CorpusModel, articleId: string): Map<string, number> {
  const article = corpus.indexOf.get(articleId) ?? -1;
  const row = (index: number): Map<number, number> => {
    const entries = new Map<number, number>();
    for (let at = corpus.articleEntities.offsets[index] ?? 0; at < (corpus.articleEntities.offsets[index + 1] ?? 0); at += 1) {
      entries.set(corpus.articleEntities.keys[at] ?? 0, corpus.articleEntities.values[at] ?? 0);
    }
    return entries;
  };
  const termRow = (index: number): Map<number, number> => {
    const entries = new Map<number, number>();
    for (let at = corpus.articleTerms.offsets[index] ?? 0; at < (corpus.articleTerms.offsets[index + 1] ?? 0); at += 1) {
      entries.set(corpus.articleTerms.keys[at] ?? 0, corpus.articleTerms.values[at] ?? 0);
    }
    return entries;
  };
  const mine = row(article);
  const myTerms = termRow(article);
  const scores = new Map<string, number>();
  corpus.ids.forEach((id, other) => {
    if (other === article) return;
    let graph = 0;
    let shared = false;
    for (const [entity, theirs] of row(other)) {
      const myRole = mine.get(entity);
      if (myRole === undefined) continue;
      shared = true;
      const idf = Math.log(1 + corpus.articleCount / ((corpus.entityArticles.offsets[entity + 1] ?? 0) - (corpus.entityArticles.offsets[entity] ?? 0)));
      const weight = pairWeight(corpus.roles[myRole] ?? MENTION, corpus.roles[theirs] ?? MENTION);
      graph += round((GRAPH_SHARE * idf * idf * weight) / ((corpus.graphNorms[article] ?? 1) * (corpus.graphNorms[other] ?? 1)));
    }
    let dot = 0;
    for (const [term, weight] of termRow(other)) dot += weight * (myTerms.get(term) ?? 0);
    const text = round(TEXT_SHARE * dot);
    if (shared || text > 0) scores.set(id, round(graph + Math.max(text, 0)));
  });
  return scores;
}

function topOf(scores: ReadonlyMap<string, number>, limit: number): [string, number][] {
  return [...scores].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit);
}

function pairs(list: readonly RelatedArticleScore[]): [string, number][] {
  return list.map((item) => [item.article, item.score]);
}

/**
 * A deterministic corpus shaped like the synthetic benchmark's: one gene of 15 per article
 * (named in its text too), symptoms and words under a Zipf-like law (the first held by ~90% of
 * the articles, a long tail), a few relation roles that differ between articles.
 */
function syntheticCorpus(size: number): CorpusModel {
  let state = 12345;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const articles = Array.from({ length: size }, (_, index) => {
    const gene = `gene${String.fromCharCode(97 + Math.floor(next() * 15))}`;
    const entities: [string, EntityRole][] = [
      [`topic-${index}`, TOPIC],
      [gene, GENE],
    ];
    for (let symptom = 0; symptom < 40; symptom += 1) {
      if (next() < 0.9 / (1 + symptom)) entities.push([`symptom-${symptom}`, next() < 0.2 ? TREATS : MENTION]);
    }
    const words = [gene];
    for (let word = 0; word < 60; word += 1) if (next() < 0.9 / (1 + word / 2)) words.push(`word${String.fromCharCode(97 + (word % 26))}${String.fromCharCode(97 + Math.floor(word / 26))}`);
    return { id: `article-${String(index).padStart(3, '0')}`, entities, text: words.join(' ') };
  });
  return model(articles);
}

describe('related-article candidates', () => {
  // fatigue: every article (a hub); HBB: sickle cell and beta thalassemia only.
  const articles = [
    { id: 'beta-thalassemia', entities: [['fatigue', MENTION], ['HBB', GENE]] as [string, EntityRole][] },
    { id: 'chronic-kidney-disease', entities: [['fatigue', MENTION]] as [string, EntityRole][] },
    { id: 'iron-deficiency', entities: [['fatigue', MENTION]] as [string, EntityRole][] },
    { id: 'sickle-cell', entities: [['fatigue', MENTION], ['HBB', GENE]] as [string, EntityRole][] },
  ];

  it('never makes a candidate of an article sharing only a hub, yet counts the hub in a candidate found through a rare entity', () => {
    const corpus = model(articles);
    const scorer = new RelatedScorer(corpus);
    const related = scorer.related('sickle-cell', 1);
    expect(related.map((item) => item.article)).toEqual(['beta-thalassemia']);
    expect(scorer.lastSearch).toMatchObject({ features: 2, walked: 1, candidates: 1 });
    expect(related[0]?.reasons.map((reason) => reason.entity)).toEqual(['HBB', 'fatigue']);
    expect(related[0]?.score).toBe(exhaustiveScores(corpus, 'sickle-cell').get('beta-thalassemia'));
  });

  it('walks a hub when the rare features reach fewer articles than asked for', () => {
    const corpus = model(articles);
    const scorer = new RelatedScorer(corpus);
    const related = scorer.related('sickle-cell', 3);
    expect(scorer.lastSearch).toMatchObject({ walked: 2, candidates: 3 });
    expect(pairs(related)).toEqual(topOf(exhaustiveScores(corpus, 'sickle-cell'), 3));
    expect(related.map((item) => item.article)).toEqual(['beta-thalassemia', 'chronic-kidney-disease', 'iron-deficiency']);
  });

  it('breaks ties by article id', () => {
    const corpus = model([
      { id: 'c', entities: [['gene', GENE]] },
      { id: 'b', entities: [['gene', GENE]] },
      { id: 'a', entities: [['gene', GENE]] },
    ]);
    expect(scoreRelatedArticles(corpus, 'b', 5).map((item) => item.article)).toEqual(['a', 'c']);
    expect(scoreRelatedArticles(corpus, 'c', 1).map((item) => item.article)).toEqual(['a']);
  });

  it('answers nothing for an unknown article', () => {
    expect(scoreRelatedArticles(model(articles), 'no-such-article', 5)).toEqual([]);
  });
});

describe('related-article lists against an exhaustive scan', () => {
  const corpus = syntheticCorpus(150);

  for (const limit of [1, 8, 20]) {
    it(`equal it for the best ${limit}, reading part of the postings and scoring few candidates`, () => {
      const scorer = new RelatedScorer(corpus);
      let postings = 0;
      let exhaustivePostings = 0;
      let scored = 0;
      for (const id of corpus.ids) {
        expect(pairs(scorer.related(id, limit)), id).toEqual(topOf(exhaustiveScores(corpus, id), limit));
        postings += scorer.lastSearch.postings;
        scored += scorer.lastSearch.scored;
        const article = corpus.indexOf.get(id) ?? 0;
        for (const [rows, postingLists] of [
          [corpus.articleEntities, corpus.entityArticles],
          [corpus.articleTerms, corpus.termArticles],
        ] as const) {
          for (let at = rows.offsets[article] ?? 0; at < (rows.offsets[article + 1] ?? 0); at += 1) {
            const key = rows.keys[at] ?? 0;
            exhaustivePostings += (postingLists.offsets[key + 1] ?? 0) - (postingLists.offsets[key] ?? 0);
          }
        }
      }
      expect(postings).toBeLessThan(exhaustivePostings * 0.6);
      expect(scored / corpus.articleCount).toBeLessThan((corpus.articleCount - 1) / 4);
    });
  }
});
