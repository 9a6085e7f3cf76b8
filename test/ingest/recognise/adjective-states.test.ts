// States said of a person with an adjective ("may be lacking in energy (lethargic)", "become
// confused") read as the vocabulary's noun for them, through the real read → clean → segment →
// recognise stages with real HPO entries.
import { describe, expect, it } from 'vitest';
import { nounFormsOf } from '../../../src/ingest/recognise/adjective-states.js';
import { recogniseArticle } from '../../../src/ingest/recognise/recognise.js';
import { createLexicon } from '../../../src/lexicon/create.js';
import { makeEntry } from '../../../src/lexicon/model.js';
import { segmentText } from '../article-fixture.js';

const lexicon = createLexicon([
  makeEntry({ id: 'HP:0001254', kind: 'Phenotype', name: 'Lethargy', source: 'HPO' }),
  makeEntry({ id: 'HP:0001289', kind: 'Phenotype', name: 'Confusion', source: 'HPO' }),
  makeEntry({ id: 'HP:0000545', kind: 'Phenotype', name: 'Myopia', source: 'HPO', synonyms: [{ name: 'Nearsightedness', scope: 'exact' }] }),
  makeEntry({ id: 'HP:0003826', kind: 'Phenotype', name: 'Stillbirth', source: 'HPO' }),
  makeEntry({ id: 'HP:0000268', kind: 'Phenotype', name: 'Dolichocephaly', source: 'HPO' }),
]);

function found(sentence: string): string[] {
  const text = `Example deficiency\n\nWhat is (are) example deficiency?\n${sentence}\n`;
  return recogniseArticle(segmentText(text, 'example.txt', 'Diseases'), lexicon)
    .mentions.filter((mention) => mention.origin !== 'primary')
    .map((mention) => `${mention.text}=${mention.entity}`);
}

describe('states named with an adjective', () => {
  it('reads a bracketed or predicate adjective as its noun', () => {
    expect(found('An infant may be lacking in energy (lethargic).')).toEqual(['lethargic=HP:0001254']);
    expect(found('Adults may get lost or become confused, and may also be nearsighted.')).toEqual(['confused=HP:0001289', 'nearsighted=HP:0000545']);
  });

  it('reads "are stillborn" as stillbirth and "described as dolichocephalic" as its noun', () => {
    expect(found('Most infants with this condition are stillborn.')).toEqual(['stillborn=HP:0003826']);
    expect(found('The skull is often described as dolichocephalic.')).toEqual(['dolichocephalic=HP:0000268']);
  });

  it('leaves an adjective before a noun alone', () => {
    expect(found('Lethargic episodes are rare; confused thinking is not.')).toEqual([]);
  });

  it('tries the noun forms of common adjective endings', () => {
    expect(nounFormsOf('cyanotic')).toContain('cyanosis');
    expect(nounFormsOf('anemic')).toContain('anemia');
    expect(nounFormsOf('dizzy')).toContain('dizziness');
    expect(nounFormsOf('irritable')).toContain('irritability');
    expect(nounFormsOf('infertile')).toContain('infertility');
  });
});
