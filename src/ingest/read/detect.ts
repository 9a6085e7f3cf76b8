import type { ArticleFormat } from '../stages.js';
import { hasFrontMatter } from './markdown.js';

/**
 * Guesses the shape of an article from its content first and its file name second, so a
 * WordPress export saved as .txt or an HTML page saved without extension is still read right.
 */
export function detectFormat(text: string, fileName: string): ArticleFormat {
  const head = text.trimStart().slice(0, 2000);
  const extension = /\.([a-z0-9]+)$/iu.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (/^[[{]\s*["{[\]]/u.test(head) || (extension === 'json' && /^[[{]/u.test(head))) return 'wordpress-json';
  if (hasFrontMatter(text.replace(/^\uFEFF/u, ''))) return 'markdown';
  if (/^<(?:!doctype\s+html|html|head|body|article|main|div|section|h[1-6]|p)[\s>]/iu.test(head)) return 'html';
  if (/^<!--/u.test(head) && /<(?:html|body|div|p|h[1-6])[\s>]/iu.test(head)) return 'html';
  if (extension === 'html' || extension === 'htm') return 'html';
  if (extension === 'json') return 'wordpress-json';
  if (extension === 'md' || extension === 'markdown') return 'markdown';
  if (/^#{1,6} \S/mu.test(head) && extension !== 'txt') return 'markdown';
  return 'text';
}
