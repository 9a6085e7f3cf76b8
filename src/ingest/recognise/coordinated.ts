import type { VocabEntry } from '../../domain/vocabulary.js';
import type { Lexicon } from '../../lexicon/lexicon.js';
import type { SegmentedSection } from '../stages.js';
import type { EntityTable } from './entities.js';
import { singular } from './heads.js';
import type { Mention } from './types.js';

/** "short, ", "light-colored, brittle, and ", "round and ": single words listed before the last one. */
const LISTED_WORDS = /((?:[\p{L}][\p{L}-]*\s*,\s*)*[\p{L}][\p{L}-]*\s*(?:,\s*(?:and|or)\s+|,\s*|\s+(?:and|or)\s+))$/iu;
/** "back, side, and groin pain", "intellectual and motor disability": single words listed before a last modifier and its one-word noun. */
const MODIFIERS_BEFORE_NOUN = /(?<![\p{L}-])((?:[\p{L}][\p{L}-]*\s*,\s*)+(?:(?:and|or)\s+)?|[\p{L}][\p{L}-]*\s+(?:and|or)\s+)([\p{L}][\p{L}-]*)\s+([\p{L}][\p{L}-]*)(?![\p{L}-])/gu;
/** A plural or mass noun, then "is/are (often) A, B, and C" or "that are A": the adjectives said of it. */
const NOUN_IS_ADJECTIVES =
  /(?<![\p{L}-])([\p{L}][\p{L}-]{2,})\s+(?:that (?:is|are) present\s+)?(?:that\s+)?(?:is|are|becomes?|appears?|may be|can be)\s+(?:(?:often|usually|typically|frequently|generally|sometimes|also|abnormally|unusually|very)\s+)?((?:[\p{L}][\p{L}-]*\s*,\s*)*[\p{L}][\p{L}-]*(?:\s*,?\s+(?:and|or)\s+[\p{L}][\p{L}-]*)?)(?=\s*[.;,)]|\s*$)/gmu;
/** "malformations of the heart, lungs, kidneys, gastrointestinal tract, and genitalia". */
const ABNORMALITY_OF_ORGANS =
  /\b(malformations?|abnormalit(?:y|ies)|defects?|anomal(?:y|ies))\s+(?:of|in|affecting|involving)\s+(?:the\s+)?((?:[\p{L}][\p{L}-]*(?:\s+[\p{L}][\p{L}-]*){0,2}\s*,\s*)+(?:(?:and|or)\s+)?[\p{L}][\p{L}-]*(?:\s+[\p{L}][\p{L}-]*){0,2})(?=\s*[.;:)]|\s+(?:are|is|may|can|were)\b)/giu;
/** One organ of such a list: up to three words, an "and"/"or" before the last. */
const ORGAN = /(?:(?:and|or)\s+)?[\p{L}][\p{L}-]*(?:\s+(?!and\b|or\b)[\p{L}][\p{L}-]*){0,2}/giu;

/** "kidney abnormalities", "dental anomalies", "heart defects", "kidney problems". */
const ORGAN_ABNORMALITY = /(?<![\p{L}-])(\p{L}{3,})\s+(abnormalit(?:y|ies)|malformations?|anomal(?:y|ies)|defects?|problems)\b/giu;
const ABNORMALITY_NOUN = /^(?:abnormalit(?:y|ies)|malformations?|anomal(?:y|ies)|defects?|problems)$/iu;
/** Organ adjectives whose organ HPO names its abnormality after. */
const ORGAN_OF_ADJECTIVE: Readonly<Record<string, string>> = {
  dental: 'teeth', renal: 'kidney', cardiac: 'heart', ocular: 'eye', hepatic: 'liver', pulmonary: 'lung', cerebral: 'brain', genital: 'genital system', skeletal: 'skeletal system', skin: 'skin',
};

/** The finding a vocabulary names for an abnormality of one organ ("abnormality of the kidney", "kidney malformation"). */
function organAbnormality(organ: string, noun: string, lexicon: Lexicon): VocabEntry | undefined {
  for (const form of new Set([organ, singular(organ)])) {
    for (const phrase of [`${form} ${noun}`, `${noun} of the ${form}`, `abnormality of the ${form}`]) {
      const found = lexicon.lookup(phrase, 'Phenotype');
      if (found?.entry.kind === 'Phenotype') return found.entry;
    }
  }
  return undefined;
}

/** Words that join or introduce a list, never a modifier of its noun. */
const NOT_A_MODIFIER = /^(?:and|or|with|without|the|a|an|of|in|on|to|for|by|as|at|is|are|was|were|be|been|has|have|had|may|can|also|other|such|their|its|his|her|very|more|most|less|both|either|including|include|includes|like|from|into|that|which|who|causes?|causing|affects?|affecting|leads?|results?|shows?|develops?|gets?)$/iu;

/**
 * Findings named by modifiers that share one noun, or by organs that share one abnormality:
 * - "short, wide ribs", "light-colored, brittle, and slow-growing hair", "back, side, and groin
 *   pain": each listed modifier with the noun ("short ribs", "groin pain");
 * - "The hair is often light-colored, brittle, and slow-growing", "teeth that are malformed":
 *   adjectives said of a noun;
 * - "malformations of the heart, lungs, kidneys, and genitalia", "kidney abnormalities": the
 *   abnormality of each organ.
 * Only names the vocabulary knows as phenotypes count, so a list of nouns ("fever, headache and
 * joint pain") gives nothing. Each becomes a mention on its modifier (or organ) words.
 */
export function findCoordinatedFindings(sections: readonly SegmentedSection[], candidates: readonly Mention[], lexicon: Lexicon, table: EntityTable): Mention[] {
  const found: Mention[] = [];
  const push = (entry: VocabEntry, start: number, text: string, section: number, scope?: string): void => {
    const entity = table.fromEntry(entry);
    found.push({ entity: entity.id, kind: entity.kind, start, end: start + text.length, text, section, origin: 'lexicon', ambiguous: false, ...(scope ? { scope } : {}) });
  };
  const modifierOf = (word: string, noun: string, start: number, section: number, except?: string, adverb?: string): void => {
    if (NOT_A_MODIFIER.test(word)) return;
    // "widely spaced and downward-slanting eyes": the first modifier may carry its adverb ("widely spaced eyes").
    const withAdverb = adverb ? lexicon.lookup(`${adverb} ${word} ${noun}`, 'Phenotype') : undefined;
    if (adverb && withAdverb?.entry.kind === 'Phenotype' && withAdverb.entry.id !== except) {
      push(withAdverb.entry, start - adverb.length - 1, `${adverb} ${word}`, section, withAdverb.scope);
      return;
    }
    const lookup = lexicon.lookup(`${word} ${noun}`, 'Phenotype');
    // "liver and kidney problems": an organ with an abnormality noun is that organ's abnormality.
    const entry = lookup?.entry.kind === 'Phenotype' ? lookup.entry : ABNORMALITY_NOUN.test(noun) ? organAbnormality(word, singular(noun), lexicon) : undefined;
    if (!entry || entry.id === except) return;
    push(entry, start, word, section, lookup?.entry.id === entry.id ? lookup.scope : undefined);
    // "heart and kidney defects" names "heart defects", the article's wording of the vocabulary's name.
    table.addSynonyms(entry.id, [`${word} ${noun}`]);
  };
  sections.forEach((section, index) => {
    for (const list of section.text.matchAll(MODIFIERS_BEFORE_NOUN)) {
      const [, lead = '', last = '', noun = ''] = list;
      // "the large intestine or other malformations": the first is one of the others, not a malformation of its own.
      if (/^(?:other|similar|related)$/iu.test(last)) continue;
      const adverb = /(?<![\p{L}-])(\p{L}+ly)\s$/u.exec(section.text.slice(Math.max(0, list.index - 20), list.index))?.[1];
      for (const word of lead.matchAll(WORD)) modifierOf(word[0], noun, section.start + list.index + word.index, index, undefined, word.index === 0 ? adverb : undefined);
    }
    for (const statement of section.text.matchAll(NOUN_IS_ADJECTIVES)) {
      const [whole, noun = '', adjectives = ''] = statement;
      const at = statement.index + whole.length - adjectives.length;
      for (const word of adjectives.matchAll(WORD)) modifierOf(word[0], noun, section.start + at + word.index, index);
    }
    for (const organ of organsOfAbnormalityLists(section.text)) {
      const entry = organAbnormality(organ.name, organ.noun, lexicon);
      if (entry) push(entry, section.start + organ.start, organ.name, index);
    }
    for (const named of abnormalitiesNamedByOrgan(section.text)) {
      const start = section.start + named.start;
      if (candidates.some((other) => other.start <= start && other.end >= start + named.text.length)) continue;
      const entry = organAbnormality(named.organ, named.noun, lexicon);
      if (!entry) continue;
      push(entry, start, named.text, index);
      // "heart abnormalities" is the article's own name for the vocabulary's "Abnormal heart morphology".
      table.addSynonyms(entry.id, [named.text.replace(/\s+/gu, ' ')]);
    }
  });
  // "short, wide ribs": modifiers listed before a phenotype the scan found.
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
    for (const word of lead[1].matchAll(WORD)) modifierOf(word[0], noun, leadStart + word.index, last.section, last.entity);
  }
  return found;
}

const WORD = /[\p{L}][\p{L}-]*/gu;

/** "Malformations of the heart, lungs, kidneys, and genitalia": each organ (offsets in `text`) with the abnormality noun. */
function organsOfAbnormalityLists(text: string): { name: string; noun: string; start: number }[] {
  const organs: { name: string; noun: string; start: number }[] = [];
  for (const list of text.matchAll(ABNORMALITY_OF_ORGANS)) {
    const [whole, noun = '', names = ''] = list;
    const at = list.index + whole.length - names.length;
    for (const organ of names.matchAll(ORGAN)) {
      const name = organ[0].replace(/^(?:and|or)\s+/iu, '');
      if (!NOT_A_MODIFIER.test(name)) organs.push({ name, noun: singular(noun), start: at + organ.index + (organ[0].length - name.length) });
    }
  }
  return organs;
}

/**
 * "kidney abnormalities", "dental abnormalities" (offsets in `text`), but not another condition's
 * ("other brain abnormalities") nor an umbrella over the findings listed next ("eye
 * abnormalities, including …").
 */
function abnormalitiesNamedByOrgan(text: string): { text: string; organ: string; noun: string; start: number }[] {
  const named: { text: string; organ: string; noun: string; start: number }[] = [];
  for (const match of text.matchAll(ORGAN_ABNORMALITY)) {
    const [whole, organ = '', noun = ''] = match;
    const before = text.slice(Math.max(0, match.index - 20), match.index);
    const after = text.slice(match.index + whole.length, match.index + whole.length + 20);
    if (/\b(?:other|additional|further|many|various|several)\s+$/iu.test(before) || /^,?\s+(?:including|such as|like|e\.g\.)/iu.test(after)) continue;
    named.push({ text: whole, organ: ORGAN_OF_ADJECTIVE[organ.toLowerCase()] ?? organ, noun: singular(noun), start: match.index });
  }
  return named;
}
