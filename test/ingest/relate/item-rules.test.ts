// Item-level rules over a small disease article of our own, with the seed lexicon: combination
// drugs, monitoring sub-points, side-effect lines, explanations that describe their head, and
// tests whose explanation names what they find.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleGraph } from '../../../src/domain/graph.js';
import { recogniseArticle } from '../../../src/ingest/recognise/recognise.js';
import { relateArticle } from '../../../src/ingest/relate/relate.js';
import { loadSeedLexicon } from '../../../src/lexicon/seed.js';
import { segmentText } from '../article-fixture.js';

const TEXT = `Asthma

Definition

Asthma is a long-term disease of the airways. NCBI

Symptoms and signs

  1. Wheezing — a whistling sound when breathing out.

  2. Status asthmaticus — a severe attack with chest pain and fever; it can lead to respiratory failure.

Diagnostic tests

  1. Skin prick test — checks for allergic rhinitis.

Drug treatments

Drug 1. Budesonide/formoterol (SYMBICORT®)
• Purpose: a preventer and reliever inhaler.
• Monitoring: peak expiratory flow is checked at every visit.
• Side effects (if the dose is too high): tremor and palpitations.

In some adults, aspirin triggers attacks; these people should avoid it.
`;

let graph: ArticleGraph;
const nameOf = (id: string): string => graph.nodes.find((node) => node.id === id)?.name ?? id;
const relations = (): string[] => graph.edges.filter((edge) => edge.predicate !== 'MENTIONS' && edge.predicate !== 'ABOUT').map((edge) => `${nameOf(edge.subject)} ${edge.predicate} ${nameOf(edge.object)}`);

beforeAll(async () => {
  graph = relateArticle(recogniseArticle(segmentText(TEXT, 'asthma.txt', 'Diseases'), await loadSeedLexicon()), { contentHash: 'h' });
});

describe('item rules', () => {
  it('takes slash-joined drugs for one combination product that treats the topic', () => {
    expect(relations()).toContain('budesonide/formoterol TREATS asthma');
    expect(relations()).not.toContain('budesonide TREATS asthma');
  });

  it('makes a test under a drug item\'s Monitoring sub-point monitor that drug', () => {
    expect(relations()).toContain('peak expiratory flow MONITORS budesonide/formoterol');
  });

  it('reads a "Side effects (…):" line as adverse effects of the item\'s drug', () => {
    expect(relations()).toEqual(expect.arrayContaining(['budesonide/formoterol HAS_ADVERSE_EFFECT tremor', 'budesonide/formoterol HAS_ADVERSE_EFFECT palpitations']));
  });

  it('does not give the topic the findings an explanation uses to describe its head, but keeps what the topic leads to', () => {
    expect(relations()).toContain('asthma HAS_COMPLICATION status asthmaticus');
    expect(relations().filter((relation) => /chest pain|fever/u.test(relation))).toEqual([]);
    expect(relations()).toContain('asthma HAS_PHENOTYPE respiratory failure');
  });

  it('makes a test diagnose the condition its explanation says it checks for', () => {
    expect(relations()).toContain('skin prick test DIAGNOSES allergic rhinitis');
  });

  it('does not read a drug that triggers attacks as a treatment', () => {
    expect(relations().filter((relation) => relation.startsWith('aspirin TREATS'))).toEqual([]);
  });
});
