// The load generator's warm pass: a request count that ends the run early, and a time cap that
// ends it when the server is slower than the count needs.
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { runLoad } from '../../bench/query/load.js';

let server: Server | undefined;

async function serve(delayMs: number, seen: string[]): Promise<string> {
  server = createServer((req, res) => {
    seen.push(req.url ?? '');
    setTimeout(() => res.end('ok'), delayMs);
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

describe('runLoad', () => {
  it('stops after `amount` requests, each path asked once', async () => {
    const seen: string[] = [];
    const paths = ['/a', '/b', '/c', '/d', '/e', '/f', '/g'];
    const result = await runLoad({ baseUrl: await serve(0, seen), paths, connections: 8, seconds: 30, amount: paths.length });
    expect(result.requests).toBe(paths.length);
    expect([...seen].sort()).toEqual(paths);
    expect(result.failures).toBe(0);
  });

  it('ends at its time cap when the requests take longer than that', async () => {
    const seen: string[] = [];
    const started = Date.now();
    const result = await runLoad({ baseUrl: await serve(400, seen), paths: ['/slow'], connections: 1, seconds: 1, amount: 1000 });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(result.requests).toBeLessThan(10);
  });
});
