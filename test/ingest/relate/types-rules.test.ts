// Which diseases a Types section makes subtypes of its topic, and what that means for the
// sections after it. Real read → clean → segment → recognise → relate stages over an article of
// our own; entries are real (ids and names as in /work/shared/data/vocab).
import { describe, expect, it } from 'vitest';
import { recogniseArticle } from '../../../src/ingest/recognise/recognise.js';
import { relateArticle } from '../../../src/ingest/relate/relate.js';
import { createLexicon } from '../../../src/lexicon/create.js';
import { makeEntry } from '../../../src/lexicon/model.js';
import { segmentText } from '../article-fixture.js';

const lexicon = createLexicon([
  makeEntry({ id: 'MONDO:0005439', kind: 'Disease', name: 'familial hypercholesterolemia', source: 'MONDO', synonyms: [{ name: 'FH', scope: 'abbreviation' }] }),
  makeEntry({ id: 'MONDO:0018328', kind: 'Disease', name: 'homozygous familial hypercholesterolemia', source: 'MONDO', synonyms: [{ name: 'HoFH', scope: 'abbreviation' }] }),
  makeEntry({ id: 'DOID:114', kind: 'Disease', name: 'heart disease', source: 'DO' }),
  makeEntry({ id: 'MONDO:0042981', kind: 'Disease', name: 'aortic valve stenosis', source: 'MONDO' }),
]);

const TEXT = `Familial Hypercholesterolemia

Definition

Familial hypercholesterolemia is an inherited condition with high cholesterol from birth.

Types

  1. Homozygous familial hypercholesterolemia — two altered copies; very rare, with heart disease that can start in childhood.

Complications

People with homozygous familial hypercholesterolemia can also develop aortic valve stenosis.
`;

const graph = relateArticle(recogniseArticle(segmentText(TEXT, 'familial-hypercholesterolemia.txt', 'Diseases'), lexicon), { contentHash: 'h' });
const edges = graph.edges.map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);

describe('types', () => {
  it('makes the head of a Types item a subtype, not a disease its explanation names', () => {
    expect(edges).toContain('MONDO:0018328 SUBCLASS_OF MONDO:0005439');
    expect(edges).not.toContain('DOID:114 SUBCLASS_OF MONDO:0005439');
  });

  it('does not make a subtype a complication of its topic', () => {
    expect(edges).not.toContain('MONDO:0005439 HAS_COMPLICATION MONDO:0018328');
    expect(edges).toContain('MONDO:0005439 HAS_COMPLICATION MONDO:0042981');
  });
});
