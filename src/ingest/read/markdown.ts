import { parse as parseYaml } from 'yaml';
import { badInput } from '../../domain/errors.js';

export interface MarkdownDocument {
  readonly text: string;
  readonly frontMatter: Readonly<Record<string, unknown>>;
  /** Text of the first "# " heading, a title candidate after the front matter's. */
  readonly firstHeading?: string;
  /** Targets of [text](target) links, in document order. */
  readonly hrefs: readonly string[];
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/u;

/** True when the text opens with a YAML front matter block. */
export function hasFrontMatter(text: string): boolean {
  return FRONT_MATTER.test(text);
}

/**
 * Markdown with YAML front matter → front matter fields + the text-lines shape: ATX headings as
 * lines of their own, ordered items as "  N. …", bullets as "• …", inline markup and link
 * targets dropped from the text (targets kept for LINKS_TO).
 */
export function convertMarkdown(source: string, fileName: string): MarkdownDocument {
  const match = FRONT_MATTER.exec(source);
  let frontMatter: Record<string, unknown> = {};
  if (match) {
    let parsed: unknown;
    try {
      parsed = parseYaml(match[1] ?? '');
    } catch (error) {
      throw badInput(`${fileName}: unparseable YAML front matter (${firstLine(error)})`);
    }
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) frontMatter = parsed as Record<string, unknown>;
  }
  const body = match ? source.slice(match[0].length) : source;
  const hrefs: string[] = [];
  const lines = convertMarkdownBody(body, hrefs);
  const heading = lines.find((line) => line.startsWith('\u0000h'));
  return {
    text: joinMarkdownLines(lines),
    frontMatter,
    hrefs,
    ...(heading ? { firstHeading: heading.slice(2) } : {}),
  };
}

/** Each output entry is a line; "\u0000h" marks headings, "" paragraph breaks. */
function convertMarkdownBody(body: string, hrefs: string[]): string[] {
  const out: string[] = [];
  let paragraph: string[] = [];
  const endParagraph = (): void => {
    if (paragraph.length > 0) out.push(paragraph.join(' '));
    paragraph = [];
  };
  for (const rawLine of body.split(/\r?\n/u)) {
    const line = rawLine.replace(/\s+$/u, '');
    const heading = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/u.exec(line);
    const ordered = /^\s*(\d{1,3})[.)]\s+(.*)$/u.exec(line);
    const bullet = /^\s*[-*+•]\s+(.*)$/u.exec(line);
    if (line.trim() === '' || /^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/u.test(line)) {
      endParagraph();
      out.push('');
    } else if (heading) {
      endParagraph();
      out.push('', `\u0000h${inline(heading[2] ?? '', hrefs)}`, '');
    } else if (ordered) {
      endParagraph();
      out.push(`  ${ordered[1]}. ${inline(ordered[2] ?? '', hrefs)}`);
    } else if (bullet) {
      endParagraph();
      out.push(`• ${inline(bullet[1] ?? '', hrefs)}`);
    } else paragraph.push(inline(line.trim(), hrefs));
  }
  endParagraph();
  return out;
}

function joinMarkdownLines(lines: readonly string[]): string {
  return lines
    .map((line) => (line.startsWith('\u0000h') ? line.slice(2) : line))
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}

/** Inline markup → plain text: images dropped, links keep their text, emphasis and code marks go. */
function inline(text: string, hrefs: string[]): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/gu, '')
    .replace(/\[([^\]]*)\]\(\s*([^)\s]+)[^)]*\)/gu, (_all, label: string, href: string) => {
      hrefs.push(href);
      return label;
    })
    .replace(/(\*\*|__)(.+?)\1/gu, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?=[^\w*]|$)/gu, '$1$2')
    .replace(/`([^`]*)`/gu, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/gu, '$1')
    .trim();
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
