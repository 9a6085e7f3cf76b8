import type { EntityKind } from '../../domain/kinds.js';
import type { SectionKind } from '../../domain/sections.js';

/** A head phrase taken apart: the thing it names, its parenthesised short forms, an "X for Y" target. */
export interface ParsedHead {
  /** The name without parentheses, numbering or trailing punctuation ("Visual evoked potential"). */
  readonly name: string;
  /** Offset of `name` in the head phrase. */
  readonly nameOffset: number;
  /** Length of the text in the head phrase that `name` was taken from (parentheses inside included). */
  readonly nameLength: number;
  /** Parenthesised parts ("VEP", "ACTIMMUNE"), with their offsets in the head phrase. */
  readonly parentheses: readonly { readonly text: string; readonly offset: number }[];
  /** "Antibiotics for bacterial infections" → "bacterial infections". */
  readonly target?: { readonly text: string; readonly offset: number };
}

const LEADING_NUMBER = /^\s*(?:(?:drug|step|test|procedure)\s*)?\d{1,2}\s*[.)]\s*/iu;
const PARENTHESIS = /\(([^()]{1,60})\)/gu;

/** "(NSAIDs: ibuprofen, naproxen)": a bracket that labels a list, a short form and then its members. */
const LABELLED_LIST = /^([^:,;\s][^:,;]{0,24}?)\s*:\s*(\S[^:]*)$/u;

/**
 * Splits a head phrase into name, parentheses and (for treatments) an "X for Y" target. A tag
 * line glued to the name without a space ("Ferrous sulfate tabletsOral iron", "Everolimus
 * (AFINITOR)mTOR inhibitor") is cut off.
 */
export function parseHead(head: string, options: { readonly splitTarget?: boolean } = {}): ParsedHead {
  const numbering = LEADING_NUMBER.exec(head);
  const bodyOffset = numbering ? numbering[0].length : 0;
  const glued = /[a-z]{3}(?=[A-Z][a-z]{2,}(?:\s+[a-z]+)*\s*$)/u.exec(head.slice(bodyOffset));
  // "Everolimus (AFINITOR, VOTUBIA)mTOR inhibitor": a tag glued to the brands' closing bracket.
  const afterBracket = /\)(?=[\p{L}])/u.exec(head.slice(bodyOffset));
  const cut = glued ? glued.index + 3 : afterBracket ? afterBracket.index + 1 : undefined;
  const body = cut === undefined ? head.slice(bodyOffset) : head.slice(bodyOffset, bodyOffset + cut);
  const parentheses: { text: string; offset: number }[] = [];
  for (const match of body.matchAll(PARENTHESIS)) {
    const inner = match[1] ?? '';
    const leading = inner.length - inner.trimStart().length;
    const offset = bodyOffset + match.index + 1 + leading;
    // "(NSAIDs: ibuprofen, naproxen, mefenamic acid)": a short form, then the members it stands for.
    const labelled = LABELLED_LIST.exec(inner.trim());
    if (labelled?.[1] && labelled[2]) {
      parentheses.push({ text: labelled[1], offset });
      parentheses.push({ text: labelled[2], offset: offset + inner.trim().indexOf(labelled[2]) });
    } else parentheses.push({ text: inner.trim(), offset });
  }
  let nameText = body.replace(/(?:\s*\([^()]*\))+[\s.:;,—–-]*$/u, '');
  // "Nitroblue tetrazolium (NBT) test": a parenthesis inside the name is dropped from it.
  if (/\(/u.test(nameText)) nameText = nameText.replace(/\s*\([^()]*\)/gu, (part, offset: number) => (offset === 0 ? '' : ' '.repeat(part.length)));
  let target: { text: string; offset: number } | undefined;
  const forMatch = options.splitTarget === false ? null : /\s+(?:for|to treat|against)\s+/iu.exec(nameText);
  if (forMatch && forMatch.index > 0) {
    const rest = nameText.slice(forMatch.index + forMatch[0].length);
    const cleanedRest = trimPunctuation(rest);
    if (cleanedRest.length > 0) {
      target = { text: cleanedRest, offset: bodyOffset + forMatch.index + forMatch[0].length };
    }
    nameText = nameText.slice(0, forMatch.index);
  }
  const leadingSpace = nameText.length - nameText.trimStart().length;
  const nameLength = nameText.trim().length;
  const name = trimPunctuation(nameText).replace(/\s{2,}/gu, ' ');
  return { name, nameOffset: bodyOffset + leadingSpace, nameLength, parentheses, ...(target ? { target } : {}) };
}

function trimPunctuation(text: string): string {
  return text.replace(/^[\s\-–—:;,.•*]+|[\s\-–—:;,.•*®™]+$/gu, '').replace(/[®™]/gu, '');
}

/**
 * Whether a head phrase names a thing (a test, a drug…) rather than being a whole sentence of
 * advice: short, with a letter, not a clause.
 */
export function isThingPhrase(name: string): boolean {
  const words = name.split(/\s+/u).filter((word) => word.length > 0);
  if (words.length === 0 || words.length > 8 || name.length > 80) return false;
  if (!/\p{L}/u.test(name)) return false;
  // "mycophenolate often causes diarrhoea", "Rubbing sheds the top layer": a clause with its own verb names no thing.
  // "Hormonal and other tablets": a label for a group of cards, no thing of its own.
  if (/\b(?:and|or)\s+other\b/iu.test(name)) return false;
  // "Side effects of treatment", "Late effects of treatment": a label for the findings the line then names.
  if (/^(?:(?:late|long-term|side)\s+)?effects?\s+of\b/iu.test(name)) return false;
  return !/\b(?:you|your|should|may|can|will|is|are|do|does|often|causes|sheds|leads|makes|gives|harms)\b/iu.test(name);
}

/** The kind a head phrase names by default, by the section it sits in. */
export const HEAD_KIND_BY_SECTION: Partial<Readonly<Record<SectionKind, EntityKind>>> = {
  diagnosis: 'Test',
  monitoring: 'Test',
  drugs: 'Drug',
  supplements: 'Drug',
  advanced_therapy: 'Drug',
  treatment: 'Drug',
  indications: 'Disease',
  non_drug_treatment: 'Procedure',
  surgery: 'Procedure',
  symptoms: 'Phenotype',
  side_effects: 'Phenotype',
  complications: 'Phenotype',
  types: 'Disease',
  causes: 'Gene',
  genetics: 'Gene',
};

const PROCEDURE_WORDS =
  /\b(?:transfusions?|transplant(?:ation|s)?|surgery|surgeries|surgical|dialysis|phlebotomy|resection|removal|implant(?:ation|s)?|bypass|ablation|catheteri[sz]ation|radiation|radiotherapy|physiotherapy|(?:physical|occupational|speech|oxygen|light|photo|gene|radiation)\s+therapy|\w+ectomy|\w+otomy|\w+ostomy|\w+plasty|\w+scopy|procedures?|amputations?|stimulation|compression|exercises?|rehabilitation|ventilation|counsell?ing|massage|acupuncture)\b/iu;
const DRUG_CLASS_WORDS =
  /\b(?:antibiotics?|antifungals?|antivirals?|agents?|inhibitors?|blockers?|steroids?|corticosteroids?|vaccines?|immunoglobulins?|supplements?|analgesics?|medicines?|medications?|drugs?|tablets?|injections?|infusions?|creams?|drops?)\b/iu;

/**
 * The kind of a treatment head phrase: a drug section's head can name a procedure
 * ("Blood transfusions", "Bone marrow transplant") and a procedure section's head a drug class.
 */
export function treatmentHeadKind(name: string, sectionDefault: EntityKind): EntityKind {
  if (sectionDefault !== 'Drug' && sectionDefault !== 'Procedure') return sectionDefault;
  if (PROCEDURE_WORDS.test(name)) return 'Procedure';
  if (DRUG_CLASS_WORDS.test(name)) return 'Drug';
  return sectionDefault;
}

const GENE_SYMBOL = /^(?:[A-Z][A-Z0-9]{1,9}(?:-[A-Z0-9]{1,4})?|C\d{1,2}orf\d{1,3})$/u;

/** Whether a token has the shape of an approved gene symbol (CYBB, COL1A1, C10orf2). */
export function looksLikeGeneSymbol(token: string): boolean {
  if (!GENE_SYMBOL.test(token)) return false;
  return /\d/u.test(token) || token.length >= 3;
}

/** The gene-symbol-shaped token a head starts with ("CYBB gene" → "CYBB"), if any. */
export function geneSymbolOfHead(name: string): { readonly symbol: string; readonly offset: number } | undefined {
  const match = /^\s*([A-Za-z0-9-]+)(?:\s+genes?\b.*)?$/u.exec(name) ?? /^\s*([A-Z][A-Z0-9-]+)\b/u.exec(name);
  const symbol = match?.[1];
  if (!symbol || !looksLikeGeneSymbol(symbol)) return undefined;
  return { symbol, offset: name.indexOf(symbol) };
}

/** Simple English singular, for looking plural head phrases up ("transfusions" → "transfusion"). */
export function singular(phrase: string): string {
  return phrase.replace(/(\w+)$/u, (word) => {
    if (/ies$/iu.test(word) && word.length > 4) return `${word.slice(0, -3)}y`;
    if (/(?:ss|us|is|sis)$/iu.test(word)) return word;
    if (/(?:ches|shes|xes|sses)$/iu.test(word)) return word.slice(0, -2);
    if (/s$/iu.test(word) && word.length > 3) return word.slice(0, -1);
    return word;
  });
}
