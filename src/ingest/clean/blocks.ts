import type { BlockRule, SiteProfile } from '../profile/schema.js';

/** A run of lines [from, to] (inclusive) that a named block of the profile covers. */
export interface BlockSpan {
  readonly name: string;
  readonly from: number;
  readonly to: number;
  readonly teasers: boolean;
}

interface CompiledBlock {
  readonly rule: BlockRule;
  readonly start?: RegExp;
  readonly end?: RegExp;
  readonly until?: RegExp;
  readonly lines: readonly RegExp[];
  readonly exact: ReadonlySet<string>;
}

const COMPILED = new WeakMap<SiteProfile, readonly CompiledBlock[]>();

/** Exact-line key: what `profile learn` stores and what cleaning compares. */
export function lineKey(line: string): string {
  return line.replace(/\s+/gu, ' ').trim().toLowerCase();
}

function compile(profile: SiteProfile): readonly CompiledBlock[] {
  let compiled = COMPILED.get(profile);
  if (!compiled) {
    const regex = (source: string | undefined): RegExp | undefined => (source === undefined ? undefined : new RegExp(source, 'iu'));
    compiled = profile.blocks.map((rule) => {
      const start = regex(rule.start);
      const end = regex(rule.end);
      const until = regex(rule.until);
      return {
        rule,
        ...(start ? { start } : {}),
        ...(end ? { end } : {}),
        ...(until ? { until } : {}),
        lines: rule.lines.map((source) => new RegExp(source, 'iu')),
        exact: new Set(rule.exact.map(lineKey)),
      };
    });
    COMPILED.set(profile, compiled);
  }
  return compiled;
}

/**
 * Finds every named block of the profile in the lines. A span opens on its start line and ends
 * at its `end` line, before its `until` line, at a blank line (`untilBlank`), before a
 * recognised section heading (`untilHeading`), before another block's start line, or after
 * `maxLines` non-blank lines, whichever comes first. Line rules cover single lines.
 */
export function findBlockSpans(lines: readonly string[], profile: SiteProfile, isSectionHeading: (index: number) => boolean): BlockSpan[] {
  const blocks = compile(profile);
  const spans: BlockSpan[] = [];
  const startsBlock = (text: string): boolean => blocks.some((block) => block.start?.test(text) ?? false);
  for (let index = 0; index < lines.length; index += 1) {
    const text = (lines[index] ?? '').trim();
    if (text === '') continue;
    const opening = blocks.find((block) => block.start?.test(text));
    if (opening) {
      const to = spanEnd(lines, index, opening, (at) => startsBlock((lines[at] ?? '').trim()) || (opening.rule.untilHeading && isSectionHeading(at)));
      spans.push({ name: opening.rule.name, from: index, to, teasers: opening.rule.teasers });
      index = to;
      continue;
    }
    const key = lineKey(text);
    const single = blocks.find((block) => block.exact.has(key) || block.lines.some((pattern) => pattern.test(text)));
    if (single) spans.push({ name: single.rule.name, from: index, to: index, teasers: single.rule.teasers });
  }
  return spans;
}

function spanEnd(lines: readonly string[], from: number, block: CompiledBlock, stopsBefore: (index: number) => boolean): number {
  let last = from;
  let counted = 0;
  for (let index = from + 1; index < lines.length; index += 1) {
    const text = (lines[index] ?? '').trim();
    if (text === '') {
      if (block.rule.untilBlank) break;
      continue;
    }
    if (block.end?.test(text)) return index;
    if (block.until?.test(text) || stopsBefore(index)) break;
    counted += 1;
    if (counted > block.rule.maxLines) break;
    last = index;
  }
  return last;
}
