import type { Sentence } from '../stages.js';
import { splitTrailingCitations } from './citations.js';

/** Abbreviations whose period does not end a sentence. */
const ABBREVIATION = /(?:\b(?:e\.g|i\.e|etc|vs|approx|dr|mr|mrs|ms|prof|st|no|fig|al|ca|cf|incl|resp|min|max|jr|sr|u\.s|p)\.|\b\p{Lu}\.)$/iu;
const BOUNDARY = /(?:[.!?]["')\]]?|\+\d+)\s+(?=["'([]?[\p{Lu}\p{N}])/gu;

/**
 * Splits text at `offset` in the cleaned text into sentences with their offsets, and parses the
 * citation labels off each sentence's end; a run of labels standing alone after a sentence
 * ("… quickly. NCBI+2PMC+2") belongs to the sentence before it.
 */
export function splitSentences(text: string, offset: number): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  const pieces: { start: number; end: number }[] = [];
  for (const match of text.matchAll(BOUNDARY)) {
    const cut = match.index + match[0].trimEnd().length;
    if (ABBREVIATION.test(text.slice(from, cut))) continue;
    pieces.push({ start: from, end: cut });
    from = match.index + match[0].length;
  }
  pieces.push({ start: from, end: text.length });
  for (const piece of pieces) {
    const raw = text.slice(piece.start, piece.end);
    const lead = raw.length - raw.trimStart().length;
    const split = splitTrailingCitations(raw.trim());
    const previous = sentences.at(-1);
    const labelsEnd = offset + piece.start + raw.trimEnd().length;
    if (split.sources.length === 0 && previous && isLabelRun(raw)) {
      sentences[sentences.length - 1] = { ...previous, sources: [...new Set([...previous.sources, ...labelsOf(raw)])], labelsEnd };
      continue;
    }
    if (split.text === '') continue;
    const start = offset + piece.start + lead;
    const end = start + split.text.length;
    sentences.push({ text: split.text, start, end, sources: split.sources, ...(split.sources.length > 0 ? { labelsEnd } : {}) });
  }
  return sentences;
}

/** A piece that is nothing but citation labels: "NCBI+2PMC+2", "PMC". */
function isLabelRun(piece: string): boolean {
  return labelsOf(piece).length > 0;
}

function labelsOf(piece: string): string[] {
  const split = splitTrailingCitations(`. ${piece.trim()}`);
  return split.text === '.' ? [...split.sources] : [];
}
