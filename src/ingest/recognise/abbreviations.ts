/**
 * Article-local abbreviations from "long form (SF)" patterns, after Schwartz & Hearst (2003): the
 * long form is the shortest run of words before the parenthesis whose letters contain the short
 * form's letters in order, the first letter starting a word.
 */
export interface AbbreviationDefinition {
  readonly short: string;
  /** Offsets of the short form and of the long form, relative to the text scanned. */
  readonly shortStart: number;
  readonly longStart: number;
  readonly longEnd: number;
  readonly long: string;
}

const SHORT_FORM_IN_PARENS = /\(\s*([A-Za-z][A-Za-z0-9-]{0,9}[A-Za-z0-9]?)\s*\)/gu;

/** Whether a parenthesised token is shaped like a short form: two capitals, or a capital and digits. */
export function isShortFormShape(token: string): boolean {
  const capitals = token.replace(/[^A-Z]/gu, '').length;
  return token.length >= 2 && token.length <= 10 && (capitals >= 2 || (capitals >= 1 && /\d/u.test(token)));
}

/** Every "long form (SF)" definition in a text. */
export function findAbbreviationDefinitions(text: string): AbbreviationDefinition[] {
  const definitions: AbbreviationDefinition[] = [];
  for (const match of text.matchAll(SHORT_FORM_IN_PARENS)) {
    const short = match[1] ?? '';
    if (!isShortFormShape(short)) continue;
    const before = text.slice(0, match.index).replace(/\s+$/u, '');
    const window = lastWords(before, Math.min(short.length + 5, short.length * 2));
    const long = bestLongForm(short, window.text);
    if (!long) continue;
    const longStart = window.start + window.text.length - long.length;
    definitions.push({
      short,
      shortStart: match.index + match[0].indexOf(short),
      long,
      longStart,
      longEnd: longStart + long.length,
    });
  }
  return definitions;
}

function lastWords(text: string, count: number): { text: string; start: number } {
  // The long form never runs past a sentence or clause boundary.
  const boundary = Math.max(text.lastIndexOf('. '), text.lastIndexOf(': '), text.lastIndexOf('; '), text.lastIndexOf('\n'), text.lastIndexOf(' — '));
  let start = boundary >= 0 ? boundary + 2 : 0;
  const words = [...text.slice(start).matchAll(/\S+/gu)];
  if (words.length > count) start += words[words.length - count]?.index ?? 0;
  const slice = text.slice(start);
  const leading = slice.length - slice.trimStart().length;
  return { text: slice.trimStart(), start: start + leading };
}

function isAlphanumeric(character: string | undefined): boolean {
  return character !== undefined && /[\p{L}\p{N}]/u.test(character);
}

/** Schwartz–Hearst: the shortest suffix of `candidate` that spells `short`, or undefined. */
export function bestLongForm(short: string, candidate: string): string | undefined {
  let shortIndex = short.length - 1;
  let longIndex = candidate.length - 1;
  while (shortIndex >= 0) {
    const character = short.charAt(shortIndex).toLowerCase();
    if (!isAlphanumeric(character)) {
      shortIndex -= 1;
      continue;
    }
    while (
      longIndex >= 0 &&
      (candidate.charAt(longIndex).toLowerCase() !== character ||
        (shortIndex === 0 && longIndex > 0 && isAlphanumeric(candidate.charAt(longIndex - 1))))
    ) {
      longIndex -= 1;
    }
    if (longIndex < 0) return undefined;
    longIndex -= 1;
    shortIndex -= 1;
  }
  const start = candidate.lastIndexOf(' ', longIndex) + 1;
  const long = candidate.slice(start).replace(/[\s,;:]+$/u, '');
  return long.length > short.length ? long : undefined;
}
