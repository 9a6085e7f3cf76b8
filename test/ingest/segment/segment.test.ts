import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/ingest/clean/clean.js';
import { loadSiteProfile } from '../../../src/ingest/profile/load.js';
import { readArticles } from '../../../src/ingest/read/read.js';
import { segmentArticle } from '../../../src/ingest/segment/segment.js';
import type { SegmentedArticle } from '../../../src/ingest/stages.js';

const profile = loadSiteProfile();
const segmentText = (text: string, name = 'inline.txt'): SegmentedArticle => {
  const [raw] = readArticles(new TextEncoder().encode(text), name);
  if (!raw) throw new Error('no article');
  return segmentArticle(cleanArticle(raw, profile));
};
const gbsPath = fileURLToPath(new URL('../../fixtures/articles/gbs-site.txt', import.meta.url));
const gbs = segmentArticle(cleanArticle(readArticles(readFileSync(gbsPath), 'gbs-site.txt')[0]!, profile));
const section = (article: SegmentedArticle, kind: string) => article.sections.find((candidate) => candidate.kind === kind);

describe('segmentArticle on a site article (gbs-site.txt)', () => {
  it('maps the headings to canonical section kinds in order', () => {
    expect(gbs.sections.map((candidate) => candidate.kind)).toEqual(['title', 'definition', 'other_names', 'symptoms', 'diagnosis', 'drugs']);
  });

  it('keeps section text at its offset in the cleaned text', () => {
    for (const candidate of gbs.sections) {
      expect(gbs.clean.text.slice(candidate.start, candidate.start + candidate.text.length)).toBe(candidate.text);
    }
  });

  it('splits indented items into head phrase and explanation with offsets', () => {
    const [first] = section(gbs, 'symptoms')?.items ?? [];
    expect(first).toMatchObject({ number: 1, head: 'Ascending weakness', explanation: 'weakness that starts in the legs and spreads upward.' });
    expect(gbs.clean.text.slice(first!.headStart, first!.headStart + first!.head.length)).toBe('Ascending weakness');
  });

  it('puts items under their lettered group', () => {
    const items = section(gbs, 'diagnosis')?.items ?? [];
    expect(items.map((item) => [item.group, item.head])).toEqual([
      ['Physical examination', 'Neurological examination'],
      ['Electrodiagnostic tests', 'Nerve conduction studies (NCS)'],
    ]);
  });

  it('reads a glued "Drug 1." head with its bullet sub-points and keeps Important/Note paragraphs as sentences', () => {
    const drugs = section(gbs, 'drugs');
    expect(drugs?.items).toHaveLength(1);
    expect(drugs?.items[0]).toMatchObject({ number: 1, head: 'Intravenous immunoglobulin (GAMUNEX-C)', explanation: 'Immune therapy' });
    expect(drugs?.items[0]?.subPoints?.map((point) => point.label)).toEqual(['Purpose', 'Dose & timing', 'Side effects / cautions']);
    const point = drugs!.items[0]!.subPoints![1]!;
    expect(gbs.clean.text.slice(point.start, point.start + point.text.length)).toBe(point.text);
    const texts = drugs?.sentences.map((sentence) => sentence.text) ?? [];
    expect(texts).toContain('Important: treatment works best when started within two weeks of the first weakness.');
    expect(texts).toContain('(Note: corticosteroids are generally not used, as they do not help GBS.)');
  });

  it('parses citation labels off sentence ends as an open set and strips them from the text', () => {
    const definition = section(gbs, 'definition')?.sentences ?? [];
    expect(definition[0]?.sources).toEqual(['NCBI', 'PMC']);
    expect(definition[0]?.text.endsWith('spread quickly.')).toBe(true);
    expect(definition.at(-1)?.sources).toEqual(['MedlinePlus']);
    const symptoms = section(gbs, 'symptoms')?.sentences ?? [];
    expect(symptoms[1]?.sources).toEqual(['National Organization for Rare Disorders']);
    for (const sentence of [...definition, ...symptoms]) {
      expect(gbs.clean.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
  });
});

describe('segmentArticle rules', () => {
  it('keeps a sub-heading that names a section of its own out of the question before it', () => {
    const prepared = segmentText('PSA Test\n\nWhy is the test done?\n\nTo find prostate cancer early.\n\nHow to prepare\n\nIf you have a urinary tract infection, the test is put off.\n');
    expect(prepared.sections.map((candidate) => candidate.kind)).toEqual(['title', 'test_purpose', 'other']);
  });

  it('maps question headings of NIH articles to section kinds', () => {
    const article = segmentText(
      'Abetalipoproteinemia\n\nWhat is (are) abetalipoproteinemia?\nA disorder of fat absorption.\n\nHow many people are affected by abetalipoproteinemia?\nAbout 100 cases.\n\nWhat are the genetic changes related to abetalipoproteinemia?\nMutations in the MTTP gene cause it.\n\nIs abetalipoproteinemia inherited?\nIt is autosomal recessive.\n\nWhat are the treatments for abetalipoproteinemia?\nDiet changes.\n',
    );
    expect(article.sections.map((candidate) => candidate.kind)).toEqual(['title', 'definition', 'frequency', 'genetics', 'inheritance', 'treatment']);
  });

  it('splits a question heading glued to its answer', () => {
    const article = segmentText('Buerger disease\n\nWhat causes Buerger disease? Buerger disease is strongly linked to smoking.\n');
    expect(section(article, 'causes')?.text).toBe('Buerger disease is strongly linked to smoking.');
  });

  it('takes the next paragraph as the explanation of an un-indented "6) Head." item', () => {
    const article = segmentText('Marfan syndrome\n\nSymptoms\n\n6) Lens dislocation.\n\nThe lens of the eye slips out of place. NCBI\n');
    expect(section(article, 'symptoms')?.items[0]).toMatchObject({ number: 6, head: 'Lens dislocation', explanation: 'The lens of the eye slips out of place. NCBI' });
  });

  it('drops numbered reference lists instead of reading them as items', () => {
    const article = segmentText('Gout\n\nCauses\n\n  1. Uric acid crystals — they form in joints.\n  2. https://www.ncbi.nlm.nih.gov/books/NBK546606/\n  3. gout-review-2020.pdf\n  4. Smith J, et al. Gout. Lancet. 2016;388:2039-52. Retrieved 2024.\n');
    expect(section(article, 'causes')?.items.map((item) => item.head)).toEqual(['Uric acid crystals']);
  });

  it('keeps the opening paragraph before the first heading as the summary', () => {
    const article = segmentText('Gout\n\nGout is a form of arthritis.\n\nCauses\nUric acid.\n');
    expect(article.sections.map((candidate) => [candidate.kind, candidate.text])).toEqual([
      ['title', 'Gout'],
      ['summary', 'Gout is a form of arthritis.'],
      ['causes', 'Uric acid.'],
    ]);
  });
});

describe('segmentArticle on a question-led article (NIH pages)', () => {
  const text = `Restless Legs Syndrome

What is (are) Restless Legs Syndrome?
Restless legs syndrome is a disorder that causes a strong urge to move the legs.

RLS can range from mild to severe based on:

The strength of your symptoms and how often they occur

How much your symptoms disturb your sleep

Some medicines may trigger the disorder.

Outlook
Symptoms often get worse over time.

What causes Restless Legs Syndrome?
A lack of iron in the brain is the main cause.

Medicines and Substances
Certain medicines may trigger the disorder.

What are the treatments for Restless Legs Syndrome?
Treatments include lifestyle changes and medicines.

Lifestyle Changes
Regular physical activity helps.

Medicines
Several medicines relieve the symptoms.

Preventing Symptoms
Avoiding caffeine helps some people.
`;
  const article = segmentText(text, 'rls.txt');
  const headings = article.sections.map((candidate) => [candidate.heading, candidate.kind]);

  it('reads unmarked lines after a line ending in a colon as a list, not as headings of their keyword', () => {
    expect(headings.map(([heading]) => heading)).not.toContain('The strength of your symptoms and how often they occur');
    expect(section(article, 'definition')?.text).toContain('How much your symptoms disturb your sleep');
  });

  it('still takes a title-case heading after such a list', () => {
    expect(headings).toContainEqual(['Outlook', 'prognosis']);
  });

  it('gives a plain sub-heading its question\'s kind unless its own kind narrows it', () => {
    expect(headings).toContainEqual(['Medicines and Substances', 'causes']);
    expect(headings).toContainEqual(['Lifestyle Changes', 'non_drug_treatment']);
    expect(headings).toContainEqual(['Medicines', 'drugs']);
    expect(headings).toContainEqual(['Preventing Symptoms', 'treatment']);
  });
});

describe('segmentArticle on an article with few questions', () => {
  it('keeps a sub-heading\'s own kind when the article is not led by questions about its title', () => {
    const article = segmentText(`Iron Supplements

What is iron?
Iron is a mineral.

Symptoms
Tiredness and pale skin.
`, 'iron.txt');
    expect(article.sections.map((candidate) => candidate.kind)).toContain('symptoms');
  });
});

describe('segmentArticle on a MedlinePlus health-topic page', () => {
  it('reads the "Summary :" label glued to its paragraph as the definition heading', () => {
    const article = segmentText(`Liver Function Tests

Do you have information about Liver Function Tests
Summary : Liver function tests are blood tests that check how well your liver is working. They can help diagnose hepatitis.
`, 'lft.txt');
    const definition = section(article, 'definition');
    expect(definition?.heading).toBe('Summary');
    expect(definition?.text.startsWith('Liver function tests are blood tests')).toBe(true);
  });
});

describe('a list whose line breaks were lost', () => {
  const article = segmentText(
    'Buerger disease\n\nHow is Buerger disease treated?\nThese may also help, but do not replace stopping smoking: Medications to widen blood vessels (e.g., intravenous Iloprost) Treatment with calcium channel blockers Walking exercises Surgical sympathectomy (a surgery to cut the nerves to the affected area) Amputation, if gangrene occurs\n',
  );
  const section = article.sections.find((candidate) => candidate.kind === 'treatment');

  it('makes each run-on piece after the colon an item, its head cut before a bracket, a comma or a preamble', () => {
    expect(section?.items.map((item) => item.head)).toEqual(['calcium channel blockers', 'Walking exercises', 'Surgical sympathectomy', 'Amputation']);
    expect(section?.items.map((item) => item.explanation)).toEqual(['', '', '(a surgery to cut the nerves to the affected area)', 'if gangrene occurs']);
  });

  it('points each head at its text', () => {
    for (const item of section?.items ?? []) expect(article.clean.text.slice(item.headStart, item.headStart + item.head.length)).toBe(item.head);
  });
});

describe('a sentence-case heading set apart by blank lines', () => {
  const article = segmentText(
    'Coeliac Disease\n\nTests and diagnosis\n\nD) Endoscopy and biopsy\n\n  1. Duodenal biopsy — confirms the diagnosis.\n\nLiving gluten-free\n\n  1. Gluten-free diet — the only treatment.\n',
  );

  it('starts a section of its own, while a lettered group stays in its section', () => {
    expect(article.sections.map((section) => [section.kind, section.heading])).toEqual([
      ['title', ''],
      ['diagnosis', 'Tests and diagnosis'],
      ['other', 'Living gluten-free'],
    ]);
  });
});

describe('segmentArticle on a section split by whom it is about', () => {
  it('keeps the section\'s kind for sub-headings such as "In babies" and "In children and adults"', () => {
    const article = segmentText(`Prader-Willi Syndrome

Symptoms and signs

In babies

1. Weak muscle tone (hypotonia) — a floppy baby.

In children and adults

2. Short stature, small hands and small feet.

Complications

1. Type 2 diabetes.
`, 'prader-willi-syndrome.txt');
    expect(article.sections.filter((candidate) => candidate.heading !== '').map((candidate) => [candidate.heading, candidate.kind])).toEqual([
      ['Symptoms and signs', 'symptoms'],
      ['In babies', 'symptoms'],
      ['In children and adults', 'symptoms'],
      ['Complications', 'complications'],
    ]);
  });
});
