import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { pino } from 'pino';
import type { Config } from '../config.js';
import type { GraphStore } from '../store/port.js';
import type { IngestFiles } from './context.js';
import { createServiceCache } from './context.js';
import { createHttpApp } from './http/app.js';
import { createMetrics, instrumentStore } from './metrics.js';
import { buildApiSchema } from './schema.js';

export type ServerConfig = Pick<
  Config,
  | 'port' | 'host' | 'apiKeys' | 'readerKeys' | 'publicReads' | 'corsOrigins' | 'bodyLimit' | 'rateLimitPerMinute'
  | 'maxDepth' | 'maxCost' | 'maxFirst' | 'requestTimeoutMs' | 'logLevel' | 'maxArticleBytes' | 'responseCacheMb'
>;

export interface ApiServerOptions {
  readonly store: GraphStore;
  readonly config: ServerConfig;
  readonly logger?: Logger;
  readonly clock?: () => Date;
  readonly ingest?: IngestFiles;
  /** How long shutdown waits for in-flight requests before cutting connections. */
  readonly drainTimeoutMs?: number;
}

export interface ApiServer {
  readonly url: string;
  readonly port: number;
  /** Stops accepting, drains in-flight requests, then closes the store. Idempotent. */
  close(): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

function drain(server: Server, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => server.closeAllConnections(), timeoutMs);
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    server.closeIdleConnections();
  });
}

/**
 * Starts the GraphQL API over HTTP on the configured host and port (0 picks a free port).
 * The store is owned by the server from here on: close() closes it after draining.
 */
export async function startApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const { config } = options;
  const logger = options.logger ?? pino({ level: config.logLevel, name: 'medkg' });
  const metrics = createMetrics();
  const store = instrumentStore(options.store, metrics);
  let draining = false;
  const app = createHttpApp({
    schema: buildApiSchema(),
    dependencies: {
      store,
      auth: { apiKeys: config.apiKeys, readerKeys: config.readerKeys, publicReads: config.publicReads },
      maxFirst: config.maxFirst,
      maxArticleBytes: config.maxArticleBytes,
      clock: options.clock ?? (() => new Date()),
      ingest: options.ingest,
      cache: createServiceCache(),
    },
    metrics,
    maxDepth: config.maxDepth,
    maxCost: config.maxCost,
    requestTimeoutMs: config.requestTimeoutMs,
    responseCacheBytes: Math.round(config.responseCacheMb * 1024 * 1024),
    logInternal: (error, path) => logger.error({ err: error, path }, 'internal error in a resolver'),
    store,
    logger,
    corsOrigins: config.corsOrigins,
    bodyLimit: config.bodyLimit,
    rateLimitPerMinute: config.rateLimitPerMinute,
    publicReads: config.publicReads,
    isDraining: () => draining,
  });
  const server = createServer(app);
  server.requestTimeout = config.requestTimeoutMs * 2;
  const address = await listen(server, config.port, config.host);
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const shownHost = host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host;
  logger.info({ port: address.port, store: options.store.name }, 'medkg API listening');
  let closing: Promise<void> | undefined;
  return {
    url: `http://${shownHost}:${address.port}`,
    port: address.port,
    close() {
      closing ??= (async () => {
        draining = true;
        await drain(server, options.drainTimeoutMs ?? 10_000);
        await options.store.close();
        logger.info('medkg API stopped');
      })();
      return closing;
    },
  };
}
