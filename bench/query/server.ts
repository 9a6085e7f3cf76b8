import type { ChildProcess } from 'node:child_process';
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { StoreSpec } from '../lib/stores.js';
import type { ServerChildMessage } from './server-child.js';

const SCRIPT = fileURLToPath(new URL('./server-child.ts', import.meta.url));

export interface ServerChild {
  readonly apiUrl: string;
  readonly bareUrl: string;
  readonly pid: number;
  memory(): Promise<{ rssBytes: number; peakRssBytes: number }>;
  stop(): Promise<void>;
}

/**
 * Starts the API server and the bare route in a child process, so the load generator
 * (autocannon, in this process) never shares an event loop with the server it measures.
 * Request logs go to /dev/null: written and serialised as in production, but not kept.
 */
export async function startServerChild(spec: StoreSpec, timeoutMs = 120_000): Promise<ServerChild> {
  const child: ChildProcess = fork(SCRIPT, [JSON.stringify(spec)], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const ready = await new Promise<Extract<ServerChildMessage, { type: 'ready' }>>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the bench server did not start in time')), timeoutMs);
    child.on('message', (message: ServerChildMessage) => {
      if (message.type !== 'ready') return;
      clearTimeout(timer);
      resolve(message);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the bench server exited with ${code} before it was ready`));
    });
  });
  return {
    apiUrl: ready.apiUrl,
    bareUrl: ready.bareUrl,
    pid: child.pid ?? -1,
    async memory() {
      const reply = new Promise<Extract<ServerChildMessage, { type: 'memory' }>>((resolve) => {
        const listener = (message: ServerChildMessage): void => {
          if (message.type !== 'memory') return;
          child.off('message', listener);
          resolve(message);
        };
        child.on('message', listener);
      });
      child.send({ type: 'memory' });
      return reply;
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}
