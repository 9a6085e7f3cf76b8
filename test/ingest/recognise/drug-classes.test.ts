// Drug classes the text exemplifies with a drug it names ("thiazide diuretics such as
// hydrochlorothiazide"), found even when no vocabulary lists the class.
import { describe, expect, it } from 'vitest';
import { recogniseArticle } from '../../../src/ingest/recognise/recognise.js';
import { createLexicon } from '../../../src/lexicon/create.js';
import { makeEntry } from '../../../src/lexicon/model.js';
import { segmentText } from '../article-fixture.js';

const lexicon = createLexicon([
  makeEntry({ id: 'MONDO:0005393', kind: 'Disease', name: 'gout', source: 'MONDO' }),
  makeEntry({ id: 'DRUGBANK:DB00999', kind: 'Drug', name: 'Hydrochlorothiazide', source: 'DrugBank' }),
  makeEntry({ id: 'DRUGBANK:DB00945', kind: 'Drug', name: 'Acetylsalicylic acid', source: 'DrugBank', synonyms: [{ name: 'aspirin', scope: 'exact' }] }),
]);

const TEXT = `Gout

Definition

Gout is a form of arthritis.

Drug treatments

Thiazide diuretics such as hydrochlorothiazide raise uric acid and are generally avoided in people with gout. Other medicines like aspirin do the same at low doses.
`;

describe('drug classes named by example', () => {
  const recognised = recogniseArticle(segmentText(TEXT, 'gout.txt', 'Diseases'), lexicon);
  const drugs = recognised.mentions.filter((mention) => mention.kind === 'Drug').map((mention) => `${mention.text}=${mention.entity}`);

  it('makes a local drug class of "<modifiers> <class noun> such as <drug>"', () => {
    expect(drugs).toContain('Thiazide diuretics=medkg:drug:thiazide-diuretics');
    expect(recognised.entities.get('medkg:drug:thiazide-diuretics')?.status).toBe('unverified');
  });

  it('keeps the exemplifying drug, and makes no class of a bare "other medicines"', () => {
    expect(drugs).toContain('hydrochlorothiazide=DRUGBANK:DB00999');
    expect(drugs.some((drug) => /medicines=/u.test(drug))).toBe(false);
  });

  it('starts the class name after the last word that cannot be part of it', () => {
    const eased = recogniseArticle(
      segmentText('Gout\n\nDrug treatments\n\nThe pain is eased with nerve-pain medicines such as hydrochlorothiazide.\n', 'gout.txt', 'Diseases'),
      lexicon,
    );
    expect(eased.mentions.filter((mention) => mention.kind === 'Drug').map((mention) => mention.text)).toContain('nerve-pain medicines');
  });
});

describe('drug classes named by the molecule they act on', () => {
  const genes = createLexicon([
    makeEntry({ id: 'MONDO:0004948', kind: 'Disease', name: 'chronic lymphocytic leukemia', source: 'MONDO' }),
    makeEntry({ id: 'HGNC:1133', kind: 'Gene', name: 'BTK', source: 'HGNC' }),
    makeEntry({ id: 'DRUGBANK:DB09053', kind: 'Drug', name: 'Ibrutinib', source: 'DrugBank' }),
  ]);
  const text = 'Chronic lymphocytic leukemia\n\nDrug treatments\n\nBTK inhibitors are taken continuously.\n\nDrug 1. Ibrutinib (IMBRUVICA)BTK inhibitor\n• Purpose: first-line treatment.\n\nThe BTK gene is not changed in CLL.\n';
  const recognised = recogniseArticle(segmentText(text, 'cll.txt', 'Cancer'), genes);
  const found = recognised.mentions.map((mention) => `${mention.text}=${mention.entity}`);

  it('is one class, in the singular and the plural, and not the gene', () => {
    expect(found).toEqual(expect.arrayContaining(['BTK inhibitors=medkg:drug:btk-inhibitors', 'BTK inhibitor=medkg:drug:btk-inhibitors']));
    expect(found.filter((entry) => entry === 'BTK=HGNC:1133')).toHaveLength(1);
  });
});
