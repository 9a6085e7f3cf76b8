import { z } from 'zod';
import { badInput } from '../domain/errors.js';

/**
 * Keyset cursors shared by every adapter: the sort key of the last item seen, as base64url JSON,
 * so a cursor means the same thing whichever store issued it. Opaque to callers,
 * validated on the way back in so a tampered or truncated cursor is a clear input error.
 */
export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

export function decodeCursor<T>(cursor: string, schema: z.ZodType<T>): T {
  let parsed: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/u.test(cursor)) throw new Error('not base64url');
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor(cursor);
  }
  const result = schema.safeParse(parsed);
  if (!result.success) throw invalidCursor(cursor);
  return result.data;
}

function invalidCursor(cursor: string): Error {
  return badInput(`invalid cursor in "after": ${JSON.stringify(cursor.slice(0, 80))} was not issued by this list`, {
    argument: 'after',
  });
}

export const neighbourCursorSchema = z.object({
  k: z.literal('neighbour'),
  p: z.string(),
  d: z.enum(['in', 'out']),
  n: z.string(),
});

export const articleCursorSchema = z.object({ k: z.literal('article'), id: z.string() });

/** Rejects page sizes the store cannot honour. */
export function assertPageSize(first: number): void {
  if (!Number.isInteger(first) || first < 0) throw badInput(`"first" must be a non-negative integer, got ${first}`, { argument: 'first' });
}
