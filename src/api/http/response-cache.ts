import type { Response } from 'express';
import { LRUCache } from 'lru-cache';

interface CachedResponse {
  readonly contentType: string;
  readonly body: Buffer;
}

/**
 * Answers of GET /graphql kept in process, keyed by their ETag. The ETag hashes the store's
 * data version, so an entry can never be served after a write: a new version makes new keys and
 * the old ones age out of the LRU. The widget asks the same few queries on every page view;
 * this turns those into a lookup, while the store keeps the truth for every replica.
 */
export class ResponseCache {
  private readonly entries: LRUCache<string, CachedResponse>;

  constructor(maxBytes: number) {
    this.entries = new LRUCache<string, CachedResponse>({ maxSize: maxBytes, sizeCalculation: (entry) => entry.body.length + 64 });
  }

  /** Sends the cached answer for `etag`; false when there is none. */
  serve(etag: string, res: Response): boolean {
    const cached = this.entries.get(etag);
    if (!cached) return false;
    res.locals['operation'] = 'cached';
    res.status(200).setHeader('Content-Type', cached.contentType);
    res.end(cached.body);
    return true;
  }

  /** Keeps the body of this response when it ends as a 200 that still carries `etag` (no errors). */
  record(etag: string, res: Response): void {
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    const entries = this.entries;
    res.end = function endAndRecord(this: Response, ...args: unknown[]): Response {
      const [chunk] = args;
      if (res.statusCode === 200 && res.getHeader('ETag') === etag && (typeof chunk === 'string' || Buffer.isBuffer(chunk))) {
        const body = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
        // Answers with errors are not kept, even deterministic ones: only data is worth a slot.
        if (!body.includes('"errors"')) entries.set(etag, { contentType: String(res.getHeader('Content-Type') ?? 'application/json'), body });
      }
      return end(...args);
    } as Response['end'];
  }
}
