// End to end: the editors' review queue over the real HTTP server and each real store — listing
// needs an editor key, a rejected suggestion leaves the queue and shows in the audit log, an
// accepted one records who and why.
import { gql } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recomputeSuggestions } from '../../src/graph/suggest/refresh.js';
import type { GraphStore } from '../../src/store/port.js';
import { bloodDisorderArticles } from '../graph/fixtures/blood-disorders.js';
import { storeFactories } from '../support/stores.js';
import type { TestServer } from './harness.js';
import { EDITOR_KEY, READER_KEY, errorCode, startTestServer } from './harness.js';

const QUEUE = gql`
  query Queue($first: Int!, $after: String) {
    suggestions(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id kind score explanation entities articles action evidence { article sentence source } } }
    }
  }
`;

interface Queue {
  suggestions: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; kind: string; score: number; explanation: string; action: string } }[];
  };
}

describe.each(storeFactories())('editors review queue over HTTP [$name]', (factory) => {
  describe.skipIf(!factory.available)(`on ${factory.name}`, () => {
    let store: GraphStore;
    let api: TestServer;
    beforeAll(async () => {
      await factory.reset();
      store = await factory.open();
      api = await startTestServer(store, bloodDisorderArticles);
      await recomputeSuggestions(store);
    });
    afterAll(async () => {
      await api.server.close();
      await factory.dispose();
    });

    it('refuses the queue without a key and to a reader key', async () => {
      expect(await errorCode(api.client().request(QUEUE, { first: 5 }))).toBe('UNAUTHENTICATED');
      expect(await errorCode(api.client(READER_KEY).request(QUEUE, { first: 5 }))).toBe('FORBIDDEN');
    });

    it('lists suggestions best first with explanations, paging to the end', async () => {
      const seen: Queue['suggestions']['edges'] = [];
      let after: string | null = null;
      let total = 0;
      for (let page = 0; page < 50; page += 1) {
        const data: Queue = await api.client(EDITOR_KEY).request<Queue>(QUEUE, { first: 3, after });
        total = data.suggestions.totalCount;
        seen.push(...data.suggestions.edges);
        after = data.suggestions.pageInfo.endCursor;
        if (!data.suggestions.pageInfo.hasNextPage) break;
      }
      expect(total).toBeGreaterThan(0);
      expect(seen).toHaveLength(total);
      const scores = seen.map((edge) => edge.node.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
      for (const edge of seen) expect(edge.node.explanation.length).toBeGreaterThan(10);
    });

    it('takes a rejected suggestion out of the queue and into the audit log with who and why', async () => {
      const before = await api.client(EDITOR_KEY).request<Queue>(QUEUE, { first: 1 });
      const target = before.suggestions.edges[0]?.node;
      expect(target).toBeDefined();
      const verdict = await api.client(EDITOR_KEY).request<{ rejectSuggestion: { verdict: string; editor: string; reason: string } }>(
        gql`mutation ($id: ID!) { rejectSuggestion(id: $id, reason: "covered by another article") { verdict editor reason } }`,
        { id: target?.id },
      );
      expect(verdict.rejectSuggestion).toEqual({ verdict: 'REJECTED', editor: 'dr.rahman', reason: 'covered by another article' });
      const after = await api.client(EDITOR_KEY).request<Queue>(QUEUE, { first: 100 });
      expect(after.suggestions.totalCount).toBe(before.suggestions.totalCount - 1);
      expect(after.suggestions.edges.map((edge) => edge.node.id)).not.toContain(target?.id);
      const log = await api.client(EDITOR_KEY).request<{ auditLog: { target: string; action: string; editor: string }[] }>(gql`{ auditLog(first: 10) { target action editor reason at kind } }`);
      expect(log.auditLog).toContainEqual(expect.objectContaining({ target: target?.id, editor: 'dr.rahman' }));
    });

    it('refuses a decision without a reason and on an unknown suggestion', async () => {
      expect(await errorCode(api.client(EDITOR_KEY).request(gql`mutation { rejectSuggestion(id: "nope", reason: " ") { verdict } }`))).toBe('BAD_USER_INPUT');
      expect(await errorCode(api.client(EDITOR_KEY).request(gql`mutation { rejectSuggestion(id: "no-such-suggestion", reason: "x") { verdict } }`))).toBe('NOT_FOUND');
    });
  });
});
