import { slugify } from '../../domain/ids.js';

const PLACEHOLDER_BASE = 'https://article.invalid/';
/** Paths that are site machinery, not articles. */
const NOT_ARTICLE = /\/(?:wp-content|wp-admin|wp-json|wp-includes|tag|category|author|feed|page|search|cdn-cgi|guides?|tools?|account|login|cart)(?:\/|$)|\.(?:jpe?g|png|gif|webp|svg|pdf|css|js|xml|zip|mp4)$/iu;

/** The slug a URL names: its last path segment, or undefined for a site root or a non-URL. */
export function slugFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url, PLACEHOLDER_BASE);
  } catch {
    return undefined;
  }
  const segment = parsed.pathname.split('/').filter((part) => part !== '').at(-1);
  if (!segment) return undefined;
  const slug = slugify(decodeSafely(segment).replace(/\.(?:html?|php|md)$/iu, ''));
  return slug === '' ? undefined : slug;
}

/**
 * Slugs of the links that point at other articles of the same site: relative links and absolute
 * links to the article's own host; anchors, mail, assets and taxonomy pages are not articles.
 */
export function internalLinkSlugs(hrefs: readonly string[], articleUrl: string | undefined, ownSlug: string): string[] {
  let host: string | undefined;
  try {
    host = articleUrl ? new URL(articleUrl).host : undefined;
  } catch {
    host = undefined;
  }
  const slugs = new Set<string>();
  for (const href of hrefs) {
    const trimmed = href.trim();
    if (trimmed === '' || trimmed.startsWith('#') || /^(?:mailto|tel|javascript|data):/iu.test(trimmed)) continue;
    let target: URL;
    try {
      target = new URL(trimmed, articleUrl ?? PLACEHOLDER_BASE);
    } catch {
      continue;
    }
    const relative = !/^[a-z][a-z0-9+.-]*:|^\/\//iu.test(trimmed);
    if (!relative && target.host !== host) continue;
    if (NOT_ARTICLE.test(target.pathname)) continue;
    const slug = slugFromUrl(target.href);
    if (slug && slug !== ownSlug) slugs.add(slug);
  }
  return [...slugs];
}

function decodeSafely(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
