// Modifiers listed before a shared noun ("short, wide ribs"), through the real read → clean →
// segment → recognise stages with a tiny lexicon of real HPO entries.
import { describe, expect, it } from 'vitest';
import { recogniseArticle } from '../../../src/ingest/recognise/recognise.js';
import { createLexicon } from '../../../src/lexicon/create.js';
import { makeEntry } from '../../../src/lexicon/model.js';
import { segmentText } from '../article-fixture.js';

const lexicon = createLexicon([
  makeEntry({ id: 'HP:0000773', kind: 'Phenotype', name: 'Short ribs', source: 'HPO' }),
  makeEntry({ id: 'HP:0000885', kind: 'Phenotype', name: 'Broad ribs', source: 'HPO', synonyms: [{ name: 'wide ribs', scope: 'exact' }] }),
  makeEntry({ id: 'HP:0002299', kind: 'Phenotype', name: 'Brittle hair', source: 'HPO' }),
  makeEntry({ id: 'HP:0002217', kind: 'Phenotype', name: 'Slow-growing hair', source: 'HPO' }),
  makeEntry({ id: 'HP:0002286', kind: 'Phenotype', name: 'Fair hair', source: 'HPO', synonyms: [{ name: 'light-colored hair', scope: 'exact' }] }),
  makeEntry({ id: 'HP:0001945', kind: 'Phenotype', name: 'Fever', source: 'HPO' }),
  makeEntry({ id: 'HP:0002829', kind: 'Phenotype', name: 'Arthralgia', source: 'HPO', synonyms: [{ name: 'joint pain', scope: 'exact' }] }),
  makeEntry({ id: 'HP:0000691', kind: 'Phenotype', name: 'Microdontia', source: 'HPO', synonyms: [{ name: 'small teeth', scope: 'exact' }] }),
  makeEntry({ id: 'HP:0000077', kind: 'Phenotype', name: 'Abnormality of the kidney', source: 'HPO' }),
  makeEntry({ id: 'HP:0000478', kind: 'Phenotype', name: 'Abnormality of the eye', source: 'HPO' }),
  makeEntry({ id: 'HP:0001627', kind: 'Phenotype', name: 'Abnormal heart morphology', source: 'HPO', synonyms: [{ name: 'abnormality of the heart', scope: 'layperson' }] }),
  makeEntry({ id: 'HP:0003326', kind: 'Phenotype', name: 'Myalgia', source: 'HPO', synonyms: [{ name: 'muscle pain', scope: 'exact' }] }),
  makeEntry({ id: 'HP:0000316', kind: 'Phenotype', name: 'Hypertelorism', source: 'HPO', synonyms: [{ name: 'widely spaced eyes', scope: 'exact' }] }),
]);

function mentioned(sentence: string): string[] {
  const text = `Example dysplasia\n\nWhat is (are) example dysplasia?\n${sentence}\n`;
  return recogniseArticle(segmentText(text, 'example.txt', 'Diseases'), lexicon).mentions.filter((mention) => mention.origin !== 'primary').map((mention) => `${mention.text}=${mention.entity}`);
}

describe('findings named by modifiers that share a noun', () => {
  it('gives each listed modifier with the noun its own finding', () => {
    expect(mentioned('Affected infants have a narrow chest with short, wide ribs.')).toEqual(expect.arrayContaining(['short=HP:0000773', 'wide ribs=HP:0000885']));
    expect(mentioned('Their hair is often light-colored, brittle, and slow-growing hair.')).toEqual(
      expect.arrayContaining(['light-colored=HP:0002286', 'brittle=HP:0002299', 'slow-growing hair=HP:0002217']),
    );
  });

  it('gives nothing for a list of nouns whose pairs the vocabulary does not name', () => {
    expect(mentioned('Symptoms include fever, headache and joint pain.')).toEqual(['fever=HP:0001945', 'joint pain=HP:0002829']);
  });

  it('reads the modifiers even when the last pair is no name the vocabulary knows', () => {
    expect(mentioned('Some people have muscle, joint, and back pain.')).toEqual(expect.arrayContaining(['muscle=HP:0003326', 'joint=HP:0002829']));
  });

  it('reads adjectives said of a noun as findings named with it', () => {
    expect(mentioned('The hair is often light-colored, brittle, and slow-growing.')).toEqual(
      expect.arrayContaining(['light-colored=HP:0002286', 'brittle=HP:0002299', 'slow-growing=HP:0002217']),
    );
    expect(mentioned('The teeth that are present are frequently small and pointed.')).toEqual(['small=HP:0000691']);
    expect(mentioned('The fever is short.')).toEqual(['fever=HP:0001945']);
  });

  it('reads an abnormality of several organs as one finding per organ the vocabulary names', () => {
    expect(mentioned('Malformations of the heart, kidneys, and genitalia are also common.')).toEqual(['heart=HP:0001627', 'kidneys=HP:0000077']);
  });

  it('reads an abnormality named by its organ, not an umbrella over findings listed next or another condition\'s', () => {
    expect(mentioned('Some have renal abnormalities and a short neck.')).toEqual(['renal abnormalities=HP:0000077']);
    expect(mentioned('It causes eye abnormalities, including a lazy eye.')).toEqual([]);
    expect(mentioned('It can occur with other eye abnormalities.')).toEqual([]);
  });
});

describe('two modifiers joined by "and" before one noun', () => {
  const both = createLexicon([
    makeEntry({ id: 'HP:0001249', kind: 'Phenotype', name: 'Intellectual disability', source: 'HPO' }),
    makeEntry({ id: 'HP:0001627', kind: 'Phenotype', name: 'Abnormal heart morphology', source: 'HPO', synonyms: [{ name: 'Heart defect', scope: 'exact' }] }),
    makeEntry({ id: 'HP:0000077', kind: 'Phenotype', name: 'Abnormality of the kidney', source: 'HPO', synonyms: [{ name: 'Kidney defect', scope: 'exact' }] }),
  ]);
  const recognised = recogniseArticle(
    segmentText('Example dysplasia\n\nWhat is (are) example dysplasia?\nChildren have intellectual and motor disability, and heart and kidney defects.\n', 'example.txt', 'Diseases'),
    both,
  );

  it('gives the first modifier with the noun its finding', () => {
    expect(recognised.mentions.map((mention) => mention.entity)).toEqual(expect.arrayContaining(['HP:0001249', 'HP:0001627', 'HP:0000077']));
  });

  it("keeps the article's wording of each finding as a name of it", () => {
    expect(recognised.entities.get('HP:0001627')?.synonyms).toContain('heart defects');
  });
});

describe('organs joined before an abnormality noun', () => {
  const organs = createLexicon([
    makeEntry({ id: 'HP:0001392', kind: 'Phenotype', name: 'Abnormality of the liver', source: 'HPO' }),
    makeEntry({ id: 'HP:0000077', kind: 'Phenotype', name: 'Abnormality of the kidney', source: 'HPO' }),
    makeEntry({ id: 'HP:0002242', kind: 'Phenotype', name: 'Abnormality of the intestine', source: 'HPO' }),
  ]);
  const ids = (sentence: string) =>
    recogniseArticle(segmentText(`Example disease\n\nWhat is (are) example disease?\n${sentence}\n`, 'example.txt', 'Diseases'), organs)
      .mentions.filter((mention) => mention.origin !== 'primary')
      .map((mention) => mention.entity);

  it('gives each organ its abnormality ("liver and kidney problems")', () => {
    expect(ids('Infants have liver and kidney problems.')).toEqual(expect.arrayContaining(['HP:0001392', 'HP:0000077']));
  });

  it('makes no abnormality of an organ named before "or other malformations"', () => {
    expect(ids('These include twisting of the large intestine or other malformations of the gut.')).toEqual([]);
  });
});

describe('a first modifier with its adverb', () => {
  it('keeps the adverb with it ("widely spaced and downward-slanting eyes")', () => {
    expect(mentioned('Facial features include widely spaced and downward-slanting eyes.')).toContain('widely spaced=HP:0000316');
  });
});

describe('a test head that joins two whole names opening with the same word', () => {
  it('names two tests ("Serum copper and serum ceruloplasmin"), not one thing of shared modifiers', () => {
    const recognised = recogniseArticle(
      segmentText('Menkes disease\n\nDiagnostic tests\n\n  1. Serum copper and serum ceruloplasmin — both are low in Menkes disease.\n', 'menkes-disease.txt', 'Diseases'),
      createLexicon([
        makeEntry({ id: 'MONDO:0010651', kind: 'Disease', name: 'Menkes disease', source: 'MONDO' }),
        makeEntry({ id: 'LOINC:2064-4', kind: 'Test', name: 'ceruloplasmin', source: 'LOINC', synonyms: [{ name: 'serum ceruloplasmin', scope: 'exact' }] }),
      ]),
    );
    const tests = recognised.mentions.filter((mention) => mention.kind === 'Test').map((mention) => recognised.entities.get(mention.entity)?.name);
    expect(new Set(tests)).toEqual(new Set(['Serum copper', 'ceruloplasmin']));
  });
});

describe("an item's head that names a vocabulary entry in the article's own wording", () => {
  const recognised = recogniseArticle(
    segmentText('Hidradenitis suppurativa\n\nSymptoms\n\n  1. Abscesses — painful lumps that fill with pus.\n\nDrug treatments\n\n  1. Stimulant medicines (methylphenidate) — for attention problems.\n', 'hidradenitis-suppurativa.txt', 'Diseases'),
    createLexicon([
      makeEntry({ id: 'MONDO:0006559', kind: 'Disease', name: 'hidradenitis suppurativa', source: 'MONDO' }),
      makeEntry({ id: 'SYMP:0000672', kind: 'Phenotype', name: 'abscess', source: 'SYMP' }),
      makeEntry({ id: 'DRUGBANK:DB00422', kind: 'Drug', name: 'Methylphenidate', source: 'DrugBank' }),
    ]),
  );

  it('keeps that wording as a name of the entry ("Abscesses")', () => {
    expect(recognised.entities.get('SYMP:0000672')?.synonyms).toContain('Abscesses');
  });

  it('does not give the entry a name that only its bracket matched ("Stimulant medicines (methylphenidate)")', () => {
    expect(recognised.entities.get('DRUGBANK:DB00422')?.synonyms ?? []).not.toContain('Stimulant medicines');
  });
});

describe('a sign an examination looks for, named as a Diagnostic tests item', () => {
  it('is a finding, not a test ("Nikolsky sign")', () => {
    const recognised = recogniseArticle(
      segmentText('Bullous pemphigoid\n\nDiagnostic tests\n\n  1. Skin biopsy — shows a split beneath the epidermis.\n  2. Nikolsky sign — gentle rubbing of the skin next to a blister.\n', 'bullous-pemphigoid.txt', 'Diseases'),
      createLexicon([makeEntry({ id: 'MONDO:0019082', kind: 'Disease', name: 'bullous pemphigoid', source: 'MONDO' })]),
    );
    const nikolsky = recognised.mentions.find((mention) => mention.text === 'Nikolsky sign');
    expect(nikolsky?.kind).toBe('Phenotype');
  });
});
