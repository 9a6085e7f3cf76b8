import type { Lexicon } from '../../lexicon/lexicon.js';
import type { SegmentedSection } from '../stages.js';
import type { EntityTable } from './entities.js';
import type { Mention } from './types.js';

/** Nouns that name a class of drugs. */
const CLASS_NOUN = '(?:inhibitors|blockers|antagonists|agonists|diuretics|agents|analogues|analogs|antibodies|anticoagulants|antiplatelets|antibiotics|antivirals|antifungals|steroids|corticosteroids|statins|chelators|modulators|supplements|medicines|medications|drugs)';
/** Up to three words before the class noun ("thiazide", "immune checkpoint", "bypassing"). */
const MODIFIERS = "(?:[\\p{L}][\\p{L}\\p{N}'-]*\\s+){1,3}";
/** Words that cannot open a class name: "other", "some", "the", "these", "such", a number ("three or four medicines")… */
const NOT_A_MODIFIER =
  /^(?:other|some|the|these|those|such|many|most|all|any|certain|several|new|newer|older|common|usual|your|their|its|a|an|and|or|of|for|with|to|in|on|are|is|be|take|taking|avoid|use|using|like|including|as|also|often|usually|sometimes|may|can|should|then|first|only|still|even|receives?|received|gets?|given|needs?|starts?|started|stops?|stopped|try|tried|adds?|added|prescribed?|prescribes|includes?|included|one|two|three|four|five|six|both|more|fewer|\d+)$/iu;
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

/** "BTK inhibitors", "PARP inhibitor", "PD-1 blockers": a class named by the molecule it acts on. */
const TARGET_NAMED_CLASS = /(?<![\p{L}\p{N}-])((?:[A-Z][A-Za-z]?[A-Z0-9]{1,7}|[A-Z]{2,5}-\d{1,2})[\s-](inhibitor|blocker|antagonist|agonist)s?)(?![\p{L}\p{N}-])/gu;

/**
 * "BTK inhibitors are taken continuously", "Drug 1. Ibrutinib | BTK inhibitor": a drug class
 * named by the gene or protein it acts on is a class of drugs, not a mention of the gene. It is
 * the vocabulary's entry when one has the name, else a local class shared by singular and plural.
 */
export function findTargetNamedClasses(sections: readonly SegmentedSection[], lexicon: Lexicon, table: EntityTable): Mention[] {
  const found: Mention[] = [];
  sections.forEach((section, index) => {
    for (const match of section.text.matchAll(TARGET_NAMED_CLASS)) {
      const text = match[1] ?? '';
      const plural = `${text.replace(/s$/u, '')}s`;
      const known = lexicon.lookup(plural, 'Drug') ?? lexicon.lookup(text, 'Drug');
      const entity = known?.entry.kind === 'Drug' ? table.fromEntry(known.entry) : table.local('Drug', plural.replace(/\s+/gu, ' '));
      const start = section.start + match.index;
      found.push({ entity: entity.id, kind: 'Drug', start, end: start + text.length, text, section: index, origin: 'lexicon', ambiguous: false });
    }
  });
  return found;
}
