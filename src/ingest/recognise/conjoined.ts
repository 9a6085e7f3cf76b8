import type { Lexicon } from '../../lexicon/lexicon.js';
import type { EntityTable } from './entities.js';
import type { Mention } from './types.js';

const FINDING_KINDS = new Set(['Phenotype', 'Disease']);
const CONJOINED = /^(.+?)(\s+(?:and|or|&)\s+)(.+)$/iu;

/**
 * "Side effects: diarrhoea, nausea and vomiting": a vocabulary name that joins two names the
 * vocabulary knows as findings of their own (HPO's "Nausea and vomiting") is, in a patient list,
 * two findings. Each side becomes a mention of its own entry; other names stay whole.
 */
export function splitConjoinedFinding(mention: Mention, lexicon: Lexicon, table: EntityTable): Mention[] {
  if (!FINDING_KINDS.has(mention.kind)) return [mention];
  const parts = CONJOINED.exec(mention.text);
  if (!parts?.[1] || !parts[2] || !parts[3]) return [mention];
  const [first, joiner, second] = [parts[1], parts[2], parts[3]];
  const split: Mention[] = [];
  for (const side of [
    { text: first, start: mention.start },
    { text: second, start: mention.start + first.length + joiner.length },
  ]) {
    const found = lexicon.lookup(side.text, mention.kind);
    if (!found || !FINDING_KINDS.has(found.entry.kind)) return [mention];
    const entity = table.fromEntry(found.entry);
    split.push({ ...mention, entity: entity.id, kind: entity.kind, start: side.start, end: side.start + side.text.length, text: side.text, scope: found.scope });
  }
  return split;
}
