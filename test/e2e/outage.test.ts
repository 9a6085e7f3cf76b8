// Neo4j goes away mid-run: /readyz answers 503 and queries STORE_UNAVAILABLE; when the same
// server comes back (same port, same data), the API recovers by itself. The test stops a real
// Neo4j of its own (scripts/neo4j-local), never the run's shared one.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gql } from 'graphql-request';
import { afterAll, describe, expect, it } from 'vitest';
import { startLocalNeo4j } from '../../scripts/neo4j-local/launcher.js';
import type { LocalNeo4j } from '../../scripts/neo4j-local/launcher.js';
import { openNeo4jStore } from '../../src/store/neo4j/open.js';
import { neo4jConnection } from '../support/stores.js';
import { neo4jRequired } from '../support/neo4j.js';
import { bloodDisorderArticles } from '../graph/fixtures/blood-disorders.js';
import type { TestServer } from './harness.js';
import { errorCode, startTestServer } from './harness.js';

const canRun = neo4jConnection() !== null || neo4jRequired();

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}

describe.skipIf(!canRun)('Neo4j outage and recovery', () => {
  let neo4j: LocalNeo4j | undefined;
  let api: TestServer | undefined;
  let dataDir: string | undefined;

  afterAll(async () => {
    await api?.server.close().catch(() => undefined);
    await neo4j?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('answers 503 and STORE_UNAVAILABLE while Neo4j is down, and recovers when it returns', { timeout: 600_000 }, async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'medkg-outage-'));
    neo4j = await startLocalNeo4j({ dataDir });
    const port = neo4j.port;
    const store = await openNeo4jStore({ uri: neo4j.uri, user: 'neo4j', password: 'neo4j-local', maxTransactionRetryTimeMs: 1_000 });
    api = await startTestServer(store, bloodDisorderArticles.slice(0, 2));
    const query = gql`{ node(id: "HGNC:4827") { id name } }`;
    expect(await api.client().request(query)).toEqual({ node: { id: 'HGNC:4827', name: 'HBB' } });
    expect((await fetch(`${api.url}/readyz`)).status).toBe(200);

    await neo4j.stop();
    neo4j = undefined;
    expect((await fetch(`${api.url}/readyz`)).status).toBe(503);
    expect(await errorCode(api.client().request(query))).toBe('STORE_UNAVAILABLE');
    const health = await fetch(`${api.url}/healthz`);
    expect(health.status).toBe(200);

    neo4j = await startLocalNeo4j({ dataDir, port });
    const url = api.url;
    await waitFor(async () => (await fetch(`${url}/readyz`)).status === 200, 60_000);
    expect(await api.client().request(query)).toEqual({ node: { id: 'HGNC:4827', name: 'HBB' } });
  });
});
