import { createHash } from 'node:crypto';
import { badInput } from '../../domain/errors.js';
import { slugify } from '../../domain/ids.js';
import type { ArticleFormat, RawArticle } from '../stages.js';
import { decodeArticleBytes, DEFAULT_MAX_BYTES } from './decode.js';
import { detectFormat } from './detect.js';
import { convertHtml, htmlFragmentText } from './html.js';
import { internalLinkSlugs, slugFromUrl } from './links.js';
import { convertMarkdown } from './markdown.js';
import { parseWordpressExport } from './wordpress.js';

export interface ReadOptions {
  /** Forces a format instead of detecting it (`--format`). */
  readonly format?: ArticleFormat;
  /** Larger inputs are refused (default 5 MB). */
  readonly maxBytes?: number;
}

/** Fields every reader settles; `toRawArticle` turns them into the stage value. */
interface ArticleParts {
  readonly source: string;
  readonly format: ArticleFormat;
  readonly title: string;
  readonly text: string;
  readonly hrefs: readonly string[];
  readonly hashInput: Uint8Array | string;
  readonly url?: string | undefined;
  readonly frontMatterSlug?: string | undefined;
  readonly wordpressSlug?: string | undefined;
  readonly wordpressId?: number | undefined;
  readonly category?: string | undefined;
  readonly updatedAt?: string | undefined;
}

/**
 * Reads one file into articles (a WordPress export yields one per post). Decodes the bytes,
 * detects the shape (unless forced), and returns the body in the text-lines shape with its title
 * as the first line. Every refusal is a one-line BAD_USER_INPUT naming the file and the reason.
 */
export function readArticles(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): RawArticle[] {
  const text = decodeArticleBytes(bytes, fileName, options.maxBytes ?? DEFAULT_MAX_BYTES).replace(/^\uFEFF/u, '');
  const format = options.format ?? detectFormat(text, fileName);
  switch (format) {
    case 'wordpress-json':
      return parseWordpressExport(text, fileName).map((post) => {
        const page = convertHtml(post.content);
        return toRawArticle(fileName, {
          source: post.id === undefined ? fileName : `${fileName}#${post.id}`,
          format,
          title: htmlFragmentText(post.title),
          text: page.text,
          hrefs: page.hrefs,
          hashInput: post.json,
          url: post.link,
          wordpressSlug: post.slug,
          wordpressId: post.id,
          category: post.category,
          updatedAt: post.modified,
        });
      });
    case 'html':
      return [readHtml(text, bytes, fileName)];
    case 'markdown':
      return [readMarkdown(text, bytes, fileName)];
    case 'text':
      return [readPlainText(text, bytes, fileName)];
  }
}

function readHtml(text: string, bytes: Uint8Array, fileName: string): RawArticle {
  const page = convertHtml(text);
  return toRawArticle(fileName, {
    source: fileName,
    format: 'html',
    title: page.h1 ?? page.ogTitle ?? stripSiteName(page.titleTag ?? ''),
    text: page.text,
    hrefs: page.hrefs,
    hashInput: bytes,
    url: page.url,
    category: page.section,
    updatedAt: page.modified,
  });
}

function readMarkdown(text: string, bytes: Uint8Array, fileName: string): RawArticle {
  const doc = convertMarkdown(text, fileName);
  const field = (key: string): string | undefined => {
    const value = doc.frontMatter[key];
    if (value instanceof Date) return value.toISOString();
    return typeof value === 'string' || typeof value === 'number' ? String(value).trim() || undefined : undefined;
  };
  return toRawArticle(fileName, {
    source: fileName,
    format: 'markdown',
    title: field('title') ?? doc.firstHeading ?? '',
    text: doc.text,
    hrefs: doc.hrefs,
    hashInput: bytes,
    url: field('url'),
    frontMatterSlug: field('slug'),
    category: field('category'),
    updatedAt: field('updated') ?? field('date'),
  });
}

function readPlainText(text: string, bytes: Uint8Array, fileName: string): RawArticle {
  const lines = text.replace(/\r\n?/gu, '\n').split('\n');
  // A breadcrumb copied with the page ("Home › Diseases A–Z › …") is not the title.
  const titleAt = lines.findIndex((line) => line.trim() !== '' && !isBreadcrumb(line));
  const title = lines[titleAt]?.trim() ?? '';
  const body = lines.slice(Math.max(0, titleAt)).join('\n');
  return toRawArticle(fileName, { source: fileName, format: 'text', title, text: body, hrefs: [], hashInput: bytes });
}

function isBreadcrumb(line: string): boolean {
  return /^\s*(?:home|start)\s*[›»>/|]/iu.test(line) || (line.match(/\s[›»]\s/gu)?.length ?? 0) >= 2;
}

function toRawArticle(fileName: string, parts: ArticleParts): RawArticle {
  const title = parts.title.replace(/\s+/gu, ' ').trim();
  if (title === '') throw badInput(`${fileName}: no title found (${describeTitleSources(parts.format)})`);
  const slug =
    slugFromUrl(parts.url) ?? slugOf(parts.frontMatterSlug) ?? slugOf(parts.wordpressSlug) ?? slugOf(baseName(fileName)) ?? slugOf(title);
  if (slug === undefined) throw badInput(`${fileName}: no slug can be made from the URL, slug fields, file name or title`);
  return {
    source: parts.source,
    format: parts.format,
    slug,
    title,
    text: withTitleLine(parts.text, title),
    links: internalLinkSlugs(parts.hrefs, parts.url, slug),
    bytesHash: createHash('sha256').update(parts.hashInput).digest('hex'),
    ...(parts.url === undefined ? {} : { url: parts.url }),
    ...(parts.wordpressId === undefined ? {} : { wordpressId: parts.wordpressId }),
    ...(parts.category === undefined ? {} : { category: parts.category }),
    ...(parts.updatedAt === undefined ? {} : { updatedAt: parts.updatedAt }),
  };
}

/** Later stages find the title on the first line whatever the input shape. */
function withTitleLine(text: string, title: string): string {
  const body = text.replace(/\r\n?/gu, '\n').replace(/^\s*\n/u, '');
  const firstLine = body.split('\n', 1)[0]?.replace(/\s+/gu, ' ').trim() ?? '';
  return firstLine === title ? body : `${title}\n\n${body}`;
}

/** "Cystic fibrosis – Site name" → "Cystic fibrosis". */
function stripSiteName(title: string): string {
  return title.replace(/\s+[|–—-]\s+[^|–—-]+$/u, '').trim();
}

function slugOf(text: string | undefined): string | undefined {
  const slug = text === undefined ? '' : slugify(text);
  return slug === '' ? undefined : slug;
}

function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/u).at(-1) ?? fileName;
  return name.replace(/\.[a-z0-9]+$/iu, '');
}

function describeTitleSources(format: ArticleFormat): string {
  switch (format) {
    case 'html':
      return 'no <h1>, og:title or <title>';
    case 'wordpress-json':
      return 'a post has an empty title.rendered';
    case 'markdown':
      return 'no title in the front matter and no "# " heading';
    case 'text':
      return 'the file has no non-empty line';
  }
}
