// A Neo4j that is not there, or goes away, is STORE_UNAVAILABLE (retriable), never INTERNAL:
// /readyz and the API tell users to retry. Stops only a server this file started itself.
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { openNeo4jStore } from '../../../src/store/neo4j/open.js';
import { startOwnNeo4j } from '../../support/neo4j.js';
import { neo4jStoreFactory } from '../../support/stores.js';

/** A port nothing listens on: bound for a moment to get a free number, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('Neo4j adapter when the server is unreachable', () => {
  it('fails to open with a retriable STORE_UNAVAILABLE', async () => {
    const port = await closedPort();
    await expect(openNeo4jStore({ uri: `neo4j://127.0.0.1:${port}`, user: 'neo4j', password: 'x', maxTransactionRetryTimeMs: 500 })).rejects.toMatchObject({
      code: 'STORE_UNAVAILABLE',
      retriable: true,
    });
  });

  describe.skipIf(!neo4jStoreFactory().available)('with a server of its own', () => {
    it('answers ping, then throws STORE_UNAVAILABLE once the server has stopped', async () => {
      const server = await startOwnNeo4j();
      let stopped = false;
      try {
        const store = await openNeo4jStore({ uri: server.uri, user: server.user, password: server.password, maxTransactionRetryTimeMs: 500 });
        try {
          await store.ping();
          await server.stop();
          stopped = true;
          await expect(store.ping()).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE', retriable: true });
          await expect(store.getNodes(['DOID:13533'])).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
        } finally {
          await store.close();
        }
        await expect(store.ping()).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
      } finally {
        if (!stopped) await server.stop();
      }
    }, 180_000);
  });
});
