// End to end: repeated GET /graphql answers come from the process cache (keyed by ETag, which
// carries the store's data version), and an editor's retraction is never hidden by it.
import { gql } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../src/store/port.js';
import { bloodDisorderArticles, n } from '../graph/fixtures/blood-disorders.js';
import { storeFactories } from '../support/stores.js';
import type { TestServer } from './harness.js';
import { EDITOR_KEY, startTestServer } from './harness.js';

const QUERY = `{ node(id: "${n.hbb.id}") { ... on Gene { neighbours(predicates: [GENE_ASSOCIATED_WITH]) { totalCount } } } }`;

async function cachedAnswers(api: TestServer): Promise<number> {
  const metrics = await (await fetch(`${api.url}/metrics`)).text();
  return metrics
    .split('\n')
    .filter((line) => line.includes('_count{') && line.includes('operation="cached"') && line.includes('status="200"'))
    .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
}

describe.each(storeFactories())('GET answer cache [$name]', (factory) => {
  describe.skipIf(!factory.available)(`on ${factory.name}`, () => {
    let store: GraphStore;
    let api: TestServer;
    beforeAll(async () => {
      await factory.reset();
      store = await factory.open();
      api = await startTestServer(store, bloodDisorderArticles);
    });
    afterAll(async () => {
      await api.server.close();
      await factory.dispose();
    });

    it('answers a repeated GET from the cache with the same body and ETag', async () => {
      const url = `${api.endpoint}?query=${encodeURIComponent(QUERY)}`;
      const first = await fetch(url, { headers: { accept: 'application/json' } });
      const firstBody = await first.text();
      const hitsBefore = await cachedAnswers(api);
      const second = await fetch(url, { headers: { accept: 'application/json' } });
      expect(await second.text()).toBe(firstBody);
      expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
      expect(await cachedAnswers(api)).toBe(hitsBefore + 1);
    });

    it('answers afresh after a retraction', async () => {
      const url = `${api.endpoint}?query=${encodeURIComponent(QUERY)}`;
      const count = async () => ((await (await fetch(url, { headers: { accept: 'application/json' } })).json()) as { data: { node: { neighbours: { totalCount: number } } } }).data.node.neighbours.totalCount;
      const before = await count();
      await count();
      await api.client(EDITOR_KEY).request(gql`mutation R($input: EdgeInput!) { retractEdge(input: $input) { action } }`, {
        input: { subject: n.hbb.id, predicate: 'GENE_ASSOCIATED_WITH', object: n.betaThalassemia.id, reason: 'checking the source' },
      });
      expect(await count()).toBe(before - 1);
    });
  });
});
