import { badInput } from '../../domain/errors.js';

/** One post of a WordPress REST export, the fields medkg reads. */
export interface WordpressPost {
  readonly id?: number;
  readonly slug?: string;
  readonly link?: string;
  readonly modified?: string;
  readonly title: string;
  readonly content: string;
  readonly category?: string;
  /** The post's own JSON, hashed so one edited post does not re-derive the whole export. */
  readonly json: string;
}

/**
 * Parses a WordPress REST export (`/wp/v2/posts` output: an array of posts, or one post) into
 * posts. Unparseable JSON or a value that holds no post is BAD_USER_INPUT naming the file.
 */
export function parseWordpressExport(text: string, fileName: string): WordpressPost[] {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : 'syntax error';
    throw badInput(`${fileName}: unparseable JSON (${reason})`);
  }
  const entries = Array.isArray(value) ? value : [value];
  const posts = entries.filter(isRecord).map(toPost).filter((post) => post !== undefined);
  if (posts.length === 0) throw badInput(`${fileName}: JSON holds no WordPress post with content.rendered`);
  return posts;
}

function toPost(entry: Record<string, unknown>): WordpressPost | undefined {
  const content = rendered(entry['content']);
  if (content === undefined) return undefined;
  const id = typeof entry['id'] === 'number' && Number.isInteger(entry['id']) ? entry['id'] : undefined;
  const category = categoryOf(entry);
  return {
    title: rendered(entry['title']) ?? '',
    content,
    json: JSON.stringify(entry),
    ...(id === undefined ? {} : { id }),
    ...stringField('slug', entry['slug']),
    ...stringField('link', entry['link']),
    ...stringField('modified', entry['modified']),
    ...(category === undefined ? {} : { category }),
  };
}

/** `title` and `content` are `{ rendered }` objects in the REST API; plain strings are accepted too. */
function rendered(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (isRecord(value) && typeof value['rendered'] === 'string') return value['rendered'];
  return undefined;
}

/** Category names when the export embeds terms (`_embed`), else the first category id. */
function categoryOf(entry: Record<string, unknown>): string | undefined {
  const embedded = entry['_embedded'];
  if (isRecord(embedded) && Array.isArray(embedded['wp:term'])) {
    for (const group of embedded['wp:term'] as unknown[]) {
      if (!Array.isArray(group)) continue;
      const term = group.find((item) => isRecord(item) && item['taxonomy'] === 'category' && typeof item['name'] === 'string');
      if (isRecord(term)) return String(term['name']);
    }
  }
  const categories = entry['categories'];
  if (Array.isArray(categories) && categories.length > 0) {
    const first: unknown = categories[0];
    if (typeof first === 'string' || typeof first === 'number') return String(first);
  }
  return undefined;
}

function stringField<K extends string>(key: K, value: unknown): { [P in K]?: string } {
  return (typeof value === 'string' && value.trim() !== '' ? { [key]: value.trim() } : {}) as { [P in K]?: string };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
