import { createHash } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { GraphStore } from '../../store/port.js';
import type { ResponseCache } from './response-cache.js';

/**
 * HTTP caching for GET /graphql. The ETag hashes the store's data version with the request
 * (query string and whether a key was sent), so any write — an ingest, an editor's
 * retraction — changes every ETag. Caches must revalidate each time (no-cache), so a cached
 * answer is never served after the data changed; unchanged data costs a 304 and no execution.
 */
export function createGetCaching(store: GraphStore, publicReads: boolean, responses?: ResponseCache) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    if (req.method !== 'GET') {
      res.setHeader('Cache-Control', 'no-store');
      next();
      return;
    }
    let version: string;
    try {
      version = await store.dataVersion();
    } catch {
      // The store is down: let the operation answer STORE_UNAVAILABLE, uncached.
      res.setHeader('Cache-Control', 'no-store');
      next();
      return;
    }
    res.locals['dataVersion'] = version;
    const authorised = req.headers.authorization !== undefined;
    const hash = createHash('sha256')
      .update(version)
      .update('\u0000')
      .update(req.originalUrl)
      .update('\u0000')
      .update(authorised ? req.headers.authorization ?? '' : '')
      .update('\u0000')
      .update(req.headers.accept ?? '')
      .digest('base64url')
      .slice(0, 27);
    const etag = `"${hash}"`;
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', `${publicReads && !authorised ? 'public' : 'private'}, no-cache`);
    res.setHeader('Vary', 'Authorization, Accept');
    const ifNoneMatch = req.headers['if-none-match'];
    if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//u, '') === etag)) {
      res.status(304).end();
      return;
    }
    if (responses) {
      if (responses.serve(etag, res)) return;
      responses.record(etag, res);
    }
    next();
  };
}
