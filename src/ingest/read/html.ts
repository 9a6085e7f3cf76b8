import { Parser } from 'htmlparser2';

/** What a page's markup yields before slugs and titles are settled. */
export interface HtmlDocument {
  /** The body as text lines (the plain-text shape of stages.ts). */
  readonly text: string;
  /** Candidate titles: the first <h1>, og:title, <title>. */
  readonly h1?: string;
  readonly ogTitle?: string;
  readonly titleTag?: string;
  /** link rel=canonical, then og:url. */
  readonly url?: string;
  readonly modified?: string;
  readonly section?: string;
  /** href of every <a>, in document order. */
  readonly hrefs: readonly string[];
}

type BlockKind = 'heading' | 'para' | 'item';
interface Block {
  readonly kind: BlockKind;
  readonly text: string;
  /** Outermost list the item belongs to: items of one list (and its nested lists) stay together. */
  readonly list: number;
}

/** Elements whose content is never article text. */
const DROPPED = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'nav', 'header', 'footer', 'head',
  'select', 'textarea', 'button', 'object', 'canvas',
]);
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'aside', 'blockquote', 'figure', 'figcaption', 'tr', 'dl',
  'dt', 'dd', 'pre', 'table', 'form', 'fieldset', 'details', 'summary', 'address', 'body', 'hr',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

interface ListFrame {
  readonly ordered: boolean;
  next: number;
}

/**
 * Turns an HTML page (or a WordPress `content.rendered` fragment) into the text-lines shape:
 * headings on lines of their own, `<ol>` items as "  N. …" lines, `<ul>` items as "• …" lines,
 * paragraphs separated by blank lines, entities decoded, scripts, styles and navigation dropped.
 * A real parser (htmlparser2) so malformed markup degrades the way browsers degrade it.
 */
export function convertHtml(html: string): HtmlDocument {
  const blocks: Block[] = [];
  const lists: ListFrame[] = [];
  const hrefs: string[] = [];
  const meta: { h1?: string; ogTitle?: string; titleTag?: string; canonical?: string; ogUrl?: string; modified?: string; section?: string } = {};
  let buffer = '';
  let kind: BlockKind = 'para';
  let prefix = '';
  let dropDepth = 0;
  let outerList = 0;
  let captureH1: string | undefined;
  let captureTitle: string | undefined;

  const flush = (): void => {
    const text = buffer.split('\n').map(collapse).filter((line) => line !== '').join('\n');
    buffer = '';
    if (text === '') return;
    blocks.push({ kind, text: prefix + text, list: outerList });
    prefix = '';
    kind = 'para';
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'meta') readMeta(attrs, meta);
        if (name === 'link' && (attrs['rel'] ?? '').split(/\s+/u).includes('canonical') && attrs['href']) {
          meta.canonical ??= attrs['href'];
        }
        if (name === 'title') captureTitle = '';
        if (name === 'h1' && meta.h1 === undefined) captureH1 = '';
        if (DROPPED.has(name)) {
          dropDepth += 1;
          return;
        }
        if (dropDepth > 0) return;
        if (name === 'a' && attrs['href']) hrefs.push(attrs['href']);
        if (name === 'br') buffer += '\n';
        else if (name === 'ol' || name === 'ul') {
          flush();
          if (lists.length === 0) outerList += 1;
          const start = Number.parseInt(attrs['start'] ?? '1', 10);
          lists.push({ ordered: name === 'ol', next: Number.isFinite(start) ? start : 1 });
        } else if (name === 'li') {
          flush();
          const list = lists.at(-1);
          kind = 'item';
          if (list?.ordered) {
            prefix = `  ${list.next}. `;
            list.next += 1;
          } else prefix = '• ';
        } else if (HEADINGS.has(name)) {
          flush();
          kind = 'heading';
        } else if (BLOCKS.has(name)) flush();
        else if (name === 'td' || name === 'th') buffer += ' ';
      },
      ontext(data) {
        if (captureTitle !== undefined) captureTitle += data;
        if (captureH1 !== undefined) captureH1 += data;
        if (dropDepth > 0) return;
        buffer += data;
      },
      onclosetag(name) {
        if (name === 'title' && captureTitle !== undefined) {
          meta.titleTag ??= collapse(captureTitle);
          captureTitle = undefined;
        }
        if (name === 'h1' && captureH1 !== undefined) {
          if (collapse(captureH1) !== '') meta.h1 = collapse(captureH1);
          captureH1 = undefined;
        }
        if (DROPPED.has(name)) {
          dropDepth = Math.max(0, dropDepth - 1);
          return;
        }
        if (dropDepth > 0) return;
        if (name === 'ol' || name === 'ul') {
          flush();
          lists.pop();
          prefix = '';
        } else if (name === 'li' || HEADINGS.has(name)) {
          flush();
          prefix = '';
          kind = 'para';
        } else if (BLOCKS.has(name)) flush();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  flush();

  return {
    text: joinBlocks(blocks),
    hrefs,
    ...defined('h1', meta.h1),
    ...defined('ogTitle', meta.ogTitle),
    ...defined('titleTag', meta.titleTag),
    ...defined('url', meta.canonical ?? meta.ogUrl),
    ...defined('modified', meta.modified),
    ...defined('section', meta.section),
  };
}

/** Text of an HTML fragment with entities decoded and markup dropped (WordPress titles). */
export function htmlFragmentText(html: string): string {
  let text = '';
  const parser = new Parser({ ontext: (data) => (text += data) }, { decodeEntities: true });
  parser.write(html);
  parser.end();
  return collapse(text);
}

function readMeta(attrs: Record<string, string>, meta: { ogTitle?: string; ogUrl?: string; modified?: string; section?: string }): void {
  const key = attrs['property'] ?? attrs['name'];
  const content = attrs['content'];
  if (!key || content === undefined) return;
  if (key === 'og:title') meta.ogTitle ??= collapse(content);
  if (key === 'og:url') meta.ogUrl ??= content.trim();
  if (key === 'article:modified_time' || key === 'og:updated_time') meta.modified ??= content.trim();
  if (key === 'article:section') meta.section ??= content.trim();
}

/** List lines of one list follow each other; every other block is its own paragraph. */
function joinBlocks(blocks: readonly Block[]): string {
  let text = '';
  blocks.forEach((block, index) => {
    const previous = blocks[index - 1];
    if (previous) text += previous.kind === 'item' && block.kind === 'item' && previous.list === block.list ? '\n' : '\n\n';
    text += block.text;
  });
  return text;
}

function collapse(text: string): string {
  return text.replace(/[ \t\r\n\f\v\u00a0]+/gu, ' ').trim();
}

function defined<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined || value === '' ? {} : { [key]: value }) as { [P in K]?: string };
}
