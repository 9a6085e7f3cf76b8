import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EntityKind } from '../../src/domain/kinds.js';
import { slugify } from '../../src/domain/ids.js';
import type { Random } from './random.js';
import { createRandom } from './random.js';

/** Names to draw from, by kind (from the seed lexicon or an imported vocabulary). */
export type SyntheticVocabulary = Readonly<Record<Exclude<EntityKind, 'Disease'>, readonly string[]>>;

export interface CorpusOptions {
  readonly articles: number;
  readonly seed: number;
  /** Short bodies (three sections, few items) for the 100k scale run: disk and time stay small. */
  readonly short?: boolean;
}

export interface SyntheticArticle {
  readonly slug: string;
  readonly fileName: string;
  readonly text: string;
}

/**
 * Writes plain-text articles in the site's format with realistic distributions: symptoms drawn
 * from a Zipf law (a few hubs such as fatigue everywhere, a long tail), one or two genes per
 * disease from a long tail, drugs and tests overlapping between diseases, the site's chrome
 * around every body and teasers of neighbouring articles. Deterministic for a seed.
 */
export function* generateCorpus(vocabulary: SyntheticVocabulary, options: CorpusOptions): Generator<SyntheticArticle> {
  const random = createRandom(options.seed);
  const titles = Array.from({ length: options.articles }, (_, index) => diseaseTitle(vocabulary, index));
  for (let index = 0; index < options.articles; index += 1) {
    const title = titles[index] ?? '';
    const slug = slugify(title);
    const neighbours = [titles[(index + 1) % titles.length] ?? title, titles[(index + 7) % titles.length] ?? title];
    const text = writeArticle(random, vocabulary, title, neighbours, options.short ?? false);
    yield { slug, fileName: `${slug}.txt`, text };
  }
}

/** Writes the corpus into `dir` (a temp folder: synthetic corpora are never committed). */
export async function writeCorpus(dir: string, vocabulary: SyntheticVocabulary, options: CorpusOptions): Promise<{ files: number; bytes: number }> {
  await mkdir(dir, { recursive: true });
  let files = 0;
  let bytes = 0;
  for (const article of generateCorpus(vocabulary, options)) {
    await writeFile(join(dir, article.fileName), article.text);
    files += 1;
    bytes += Buffer.byteLength(article.text);
  }
  return { files, bytes };
}

const DISEASE_PATTERNS = ['{gene}-related disorder type {n}', '{gene} deficiency type {n}', 'hereditary {gene} syndrome {n}'];

function diseaseTitle(vocabulary: SyntheticVocabulary, index: number): string {
  const genes = vocabulary.Gene;
  const gene = genes[index % genes.length] ?? 'GENE';
  const pattern = DISEASE_PATTERNS[index % DISEASE_PATTERNS.length] ?? DISEASE_PATTERNS[0] ?? '';
  return pattern.replace('{gene}', gene).replace('{n}', String(Math.floor(index / genes.length) + 1));
}

function draw(random: Random, names: readonly string[], count: number, zipf: boolean): string[] {
  const chosen = new Set<string>();
  for (let attempt = 0; chosen.size < count && attempt < count * 5; attempt += 1) {
    const index = zipf ? random.zipf(names.length) : random.int(names.length);
    const name = names[index];
    if (name) chosen.add(name);
  }
  return [...chosen];
}

function numbered(items: readonly string[], explain: (item: string) => string): string {
  return items.map((item, index) => `  ${index + 1}. ${item} — ${explain(item)} NCBI+2PMC+1`).join('\n\n');
}

function writeArticle(random: Random, vocabulary: SyntheticVocabulary, title: string, teasers: readonly string[], short: boolean): string {
  const symptoms = draw(random, vocabulary.Phenotype, short ? 3 : 8, true);
  const genes = draw(random, vocabulary.Gene, 1 + random.int(2), false);
  const tests = draw(random, vocabulary.Test, short ? 2 : 5, true);
  const drugs = draw(random, vocabulary.Drug, short ? 2 : 4, true);
  const procedures = draw(random, vocabulary.Procedure, short ? 1 : 2, true);
  const body = [
    'Definition',
    `${title} is a rare inherited condition described here for learning purposes. MedlinePlus+1`,
    'Causes',
    numbered(genes, (gene) => `${title} is caused by variants in the ${gene} gene.`),
    'Symptoms and signs',
    numbered(symptoms, (symptom) => `Many people with ${title} have ${symptom.toLowerCase()}.`),
  ];
  if (!short) {
    body.push(
      'Diagnostic tests',
      numbered(tests, (test) => `${test} helps confirm ${title}.`),
      'Drug treatments',
      drugs.map((drug, index) => `Drug ${index + 1}. ${drug}\n• Purpose: used for ${title}.\n• Side effects: nausea in some people.`).join('\n\n'),
      'Surgeries and procedures',
      numbered(procedures, (procedure) => `${procedure} is offered in severe cases.`),
      'Prevention tips',
      'Genetic counselling helps families understand the risk of passing the condition on.',
    );
  }
  return [
    title,
    'Patient tools: Print · Share · Reading mode',
    ...body,
    'Disclaimer: this article is for education and is not medical advice.',
    'Last Updated: 2026-01-15',
    'Clinical pathway',
    '  1. Understand\n  2. Symptoms\n  3. When to seek help',
    'You may also like',
    ...teasers.map((teaser) => `${teaser} — an overview of causes, tests and care…`),
    'Doctor visit helper: bring a list of your medicines, including antibiotics and steroid tablets; note any fever or back pain.',
    '',
  ].join('\n\n');
}
