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
  return mentions.map((mention) => {
    const section = article.sections[mention.section];
    if (!section) throw new Error(`mention in unknown section ${mention.section}`);
    const itemIndex = section.items.findIndex((item) => item.start <= mention.start && mention.start < Math.max(item.end, item.headStart + item.head.length));
    const item = itemIndex >= 0 ? section.items[itemIndex] : undefined;
    const sentence = section.sentences.find((candidate) => candidate.start <= mention.start && mention.start < candidate.end);
    const ref = sentence ? refOf(sentence, section.kind) : lineRef(text, mention.start, section.kind);
    const inHead = item !== undefined && mention.start >= item.headStart && mention.start < item.headStart + item.head.length;
    const subPoint = item?.subPoints?.filter((point) => point.start <= mention.start).at(-1);
    return {
      mention,
      sentence: ref,
      ...(item ? { item, itemIndex, itemText: text.slice(item.start, Math.max(item.end, item.headStart + item.head.length)) } : {}),
      inHead,
      ...(subPoint ? { subPointLabel: subPoint.label } : {}),
    };
  });
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
