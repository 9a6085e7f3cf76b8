// The scorer itself (quality-score.ts): when a name the gold lists as chrome-only counts as
// mentioned. Real recognise → relate stages over small articles of our own.
import { describe, expect, it } from 'vitest';
import { recogniseArticle } from '../../src/ingest/recognise/recognise.js';
import { relateArticle } from '../../src/ingest/relate/relate.js';
import { createLexicon } from '../../src/lexicon/create.js';
import { makeEntry } from '../../src/lexicon/model.js';
import type { GoldArticle } from '../fixtures/gold/gold-schema.js';
import { segmentText } from './article-fixture.js';
import { scoreArticle } from './quality-score.js';

const lexicon = createLexicon([
  makeEntry({ id: 'MONDO:0002367', kind: 'Disease', name: 'kidney cancer', source: 'MONDO' }),
  makeEntry({ id: 'HP:0002094', kind: 'Phenotype', name: 'shortness of breath', source: 'HPO', synonyms: [{ name: 'Trouble breathing', scope: 'exact' }, { name: 'breathlessness', scope: 'exact' }] }),
]);

const gold: GoldArticle = {
  $comment: 'scorer test',
  article: 'seed/articles/kidney-cancer.txt',
  slug: 'kidney-cancer',
  format: 'txt',
  library: 'Cancer',
  primary: { name: 'kidney cancer', kind: 'Disease' },
  entities: [],
  relations: [],
  must_not_link: [],
  must_not_mention: [{ name: 'trouble breathing', kind: 'Phenotype' }],
  links_to: [],
};

function chromeOf(body: string): string[] {
  const graph = relateArticle(recogniseArticle(segmentText(`Kidney Cancer\n\nWhen to see a doctor\n\n${body}\n`, 'kidney-cancer.txt', 'Cancer'), lexicon), { contentHash: 'h' });
  return scoreArticle(gold, graph).chromeViolations;
}

describe('a chrome-only name the gold forbids', () => {
  it('is not mentioned when the body names the same vocabulary entry in other words', () => {
    expect(chromeOf('Call your cancer team at once for shortness of breath.')).toEqual([]);
  });

  it('is mentioned when the article text names it', () => {
    expect(chromeOf('Call your cancer team at once for trouble breathing.')).toEqual(['mention: trouble breathing']);
  });
});

describe('a chrome-only link the gold forbids', () => {
  const linkGold: GoldArticle = { ...gold, must_not_mention: [], must_not_link: [{ subject: 'kidney cancer', object: 'trouble breathing', reason: 'chrome' }] };
  const violations = (line: string): string[] =>
    scoreArticle(linkGold, relateArticle(recogniseArticle(segmentText(`Kidney Cancer\n\nSymptoms\n\n  1. ${line}\n`, 'kidney-cancer.txt', 'Cancer'), lexicon), { contentHash: 'h' })).chromeViolations;

  it('is not made by a body sentence that names the node otherwise', () => {
    expect(violations('Breathlessness when the cancer has spread to the lungs.')).toEqual([]);
  });

  it('is made when the evidence says the chrome words', () => {
    expect(violations('Trouble breathing when the cancer has spread to the lungs.')).toHaveLength(1);
  });
});
