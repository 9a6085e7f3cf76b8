import type { SegmentedSection } from '../stages.js';
import type { EntityTable } from './entities.js';
import type { Mention } from './types.js';

/**
 * "Budesonide/formoterol", "elexacaftor/tezacaftor/ivacaftor": drugs joined by a slash with no
 * space are one combination product, a drug of its own (local, unverified) spanning the whole
 * name, so its relations are not given to each ingredient. A spaced slash ("tobramycin /
 * aztreonam") lists alternatives and is left alone.
 */
export function findCombinationDrugs(sections: readonly SegmentedSection[], candidates: readonly Mention[], table: EntityTable): Mention[] {
  const drugs = candidates.filter((mention) => mention.kind === 'Drug' && mention.origin === 'lexicon').sort((a, b) => a.start - b.start);
  const result: Mention[] = [];
  let index = 0;
  while (index < drugs.length) {
    const run = [drugs[index] as Mention];
    let next = index + 1;
    while (next < drugs.length) {
      const last = run.at(-1) as Mention;
      const candidate = drugs[next] as Mention;
      if (candidate.section !== last.section || !joinedBySlash(sections, last, candidate)) break;
      run.push(candidate);
      next += 1;
    }
    if (run.length >= 2) result.push(combination(sections, run, table));
    index = next;
  }
  return result;
}

function joinedBySlash(sections: readonly SegmentedSection[], left: Mention, right: Mention): boolean {
  const section = sections[left.section];
  if (!section) return false;
  return section.text.slice(left.end - section.start, right.start - section.start) === '/';
}

function combination(sections: readonly SegmentedSection[], run: readonly Mention[], table: EntityTable): Mention {
  const first = run[0] as Mention;
  const last = run.at(-1) as Mention;
  const section = sections[first.section] as SegmentedSection;
  const text = section.text.slice(first.start - section.start, last.end - section.start);
  const entity = table.local('Drug', text.toLowerCase());
  table.addSynonyms(entity.id, [text]);
  return { entity: entity.id, kind: 'Drug', start: first.start, end: last.end, text, section: first.section, origin: 'lexicon', ambiguous: false };
}
