import { searchKey } from '../domain/text.js';
import type { VocabEntry } from '../domain/vocabulary.js';
import { isSeedEntry } from './merge.js';
import { isObsoleteLabel } from './model.js';

/** HPO's root, and the one branch of it that holds phenotypes. */
const HPO_ROOT = 'HP:0000001';
const PHENOTYPIC_ABNORMALITY = 'HP:0000118';

/**
 * Entries whose names the scanner must not look for in text, though they stay entries (ids
 * resolve, exports keep them):
 * - terms a source labels obsolete ("obsolete rare disease", kept by some mapping files);
 * - HPO terms outside "Phenotypic abnormality": its other branches hold severity, frequency,
 *   onset and inheritance terms ("Moderate", "Severity", "Frequent", "Childhood onset"), which
 *   articles use as plain words, never as a sign the patient has.
 * - a term another vocabulary keeps but Mondo made obsolete, where HPO has a phenotype of the
 *   same name: Mondo retires findings that are not diseases ("status epilepticus"), and HPO's
 *   term is the one meant. Without such a phenotype the live term stays ("endometrial
 *   hyperplasia" in DOID).
 * Our curated seed entries are always matched. An HPO term whose parents are unknown (hp.obo
 * not imported) stays matchable: only a chain that reaches the root by another branch excludes it.
 */
export function unmatchableEntries(entries: ReadonlyMap<string, VocabEntry>): Set<string> {
  const excluded = new Set<string>();
  const branch = new Map<string, boolean | undefined>();
  const inPhenotypeBranch = (id: string, seen: Set<string>): boolean | undefined => {
    if (id === PHENOTYPIC_ABNORMALITY) return true;
    if (id === HPO_ROOT) return false;
    if (branch.has(id)) return branch.get(id);
    if (seen.has(id)) return undefined;
    seen.add(id);
    const parents = (entries.get(id)?.parents ?? []).filter((parent) => parent.startsWith('HP:'));
    let answer: boolean | undefined;
    for (const parent of parents) {
      const found = inPhenotypeBranch(parent, seen);
      if (found === true) {
        answer = true;
        break;
      }
      if (found === false) answer = false;
    }
    branch.set(id, answer);
    return answer;
  };
  const retiredByMondo = new Set<string>();
  const phenotypeNames = new Set<string>();
  for (const [id, entry] of entries) {
    if (id.startsWith('MONDO:') && isObsoleteLabel(entry.name)) for (const xref of entry.xrefs) retiredByMondo.add(xref);
    if (id.startsWith('HP:')) phenotypeNames.add(searchKey(entry.name));
  }
  for (const [id, entry] of entries) {
    if (isSeedEntry(entry)) continue;
    if (isObsoleteLabel(entry.name)) excluded.add(id);
    else if (retiredByMondo.has(id) && phenotypeNames.has(searchKey(entry.name))) excluded.add(id);
    else if (id.startsWith('HP:') && inPhenotypeBranch(id, new Set()) === false) excluded.add(id);
  }
  return excluded;
}
