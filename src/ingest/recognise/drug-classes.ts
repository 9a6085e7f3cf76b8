import type { SegmentedSection } from '../stages.js';
import type { EntityTable } from './entities.js';
import type { Mention } from './types.js';

/** Nouns that name a class of drugs. */
const CLASS_NOUN = '(?:inhibitors|blockers|antagonists|agonists|diuretics|agents|analogues|analogs|antibodies|anticoagulants|antiplatelets|antibiotics|antivirals|antifungals|steroids|corticosteroids|statins|chelators|modulators|supplements|medicines|medications|drugs)';
/** Up to three words before the class noun ("thiazide", "immune checkpoint", "bypassing"). */
const MODIFIERS = "(?:[\\p{L}][\\p{L}\\p{N}'-]*\\s+){1,3}";
/** Words that cannot open a class name: "other", "some", "the", "these", "such"… */
const NOT_A_MODIFIER =
  /^(?:other|some|the|these|those|such|many|most|all|any|certain|several|new|newer|older|common|usual|your|their|its|a|an|and|or|of|for|with|to|in|on|are|is|be|take|taking|avoid|use|using|like|including|as|also|often|usually|sometimes|may|can|should|then|first|only|still|even|receives?|received|gets?|given|needs?|starts?|started|stops?|stopped|try|tried|adds?|added|prescribed?|prescribes|includes?|included)$/iu;
/** "such as", "e.g." right before the drug. */
const CUE = '(?:such as|like|e\\.g\\.,?|including|for example|for instance)\\s+$';
/** The cheap test first: most drugs are not introduced as examples. */
const EXAMPLE_CUE = new RegExp(CUE, 'iu');
const PATTERN = new RegExp(`(${MODIFIERS}${CLASS_NOUN})\\s*,?\\s+${CUE}`, 'iu');

/**
 * "Thiazide diuretics such as hydrochlorothiazide", "bypassing agents such as recombinant
 * factor VIIa": a phrase ending in a drug-class noun that the text exemplifies with a drug it
 * names is a drug class of its own (local, unverified), even when no vocabulary lists the class.
 */
export function findDrugClasses(sections: readonly SegmentedSection[], candidates: readonly Mention[], table: EntityTable): Mention[] {
  const found: Mention[] = [];
  const seen = new Set<number>();
  for (const drug of candidates) {
    if (drug.kind !== 'Drug' || drug.origin === 'head') continue;
    const section = sections[drug.section];
    if (!section) continue;
    const lead = section.text.slice(Math.max(0, drug.start - section.start - 80), drug.start - section.start);
    if (!EXAMPLE_CUE.test(lead)) continue;
    const match = PATTERN.exec(lead);
    if (!match?.[1]) continue;
    const words = match[1].trim().split(/\s+/u);
    // "eased with nerve-pain medicines": the class name is what follows the last word that cannot be part of it.
    const cut = words.findLastIndex((word) => NOT_A_MODIFIER.test(word));
    if (cut >= 0) words.splice(0, cut + 1);
    if (words.length < 2) continue;
    const name = words.join(' ');
    const end = drug.start - (lead.length - match.index - match[1].length);
    const start = end - match[1].length + match[1].indexOf(name);
    if (seen.has(start)) continue;
    seen.add(start);
    const entity = table.local('Drug', name.toLowerCase());
    table.addSynonyms(entity.id, [name]);
    found.push({ entity: entity.id, kind: 'Drug', start, end: start + name.length, text: name, section: drug.section, origin: 'lexicon', ambiguous: false });
  }
  return found;
}
