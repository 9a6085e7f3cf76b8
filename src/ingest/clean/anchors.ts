import { classifyHeading, isHeadingShaped } from '../segment/headings.js';

/** Whether line `index` is a heading the segmenter will map to a known section kind. */
export function isRecognisedHeading(lines: readonly (string | undefined)[], index: number, title: string): boolean {
  const line = lines[index];
  if (line === undefined || !isHeadingShaped(line, title)) return false;
  return classifyHeading(line, title) !== 'other';
}

/**
 * The first recognised section heading that opens real content: its next line with text is not
 * another heading. Boxes that merely list the section names ("Key takeaways") are thereby skipped.
 */
export function findBodyStart(lines: readonly (string | undefined)[], from: number, title: string): number | undefined {
  for (let index = from; index < lines.length; index += 1) {
    if (!isRecognisedHeading(lines, index, title)) continue;
    const next = nextTextLine(lines, index + 1);
    if (next === undefined) return undefined;
    if (!isHeadingShaped(lines[next] ?? '', title)) return index;
  }
  return undefined;
}

/** The first line at or after `from` matching a body-end anchor (disclaimer, written by, …). */
export function findBodyEnd(lines: readonly (string | undefined)[], from: number, anchors: readonly RegExp[]): number | undefined {
  for (let index = from; index < lines.length; index += 1) {
    const text = lines[index]?.trim();
    if (text && anchors.some((anchor) => anchor.test(text))) return index;
  }
  return undefined;
}

function nextTextLine(lines: readonly (string | undefined)[], from: number): number | undefined {
  for (let index = from; index < lines.length; index += 1) {
    if (lines[index] !== undefined && lines[index]?.trim() !== '') return index;
  }
  return undefined;
}
