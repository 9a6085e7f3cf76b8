import type { SectionKind } from '../../domain/sections.js';
import type { CleanArticle, SegmentedArticle, SegmentedSection } from '../stages.js';
import { parseSectionBody } from './body.js';
import { classifyHeading, isHeadingShaped, isKnownOtherHeading, isTitleCase, significantWords } from './headings.js';
import type { TextLine } from './items.js';

interface HeadingMark {
  readonly line: number;
  readonly heading: string;
  /** Where the section body starts: the next line, or after an inline question heading. */
  readonly bodyStart: number;
  readonly kind: SectionKind;
}

const INLINE_QUESTION = /^((?:what|how|is|are|can|who|why|when|where|do|does|should)\b[^?]{3,160}\?)\s+(?=\S)/iu;
/** "Summary : Your liver helps…": a page's overview label glued to its paragraph (MedlinePlus). */
const INLINE_OVERVIEW = /^(Summary|Overview|Definition|Description)\s*:\s+(?=\S)/u;

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
  let question: HeadingMark | undefined;
  let listOpen = false;
  const questionLed = isQuestionLed(lines, title);
  lines.forEach((line, index) => {
    const text = line.text.trim();
    if (text === '') return;
    if (!titleSeen) {
      titleSeen = true;
      return;
    }
    const previousBlank = index === 0 || (lines[index - 1]?.text.trim() ?? '') === '';
    const isQuestion = /\?$/u.test(text) || INLINE_QUESTION.test(text);
    if (inFaq && isQuestion) return;
    const listItem = listOpen && isUnmarkedListItem(line.text);
    const nextBlank = (lines[index + 1]?.text.trim() ?? '') === '';
    const mark = listItem ? undefined : headingMark(line, index, title, previousBlank, marks.at(-1), nextBlank);
    if (!mark) {
      listOpen = /:$/u.test(text) || listItem;
      return;
    }
    listOpen = false;
    if (mark.heading.endsWith('?')) question = mark;
    marks.push(questionLed && question && mark !== question ? { ...mark, kind: subheadingKind(mark.kind, question.kind) } : mark);
    if (!mark.heading.endsWith('?')) inFaq = mark.kind === 'faq';
  });
  return marks;
}

/**
 * "RLS can range from mild to severe based on:" opens a list of unmarked lines ("The strength of
 * your symptoms and how often they occur"); such a line reads like a heading of its keyword's kind
 * but is an item of the list. Headings in title case and questions still end the list.
 */
function isUnmarkedListItem(line: string): boolean {
  const text = line.trim();
  if (/^\s/u.test(line) || /[?.!]$/u.test(text) || /^(?:[-•*–]|\d+[.)]|[a-z][.)])\s/u.test(text)) return false;
  const significant = significantWords(text.split(/\s+/u));
  return significant.length > 1 && !isTitleCase(significant);
}

/**
 * NIH pages ask one question about the topic per part ("What causes restless legs syndrome?")
 * and break long answers with plain sub-headings ("Medicines and Substances", "Preventing
 * Symptoms"). Three or more questions naming the title make an article question-led.
 */
function isQuestionLed(lines: readonly TextLine[], title: string): boolean {
  const topic = title.trim().toLowerCase();
  if (topic === '') return false;
  let questions = 0;
  for (const line of lines) {
    const text = line.text.trim();
    if (text.endsWith('?') && text.toLowerCase().includes(topic)) questions += 1;
    if (questions >= 3) return true;
  }
  return false;
}

/** Kinds a sub-heading may narrow its question's kind to: drugs within treatments, not symptoms within them. */
const NARROWER_KINDS: Partial<Record<SectionKind, readonly SectionKind[]>> = {
  treatment: ['drugs', 'non_drug_treatment', 'surgery', 'supplements', 'advanced_therapy', 'diet', 'side_effects', 'monitoring', 'dosage'],
  diagnosis: ['test_results', 'monitoring', 'test_purpose'],
  symptoms: ['complications', 'types'],
  causes: ['genetics', 'inheritance'],
  definition: ['types', 'other_names', 'symptoms', 'complications', 'prognosis'],
  prevention: ['non_drug_treatment', 'diet'],
  prognosis: ['complications'],
};

/**
 * Under a question, a sub-heading is part of its answer ("Medicines and Substances" under "What
 * causes X?" lists triggers, "Preventing Symptoms" under "What are the treatments?" is treatment)
 * unless it narrows the question's kind.
 */
function subheadingKind(own: SectionKind, question: SectionKind): SectionKind {
  return own === question || NARROWER_KINDS[question]?.includes(own) ? own : question;
}

const POPULATION_SUBHEADING = /^(?:in|for)\s+(?:(?:young|older|newborn|new|teenage|adult|pregnant)\s+)?(?:bab(?:y|ies)|infants?|newborns?|toddlers?|child(?:ren)?|kids|teenagers?|teens|adolescents?|adults?|women|men|girls|boys|older\s+people|people)(?:\s+(?:and|or)\s+(?:(?:young|older)\s+)?(?:bab(?:y|ies)|infants?|child(?:ren)?|teenagers?|adolescents?|adults?|women|men|older\s+people))?:?$/iu;

function headingMark(line: TextLine, index: number, title: string, previousBlank: boolean, parent: HeadingMark | undefined, nextBlank: boolean): HeadingMark | undefined {
  const text = line.text.trim();
  const lead = line.text.length - line.text.trimStart().length;
  if (previousBlank && (isHeadingShaped(line.text, title) || (nextBlank && isStandaloneLabel(line.text)))) {
    let kind = classifyHeading(text, title);
    if (kind === 'other' && /:$/u.test(text)) return undefined;
    // A sub-heading of a question belongs to it, unless it names a section of its own ("How to prepare").
    if (kind === 'other' && !text.endsWith('?') && parent?.heading.endsWith('?') && !isKnownOtherHeading(text, title)) kind = parent.kind;
    // "In babies", "In children and adults" under "Symptoms and signs": a sub-heading naming whom the part is about keeps the section's kind.
    if (kind === 'other' && parent && POPULATION_SUBHEADING.test(text)) kind = parent.kind;
    return { line: index, heading: text.replace(/:$/u, ''), bodyStart: line.start + line.text.length + 1, kind };
  }
  const overview = /^\S/u.test(line.text) ? INLINE_OVERVIEW.exec(text) : null;
  if (overview?.[1]) return { line: index, heading: overview[1], bodyStart: line.start + overview[0].length, kind: 'definition' };
  const inline = INLINE_QUESTION.exec(text);
  if (inline?.[1]) {
    const kind = classifyHeading(inline[1], title);
    if (kind !== 'other') return { line: index, heading: inline[1], bodyStart: line.start + lead + inline[0].length, kind };
  }
  return undefined;
}

/**
 * "Living gluten-free" alone between blank lines (an <h2> of a rendered page, in sentence case):
 * a short capitalised line with no sentence punctuation, set apart like a heading, is one.
 */
function isStandaloneLabel(line: string): boolean {
  const text = line.trim();
  // "D) Endoscopy and biopsy" is a lettered group of the section, not a section.
  if (/^\s/u.test(line) || !/^\p{Lu}/u.test(text) || /[.,;:!?)]$|\d|^\p{Lu}[.)]\s/u.test(text)) return false;
  const words = text.split(/\s+/u);
  return words.length >= 2 && words.length <= 5;
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
