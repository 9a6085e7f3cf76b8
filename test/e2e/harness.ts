// Starts the real HTTP server on a free port over a real store (from test/support/stores.ts)
// loaded with fixture article graphs, and gives graphql-request clients for it.
import { ClientError, GraphQLClient } from 'graphql-request';
import { startApiServer } from '../../src/api/server.js';
import type { ApiServer } from '../../src/api/server.js';
import { loadConfig } from '../../src/config.js';
import type { ArticleGraph } from '../../src/domain/graph.js';
import { recomputeRelated } from '../../src/graph/related/related.js';
import type { GraphStore } from '../../src/store/port.js';

export const EDITOR_KEY = 'e2e-editor-key-7f3a';
export const READER_KEY = 'e2e-reader-key-91c2';

export interface TestServer {
  readonly server: ApiServer;
  readonly url: string;
  readonly endpoint: string;
  client(key?: string): GraphQLClient;
}

/** A fixed clock: curated edits get deterministic times. */
export const fixedClock = (): Date => new Date(Date.UTC(2025, 5, 1, 12, 0, 0));

export async function startTestServer(store: GraphStore, articles: readonly ArticleGraph[], env: Record<string, string> = {}): Promise<TestServer> {
  for (const article of articles) await store.replaceArticle(article);
  await recomputeRelated(store);
  const config = loadConfig({
    MEDKG_PORT: '0',
    MEDKG_HOST: '127.0.0.1',
    MEDKG_API_KEYS: `dr.rahman:${EDITOR_KEY}`,
    MEDKG_READER_KEYS: `lab:${READER_KEY}`,
    MEDKG_LOG_LEVEL: 'silent',
    MEDKG_RATE_LIMIT_PER_MINUTE: '0',
    // Generous: a shared test Neo4j on a 2-core machine can be slow; the timeout has its own test.
    MEDKG_REQUEST_TIMEOUT_MS: '60000',
    ...env,
  });
  const server = await startApiServer({ store, config, clock: fixedClock, drainTimeoutMs: 2_000 });
  const endpoint = `${server.url}/graphql`;
  return {
    server,
    url: server.url,
    endpoint,
    client: (key) => new GraphQLClient(endpoint, key ? { headers: { authorization: `Bearer ${key}` } } : {}),
  };
}

/** The extensions.code of the first error a request fails with (throws when it succeeds). */
export async function errorCode(request: Promise<unknown>): Promise<string> {
  try {
    await request;
  } catch (error) {
    if (error instanceof ClientError) return String(error.response.errors?.[0]?.extensions?.['code'] ?? 'NO_CODE');
    throw error;
  }
  throw new Error('expected the request to fail');
}
