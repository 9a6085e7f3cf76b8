// Articles whose headings are questions ("What is (are) X?", "What are the signs and symptoms of
// X?"), as NIH patient pages write them: their prose gives the topic's picture in long sentences
// with lay wording, glosses in parentheses and asides. Real read → clean → segment → recognise →
// relate stages over text of our own; entries are real (ids and names as in /work/shared/data/vocab).
import { describe, expect, it } from 'vitest';
import type { VocabEntry } from '../../../src/domain/vocabulary.js';
import { recogniseArticle } from '../../../src/ingest/recognise/recognise.js';
import { relateArticle } from '../../../src/ingest/relate/relate.js';
import { createLexicon } from '../../../src/lexicon/create.js';
import { makeEntry } from '../../../src/lexicon/model.js';
import { segmentText } from '../article-fixture.js';

function relations(text: string, file: string, entries: VocabEntry[]): string[] {
  const graph = relateArticle(recogniseArticle(segmentText(text, file, 'Diseases'), createLexicon(entries)), { contentHash: 'h' });
  return graph.edges.filter((edge) => edge.predicate !== 'MENTIONS' && edge.predicate !== 'ABOUT').map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);
}

const HED = 'DOID:14793';
const entries = [
  makeEntry({ id: HED, kind: 'Disease', name: 'hypohidrotic ectodermal dysplasia', source: 'DO' }),
  makeEntry({ id: 'HP:0000966', kind: 'Phenotype', name: 'Hypohidrosis', source: 'HPO' }),
  makeEntry({ id: 'HP:0001006', kind: 'Phenotype', name: 'Hypotrichosis', source: 'HPO' }),
  makeEntry({ id: 'HP:0000964', kind: 'Phenotype', name: 'Eczema', source: 'HPO' }),
];

describe('negation in question-heading prose', () => {
  const text = `hypohidrotic ectodermal dysplasia

What is (are) hypohidrotic ectodermal dysplasia?
Children with hypohidrotic ectodermal dysplasia sweat very little (hypohidrosis) because their sweat glands are too few or do not work. Their body hair is thin (hypotrichosis), which does not change with age. Eczema is not a feature of this condition.
`;
  const edges = relations(text, 'hed.txt', entries);

  it('does not let a negation inside a following reason or relative clause deny the finding before it', () => {
    expect(edges).toContain(`${HED} HAS_PHENOTYPE HP:0000966`);
    expect(edges).toContain(`${HED} HAS_PHENOTYPE HP:0001006`);
  });

  it('still denies a finding the clause itself denies', () => {
    expect(edges).not.toContain(`${HED} HAS_PHENOTYPE HP:0000964`);
  });
});
