import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));

export interface ServeRssResult {
  readonly rssBytes: number;
  readonly peakRssBytes: number;
  readonly startMs: number;
  readonly requests: number;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** VmRSS and VmHWM (peak) of a process from /proc (Linux), in bytes. */
async function procMemory(pid: number): Promise<{ rss: number; peak: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const field = (name: string): number => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'mu').exec(status)?.[1] ?? Number.NaN) * 1024;
  return { rss: field('VmRSS'), peak: field('VmHWM') };
}

async function waitReady(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`medkg serve was not ready within ${timeoutMs} ms`);
}

/**
 * Starts the real `medkg serve` (node + tsx, the embedded store in `dataDir`), sends it the
 * given GET paths (so caches, prepared statements and the schema are warm), and reads its RSS.
 */
export async function measureServeRss(dataDir: string, paths: readonly string[]): Promise<ServeRssResult> {
  const port = await freePort();
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'serve'], {
    env: { ...process.env, MEDKG_DATA_DIR: dataDir, MEDKG_PORT: String(port), MEDKG_HOST: '127.0.0.1', MEDKG_RATE_LIMIT_PER_MINUTE: '0', NEO4J_URI: '' },
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  try {
    const url = `http://127.0.0.1:${port}`;
    await waitReady(url, 180_000);
    const startMs = Date.now() - started;
    for (const path of paths) await (await fetch(`${url}${path}`, { headers: { accept: 'application/graphql-response+json' } })).arrayBuffer();
    const memory = await procMemory(child.pid ?? -1);
    return { rssBytes: memory.rss, peakRssBytes: memory.peak, startMs, requests: paths.length };
  } finally {
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
  }
}
