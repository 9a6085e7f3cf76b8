// "People with X need Y": a treatment said to be needed by people with a condition treats it, in
// any article. Real read → clean → segment → recognise → relate stages; ids as in
// /work/shared/data/vocab.
import { describe, expect, it } from 'vitest';
import { recogniseArticle } from '../../../src/ingest/recognise/recognise.js';
import { relateArticle } from '../../../src/ingest/relate/relate.js';
import { createLexicon } from '../../../src/lexicon/create.js';
import { makeEntry } from '../../../src/lexicon/model.js';
import { segmentText } from '../article-fixture.js';

const entries = [
  makeEntry({ id: 'LOINC:2132-9', kind: 'Test', name: 'Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma', source: 'LOINC', synonyms: [{ name: 'vitamin B12 test', scope: 'exact' }] }),
  makeEntry({ id: 'DOID:13381', kind: 'Disease', name: 'pernicious anemia', source: 'DO', synonyms: [{ name: 'pernicious anaemia', scope: 'exact' }] }),
  makeEntry({ id: 'DRUGBANK:DB00200', kind: 'Drug', name: 'Hydroxocobalamin', source: 'DrugBank' }),
  makeEntry({ id: 'HP:0001875', kind: 'Phenotype', name: 'Neutropenia', source: 'HPO' }),
  makeEntry({ id: 'DRUGBANK:DB01263', kind: 'Drug', name: 'Posaconazole', source: 'DrugBank' }),
];

function relations(body: string): string[] {
  const text = `Vitamin B12 Test\n\nWhy is this test done?\n\n${body}\n`;
  const graph = relateArticle(recogniseArticle(segmentText(text, 'vitamin-b12-test.txt', 'Lab Tests'), createLexicon(entries)), { contentHash: 'h' });
  return graph.edges.filter((edge) => edge.predicate === 'TREATS').map((edge) => `${edge.subject} ${edge.object}`);
}

describe('a treatment people with a condition need', () => {
  it('treats that condition, whatever the topic', () => {
    expect(relations('People with pernicious anaemia need lifelong hydroxocobalamin injections every 2 to 3 months.')).toEqual(['DRUGBANK:DB00200 DOID:13381']);
  });

  it('does not treat it when the clause says what else it is for', () => {
    expect(relations('People with neutropenia also receive posaconazole to prevent fungal infections.')).toEqual([]);
  });

  it('does not treat it when the need is denied', () => {
    expect(relations('People with pernicious anaemia do not need hydroxocobalamin tablets.')).toEqual([]);
  });
});
