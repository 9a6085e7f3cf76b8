import type { SectionKind } from '../../domain/sections.js';
import type { CleanArticle, SegmentedArticle, SegmentedSection } from '../stages.js';
import { parseSectionBody } from './body.js';
import { classifyHeading, isHeadingShaped } from './headings.js';
import type { TextLine } from './items.js';

interface HeadingMark {
  readonly line: number;
  readonly heading: string;
  /** Where the section body starts: the next line, or after an inline question heading. */
  readonly bodyStart: number;
  readonly kind: SectionKind;
}

const INLINE_QUESTION = /^((?:what|how|is|are|can|who|why|when|where|do|does|should)\b[^?]{3,160}\?)\s+(?=\S)/iu;

/**
 * Splits a cleaned article into sections with canonical kinds, numbered items with their head
 * phrases, and sentences with offsets into the cleaned text and their cited source labels. The
 * title line is the `title` section; text before the first heading is the `summary`.
 * Invariant: `clean.text.slice(section.start, section.start + section.text.length) === section.text`.
 */
export function segmentArticle(clean: CleanArticle): SegmentedArticle {
  const lines = toLines(clean.text);
  const title = clean.raw.title;
  const marks = findHeadings(lines, title);
  const sections: SegmentedSection[] = [];
  const titleLine = lines.findIndex((line) => line.text.trim() !== '');
  if (titleLine >= 0) {
    const line = lines[titleLine] as TextLine;
    sections.push(buildSection(clean.text, 'title', '', [line], line.start));
  }
  const firstHeading = marks[0]?.line ?? lines.length;
  const summary = lines.slice(titleLine + 1, firstHeading);
  if (summary.some((line) => line.text.trim() !== '')) sections.push(buildSection(clean.text, 'summary', '', summary, summary[0]?.start ?? 0));
  marks.forEach((mark, index) => {
    const until = marks[index + 1]?.line ?? lines.length;
    const headingLine = lines[mark.line] as TextLine;
    const body: TextLine[] = [];
    if (mark.bodyStart > headingLine.start) body.push({ text: clean.text.slice(mark.bodyStart, headingLine.start + headingLine.text.length), start: mark.bodyStart });
    body.push(...lines.slice(mark.line + 1, until));
    sections.push(buildSection(clean.text, mark.kind, mark.heading, body, body[0]?.start ?? headingLine.start + headingLine.text.length));
  });
  return { clean, sections };
}

function buildSection(text: string, kind: SectionKind, heading: string, body: readonly TextLine[], fallbackStart: number): SegmentedSection {
  const first = body.find((line) => line.text.trim() !== '');
  const last = [...body].reverse().find((line) => line.text.trim() !== '');
  const start = first ? first.start + (first.text.length - first.text.trimStart().length) : fallbackStart;
  const end = last ? last.start + last.text.trimEnd().length : start;
  const parse = kind === 'title' ? { items: [], sentences: [], skipped: [] } : parseSectionBody(body);
  return { kind, heading, start, text: text.slice(start, end), items: parse.items, sentences: parse.sentences, skipped: parse.skipped };
}

/**
 * Heading lines: heading-shaped lines that start a paragraph, plus question headings glued to
 * their answer ("What causes X? X is caused by …"). A heading of no known kind under a question
 * heading is a sub-heading and keeps the question's kind; inside FAQs questions are content.
 */
function findHeadings(lines: readonly TextLine[], title: string): HeadingMark[] {
  const marks: HeadingMark[] = [];
  let titleSeen = false;
  let inFaq = false;
  lines.forEach((line, index) => {
    const text = line.text.trim();
    if (text === '') return;
    if (!titleSeen) {
      titleSeen = true;
      return;
    }
    const previousBlank = index === 0 || (lines[index - 1]?.text.trim() ?? '') === '';
    const parent = marks.at(-1);
    const question = /\?$/u.test(text) || INLINE_QUESTION.test(text);
    if (inFaq && question) return;
    const mark = headingMark(line, index, title, previousBlank, parent);
    if (!mark) return;
    marks.push(mark);
    if (!mark.heading.endsWith('?')) inFaq = mark.kind === 'faq';
  });
  return marks;
}

function headingMark(line: TextLine, index: number, title: string, previousBlank: boolean, parent: HeadingMark | undefined): HeadingMark | undefined {
  const text = line.text.trim();
  const lead = line.text.length - line.text.trimStart().length;
  if (previousBlank && isHeadingShaped(line.text, title)) {
    let kind = classifyHeading(text, title);
    if (kind === 'other' && /:$/u.test(text)) return undefined;
    if (kind === 'other' && !text.endsWith('?') && parent?.heading.endsWith('?')) kind = parent.kind;
    return { line: index, heading: text.replace(/:$/u, ''), bodyStart: line.start + line.text.length + 1, kind };
  }
  const question = INLINE_QUESTION.exec(text);
  if (question?.[1]) {
    const kind = classifyHeading(question[1], title);
    if (kind !== 'other') return { line: index, heading: question[1], bodyStart: line.start + lead + question[0].length, kind };
  }
  return undefined;
}

function toLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    lines.push({ text: part, start });
    start += part.length + 1;
  }
  return lines;
}
