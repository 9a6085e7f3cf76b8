import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { VocabEntry } from '../../src/domain/vocabulary.js';
import type { MedkgLexicon } from '../../src/lexicon/create.js';
import { createLexiconPair } from '../../src/lexicon/create.js';
import { openVocabulary } from '../../src/lexicon/formats.js';
import type { MatchContext } from '../../src/lexicon/lexicon.js';
import { loadSeedEntries } from '../../src/lexicon/seed.js';
import { fixture } from './support.js';

// The fast scanner (char-code walk, word table, token-id trie walk, cached resolutions) must
// give exactly the matches of the straightforward one (tokenize() objects + matcher.ts scan).
// Both are built from the same entries; texts are the seed articles, the shared dev articles
// when present, and short texts for each tricky piece of the normaliser.

const SEED_ARTICLES = fileURLToPath(new URL('../../seed/articles/', import.meta.url));
const DEV_ARTICLES = fileURLToPath(new URL('../../../shared/data/dev-articles/', import.meta.url));
const FIXTURES = ['hgnc-sample.tsv', 'hp-sample.obo', 'doid-sample.obo', 'mondo-sample.sssom.tsv', 'drugbank-sample.csv', 'gard-sample.csv', 'loinc-sample.csv', 'hp-layperson-sample.tsv'];

const CONTEXTS: readonly (MatchContext | undefined)[] = [
  undefined,
  { section: 'symptoms' },
  { section: 'genetics' },
  { section: 'drugs' },
  { section: 'diagnosis' },
  { section: 'definition' },
  { preferKinds: ['Gene'] },
];

/** Each exercises one rule of the word walk or the normaliser, with offsets to map back. */
const TRICKY = [
  'Treatment: interferon-γ1b (ACTIMMUNE®) three times a week; IFN-γ and TNF-α levels.',
  "Crohn's disease, Crohn’s disease and Crohnʼs disease; the patients' CBCs and MRIs.",
  'ANAEMIA AND FEVER; Blood Count; BLOOD COUNT; the CBC; cbc; Cbc; VEPs; IL-6, IL6 and il6.',
  'Albers-Schönberg disease, ﬁbrosis, m² and ½ dose, Ⅻ, 𝐀𝐁𝐂 bold, 😀 emoji, naïve café.',
  'Lone surrogates \ud800 here and \udc00 there, and a pair 𝒜 between words.',
  'mutations in the CAP gene; CAP was measured; the ADO gene encodes; Children with ADO.',
  'variants in the TCIRG1 gene cause autosomal recessive osteopetrosis (ARO); CLCN7, TNFRSF11A',
  'anaemia, haemoglobin, oesophagus, diarrhoea, paediatric, tumours, hospitalised, centre',
  'kidney stones, allergies, rashes, bone-marrow/transplant, X-linked, Type 2 diabetes mellitus',
  '',
  's',
  "'s",
  '12345 6789',
];

function textsUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => /\.(txt|md|html)$/u.test(file))
    .sort()
    .map((file) => readFileSync(join(dir, file), 'utf8'));
}

let fast: MedkgLexicon;
let reference: MedkgLexicon;

beforeAll(async () => {
  const entries: VocabEntry[] = await loadSeedEntries();
  for (const file of FIXTURES) {
    for await (const record of (await openVocabulary(fixture(file))).records) if (record.mode !== 'patch') entries.push(record.entry);
  }
  ({ fast, reference } = createLexiconPair(entries));
});

function expectSameMatches(texts: readonly string[]): number {
  let matches = 0;
  for (const context of CONTEXTS) {
    for (const text of texts) {
      const expected = reference.findMatches(text, context);
      expect(fast.findMatches(text, context)).toEqual(expected);
      matches += expected.length;
    }
  }
  return matches;
}

describe('the fast scanner against the straightforward one', () => {
  it('gives identical matches on texts that exercise each normalisation rule', () => {
    expect(expectSameMatches(TRICKY)).toBeGreaterThan(20);
  });

  it('gives identical matches on the seed articles, in every section context', () => {
    const texts = textsUnder(SEED_ARTICLES);
    expect(texts.length).toBeGreaterThan(10);
    expect(expectSameMatches(texts)).toBeGreaterThan(1000);
  });

  it.skipIf(!existsSync(DEV_ARTICLES))('gives identical matches on the shared dev articles, in every section context', () => {
    const texts = textsUnder(DEV_ARTICLES);
    expect(texts.length).toBeGreaterThan(100);
    expect(expectSameMatches(texts)).toBeGreaterThan(10_000);
  }, 300_000);

  it('gives identical matches when one text is scanned twice and caches are warm', () => {
    const text = TRICKY.join('\n');
    expect(fast.findMatches(text)).toEqual(fast.findMatches(text));
    expect(fast.findMatches(text)).toEqual(reference.findMatches(text));
  });
});
