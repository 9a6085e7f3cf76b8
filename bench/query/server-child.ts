// Child process of `npm run bench`: the production API server (startApiServer: pino-http
// request logs, helmet, CORS, body limit, GET caching with ETags, metrics, depth/cost limits,
// the document cache; rate limit OFF) and, in the same process and event loop, a bare express
// route answering "hello" — the baseline every query is compared with. Talks over IPC.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { startApiServer } from '../../src/api/server.js';
import { loadConfig } from '../../src/config.js';
import type { StoreSpec } from '../lib/stores.js';
import { openBenchStore } from '../lib/stores.js';

/** Messages from the child: ready with both URLs, or a memory reading. */
export type ServerChildMessage =
  | { readonly type: 'ready'; readonly apiUrl: string; readonly bareUrl: string }
  | { readonly type: 'memory'; readonly rssBytes: number; readonly peakRssBytes: number };

function listenBare(): Promise<Server> {
  const app = express();
  app.disable('x-powered-by');
  app.get('/hello', (_req, res) => {
    res.type('text/plain').send('hello');
  });
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => resolve(server));
  });
}

async function main(): Promise<void> {
  const spec = JSON.parse(process.argv[2] ?? '{}') as StoreSpec;
  const store = await openBenchStore(spec);
  // The production defaults (config.ts) except: a free port on loopback, and no rate limit.
  const config = loadConfig({ MEDKG_PORT: '0', MEDKG_HOST: '127.0.0.1', MEDKG_RATE_LIMIT_PER_MINUTE: '0' });
  const api = await startApiServer({ store, config });
  const bare = await listenBare();
  const send = (message: ServerChildMessage): void => {
    process.send?.(message);
  };
  process.on('message', (message: { type?: string }) => {
    if (message.type === 'memory') {
      send({ type: 'memory', rssBytes: process.memoryUsage().rss, peakRssBytes: process.resourceUsage().maxRSS * 1024 });
    }
  });
  const stop = (): void => {
    bare.close();
    api.close().finally(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('disconnect', stop);
  send({ type: 'ready', apiUrl: api.url, bareUrl: `http://127.0.0.1:${(bare.address() as AddressInfo).port}` });
}

await main();
