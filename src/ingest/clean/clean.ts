import type { SiteProfile } from '../profile/schema.js';
import type { CleanArticle, RawArticle } from '../stages.js';
import { findBodyEnd, findBodyStart, isRecognisedHeading } from './anchors.js';
import type { BlockSpan } from './blocks.js';
import { findBlockSpans } from './blocks.js';
import { normaliseCharacters, scriptShare, separateGluedDrugTag, stripScriptGlosses } from './normalise.js';
import { dropRepeatedSentences, findTruncatedRepeats } from './repeats.js';
import { teaserTitle } from './teasers.js';
import { repairTooltipLeaks } from './tooltip.js';

/**
 * Removes the site's chrome from an article and repairs its noise, by the rules of the profile:
 * structural anchors first (the body runs from the first recognised section heading to the first
 * body-end line; before it only the title survives, plus an opening summary when the article
 * carries no chrome there), then the named blocks wherever they are. Teasers of other articles
 * are kept as titles only. A pure function of (raw, profile): an article cleans the same alone
 * or in a batch.
 */
export function cleanArticle(raw: RawArticle, profile: SiteProfile): CleanArticle {
  const removed = new Set<string>();
  const lines: (string | undefined)[] = repairLines(raw.text, profile, removed);
  const title = raw.title;
  const scriptLines = lines.flatMap((line, index) => (line === undefined ? [index] : []));
  const titleIndex = lines.findIndex((line) => line !== undefined && line.trim() !== '');
  const isHeading = (index: number): boolean => isRecognisedHeading(lines, index, title);
  const spans = findBlockSpans(lines.map((line) => line ?? ''), profile, isHeading);
  const teasers = collectTeasers(lines, spans);
  for (const span of spans) {
    removed.add(span.name);
    for (let index = span.from; index <= span.to; index += 1) lines[index] = undefined;
  }

  const bodyStart = findBodyStart(lines, titleIndex + 1, title) ?? titleIndex + 1;
  const anchors = profile.bodyEnd.map((source) => new RegExp(source, 'iu'));
  const bodyEnd = findBodyEnd(lines, bodyStart + 1, anchors) ?? lines.length;
  const prefixHadChrome =
    spans.some((span) => span.from < bodyStart && span.to > titleIndex) || scriptLines.some((index) => index > titleIndex && index < bodyStart);
  if (prefixHadChrome) {
    dropRange(lines, titleIndex + 1, bodyStart);
    lines[titleIndex + 1] = '';
    removed.add('pre-body-chrome');
  }
  if (dropRange(lines, bodyEnd, lines.length)) removed.add('post-body-chrome');

  if (profile.dropTruncatedRepeats) {
    const repeats = findTruncatedRepeats(lines);
    if (repeats.size > 0) removed.add('truncated-summary');
    repeats.forEach((index) => (lines[index] = undefined));
  }
  let kept = lines;
  if (profile.dropRepeatedSentences) {
    kept = dropRepeatedSentences(lines, isHeading);
    if (kept.some((line, index) => line !== lines[index])) removed.add('repeated-sentences');
  }
  return { raw, text: joinLines(kept), teasers, removedBlocks: [...removed] };
}

/** Per-line repairs: tooltip leaks, characters, other-script glosses and other-script lines. */
function repairLines(text: string, profile: SiteProfile, removed: Set<string>): (string | undefined)[] {
  return text
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    .map((line) => {
      let repaired = separateGluedDrugTag(normaliseCharacters(repairTooltipLeaks(normaliseCharacters(line))));
      for (const script of profile.glossScripts) {
        if (scriptShare(repaired, script) >= 0.5) {
          removed.add('gloss-script-lines');
          return undefined;
        }
        repaired = stripScriptGlosses(repaired, script);
      }
      return repaired;
    });
}

function collectTeasers(lines: readonly (string | undefined)[], spans: readonly BlockSpan[]): string[] {
  const titles = new Set<string>();
  for (const span of spans.filter((candidate) => candidate.teasers)) {
    for (let index = span.from + 1; index <= span.to; index += 1) {
      const title = teaserTitle(lines[index] ?? '');
      if (title !== undefined) titles.add(title);
    }
  }
  return [...titles];
}

/** Marks lines [from, to) removed; true when any of them held text. */
function dropRange(lines: (string | undefined)[], from: number, to: number): boolean {
  let dropped = false;
  for (let index = Math.max(0, from); index < to; index += 1) {
    if (lines[index] !== undefined && lines[index]?.trim() !== '') dropped = true;
    lines[index] = undefined;
  }
  // Keep the paragraph break the removed lines stood in.
  if (dropped && from >= 0 && from < lines.length) lines[from] = '';
  return dropped;
}

/** Kept lines, with paragraphs separated by exactly one blank line. */
function joinLines(lines: readonly (string | undefined)[]): string {
  return lines
    .filter((line) => line !== undefined)
    .join('\n')
    .replace(/\n[ \t]*\n(?:[ \t]*\n)+/gu, '\n\n')
    .trim();
}
