import type { SectionItem } from '../stages.js';
import { splitTrailingCitations } from './citations.js';

/** A line of the cleaned text with its offsets (end exclusive, newline excluded). */
export interface TextLine {
  readonly text: string;
  readonly start: number;
}

export const NUMBERED = /^(\s*)(\d{1,3})([.)])\s+(\S.*)$/u;
export const BULLET = /^(\s*)[•▪◦·*-]\s+(\S.*)$/u;
export const DRUG_HEAD = /^(\s*)Drug\s*(\d{1,3})\s*[.):]?\s*(\S.*)$/iu;
export const GROUP_HEAD = /^\s*([A-H])[).]\s+(\S.{0,80})$/u;

/**
 * A numbered line that is a reference rather than a body item: a URL, a file name, a "Retrieved"
 * or "Accessed" note, a DOI/PMID, or a journal-like citation ("2019;12(3):45", "et al.").
 */
export function isReferenceText(text: string): boolean {
  return /https?:\/\/|\bwww\.|\b[\w-]+\.(?:pdf|docx?|html?|aspx?|php)\b|\bretrieved\b|\baccessed\b|\bdoi:|\bpmid\b|\bet al\.|\b(?:19|20)\d{2}\s*;\s*\d+|\b\d+\s*\(\d+\)\s*:\s*\d+/iu.test(text);
}

/** Head phrase and explanation of an item's text, with the head's offset inside the text. */
export interface HeadSplit {
  readonly head: string;
  readonly headOffset: number;
  readonly explanation: string;
}

/**
 * Splits "Head — explanation", "Head: explanation" or "Short head. Explanation" into its head
 * phrase and explanation; a short item is all head, a long sentence has no head.
 */
export function splitHead(text: string): HeadSplit {
  const body = splitTrailingCitations(text).text;
  const dash = / — | - /u.exec(body);
  if (dash && wordCount(body.slice(0, dash.index)) <= 15) {
    return { head: trimHead(body.slice(0, dash.index)), headOffset: 0, explanation: body.slice(dash.index + dash[0].length).trim() };
  }
  const colon = /: /u.exec(body);
  if (colon && wordCount(body.slice(0, colon.index)) <= 8) {
    return { head: trimHead(body.slice(0, colon.index)), headOffset: 0, explanation: body.slice(colon.index + 2).trim() };
  }
  const sentence = /[.!?]\s+(?=\p{Lu})/u.exec(body);
  if (sentence && wordCount(body.slice(0, sentence.index)) <= 8 && !/\b(?:is|are|was|were|may|can|has|have|causes?)\b/iu.test(body.slice(0, sentence.index))) {
    return { head: trimHead(body.slice(0, sentence.index)), headOffset: 0, explanation: body.slice(sentence.index + sentence[0].length).trim() };
  }
  if (wordCount(body) <= 12 && !/\b(?:is|are|was|were)\b/iu.test(body)) return { head: trimHead(body), headOffset: 0, explanation: '' };
  return { head: '', headOffset: 0, explanation: body.trim() };
}

/** "Deflazacort (EMFLAZA)Corticosteroid" → head "Deflazacort (EMFLAZA)", tag "Corticosteroid". */
export function splitGluedTag(text: string): { head: string; tag: string } {
  const glued = /^(.*\))(\p{Lu}[\p{L}\p{N} /-]*)$/u.exec(text.trim());
  if (glued?.[1] && glued[2]) return { head: glued[1].trim(), tag: glued[2].trim() };
  // "DapsoneFor the skin rash": a tag of two words or more glued to a name with no brand.
  const bare = /^(.*\p{Ll}{3})(\p{Lu}\p{Ll}+(?:\s+[\p{L}/-]+)+)$/u.exec(text.trim());
  if (bare?.[1] && bare[2]) return { head: bare[1].trim(), tag: bare[2].trim() };
  const split = splitHead(text);
  return split.head === '' ? { head: trimHead(text), tag: '' } : { head: split.head, tag: split.explanation };
}

/** Sub-point "Dose & timing: 0.9 mg/kg …" → label and text, with the text's offset in the line. */
export function splitSubPoint(text: string): { label: string; text: string; offset: number } {
  const colon = /^([^:]{1,40}):\s+/u.exec(text);
  if (colon?.[1] && wordCount(colon[1]) <= 5) {
    return { label: colon[1].trim(), text: splitTrailingCitations(text.slice(colon[0].length)).text, offset: colon[0].length };
  }
  return { label: '', text: splitTrailingCitations(text).text, offset: 0 };
}

/** Builds an item from a line whose content (after its number or bullet) starts at `contentStart`. */
export function inlineItem(content: string, contentStart: number, lineEnd: number, extra: Partial<SectionItem>): SectionItem {
  const split = splitHead(content);
  const headAt = split.head === '' ? 0 : Math.max(0, content.indexOf(split.head));
  return {
    head: split.head,
    headStart: contentStart + headAt,
    explanation: split.explanation,
    start: contentStart,
    end: lineEnd,
    ...extra,
  };
}

function trimHead(text: string): string {
  return text.replace(/^\*\*|\*\*$/gu, '').replace(/[\s.;,]+$/u, '').trim();
}

function wordCount(text: string): number {
  return text.trim() === '' ? 0 : text.trim().split(/\s+/u).length;
}
