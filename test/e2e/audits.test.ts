// graphql-http's own audits of the GraphQL-over-HTTP spec, against our running endpoint.
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite/open.js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bloodDisorderArticles } from '../graph/fixtures/blood-disorders.js';
import type { TestServer } from './harness.js';
import { startTestServer } from './harness.js';

let api: TestServer;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'medkg-audits-'));
  api = await startTestServer(await openSqliteStore({ dataDir }), bloodDisorderArticles.slice(0, 2));
});

afterAll(async () => {
  await api.server.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('GraphQL-over-HTTP audits (graphql-http serverAudits)', () => {
  for (const audit of serverAudits({ url: () => `${api.endpoint}`, fetchFn: fetch })) {
    it(audit.name, async () => {
      const result = await audit.fn();
      // MUST audits must pass; SHOULD/MAY ones are reported as warnings by graphql-http.
      if (audit.name.startsWith('MUST')) expect({ status: result.status, reason: 'reason' in result ? result.reason : '' }).toEqual({ status: 'ok', reason: '' });
      else expect(['ok', 'warn']).toContain(result.status);
    });
  }
});
