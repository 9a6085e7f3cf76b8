import type { Lexicon } from '../../lexicon/lexicon.js';
import type { SegmentedSection } from '../stages.js';
import type { EntityTable } from './entities.js';
import type { Mention } from './types.js';

/** "short, ", "light-colored, brittle, and ", "round and ": single words listed before the last one. */
const LISTED_WORDS = /((?:[\p{L}][\p{L}-]*\s*,\s*)*[\p{L}][\p{L}-]*\s*(?:,\s*(?:and|or)\s+|,\s*|\s+(?:and|or)\s+))$/iu;
/** Words that join or introduce a list, never a modifier of its noun. */
const NOT_A_MODIFIER = /^(?:and|or|with|without|the|a|an|of|in|on|to|for|by|as|at|is|are|was|were|be|been|has|have|had|may|can|also|other|such|their|its|his|her|very|more|most|less|both|either|including|include|includes|like|from|into|that|which|who)$/iu;

/**
 * "short, wide ribs", "light-colored, brittle, and slow-growing hair": modifiers listed before the
 * last one share its noun, and each modifier with that noun can name a finding of its own
 * ("short ribs", "brittle hair"). Each such pair the lexicon knows as a phenotype becomes a
 * mention on its modifier word. Only pairs the vocabulary names count, so a list of nouns
 * ("fever, headache and joint pain") gives nothing.
 */
export function findCoordinatedFindings(sections: readonly SegmentedSection[], candidates: readonly Mention[], lexicon: Lexicon, table: EntityTable): Mention[] {
  const found: Mention[] = [];
  for (const last of candidates) {
    if (last.kind !== 'Phenotype' || last.origin !== 'lexicon') continue;
    const words = last.text.trim().split(/\s+/u);
    if (words.length < 2) continue;
    const noun = words.slice(1).join(' ');
    const section = sections[last.section];
    if (!section) continue;
    const offset = last.start - section.start;
    const lead = LISTED_WORDS.exec(section.text.slice(Math.max(0, offset - 120), offset));
    if (!lead?.[1]) continue;
    const leadStart = last.start - lead[1].length;
    for (const word of lead[1].matchAll(/[\p{L}][\p{L}-]*/gu)) {
      if (NOT_A_MODIFIER.test(word[0])) continue;
      const lookup = lexicon.lookup(`${word[0]} ${noun}`, 'Phenotype');
      if (lookup?.entry.kind !== 'Phenotype' || lookup.entry.id === last.entity) continue;
      const entity = table.fromId(lookup.entry.id);
      if (!entity) continue;
      const start = leadStart + word.index;
      found.push({ entity: entity.id, kind: entity.kind, start, end: start + word[0].length, text: word[0], section: last.section, origin: 'lexicon', ambiguous: false, scope: lookup.scope });
    }
  }
  return found;
}
