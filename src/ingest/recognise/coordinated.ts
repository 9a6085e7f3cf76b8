import type { Lexicon } from '../../lexicon/lexicon.js';
import type { SegmentedSection } from '../stages.js';
import type { EntityTable } from './entities.js';
import { singular } from './heads.js';
import type { Mention } from './types.js';

/** "short, ", "light-colored, brittle, and ", "round and ": single words listed before the last one. */
const LISTED_WORDS = /((?:[\p{L}][\p{L}-]*\s*,\s*)*[\p{L}][\p{L}-]*\s*(?:,\s*(?:and|or)\s+|,\s*|\s+(?:and|or)\s+))$/iu;
/** "back, side, and groin pain": single words listed with commas before a last modifier and its one-word noun. */
const MODIFIERS_BEFORE_NOUN = /(?<![\p{L}-])((?:[\p{L}][\p{L}-]*\s*,\s*)+(?:(?:and|or)\s+)?)([\p{L}][\p{L}-]*)\s+([\p{L}][\p{L}-]*)(?![\p{L}-])/gu;
/** A plural or mass noun, then "is/are (often) A, B, and C" or "that are A": the adjectives said of it. */
const NOUN_IS_ADJECTIVES =
  /(?<![\p{L}-])([\p{L}][\p{L}-]{2,})\s+(?:that (?:is|are) present\s+)?(?:that\s+)?(?:is|are|becomes?|appears?|may be|can be)\s+(?:(?:often|usually|typically|frequently|generally|sometimes|also|abnormally|unusually|very)\s+)?((?:[\p{L}][\p{L}-]*\s*,\s*)*[\p{L}][\p{L}-]*(?:\s*,?\s+(?:and|or)\s+[\p{L}][\p{L}-]*)?)(?=\s*[.;,)]|\s*$)/gmu;
/** "malformations of the heart, lungs, kidneys, gastrointestinal tract, and genitalia". */
const ABNORMALITY_OF_ORGANS =
  /\b(malformations?|abnormalit(?:y|ies)|defects?|anomal(?:y|ies))\s+(?:of|in|affecting|involving)\s+(?:the\s+)?((?:[\p{L}][\p{L}-]*(?:\s+[\p{L}][\p{L}-]*){0,2}\s*,\s*)+(?:(?:and|or)\s+)?[\p{L}][\p{L}-]*(?:\s+[\p{L}][\p{L}-]*){0,2})(?=\s*[.;:)]|\s+(?:are|is|may|can|were)\b)/giu;
/** One organ of such a list: up to three words, an "and"/"or" before the last. */
const ORGAN = /(?:(?:and|or)\s+)?[\p{L}][\p{L}-]*(?:\s+(?!and\b|or\b)[\p{L}][\p{L}-]*){0,2}/giu;

/** "kidney abnormalities", "dental anomalies", "heart defects". */
const ORGAN_ABNORMALITY = /(?<![\p{L}-])(\p{L}{3,})\s+(abnormalit(?:y|ies)|malformations?|anomal(?:y|ies)|defects?)\b/giu;
/** Organ adjectives whose organ HPO names its abnormality after. */
const ORGAN_OF_ADJECTIVE: Readonly<Record<string, string>> = {
  dental: 'teeth', renal: 'kidney', cardiac: 'heart', ocular: 'eye', hepatic: 'liver', pulmonary: 'lung', cerebral: 'brain', genital: 'genital system', skeletal: 'skeletal system', skin: 'skin',
};

/** The finding a vocabulary names for an abnormality of one organ ("abnormality of the kidney", "kidney malformation"). */
function organAbnormality(organ: string, noun: string, lexicon: Lexicon): Parameters<EntityTable['fromEntry']>[0] | undefined {
  for (const form of new Set([organ, singular(organ)])) {
    for (const phrase of [`${form} ${noun}`, `${noun} of the ${form}`, `abnormality of the ${form}`]) {
      const found = lexicon.lookup(phrase, 'Phenotype');
      if (found?.entry.kind === 'Phenotype') return found.entry;
    }
  }
  return undefined;
}

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
  const add = (word: string, noun: string, start: number, section: number, except?: string): void => {
    if (NOT_A_MODIFIER.test(word)) return;
    const lookup = lexicon.lookup(`${word} ${noun}`, 'Phenotype');
    if (lookup?.entry.kind !== 'Phenotype' || lookup.entry.id === except) return;
    const entity = table.fromId(lookup.entry.id);
    if (!entity) return;
    found.push({ entity: entity.id, kind: entity.kind, start, end: start + word.length, text: word, section, origin: 'lexicon', ambiguous: false, scope: lookup.scope });
  };
  sections.forEach((section, index) => {
    // "back, side, and groin pain": the last pair need not be a name the vocabulary knows.
    for (const list of section.text.matchAll(MODIFIERS_BEFORE_NOUN)) {
      const [, lead = '', , noun = ''] = list;
      for (const word of lead.matchAll(/[\p{L}][\p{L}-]*/gu)) add(word[0], noun, section.start + list.index + word.index, index);
    }
    // "Malformations of the heart, lungs, kidneys, and genitalia": one abnormality per organ.
    for (const list of section.text.matchAll(ABNORMALITY_OF_ORGANS)) {
      const [whole, noun = '', organs = ''] = list;
      const at = list.index + whole.length - organs.length;
      for (const organ of organs.matchAll(ORGAN)) {
        const name = organ[0].replace(/^(?:and|or)\s+/iu, '');
        if (NOT_A_MODIFIER.test(name)) continue;
        const entry = organAbnormality(name, singular(noun), lexicon);
        const entity = entry ? table.fromEntry(entry) : undefined;
        if (!entity) continue;
        const start = section.start + at + organ.index + (organ[0].length - name.length);
        found.push({ entity: entity.id, kind: entity.kind, start, end: start + name.length, text: name, section: index, origin: 'lexicon', ambiguous: false });
      }
    }
    // "kidney abnormalities", "dental abnormalities": an abnormality named by its organ.
    for (const named of section.text.matchAll(ORGAN_ABNORMALITY)) {
      const [whole, organ = '', noun = ''] = named;
      const start = section.start + named.index;
      if (candidates.some((other) => other.start <= start && other.end >= start + whole.length)) continue;
      // "other brain abnormalities", "eye abnormalities, including …": another's, or an umbrella over the findings listed next.
      const before = section.text.slice(Math.max(0, named.index - 20), named.index);
      const after = section.text.slice(named.index + whole.length, named.index + whole.length + 20);
      if (/\b(?:other|additional|further|many|various|several)\s+$/iu.test(before) || /^,?\s+(?:including|such as|like|e\.g\.)/iu.test(after)) continue;
      const entry = organAbnormality(ORGAN_OF_ADJECTIVE[organ.toLowerCase()] ?? organ, singular(noun), lexicon);
      const entity = entry ? table.fromEntry(entry) : undefined;
      if (entity) found.push({ entity: entity.id, kind: entity.kind, start, end: start + whole.length, text: whole, section: index, origin: 'lexicon', ambiguous: false });
    }
    // "The hair is often light-colored, brittle, and slow-growing", "teeth that are malformed".
    for (const statement of section.text.matchAll(NOUN_IS_ADJECTIVES)) {
      const [whole, noun = '', adjectives = ''] = statement;
      const at = statement.index + whole.length - adjectives.length;
      for (const word of adjectives.matchAll(/[\p{L}][\p{L}-]*/gu)) add(word[0], noun, section.start + at + word.index, index);
    }
  });
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
    for (const word of lead[1].matchAll(/[\p{L}][\p{L}-]*/gu)) add(word[0], noun, leadStart + word.index, last.section, last.entity);
  }
  return found;
}
