import cors from 'cors';
import type { ErrorRequestHandler, Express, Request, Response } from 'express';
import express from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import type { Logger } from 'pino';
import type { GraphStore } from '../../store/port.js';
import type { ApiMetrics } from '../metrics.js';
import { createGetCaching } from './caching.js';
import { ResponseCache } from './response-cache.js';
import { createGraphiqlRouter } from './graphiql.js';
import type { GraphqlHandlerOptions } from './graphql.js';
import { createGraphqlHandler } from './graphql.js';
import { requestLogging } from './request-log.js';

export interface HttpAppOptions extends GraphqlHandlerOptions {
  readonly store: GraphStore;
  readonly logger: Logger;
  readonly corsOrigins: readonly string[];
  readonly bodyLimit: string;
  /** Requests per minute per IP on /graphql; 0 turns the limit off. */
  readonly rateLimitPerMinute: number;
  readonly publicReads: boolean;
  /** Bytes of GET answers kept in process, keyed by ETag (so never stale); 0 keeps none. */
  readonly responseCacheBytes: number;
  /** True while the server drains before shutdown: /readyz answers 503. */
  readonly isDraining: () => boolean;
}

function jsonError(res: Response, status: number, code: string, message: string): void {
  res.status(status).type('application/json').send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

function timeRequests(metrics: ApiMetrics) {
  return (_req: Request, res: Response, next: () => void) => {
    const stop = metrics.requestDuration.startTimer();
    res.on('finish', () => stop({ operation: (res.locals['operation'] as string | undefined) ?? 'none', status: String(res.statusCode) }));
    next();
  };
}

/** Body errors (too large, unreadable) as GraphQL-shaped JSON rather than HTML pages. */
const bodyErrors: ErrorRequestHandler = (error: { status?: number; type?: string }, _req, res, next) => {
  if (res.headersSent) {
    next(error);
    return;
  }
  if (error.type === 'entity.too.large') jsonError(res, 413, 'BAD_USER_INPUT', 'request body too large');
  else if (typeof error.status === 'number' && error.status < 500) jsonError(res, error.status, 'BAD_USER_INPUT', 'unreadable request body');
  else jsonError(res, 500, 'INTERNAL', 'Internal server error');
};

function addProbes(app: Express, options: HttpAppOptions): void {
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    if (options.isDraining()) {
      res.status(503).json({ status: 'draining' });
      return;
    }
    try {
      await options.store.ping();
      res.json({ status: 'ready', store: options.store.name });
    } catch {
      res.status(503).json({ status: 'unavailable', store: options.store.name });
    }
  });
  app.get('/metrics', async (_req, res) => {
    res.type(options.metrics.registry.contentType).send(await options.metrics.registry.metrics());
  });
}

/**
 * The HTTP surface: /graphql (GET and POST per the GraphQL-over-HTTP spec), /graphiql,
 * /healthz, /readyz, /metrics; helmet headers, a CORS allow-list, a body limit, a per-IP rate
 * limit and request-scoped pino logs with request ids.
 */
export function createHttpApp(options: HttpAppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.use(requestLogging(options.logger));
  app.use(helmet());
  addProbes(app, options);
  app.use(createGraphiqlRouter());
  const graphql = express.Router();
  graphql.use(cors({ origin: options.corsOrigins.length > 0 ? [...options.corsOrigins] : false, maxAge: 600 }));
  if (options.rateLimitPerMinute > 0) {
    graphql.use(
      rateLimit({
        windowMs: 60_000,
        limit: options.rateLimitPerMinute,
        standardHeaders: 'draft-7',
        legacyHeaders: false,
        handler: (_req, res) => jsonError(res, 429, 'TOO_MANY_REQUESTS', 'rate limit exceeded, retry later'),
      }),
    );
  }
  graphql.use(timeRequests(options.metrics));
  graphql.use(express.text({ type: () => true, limit: options.bodyLimit }));
  // graphql-http re-reads the stream when the parsed body is empty; an empty string must stay a body.
  graphql.use((req, _res, next) => {
    if (req.body === '') req.body = ' ';
    next();
  });
  graphql.use(
    createGetCaching(options.store, options.publicReads, options.responseCacheBytes > 0 ? new ResponseCache(options.responseCacheBytes) : undefined),
  );
  graphql.all('/', createGraphqlHandler(options));
  app.use('/graphql', graphql);
  app.use(bodyErrors);
  return app;
}
