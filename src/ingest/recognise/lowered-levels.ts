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
 * "the first choice to lower uric acid", "lowers blood pressure": to lower a level is to treat it
 * being high. When the vocabulary names a finding "high <level>" ("high blood uric acid level",
 * hyperuricaemia), the phrase is a mention of that finding, which the treatment rules then
 * relate like any condition a drug's purpose names.
 */
export function findLoweredLevels(sections: readonly SegmentedSection[], lexicon: Lexicon, table: EntityTable): Mention[] {
  const mentions: Mention[] = [];
  sections.forEach((section, index) => {
    for (const match of section.text.matchAll(LOWERING)) {
      const level = match[1] ?? '';
      const finding = highLevelFinding(level, lexicon);
      if (!finding) continue;
      const entity = table.fromEntry(finding);
      const start = section.start + match.index;
      mentions.push({ entity: entity.id, kind: entity.kind, start, end: start + match[0].length, text: match[0], section: index, origin: 'lexicon', ambiguous: false });
    }
  });
  return mentions;
}

function highLevelFinding(level: string, lexicon: Lexicon): VocabEntry | undefined {
  const bare = level.replace(/^(?:blood|serum)\s+/iu, '');
  for (const phrase of [`high ${level}`, `high blood ${bare}`, `high ${bare} level`, `high blood ${bare} level`, `elevated ${bare}`, `increased ${bare}`]) {
    const found = lexicon.lookup(phrase, 'Phenotype');
    if (found && (found.entry.kind === 'Phenotype' || found.entry.kind === 'Disease')) return found.entry;
  }
  return undefined;
}

/** A mention this module made: the lowering verb opens it, and it is a treatment's aim, never a finding. */
export function loweringVerbOf(text: string): string | undefined {
  return OPENS_WITH_LOWERING.exec(text)?.[0];
}
