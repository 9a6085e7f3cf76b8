// A small plain-text disease article (autosomal recessive osteopetrosis, facts as in the seed
// corpus) and a tiny lexicon over real vocabulary ids, shared by the recognise and relate tests.
import type { VocabEntry } from '../../src/domain/vocabulary.js';
import { vocabEntrySchema } from '../../src/domain/vocabulary.js';
import { cleanArticle } from '../../src/ingest/clean/clean.js';
import { loadSiteProfile } from '../../src/ingest/profile/load.js';
import { readArticles } from '../../src/ingest/read/read.js';
import { segmentArticle } from '../../src/ingest/segment/segment.js';
import type { ArticleGraph } from '../../src/domain/graph.js';
import { recogniseArticle } from '../../src/ingest/recognise/recognise.js';
import { relateArticle } from '../../src/ingest/relate/relate.js';
import type { SegmentedArticle } from '../../src/ingest/stages.js';
import { createLexicon } from '../../src/lexicon/create.js';
import type { Lexicon } from '../../src/lexicon/lexicon.js';

export const ARO_TEXT = `Autosomal Recessive Osteopetrosis (ARO)

Definition

Autosomal recessive osteopetrosis (ARO) is a rare inherited bone disease in which the cells that break down bone do not work. NCBI+2PMC+2

Other names

  1. Infantile malignant osteopetrosis — the severe form that starts in infancy.

Types

  1. Neuronopathic ARO — a form with progressive brain involvement. PMC

Causes

  1. TCIRG1 gene — variants in TCIRG1 cause about half of all cases. NCBI

  2. Other genes — variants in CLCN7 and OSTM1 explain further families.

A protein called RANKL is made by bone-forming cells.

Symptoms and signs

  1. Anaemia — the crowded marrow cannot make enough red cells. NCBI

  2. Osteomyelitis of the jaw — infection of the jaw bone after a tooth extraction.

Diagnostic tests

  1. Visual evoked potentials (VEP) — repeated VEP testing is used to monitor the optic nerves.

  2. Skeletal X-ray survey — shows dense bones; the key test for the diagnosis.

Drug treatments

  1. Interferon gamma-1b — slows the disease. Side effects: fever and headache. FDA Access Data+1

  2. Blood transfusions — correct severe anaemia before transplant.

  3. Paracetamol — do not exceed the dose on the label.

A trial of calcitriol did not show a benefit, so it is not used for this condition.

Surgeries and procedures

  1. Haematopoietic stem cell transplantation (HSCT) — the only treatment that can cure ARO. NCBI

HSCT is generally not recommended in neuronopathic ARO, because it cannot help the brain disease. PMC

Prevention tips

  1. Avoid heavy lifting and contact sports.
`;

function entry(fields: Partial<VocabEntry> & Pick<VocabEntry, 'id' | 'kind' | 'name'>): VocabEntry {
  return vocabEntrySchema.parse({ source: 'test', ...fields });
}

/** Real ids (checked against shared/data/vocab or the seed gold). */
export const ARO_VOCABULARY: readonly VocabEntry[] = [
  entry({ id: 'MONDO:0019026', kind: 'Disease', name: 'autosomal recessive osteopetrosis' }),
  entry({ id: 'DOID:1019', kind: 'Disease', name: 'osteomyelitis' }),
  entry({ id: 'HGNC:11647', kind: 'Gene', name: 'TCIRG1' }),
  entry({ id: 'HGNC:2025', kind: 'Gene', name: 'CLCN7' }),
  entry({ id: 'HGNC:21652', kind: 'Gene', name: 'OSTM1' }),
  entry({ id: 'HGNC:11926', kind: 'Gene', name: 'TNFSF11', synonyms: [{ name: 'RANKL', scope: 'alias_symbol' }] }),
  entry({ id: 'HP:0001903', kind: 'Phenotype', name: 'Anemia', synonyms: [{ name: 'anaemia', scope: 'exact' }] }),
  entry({ id: 'HP:0001945', kind: 'Phenotype', name: 'Fever' }),
  entry({ id: 'HP:0002315', kind: 'Phenotype', name: 'Headache' }),
  entry({ id: 'DRUGBANK:DB00033', kind: 'Drug', name: 'Interferon gamma-1b' }),
  entry({ id: 'DRUGBANK:DB00136', kind: 'Drug', name: 'Calcitriol' }),
];

export function aroLexicon(): Lexicon {
  return createLexicon(ARO_VOCABULARY);
}

/** The article through the real read → clean → segment stages. */
export function segmentText(text: string, fileName: string, category?: string): SegmentedArticle {
  const [raw] = readArticles(new TextEncoder().encode(text), fileName);
  if (!raw) throw new Error('no article read');
  const withCategory = category ? { ...raw, category } : raw;
  return segmentArticle(cleanArticle(withCategory, loadSiteProfile()));
}

/** The graph the real read → clean → segment → recognise → relate stages make of `text` with a lexicon of `entries`. */
export function relateText(text: string, fileName: string, category: string, entries: VocabEntry[]): ArticleGraph {
  return relateArticle(recogniseArticle(segmentText(text, fileName, category), createLexicon(entries)), { contentHash: 'h' });
}
