import { describe, expect, it } from 'vitest';
import type { SyntheticVocabulary } from '../../bench/synthetic/generate.js';
import { generateCorpus } from '../../bench/synthetic/generate.js';

// A small vocabulary of real names; the generator only needs names by kind.
const vocabulary: SyntheticVocabulary = {
  Gene: ['TCIRG1', 'CLCN7', 'OSTM1', 'CFTR', 'PAH', 'HBB', 'DMD', 'ATP7B', 'HFE', 'FBN1'],
  Phenotype: [
    'Fatigue', 'Fever', 'Anemia', 'Bone pain', 'Short stature', 'Hepatomegaly', 'Seizures', 'Splenomegaly',
    'Jaundice', 'Headache', 'Muscle weakness', 'Joint pain', 'Weight loss', 'Pallor', 'Vomiting', 'Diarrhea',
    'Cough', 'Wheezing', 'Rash', 'Blurred vision', 'Hypotonia', 'Scoliosis', 'Nystagmus', 'Hearing loss',
  ],
  Test: ['Complete blood count', 'Serum ferritin', 'Visual evoked potential', 'Genetic testing', 'Bone X-ray'],
  Drug: ['Hydroxyurea', 'Interferon gamma-1b', 'Levothyroxine', 'Metformin', 'Imatinib'],
  Procedure: ['Bone marrow transplant', 'Phlebotomy', 'Splenectomy'],
};

describe('synthetic corpus generator', () => {
  it('writes the same corpus for the same seed', () => {
    const first = [...generateCorpus(vocabulary, { articles: 20, seed: 7 })];
    const second = [...generateCorpus(vocabulary, { articles: 20, seed: 7 })];
    expect(second).toEqual(first);
    const other = [...generateCorpus(vocabulary, { articles: 20, seed: 8 })];
    expect(other.map((article) => article.text)).not.toEqual(first.map((article) => article.text));
  });

  it('gives every article a unique slug', () => {
    const slugs = [...generateCorpus(vocabulary, { articles: 200, seed: 1 })].map((article) => article.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it('names hub symptoms in many articles and the tail in few', () => {
    const articles = [...generateCorpus(vocabulary, { articles: 300, seed: 3 })];
    const share = (name: string) => articles.filter((article) => article.text.includes(`have ${name.toLowerCase()}`)).length / articles.length;
    expect(share('Fatigue')).toBeGreaterThan(2 * share('Hearing loss'));
  });

  it('keeps scale-mode bodies shorter than full ones', () => {
    const full = [...generateCorpus(vocabulary, { articles: 50, seed: 5 })];
    const short = [...generateCorpus(vocabulary, { articles: 50, seed: 5, short: true })];
    const size = (list: typeof full) => list.reduce((sum, article) => sum + article.text.length, 0);
    expect(size(short)).toBeLessThan(size(full) * 0.8);
  });
});
