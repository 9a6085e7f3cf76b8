import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localEntityId } from '../src/domain/ids.js';
import { isEntityKind } from '../src/domain/kinds.js';
import type { EntityKind } from '../src/domain/kinds.js';
import type { VocabEntry } from '../src/domain/vocabulary.js';
import type { SyntheticVocabulary } from './synthetic/generate.js';

/** The vocabulary a benchmark ingests with, and the names the synthetic corpus draws from. */
export interface BenchVocabulary {
  /** Where the entries came from, for the report. */
  readonly source: string;
  readonly entries: readonly VocabEntry[];
  readonly names: SyntheticVocabulary;
}

interface GoldEntityJson {
  readonly name: string;
  readonly kind: string;
  readonly id?: string;
  readonly synonyms?: readonly string[];
}

const GOLD_DIR = fileURLToPath(new URL('../test/fixtures/gold/', import.meta.url));

/**
 * The entities annotated in the seed corpus gold (test/fixtures/gold): real names of real
 * entities, with the standard ids the gold test checks against the shared vocabularies (or a
 * local medkg id when the gold gives none). Committed with the repository, so the benchmark
 * runs from a fresh clone without the shared data.
 */
export function loadGoldVocabulary(dir: string = GOLD_DIR): BenchVocabulary {
  const byId = new Map<string, VocabEntry>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { primary: GoldEntityJson; entities: GoldEntityJson[] };
    for (const entity of [gold.primary, ...gold.entities]) {
      if (!isEntityKind(entity.kind)) continue;
      const id = entity.id ?? localEntityId(entity.kind, entity.name);
      const known = byId.get(id);
      const synonyms = [...(known?.synonyms ?? []), ...(entity.synonyms ?? []).map((name) => ({ name, scope: 'exact' as const }))];
      byId.set(id, {
        id,
        kind: entity.kind,
        name: known?.name ?? entity.name,
        synonyms: [...new Map(synonyms.map((synonym) => [synonym.name, synonym])).values()],
        xrefs: [],
        parents: [],
        replaces: [],
        source: 'medkg-seed-gold',
      });
    }
  }
  const entries = [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
  return { source: `seed corpus gold entities (${entries.length} entries)`, entries, names: namesByKind(entries) };
}

/** Names by kind for the generator; genes by symbol, the rest by their preferred name. */
export function namesByKind(entries: readonly VocabEntry[]): SyntheticVocabulary {
  const pick = (kind: EntityKind): string[] =>
    [...new Set(entries.filter((entry) => entry.kind === kind).map((entry) => entry.name))].sort();
  return { Gene: pick('Gene'), Phenotype: pick('Phenotype'), Test: pick('Test'), Drug: pick('Drug'), Procedure: pick('Procedure') };
}

/** The vocabulary every bench process uses (the same one in the parent and its children). */
export function loadBenchVocabulary(): BenchVocabulary {
  return loadGoldVocabulary();
}
