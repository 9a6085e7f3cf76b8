/**
 * Gene context: the text itself says a symbol is a gene. Patient articles write "the TCIRG1
 * gene", "the FGA, FGB, and FGG genes", "a gene called APOE", "variants in CLCN7",
 * "mutations in the TNFRSF11A gene". Only the 60 characters around a match are looked at.
 */
const AFTER = /^(?:[\s,]+(?:and\s+|or\s+)?[A-Z][A-Za-z0-9-]*)*\s+genes?\b/u;
const BEFORE =
  /\b(?:genes?|variants?|mutations?|alterations?|changes?)(?:\s+(?:in|of|called|named|within|affecting))?(?:\s+(?:the|both))?[\s,:]+(?:[A-Z][A-Za-z0-9-]*,?\s+(?:and\s+|or\s+)?)*$/u;

const WINDOW = 60;

export function hasGeneContext(text: string, start: number, end: number): boolean {
  return AFTER.test(text.slice(end, end + WINDOW)) || BEFORE.test(text.slice(Math.max(0, start - WINDOW), start));
}

/** Letters and digits of a span, as written: what the exact-case rule of symbols compares. */
export function surfaceOf(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, '');
}
