import type { SectionItem, SegmentedArticle, Sentence } from '../stages.js';
import type { Mention } from '../recognise/types.js';
import type { SentenceRef } from './edges.js';

/** A mention with what surrounds it: its sentence, the item it sits in, the item's sub-point. */
export interface MentionPlace {
  readonly mention: Mention;
  readonly sentence: SentenceRef;
  readonly item?: SectionItem;
  readonly itemIndex?: number;
  /** True when the mention is (part of) the item's head phrase. */
  readonly inHead: boolean;
  /** Label of the sub-point ("Side effects", "Purpose") the mention sits in. */
  readonly subPointLabel?: string;
  /** The whole text of the item the mention sits in (head and explanation). */
  readonly itemText?: string;
}

/**
 * Places every mention in its sentence and item. Sentences come from the segmenter (offsets and
 * cited sources); a head phrase outside every sentence gets its item line as its sentence.
 */
export function placeMentions(article: SegmentedArticle, mentions: readonly Mention[]): MentionPlace[] {
  const text = article.clean.text;
  const extents = article.sections.map(itemExtents);
  return mentions.map((mention) => {
    const section = article.sections[mention.section];
    if (!section) throw new Error(`mention in unknown section ${mention.section}`);
    const sectionExtents = extents[mention.section] ?? [];
    const itemIndex = sectionExtents.findIndex((extent) => extent.start <= mention.start && mention.start < extent.end);
    const item = itemIndex >= 0 ? section.items[itemIndex] : undefined;
    const extent = sectionExtents[itemIndex];
    const sentence = section.sentences.find((candidate) => candidate.start <= mention.start && mention.start < candidate.end);
    const ref = sentence ? refOf(sentence, section.kind) : lineRef(text, mention.start, section.kind);
    const inHead = item !== undefined && ((mention.start >= item.headStart && mention.start < item.headStart + item.head.length) || opensHeadlessTestLine(item, mention, section.kind, text));
    const subPoint = item?.subPoints?.filter((point) => point.start <= mention.start).at(-1);
    return {
      mention,
      sentence: ref,
      ...(item && extent ? { item, itemIndex, itemText: text.slice(extent.start, extent.end) } : {}),
      inHead,
      ...(subPoint ? { subPointLabel: subPoint.label } : {}),
    };
  });
}

const TEST_LIST_SECTIONS: ReadonlySet<string> = new Set(['diagnosis', 'monitoring', 'test_results']);

/**
 * "2. MRCP once a year, often with a CA 19-9 level, to look for early cholangiocarcinoma": a test
 * list's line too long to have a head phrase still opens with the test it is about.
 */
function opensHeadlessTestLine(item: SegmentedArticle['sections'][number]['items'][number], mention: Mention, sectionKind: string, text: string): boolean {
  if (item.head !== '' || !TEST_LIST_SECTIONS.has(sectionKind) || (mention.kind !== 'Test' && mention.kind !== 'Procedure')) return false;
  return mention.start >= item.headStart && /^\s*(?:(?:an?|the)\s+)?$/iu.test(text.slice(item.headStart, mention.start));
}

/**
 * Where each item's text runs. An item whose explanation the segmenter left empty (a "6) Head."
 * line with its explanation as the next paragraph) runs on over the sentences that follow it,
 * up to the next item.
 */
function itemExtents(section: SegmentedArticle['sections'][number]): { start: number; end: number }[] {
  const sectionEnd = section.start + section.text.length;
  return section.items.map((item, index) => {
    const start = Math.min(item.start, item.headStart);
    const ownEnd = Math.max(item.end, item.headStart + item.head.length);
    if (item.explanation.trim() !== '' || (item.subPoints?.length ?? 0) > 0) return { start, end: ownEnd };
    // "  5. nausea\n  6. frequent, painful urination\n\nChildren younger than 2…": an item of a
    // compact list (a sibling on the next or previous line) is whole; the paragraph after the list
    // is the section's prose, not the last item's explanation.
    if (inCompactList(section, index)) return { start, end: ownEnd };
    const next = section.items[index + 1];
    const limit = next ? Math.min(next.start, next.headStart) : sectionEnd;
    const following = section.sentences.filter((sentence) => sentence.start >= ownEnd && sentence.start < limit);
    const firstGap = following.findIndex((sentence, position) => position > 0 && /\n\s*\n/u.test(section.text.slice((following[position - 1]?.end ?? 0) - section.start, sentence.start - section.start)));
    const taken = firstGap > 0 ? following.slice(0, firstGap) : following;
    return { start, end: Math.max(ownEnd, taken.at(-1)?.end ?? ownEnd) };
  });
}

function inCompactList(section: SegmentedArticle['sections'][number], index: number): boolean {
  const adjacent = (first: SectionItem | undefined, second: SectionItem | undefined): boolean => {
    if (!first || !second) return false;
    const gap = section.text.slice(Math.max(first.end, first.headStart + first.head.length) - section.start, Math.min(second.start, second.headStart) - section.start);
    return /^[^\S\n]*\n?[^\S\n]*(?:(?:\d{1,3}|[A-Za-z])[.)]|[•*–-])?[^\S\n]*$/u.test(gap);
  };
  const item = section.items[index];
  return adjacent(section.items[index - 1], item) || adjacent(item, section.items[index + 1]);
}

function refOf(sentence: Sentence, section: SentenceRef['section']): SentenceRef {
  const leading = sentence.text.length - sentence.text.trimStart().length;
  const trimmed = sentence.text.trim();
  const start = sentence.start + leading;
  return { text: trimmed, start, end: start + trimmed.length, sources: sentence.sources, section };
}

/** The line around an offset, as a sentence of its own. */
function lineRef(text: string, offset: number, section: SentenceRef['section']): SentenceRef {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEndIndex = text.indexOf('\n', offset);
  const lineEnd = lineEndIndex < 0 ? text.length : lineEndIndex;
  const line = text.slice(lineStart, lineEnd);
  const leading = line.length - line.trimStart().length;
  const trimmed = line.trim();
  return { text: trimmed, start: lineStart + leading, end: lineStart + leading + trimmed.length, sources: [], section };
}

/** The position of a place's mention inside its sentence text. */
export function offsetInSentence(place: MentionPlace): number {
  return Math.max(0, place.mention.start - place.sentence.start);
}

/** Whether a mention sits inside brackets of its sentence ("Beta blockers (metoprolol, …)"). */
export function insideParentheses(place: MentionPlace): boolean {
  const before = place.sentence.text.slice(0, offsetInSentence(place));
  return before.split('(').length > before.split(')').length;
}
