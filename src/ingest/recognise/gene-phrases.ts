import type { Lexicon } from '../../lexicon/lexicon.js';
import type { SegmentedSection } from '../stages.js';
import type { EntityTable } from './entities.js';
import type { Mention } from './types.js';

const SYMBOL = String.raw`[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*`;
const GAP = String.raw`(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)`;
const LIST = String.raw`${SYMBOL}(?:${GAP}${SYMBOL})*`;
/** "the AR gene", "the HLA-DQA1, HLA-DQB1, and HLA-DRB1 genes". */
const BEFORE_GENE = new RegExp(String.raw`(?<![\p{L}\p{N}-])(${LIST})\s+genes?\b`, 'gu');
/** "these genes is MTHFR", "the affected genes are NPM1, FLT3 and IDH1", "a gene called APOE". */
const AFTER_GENES = new RegExp(String.raw`\bgenes?(?:\s+(?:is|are|include|including|such as|called|named|known as)|\s*[:(])\s+(${LIST})`, 'gu');

/** "variants in HJV, HAMP, TFR2 and SLC40A1": a list of symbols after a variant word. */
const VARIANTS_IN = new RegExp(String.raw`\b(?:mutations?|variants?|changes?|alterations?|defects?)\s+(?:in|of)\s+(?:the\s+)?(${LIST})`, 'gu');
/** Upper-case words that are not genes, however gene-like they look. */
const NOT_GENES = new Set(['DNA', 'RNA', 'MRI', 'CT', 'HLA', 'ECG', 'EEG', 'CBC', 'ICU', 'USA', 'NHS', 'WHO', 'FDA', 'NIH']);

/**
 * Symbols a sentence names as genes, looked up as genes whatever else the vocabulary calls the
 * same letters: the words "gene"/"genes" around them are stronger evidence than a name match
 * ("AR" is also an abbreviation, "HLA-DQA1" contains "HLA"). Only approved symbols (or their
 * previous and alias symbols, in their own case) of Gene entries are taken.
 */
export function findGenePhrases(sections: readonly SegmentedSection[], lexicon: Lexicon, table: EntityTable): Mention[] {
  const mentions: Mention[] = [];
  sections.forEach((section, index) => {
    mentions.push(...geneLists(section, index, lexicon, table));
    for (const pattern of [BEFORE_GENE, AFTER_GENES]) {
      for (const match of section.text.matchAll(pattern)) {
        const list = match[1] ?? '';
        const listStart = match.index + match[0].indexOf(list);
        for (const symbol of list.matchAll(new RegExp(SYMBOL, 'gu'))) {
          const entity = geneOfSymbol(symbol[0], lexicon, table);
          if (!entity) continue;
          const start = section.start + listStart + symbol.index;
          mentions.push({ entity, kind: 'Gene', start, end: start + symbol[0].length, text: symbol[0], section: index, origin: 'gene-phrase', ambiguous: false, scope: 'name' });
        }
      }
    }
  });
  return mentions;
}

function geneOfSymbol(symbol: string, lexicon: Lexicon, table: EntityTable): string | undefined {
  if (symbol.length < 2 || !/[A-Z]/u.test(symbol.slice(1)) && !/\d/u.test(symbol)) return undefined;
  const found = lexicon.lookup(symbol, 'Gene');
  if (!found || found.entry.kind !== 'Gene') return undefined;
  const { entry } = found;
  const ownCase = entry.name === symbol || entry.synonyms.some((synonym) => synonym.name === symbol && (synonym.scope === 'previous_symbol' || synonym.scope === 'alias_symbol'));
  return ownCase ? table.fromEntry(entry).id : undefined;
}

/**
 * Symbols listed after "variants in": when one of them is a known gene or carries a digit (TFR2,
 * SLC40A1), the list is a gene list and its other gene-shaped members are genes too, as local
 * entities when the vocabulary lacks them.
 */
function geneLists(section: SegmentedSection, index: number, lexicon: Lexicon, table: EntityTable): Mention[] {
  const mentions: Mention[] = [];
  for (const match of section.text.matchAll(VARIANTS_IN)) {
    const list = match[1] ?? '';
    const listStart = match.index + match[0].indexOf(list);
    const members = [...list.matchAll(new RegExp(SYMBOL, 'gu'))].map((symbol) => ({ text: symbol[0], offset: symbol.index, known: geneOfSymbol(symbol[0], lexicon, table) }));
    const shaped = members.filter((member) => /^[A-Z][A-Z0-9-]{1,11}$/u.test(member.text) && !NOT_GENES.has(member.text));
    if (!members.some((member) => member.known !== undefined || /^[A-Z][A-Z0-9-]*\d[A-Z0-9-]*$/u.test(member.text))) continue;
    for (const member of shaped) {
      const entity = member.known ?? (member.text.length >= 3 ? table.local('Gene', member.text).id : undefined);
      if (!entity) continue;
      const start = section.start + listStart + member.offset;
      mentions.push({ entity, kind: 'Gene', start, end: start + member.text.length, text: member.text, section: index, origin: 'gene-phrase', ambiguous: false, scope: 'name' });
    }
  }
  return mentions;
}
