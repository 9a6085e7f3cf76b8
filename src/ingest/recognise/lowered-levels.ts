import type { VocabEntry } from '../../domain/vocabulary.js';
import type { Lexicon } from '../../lexicon/lexicon.js';
import type { SegmentedSection } from '../stages.js';
import type { EntityTable } from './entities.js';
import type { Mention } from './types.js';

/** "lower uric acid", "reduces the blood sugar level", "lowering LDL cholesterol": what is brought down. */
const LOWERING_VERB = String.raw`(?:lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|bring(?:s|ing)? down|decreas(?:e|es|ed|ing))`;
const LOWERING = new RegExp(String.raw`\b${LOWERING_VERB}\s+(?:the\s+|your\s+|their\s+)?((?:blood\s+|serum\s+)?\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)?)(?:\s+levels?)?\b`, 'giu');
const OPENS_WITH_LOWERING = new RegExp(String.raw`^${LOWERING_VERB}\b`, 'iu');

/**
 * Levels the text describes in words, read as the findings a vocabulary names for them:
 * - "the first choice to lower uric acid", "lowers blood pressure": to lower a level is to treat
 *   it being high. When the vocabulary names a finding "high <level>" ("high blood uric acid
 *   level", hyperuricaemia), the phrase is a mention of that finding, which the treatment rules
 *   then relate like any condition a drug's purpose names;
 * - "high levels of a compound called xanthine", "very low levels of uric acid": the finding of
 *   that level ("low blood uric acid level" is hypouricaemia).
 */
export function findLoweredLevels(sections: readonly SegmentedSection[], lexicon: Lexicon, table: EntityTable): Mention[] {
  const mentions: Mention[] = [];
  const push = (finding: VocabEntry, start: number, text: string, section: number): void => {
    const entity = table.fromEntry(finding);
    mentions.push({ entity: entity.id, kind: entity.kind, start, end: start + text.length, text, section, origin: 'lexicon', ambiguous: false });
  };
  sections.forEach((section, index) => {
    for (const match of section.text.matchAll(LOWERING)) {
      const finding = levelFinding('high', match[1] ?? '', lexicon);
      if (finding) push(finding, section.start + match.index, match[0], index);
    }
    // "high levels of a compound called xanthine", "very low levels of … uric acid in the blood",
    // and the bare "high phosphate", "low calcium" of a patient article.
    for (const pattern of [LEVELS_OF, HIGH_OR_LOW]) {
      for (const match of section.text.matchAll(pattern)) {
        const direction = /^(?:low|reduced|decreased)$/iu.test(match[1] ?? '') ? 'low' : 'high';
        const finding = levelFinding(direction, match[2] ?? '', lexicon);
        if (finding) push(finding, section.start + match.index, match[0], index);
      }
    }
  });
  return mentions;
}

/** "high levels of X", "low amounts of a compound called X". */
const LEVELS_OF =
  /\b(high|raised|elevated|increased|low|reduced|decreased)\s+(?:levels?|amounts?|concentrations?)\s+of\s+(?:(?:a|an|another)\s+(?:compound|substance|chemical|molecule|protein|enzyme|hormone)\s+called\s+)?((?:blood\s+)?\p{L}[\p{L}-]*(?:\s+acid)?)\b/giu;

/** "high phosphate", "low blood calcium": a level named by its direction alone. */
const HIGH_OR_LOW = /\b(high|raised|low)\s+((?:blood\s+)?(?!(?:pressure|temperature|fever|risk|doses?|grade|quality|weight|numbers?|counts?|rates?)\b)\p{L}[\p{L}-]*)\b(?!\s+(?:levels?|amounts?|concentrations?|blood|pressure|fever|risk|doses?|numbers?)\b)/giu;

/** The finding a vocabulary names for a level being high (or low): "high blood uric acid level" is hyperuricaemia. */
function levelFinding(direction: 'high' | 'low', level: string, lexicon: Lexicon): VocabEntry | undefined {
  const bare = level.replace(/^(?:blood|serum)\s+/iu, '');
  const words = direction === 'high' ? ['high', 'elevated', 'increased'] : ['low', 'decreased', 'reduced'];
  const [plain = direction] = words;
  for (const phrase of [`${plain} ${level}`, `${plain} blood ${bare}`, `${plain} ${bare} level`, `${plain} blood ${bare} level`, ...words.slice(1).map((word) => `${word} ${bare}`)]) {
    const found = lexicon.lookup(phrase, 'Phenotype');
    if (found && (found.entry.kind === 'Phenotype' || found.entry.kind === 'Disease')) return found.entry;
  }
  return undefined;
}

/** A mention this module made: the lowering verb opens it, and it is a treatment's aim, never a finding. */
export function loweringVerbOf(text: string): string | undefined {
  return OPENS_WITH_LOWERING.exec(text)?.[0];
}
