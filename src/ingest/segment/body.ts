import type { SectionItem, Sentence, TextSpan } from '../stages.js';
import type { TextLine } from './items.js';
import { BULLET, DRUG_HEAD, GROUP_HEAD, NUMBERED, inlineItem, isReferenceText, splitGluedTag, splitHead, splitSubPoint } from './items.js';
import { splitTrailingCitations } from './citations.js';
import { runOnListPieces, splitSentences } from './sentences.js';

interface BodyParse {
  readonly items: SectionItem[];
  readonly sentences: Sentence[];
  readonly skipped: TextSpan[];
}

/**
 * A line that introduces a list of links rather than of findings or treatments: "These
 * resources address the diagnosis or management of X:", "Useful websites:", "Further reading:".
 * The entries under it are titles of pages elsewhere, not statements of the article.
 */
const LINK_LIST_LEAD = /\b(?:resources?|links?|web ?sites?|web ?pages?|further reading|more (?:information|details)|organi[sz]ations?|support groups?|references?|publications?|reading list)\b[^:]*:$/iu;

/**
 * Items and sentences of one section body. Numbered lines are items (reference-like ones are
 * dropped); "A) Group" lines set the group of the items after them; "Drug N. Name" heads take
 * the "•" lines after them as sub-points; an un-indented "6) Head." takes the next paragraph as
 * its explanation; any other text ("Important: …", "(Note: …)") is prose, kept as sentences.
 */
export function parseSectionBody(lines: readonly TextLine[]): BodyParse {
  const parse: BodyParse = { items: [], sentences: [], skipped: [] };
  let group: string | undefined;
  let linkList = false;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    if (!line || line.text.trim() === '') continue;
    const listLine = NUMBERED.test(line.text) || BULLET.test(line.text);
    if (linkList && listLine) {
      parse.skipped.push({ start: line.start, end: line.start + line.text.length });
      continue;
    }
    linkList = !listLine && LINK_LIST_LEAD.test(line.text.trim());
    const groupHead = GROUP_HEAD.exec(line.text);
    if (groupHead?.[2] && !/[.!?]$/u.test(groupHead[2].trim()) && groupHead[2].split(/\s+/u).length <= 8) {
      group = groupHead[2].trim();
      continue;
    }
    const extra = group === undefined ? {} : { group };
    if (DRUG_HEAD.test(line.text)) {
      index = parseDrug(lines, index, parse, extra);
      continue;
    }
    const numbered = NUMBERED.exec(line.text);
    if (numbered?.[4] && numbered[2]) {
      if (isReferenceText(numbered[4])) {
        parse.skipped.push({ start: line.start, end: line.start + line.text.length });
        continue;
      }
      index = parseNumbered(lines, index, numbered, parse, extra);
      continue;
    }
    const bullet = BULLET.exec(line.text);
    if (bullet?.[2]) {
      const contentStart = line.start + line.text.indexOf(bullet[2]);
      parse.items.push(inlineItem(bullet[2], contentStart, line.start + line.text.length, extra));
      parse.sentences.push(...splitSentences(bullet[2], contentStart));
      continue;
    }
    const prose = line.text.trim();
    const proseStart = line.start + (line.text.length - line.text.trimStart().length);
    parse.sentences.push(...splitSentences(prose, proseStart));
    for (const piece of runOnListPieces(prose)) parse.items.push(runOnItem(prose.slice(piece.start, piece.end), proseStart + piece.start, extra));
  }
  return parse;
}

/**
 * An item of a run-on list ("… Surgical sympathectomy (a controversial surgery to cut the
 * nerves …) Spinal cord stimulation Amputation, if infection or gangrene occurs"): its head is
 * the words before a bracket, a comma or a purpose ("to increase blood flow"), the rest explains it.
 */
function runOnItem(piece: string, start: number, extra: Partial<SectionItem>): SectionItem {
  const text = splitTrailingCitations(piece.trimEnd()).text;
  const stop = /\s*\(|,\s|\s+to\s|\s+if\s/u.exec(text);
  const phrase = (stop ? text.slice(0, stop.index) : text).replace(/[\s.;:]+$/u, '');
  // "Treatment with calcium channel blockers" names the blockers.
  const preamble = TREATMENT_PREAMBLE.exec(phrase)?.[0] ?? '';
  const explanation = stop ? text.slice(stop.index).replace(/^[\s,]+/u, '').trim() : '';
  return { head: phrase.slice(preamble.length), headStart: start + preamble.length, explanation, start, end: start + text.length, ...extra };
}

const TREATMENT_PREAMBLE = /^(?:(?:treatment|therapy|management) (?:with|using|by)|(?:the )?use of)\s+(?=\S)/iu;

function parseNumbered(lines: readonly TextLine[], index: number, numbered: RegExpExecArray, parse: BodyParse, extra: Partial<SectionItem>): number {
  const line = lines[index] as TextLine;
  const content = numbered[4] ?? '';
  const number = Number(numbered[2]);
  const contentStart = line.start + line.text.indexOf(content, (numbered[1] ?? '').length);
  const lineEnd = line.start + line.text.length;
  const next = nextTextIndex(lines, index + 1);
  const nextLine = next === undefined ? undefined : lines[next];
  const headOnly = numbered[1] === '' && numbered[3] === ')' && splitHead(content).explanation === '';
  if (headOnly && nextLine && next !== undefined && isProse(nextLine.text)) {
    const head = splitHead(content).head;
    const explanation = nextLine.text.trim();
    parse.items.push({ number, head, headStart: contentStart, explanation, start: contentStart, end: nextLine.start + nextLine.text.length, ...extra });
    parse.sentences.push(...splitSentences(content, contentStart), ...splitSentences(explanation, nextLine.start + nextLine.text.indexOf(explanation)));
    return next;
  }
  parse.items.push(inlineItem(content, contentStart, lineEnd, { number, ...extra }));
  parse.sentences.push(...splitSentences(content, contentStart));
  return index;
}

function parseDrug(lines: readonly TextLine[], index: number, parse: BodyParse, extra: Partial<SectionItem>): number {
  const line = lines[index] as TextLine;
  const match = DRUG_HEAD.exec(line.text) as RegExpExecArray;
  const content = match[3] ?? '';
  const contentStart = line.start + line.text.lastIndexOf(content);
  const { head, tag } = splitGluedTag(content);
  const subPoints: { label: string; text: string; start: number }[] = [];
  let end = line.start + line.text.length;
  let last = index;
  parse.sentences.push(...splitSentences(content, contentStart));
  for (let next = nextTextIndex(lines, index + 1); next !== undefined; next = nextTextIndex(lines, next + 1)) {
    const bulletLine = lines[next] as TextLine;
    const bullet = BULLET.exec(bulletLine.text);
    if (!bullet?.[2]) break;
    const bulletStart = bulletLine.start + bulletLine.text.indexOf(bullet[2]);
    const point = splitSubPoint(bullet[2]);
    subPoints.push({ label: point.label, text: point.text, start: bulletStart + point.offset });
    parse.sentences.push(...splitSentences(bullet[2], bulletStart));
    end = bulletLine.start + bulletLine.text.length;
    last = next;
  }
  parse.items.push({ number: Number(match[2]), head, headStart: contentStart, explanation: tag, start: line.start + (match[1] ?? '').length, end, subPoints, ...extra });
  return last;
}

function isProse(text: string): boolean {
  return !NUMBERED.test(text) && !BULLET.test(text) && !DRUG_HEAD.test(text) && !GROUP_HEAD.test(text) && /[.!?)]\s*\S*$/u.test(text.trim());
}

function nextTextIndex(lines: readonly TextLine[], from: number): number | undefined {
  for (let index = from; index < lines.length; index += 1) {
    if ((lines[index]?.text.trim() ?? '') !== '') return index;
  }
  return undefined;
}
