/**
 * Gene context: the text itself says a symbol is a gene. Patient articles write "the TCIRG1
 * gene", "the FGA, FGB, and FGG genes", "a gene called APOE", "variants in CLCN7",
 * "mutations in the TNFRSF11A gene", "people with certain GLA variants". Only the 60 characters
 * around a match are looked at.
 */
const AFTER = /^(?:[\s,]+(?:and\s+|or\s+)?[A-Z][A-Za-z0-9-]*)*\s+(?:genes?|variants?|mutations?|alleles?)\b/u;
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

/**
 * Whether a name found by its words alone would run over a break the name cannot contain: a
 * line break, ; ! ?, a period or colon with space after it, or the edge of a bracketed aside. The token scan skips
 * punctuation, so "bronchiectasis." at a line's end and the "3" of the next numbered line would
 * otherwise read as the name "bronchiectasis 3". A period after a word of at most three letters
 * ("St. John's wort", "Dr.") is an abbreviation's, not a break.
 */
export function crossesBreak(text: string, start: number, end: number): boolean {
  if (cutsANumber(text, end) || isUnitOfANumber(text, start, end) || endsBeforeLike(text, end) || isLabelOfAStage(text, start, end)) return true;
  for (let index = start; index < end; index += 1) {
    const code = text.charCodeAt(index);
    // "shaky hands (tremor)" is no "hand tremor": a name never runs into or out of a bracketed aside ("lipoprotein(a)" keeps its own).
    if ((code === 0x28 && index > start && /\s/u.test(text.charAt(index - 1))) || (code === 0x29 && index + 1 < end && /\s/u.test(text.charAt(index + 1)))) return true;
    if (code === 0x0a || code === 0x0d || code === 0x3b || code === 0x21 || code === 0x3f) return true;
    if ((code === 0x2e || code === 0x3a) && /\s/u.test(text.charAt(index + 1))) {
      if (code === 0x2e && isShortWordBefore(text, index, start)) continue;
      return true;
    }
  }
  return false;
}

/**
 * "Vesicoureteral reflux 7.5%" (a frequency in a sign table) is not "vesicoureteral reflux 7": a
 * name ending in a digit cannot end inside a number.
 */
function cutsANumber(text: string, end: number): boolean {
  if (!/\d/u.test(text.charAt(end - 1))) return false;
  const next = text.charAt(end);
  return next === '%' || (/[.,]/u.test(next) && /\d/u.test(text.charAt(end + 1)));
}

/**
 * "20 mg once daily", "1000 IU a day": a unit after a number is no name, though DrugBank gives
 * "Mg" for magnesium and GARD "IU" for a disease.
 */
function isUnitOfANumber(text: string, start: number, end: number): boolean {
  if (end - start > 5 || !/\d\s?$/u.test(text.slice(Math.max(0, start - 2), start))) return false;
  return UNIT.test(text.slice(start, end));
}

/**
 * "Stage MS neuroblastoma", "type A", "grade II": a short capital label after a staging word
 * names the stage, not the disease a vocabulary gives that short form (MS, multiple sclerosis).
 */
function isLabelOfAStage(text: string, start: number, end: number): boolean {
  if (end - start > 3 || !/^[A-Z0-9]+$/u.test(text.slice(start, end))) return false;
  return /\b(?:stage|type|grade|class|group|phase|level)\s$/iu.test(text.slice(Math.max(0, start - 8), start));
}

/** "an acne-like rash" names no acne. Read only when a hyphen follows, as this runs for every match. */
function endsBeforeLike(text: string, end: number): boolean {
  return text.charCodeAt(end) === 0x2d && /^-like\b/iu.test(text.slice(end, end + 6));
}

const UNIT = /^(?:mg|mcg|µg|ug|g|kg|ml|l|dl|iu|units?|mmol|mol|meq|ng|pg|mm|cm|mmhg)$/iu;

/** Whether a span runs over a comma with space after it (a list, or coordinate adjectives). */
export function crossesComma(text: string, start: number, end: number): boolean {
  // Only the span is read: an indexOf would scan on to the next comma of the text for every match.
  for (let index = start; index < end - 1; index += 1) {
    if (text.charCodeAt(index) === 0x2c && /\s/u.test(text.charAt(index + 1))) return true;
  }
  return false;
}

function isShortWordBefore(text: string, index: number, start: number): boolean {
  let letters = 0;
  let at = index - 1;
  while (at >= start && /\p{L}/u.test(text.charAt(at))) {
    letters += 1;
    at -= 1;
  }
  return letters >= 1 && letters <= 3;
}
