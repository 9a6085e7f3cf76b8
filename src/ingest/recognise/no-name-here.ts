import type { EntityKind } from '../../domain/kinds.js';

/** "calcium deposits", "iron levels", "testosterone production", "platinum chemotherapy": a substance naming what is found, measured, made or given with. */
const SUBSTANCE_AS_MODIFIER = /^[\s-]+(?:deposits?|levels?|intake|stones?|crystals?|build-?up|overload|metabolism|absorption|content|stores|production|signal(?:l?ing)?|receptors?|binders?|based|chemotherapy)\b/iu;
const MEASURED_IN = /\b(?:blood|serum|plasma|urine|urinary)\s+$/iu;
const SALT = /^(?:acetate|sulfate|sulphate|hydrochloride|citrate|maleate|tartrate|mesylate|bromide|chloride|succinate|fumarate)$/iu;
const GENERIC_MEDICINE_NOUN = /^(?:pain\s*killers?|pain relievers?|analgesics?|medicines?|medications?|drugs?|tablets?)$/iu;
/** "when haemoglobin is pushed too high", "potassium is checked before each dose": a level in the body, measured or watched. */
const SUBSTANCE_AS_LEVEL = /^\s+(?:is|are|gets?|goes|rises?|falls?|drops?)\s+(?:\w+\s+)?(?:too\s+(?:high|low)|high|low|raised|checked|measured|tested|monitored)\b/iu;
/** "block dopamine", "inhibits histamine", "also raise uric acid", "lowers testosterone": the body's own substance a medicine acts on. */
const SUBSTANCE_ACTED_ON = /\b(?:block(?:s|ed|ing)?|inhibit(?:s|ed|ing)?|antagoni[sz](?:e|es|ed|ing)|rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|boost(?:s|ed|ing)?|mak(?:e|es|ing)|mimic(?:s|ked|king)?|lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|suppress(?:es|ed|ing)?|stop(?:s|ped|ping)?)\s+(?:the\s+)?(?:effects?\s+of\s+|action\s+of\s+)?$/iu;

/**
 * Whether a vocabulary name found at text[start, end) names nothing there: a substance that is
 * measured or acted on is no medicine given, and a finding's name inside an everyday phrase
 * ("fall asleep", "electric shocks", "when kidney function falls") is no finding.
 */
export function isNoNameHere(kind: EntityKind, text: string, start: number, end: number): boolean {
  if (kind === 'Drug') {
    // "NSAID painkillers": the class the acronym names, not painkillers in general.
    if (GENERIC_MEDICINE_NOUN.test(text.slice(start, end)) && /\b[A-Z]{2,6}s?\s+$/u.test(text.slice(Math.max(0, start - 10), start))) return true;
    // "painkillers of the NSAID group": the class named after it.
    if (GENERIC_MEDICINE_NOUN.test(text.slice(start, end)) && /^\s+of\s+the\s+[A-Z][A-Za-z0-9-]{1,7}\s+(?:group|class|family|type)\b/u.test(text.slice(end, end + 40))) return true;
    // "a drop in blood calcium": a level measured in the body; "glatiramer acetate": the salt of the drug named before it.
    if (MEASURED_IN.test(text.slice(Math.max(0, start - 10), start)) || (SALT.test(text.slice(start, end)) && /\p{L}\s+$/u.test(text.slice(Math.max(0, start - 3), start)))) return true;
    return SUBSTANCE_AS_MODIFIER.test(text.slice(end, end + 20)) || SUBSTANCE_AS_LEVEL.test(text.slice(end, end + 40)) || SUBSTANCE_ACTED_ON.test(text.slice(Math.max(0, start - 40), start));
  }
  // "the HIV medicine rilpivirine", "epilepsy drugs": a condition naming the medicines for it is no condition named.
  if ((kind === 'Disease' || kind === 'Phenotype') && MEDICINE_FOR.test(text.slice(end, end + 20))) return true;
  // "IDH mutation testing", "IDH-wildtype", "EGFR-mutant": letters naming a gene's change, not the disease that shares them.
  if (kind === 'Disease' && /^[A-Z][A-Z0-9]{1,6}$/u.test(text.slice(start, end)) && GENE_CHANGE_AFTER.test(text.slice(end, end + 24))) return true;
  if (kind === 'Phenotype') return isEverydayPhrase(text, start, end);
  return false;
}

const GENE_CHANGE_AFTER = /^(?:[\s-]+(?:mutations?|mutated|mutant|variants?|wild-?type|deletions?|amplifications?|fusions?|rearrangements?|gene)\b)/iu;

const MEDICINE_FOR = /^[\s-]+(?:medicines?|medications?|drugs?|tablets?)\b/iu;

function isEverydayPhrase(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end).toLowerCase();
  if (/^fall(?:s|ing)?$/u.test(word)) {
    // "fall asleep", "fall or stay asleep"; a level or a function that falls.
    const phrase = /^\s+(?:(?:or|and)\s+\w+\s+)?(?:asleep|behind|apart|short|ill|in love)\b/iu.test(text.slice(end, end + 24));
    // "when platelets fall", "if the PSA falls": a verb after "when X" or "if X", not a fall.
    // "PSA falls when …", "PSA should fall to an undetectable level": a measured value or a modal before it.
    const clauseVerb =
      /\b(?:when|if|once|until|as|while|unless)\s+(?:(?:the|your|their|his|her|blood)\s+)?[\p{L}\p{N}-]+\s+$/iu.test(text.slice(Math.max(0, start - 30), start)) ||
      /\b[A-Z][A-Z0-9]{1,6}\s+$/u.test(text.slice(Math.max(0, start - 12), start)) ||
      (word === 'fall' && /\b(?:should|may|can|will|would|could|might|must|to|does|did|not|then)\s+$/u.test(text.slice(Math.max(0, start - 12), start)));
    // "a level that rises or falls", "Rising or falling level": a value that moves, not a fall.
    // "a dangerous fall in white cells", "a fall of the blood pressure": a value that drops.
    const movingValue =
      /\b(?:rises?|rising|risen|goes\s+up|increases?|increasing)\s+(?:or|and)\s+$/iu.test(text.slice(Math.max(0, start - 16), start)) ||
      /^\s+(?:(?:or|and)\s+(?:rises?|rising)|levels?|values?|counts?|trends?)\b/iu.test(text.slice(end, end + 16)) ||
      /^\s+(?:in|of)\s+(?:the\s+|your\s+)?(?:[\p{L}-]+\s+){0,2}(?:cells?|counts?|levels?|pressure|platelets|haemoglobin|hemoglobin|sugar|glucose|sodium|potassium|calcium)\b/iu.test(text.slice(end, end + 40));
    return phrase || clauseVerb || movingValue || /\b(?:function|levels?|counts?|pressure|rate|values?|numbers?|weight)\s+(?:(?:can|may|might|could|will|would|then|also)\s+)?$/iu.test(text.slice(Math.max(0, start - 20), start));
  }
  if (/^shocks?$/u.test(word)) return /\belectric(?:al)?[\s-]+$/iu.test(text.slice(Math.max(0, start - 12), start));
  return false;
}
