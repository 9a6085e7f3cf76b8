import type { EntityKind } from '../domain/kinds.js';
import type { VocabEntry, VocabSynonym } from '../domain/vocabulary.js';

/**
 * How a loaded record combines with an entry of the same id already in the store:
 * - `primary`: the record comes from the entry's own source (hp.obo for HP:…): its name, kind,
 *   description and source win; synonyms, xrefs, parents and replaced ids are united;
 * - `augment`: the record adds to an entry (layperson synonyms, DO report xrefs); it creates the
 *   entry when none exists, but never overrides the name, kind or source of one that does;
 * - `patch`: like augment, but it is skipped when no entry exists (GARD_xrefs rows carry no name).
 */
export type MergeMode = 'primary' | 'augment' | 'patch';

/** One record a loader yields: an entry and how it merges. */
export interface LoadedRecord {
  readonly entry: VocabEntry;
  readonly mode: MergeMode;
}

/** A disagreement between sources, recorded instead of silently dropped. */
export interface VocabConflict {
  readonly kind: 'kind-mismatch' | 'claimed-twice';
  readonly id: string;
  /** The other id involved (the entry claiming `id`, or the entry `id` disagrees with). */
  readonly other: string;
  readonly detail: string;
}

/** A source's label for a term it has retired ("obsolete rare disease"). */
export function isObsoleteLabel(name: string): boolean {
  return /^obsolete\b/iu.test(name);
}

/** Builds a well-formed entry; loaders call this so defaults live in one place. */
export function makeEntry(fields: {
  id: string;
  kind: EntityKind;
  name: string;
  source: string;
  synonyms?: VocabSynonym[];
  xrefs?: string[];
  parents?: string[];
  replaces?: string[];
  description?: string | undefined;
  sourceVersion?: string | undefined;
}): VocabEntry {
  return {
    id: fields.id,
    kind: fields.kind,
    name: fields.name,
    synonyms: dedupeSynonyms(fields.synonyms ?? [], fields.name),
    xrefs: unique(fields.xrefs ?? []),
    parents: unique(fields.parents ?? []),
    replaces: unique((fields.replaces ?? []).filter((id) => id !== fields.id)),
    ...(fields.description ? { description: fields.description } : {}),
    source: fields.source,
    ...(fields.sourceVersion ? { sourceVersion: fields.sourceVersion } : {}),
  };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values.filter((value) => value.length > 0))];
}

/** Synonyms without duplicates (same text and scope) and without a copy of the name itself. */
export function dedupeSynonyms(synonyms: readonly VocabSynonym[], name: string): VocabSynonym[] {
  const seen = new Set<string>();
  const result: VocabSynonym[] = [];
  for (const synonym of synonyms) {
    const text = synonym.name.trim();
    if (!text || text === name) continue;
    const key = `${synonym.scope}\u0000${text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push({ name: text, scope: synonym.scope });
  }
  return result;
}

export interface MergeResult {
  readonly entry: VocabEntry;
  readonly conflict?: VocabConflict;
}

/**
 * Combines a stored entry with an incoming record of the same id. Lists are united with the
 * stored order first, so re-importing the same file leaves the entry unchanged (idempotent).
 */
export function mergeRecord(existing: VocabEntry, incoming: LoadedRecord): MergeResult {
  const lead = incoming.mode === 'primary' ? incoming.entry : existing;
  const other = lead === existing ? incoming.entry : existing;
  const synonyms = [...existing.synonyms, ...incoming.entry.synonyms];
  // A name the other side used becomes an exact synonym, so no spelling is lost.
  if (other.name !== lead.name && other.name !== other.id) synonyms.push({ name: other.name, scope: 'exact' });
  const entry = makeEntry({
    id: existing.id,
    kind: lead.kind,
    name: lead.name === lead.id ? other.name : lead.name,
    source: lead.source,
    sourceVersion: lead.sourceVersion,
    description: lead.description ?? other.description,
    synonyms,
    xrefs: [...existing.xrefs, ...incoming.entry.xrefs],
    parents: [...existing.parents, ...incoming.entry.parents],
    replaces: [...existing.replaces, ...incoming.entry.replaces],
  });
  if (existing.kind === incoming.entry.kind) return { entry };
  return {
    entry,
    conflict: {
      kind: 'kind-mismatch',
      id: existing.id,
      other: incoming.entry.source,
      detail: `stored as ${existing.kind} (${existing.source}), ${incoming.entry.source} says ${incoming.entry.kind}; kept ${entry.kind}`,
    },
  };
}
