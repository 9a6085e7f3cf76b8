import type { VocabEntry } from '../domain/vocabulary.js';
import type { VocabConflict } from './model.js';
import { mergeRecord } from './model.js';

/** Entries of our own seed lexicon: curated, so their names and kinds lead in merges. */
export const SEED_SOURCE = 'medkg-seed';

export function isSeedEntry(entry: VocabEntry): boolean {
  return entry.source === SEED_SOURCE;
}

export interface MergedVocabulary {
  readonly entries: Map<string, VocabEntry>;
  /** Old or equivalent id → the id of the entry that now carries it. */
  readonly aliases: Map<string, string>;
  readonly conflicts: VocabConflict[];
}

/** Same id from two inputs (seed + store): the seed leads, otherwise the first one does. */
function mergeSameId(existing: VocabEntry, incoming: VocabEntry): VocabEntry {
  const incomingLeads = isSeedEntry(incoming) && !isSeedEntry(existing);
  return mergeRecord(existing, { entry: incoming, mode: incomingLeads ? 'primary' : 'augment' }).entry;
}

/** `absorbed` joins `owner` under owner's id; a seed entry still leads the name. */
function absorb(owner: VocabEntry, absorbed: VocabEntry): VocabEntry {
  if (isSeedEntry(absorbed) && !isSeedEntry(owner)) {
    return mergeRecord(owner, { entry: { ...absorbed, id: owner.id }, mode: 'primary' }).entry;
  }
  return mergeRecord(owner, { entry: { ...absorbed, id: owner.id }, mode: 'augment' }).entry;
}

/**
 * Builds the lexicon's entries: entries with the same id merge; then an entry absorbs the
 * entries its `replaces` names (obsolete terms, one-to-one exact equivalences recorded by the
 * loaders), but only of the same kind and only when no other entry claims the same id. Anything
 * else is recorded as a conflict. Entries are visited in id order, so the result does not depend
 * on input order.
 */
export function mergeVocabulary(input: Iterable<VocabEntry>): MergedVocabulary {
  const entries = new Map<string, VocabEntry>();
  for (const entry of input) {
    const existing = entries.get(entry.id);
    entries.set(entry.id, existing ? mergeSameId(existing, entry) : entry);
  }
  const aliases = new Map<string, string>();
  const conflicts: VocabConflict[] = [];
  const claimedBy = new Map<string, string>();
  for (const id of [...entries.keys()].sort()) {
    let owner = entries.get(id);
    if (!owner) continue;
    const queue = [...owner.replaces];
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      if (next === id) continue;
      const claimant = claimedBy.get(next);
      if (claimant !== undefined) {
        if (resolveAlias(aliases, claimant) !== id) conflicts.push({ kind: 'claimed-twice', id: next, other: id, detail: `${next} is claimed by ${claimant} and ${id}; kept ${claimant}` });
        continue;
      }
      const target = entries.get(next);
      if (target && target.kind !== owner.kind) {
        conflicts.push({ kind: 'kind-mismatch', id: next, other: id, detail: `${id} (${owner.kind}) names ${next} (${target.kind}) as equivalent; not merged` });
        continue;
      }
      claimedBy.set(next, id);
      aliases.set(next, id);
      if (target) {
        owner = absorb(owner, target);
        entries.delete(next);
        queue.push(...target.replaces);
      }
    }
    entries.set(id, owner);
  }
  return { entries, aliases, conflicts };
}

/** Follows aliases to the id that exists now (chains such as obsolete → DOID → MONDO). */
export function resolveAlias(aliases: ReadonlyMap<string, string>, id: string): string {
  let current = id;
  for (let hops = 0; hops < 10; hops += 1) {
    const next = aliases.get(current);
    if (next === undefined || next === current) return current;
    current = next;
  }
  return current;
}
