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
  for (const piece of sentencePieces(text).flatMap((candidate) => runOnListItems(text, candidate))) {
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

/** Where the sentences of `text` run, before run-on lists are cut. */
function sentencePieces(text: string): { start: number; end: number }[] {
  let from = 0;
  const pieces: { start: number; end: number }[] = [];
  for (const match of text.matchAll(BOUNDARY)) {
    const cut = match.index + match[0].trimEnd().length;
    if (ABBREVIATION.test(text.slice(from, cut))) continue;
    pieces.push({ start: from, end: cut });
    from = match.index + match[0].length;
  }
  pieces.push({ start: from, end: text.length });
  return pieces;
}

/**
 * The items of the run-on lists in `text` (offsets in `text`): every piece after the first of a
 * sentence that runOnListItems cuts. The first piece holds the words before the colon too.
 */
export function runOnListPieces(text: string): { start: number; end: number }[] {
  // Most prose lines have no colon: skip splitting them into sentences a second time.
  if (!text.includes(': ')) return [];
  return sentencePieces(text).flatMap((piece) => runOnListItems(text, piece).slice(1));
}

/** Where an unpunctuated list item starts: a capitalised word right after a lower-case word or a parenthesis. */
const RUN_ON_ITEM_START = /(?<=[\p{Ll})])\s+(?=\p{Lu}\p{Ll}+[\s,])/gu;

/**
 * "…but do not replace smoking cessation: Medications to dilate blood vessels (e.g., intravenous
 * Iloprost) Medications to dissolve blood clots Treatment with calcium channel blockers Walking
 * exercises …": a list whose line breaks were lost runs on after a colon. Each capitalised item
 * start outside parentheses begins a piece of its own, when there are at least two of them.
 */
function runOnListItems(text: string, piece: { start: number; end: number }): { start: number; end: number }[] {
  const raw = text.slice(piece.start, piece.end);
  const colon = raw.indexOf(': ');
  if (colon < 0) return [piece];
  const cuts: number[] = [];
  let depth = 0;
  let scanned = 0;
  for (const match of raw.slice(colon + 2).matchAll(RUN_ON_ITEM_START)) {
    const at = colon + 2 + match.index;
    depth = parenthesisDepth(raw, scanned, at, depth);
    scanned = at;
    if (depth === 0) cuts.push(at + match[0].length);
  }
  if (cuts.length < 2) return [piece];
  const bounds = [piece.start, ...cuts.map((cut) => piece.start + cut), piece.end];
  return bounds.slice(0, -1).map((start, index) => ({ start, end: bounds[index + 1] as number }));
}

/** How many parentheses are open at `to`, given `depth` open at `from`. */
function parenthesisDepth(text: string, from: number, to: number, depth: number): number {
  let open = depth;
  for (let index = from; index < to; index += 1) {
    if (text[index] === '(') open += 1;
    else if (text[index] === ')' && open > 0) open -= 1;
  }
  return open;
}

/** A piece that is nothing but citation labels: "NCBI+2PMC+2", "PMC". */
function isLabelRun(piece: string): boolean {
  return labelsOf(piece).length > 0;
}

function labelsOf(piece: string): string[] {
  const split = splitTrailingCitations(`. ${piece.trim()}`);
  return split.text === '.' ? [...split.sources] : [];
}
