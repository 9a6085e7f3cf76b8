import type { EntityKind } from '../src/domain/kinds.js';
import type { VocabEntry } from '../src/domain/vocabulary.js';
import { SEED_LEXICON_PATH, loadSeedEntries } from '../src/lexicon/seed.js';
import type { SyntheticVocabulary } from './synthetic/generate.js';

/** The vocabulary a benchmark ingests with, and the names the synthetic corpus draws from. */
export interface BenchVocabulary {
  /** Where the entries came from, for the report. */
  readonly source: string;
  readonly entries: readonly VocabEntry[];
  readonly names: SyntheticVocabulary;
}

/**
 * The seed lexicon that ships with medkg (seed/lexicon/seed.tsv): what `medkg ingest` matches
 * with on a fresh store, and real names for the synthetic corpus. Committed, so the benchmark
 * runs from a fresh clone without the shared data.
 */
export async function loadBenchVocabulary(): Promise<BenchVocabulary> {
  const entries = await loadSeedEntries();
  return { source: `seed lexicon (${SEED_LEXICON_PATH.split('/').slice(-3).join('/')}, ${entries.length} entries)`, entries, names: namesByKind(entries) };
}

/** Names by kind for the generator (preferred names; genes by their symbol). */
export function namesByKind(entries: readonly VocabEntry[]): SyntheticVocabulary {
  const pick = (kind: EntityKind): string[] => [...new Set(entries.filter((entry) => entry.kind === kind).map((entry) => entry.name))].sort();
  return { Gene: pick('Gene'), Phenotype: pick('Phenotype'), Test: pick('Test'), Drug: pick('Drug'), Procedure: pick('Procedure') };
}
