/**
 * Repeated text the site's pages carry: a summary box that repeats the first paragraph cut off
 * with "…", and the same definition sentence two or three times in one section.
 */

const ELLIPSIS = /(?:…|\.\.\.)\s*$/u;
const LIST_LINE = /^\s*(?:\d{1,3}[.)]|[•▪◦·*-]|[A-H]\))\s/u;

function squash(text: string): string {
  return text.replace(/\s+/gu, ' ').trim().toLowerCase();
}

/**
 * Indexes of lines that form a paragraph ending in "…" whose text (at least 30 characters) starts
 * another paragraph of the article: the truncated summary repeat.
 */
export function findTruncatedRepeats(lines: readonly (string | undefined)[]): Set<number> {
  const paragraphs = paragraphsOf(lines);
  const dropped = new Set<number>();
  for (const paragraph of paragraphs) {
    if (!ELLIPSIS.test(paragraph.text)) continue;
    const stem = squash(paragraph.text.replace(ELLIPSIS, ''));
    if (stem.length < 30) continue;
    const repeated = paragraphs.some((other) => other !== paragraph && !ELLIPSIS.test(other.text) && squash(other.text).startsWith(stem));
    if (repeated) paragraph.indexes.forEach((index) => dropped.add(index));
  }
  return dropped;
}

function paragraphsOf(lines: readonly (string | undefined)[]): { text: string; indexes: number[] }[] {
  const paragraphs: { text: string; indexes: number[] }[] = [];
  let current: { text: string; indexes: number[] } | undefined;
  lines.forEach((line, index) => {
    if (line === undefined || line.trim() === '') {
      current = undefined;
      return;
    }
    if (!current) {
      current = { text: '', indexes: [] };
      paragraphs.push(current);
    }
    current.text += ` ${line}`;
    current.indexes.push(index);
  });
  return paragraphs;
}

/**
 * Drops a prose sentence (five words or more) already said earlier in the same section; `isHeading`
 * marks where sections start. List items are left alone: two items may share wording on purpose.
 */
export function dropRepeatedSentences(lines: readonly (string | undefined)[], isHeading: (index: number) => boolean): (string | undefined)[] {
  let seen = new Set<string>();
  return lines.map((line, index) => {
    if (line === undefined) return undefined;
    if (isHeading(index)) {
      seen = new Set<string>();
      return line;
    }
    if (line.trim() === '' || LIST_LINE.test(line)) return line;
    const kept = splitSentences(line).filter((sentence) => {
      const key = squash(sentence);
      if (key.split(' ').length < 5) return true;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return kept.length === 0 ? undefined : kept.join(' ');
  });
}

/** Sentence split for de-duplication only: ". " before an upper-case letter, digit or bracket. */
function splitSentences(line: string): string[] {
  return line.split(/(?<=[.!?])\s+(?=[\p{Lu}\d(])/u);
}
