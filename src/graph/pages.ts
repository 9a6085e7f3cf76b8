import type { Connection, PageRequest } from '../store/port.js';

/** Page size used when a service reads a whole list through the port. */
export const READ_PAGE_SIZE = 500;

/**
 * Reads every page of a store connection, up to `max` items: services that rank or regroup a
 * list (associations, pathway steps) need all of it, and the cap keeps a hub node bounded.
 */
export async function collectPages<T>(
  fetchPage: (page: PageRequest) => Promise<Connection<T>>,
  max = 10_000,
): Promise<T[]> {
  const items: T[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await fetchPage({ first: Math.min(READ_PAGE_SIZE, max - items.length), after });
    items.push(...page.items);
    after = page.cursors[page.cursors.length - 1];
    if (!page.hasNextPage || after === undefined || items.length >= max) return items;
  }
}

/** Splits ids into batches, so one port call never carries an unbounded parameter list. */
export function batches<T>(items: readonly T[], size = READ_PAGE_SIZE): T[][] {
  const out: T[][] = [];
  for (let index = 0; index < items.length; index += size) out.push(items.slice(index, index + size));
  return out;
}

/** Offset cursors for lists a service sorts itself (the store's keyset cursors no longer apply). */
export function encodeOffsetCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`, 'utf8').toString('base64url');
}

/** Returns the offset after the cursor; null when the cursor is not one of ours. */
export function decodeOffsetCursor(cursor: string): number | null {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^offset:(\d{1,9})$/u.exec(text);
  return match?.[1] === undefined ? null : Number(match[1]);
}
