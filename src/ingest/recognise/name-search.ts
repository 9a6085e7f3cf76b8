/**
 * Whole-word, case-insensitive occurrences of a few names in a text, leftmost first and the
 * longest name at each place, without overlaps: what the alternation
 * /(?<![\p{L}\p{N}])(?:longest|…|shortest)(?![\p{L}\p{N}])/giu finds, found with indexOf over the
 * lower-cased text. Unicode case-insensitive regexes with lookbehind cannot use V8's fast paths,
 * and recognition runs one such search per local entity of every article.
 */
export interface NameOccurrence {
  readonly start: number;
  readonly end: number;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

function isWordCharacterAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  // A letter outside the BMP is two code units; test the whole code point.
  const codePoint = text.codePointAt(index);
  const low = text.charCodeAt(index);
  if (low >= 0xdc00 && low <= 0xdfff && index > 0) return WORD_CHARACTER.test(String.fromCodePoint(text.codePointAt(index - 1) ?? low));
  return codePoint !== undefined && WORD_CHARACTER.test(String.fromCodePoint(codePoint));
}

/**
 * `lowered` must be `text.toLowerCase()`; when lower-casing changed the text's length (a few
 * letters such as "İ" lower-case to two code units) offsets would shift, so null tells the
 * caller to fall back to the regex.
 */
export function findNameOccurrences(text: string, lowered: string, names: readonly string[]): NameOccurrence[] | null {
  if (lowered.length !== text.length) return null;
  const found: NameOccurrence[] = [];
  for (const name of new Set(names.map((value) => value.toLowerCase()))) {
    if (name === '') continue;
    for (let at = lowered.indexOf(name); at !== -1; at = lowered.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (isWordCharacterAt(text, at - 1) || isWordCharacterAt(text, end)) continue;
      found.push({ start: at, end });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: NameOccurrence[] = [];
  let reached = 0;
  for (const occurrence of found) {
    if (occurrence.start < reached) continue;
    kept.push(occurrence);
    reached = occurrence.end;
  }
  return kept;
}
