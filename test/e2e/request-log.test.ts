// The request log over real HTTP: one line per request with its id, method, URL and status,
// never the Authorization header (it carries an editor's API key).
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiServer } from '../../src/api/server.js';
import { startApiServer } from '../../src/api/server.js';
import { loadConfig } from '../../src/config.js';
import { sqliteStoreFactory } from '../support/stores.js';

const EDITOR_KEY = 'request-log-editor-key-5d1e';

describe('request log', () => {
  const factory = sqliteStoreFactory();
  const lines: Record<string, unknown>[] = [];
  let server: ApiServer;
  beforeAll(async () => {
    await factory.reset();
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    });
    const config = loadConfig({ MEDKG_PORT: '0', MEDKG_HOST: '127.0.0.1', MEDKG_API_KEYS: `dr.lee:${EDITOR_KEY}`, MEDKG_RATE_LIMIT_PER_MINUTE: '0' });
    server = await startApiServer({ store: await factory.open(), config, logger: pino({ level: 'info' }, sink) });
  });
  afterAll(async () => {
    await server.close();
    await factory.dispose();
  });

  function requestLines(): Record<string, unknown>[] {
    return lines.filter((line) => line['msg'] === 'request completed');
  }

  it('logs id, method, URL, status and time, and no header', async () => {
    const query = `{ search(text: "${'a'.repeat(2000)}", first: 1) { score } }`;
    const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent(query)}`, {
      headers: { authorization: `Bearer ${EDITOR_KEY}`, 'x-request-id': 'widget-42', accept: 'application/json' },
    });
    await response.text();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const line = requestLines().find((entry) => (entry['req'] as { id?: string } | undefined)?.id === 'widget-42');
    expect(line).toBeDefined();
    const req = line?.['req'] as { method: string; url: string };
    expect(req.method).toBe('GET');
    expect(req.url.startsWith('/graphql?query=')).toBe(true);
    // The URL is shortened: a GET document can be long.
    expect(req.url.length).toBeLessThanOrEqual(1025);
    expect(req.url.endsWith('…')).toBe(true);
    expect(line?.['res']).toEqual({ statusCode: response.status });
    expect(typeof line?.['responseTime']).toBe('number');
    expect(response.headers.get('x-request-id')).toBe('widget-42');
    expect(JSON.stringify(lines)).not.toContain(EDITOR_KEY);
    expect(Object.keys(req)).not.toContain('headers');
  });

  it('does not log the probes', async () => {
    const before = requestLines().length;
    await (await fetch(`${server.url}/healthz`)).text();
    await (await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`)).text();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const added = requestLines().slice(before).map((entry) => (entry['req'] as { url: string }).url);
    expect(added).toEqual(['/graphql?query=%7B%20__typename%20%7D']);
  });
});
