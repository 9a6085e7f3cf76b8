// Starts a real Neo4j 5 DBMS (scripts/neo4j-local/Neo4jLocal.java) as a child process, for tests
// and tools on machines without Docker. Each call is its own server on its own port and data dir.
import { spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter, once } from 'node:events';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { MedkgError } from '../../src/domain/errors.js';

const launcherDir = dirname(fileURLToPath(import.meta.url));
const READY_LINE = /^NEO4J_READY (bolt:\/\/\S+)$/;
const PORT_TAKEN = /BindException|Address already in use|already in use/i;
const KEPT_LOG_LINES = 40;

export interface LocalNeo4jOptions {
  /** Bolt port; a free one is picked when absent. */
  readonly port?: number | undefined;
  /** Data directory, kept on stop; a temp dir deleted on stop when absent. */
  readonly dataDir?: string | undefined;
  readonly heapMb?: number | undefined;
  readonly pagecacheMb?: number | undefined;
  readonly readyTimeoutMs?: number | undefined;
  /** Receives every line the server prints (stdout and stderr). */
  readonly log?: ((line: string) => void) | undefined;
}

/** A running local server. Auth is disabled: any user and password are accepted. */
export interface LocalNeo4j {
  readonly uri: string;
  readonly port: number;
  readonly dataDir: string;
  /** The java process id, so tests can prove that stop() ended it. */
  readonly pid: number;
  /** Stops the server (SIGTERM, clean shutdown) and resolves once the process has exited. */
  stop(): Promise<void>;
}

/**
 * Starts a fresh Neo4j server and resolves once it accepts Bolt connections. Fetches the Maven
 * artifacts and compiles the launcher on first use. The server also stops by itself when this
 * process dies, since it watches its stdin pipe.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions = {}): Promise<LocalNeo4j> {
  await ensureBuilt(options.log);
  const ownsDataDir = options.dataDir === undefined;
  const dataDir = ownsDataDir ? await mkdtemp(join(tmpdir(), 'medkg-neo4j-')) : resolve(options.dataDir as string);
  await mkdir(dataDir, { recursive: true });
  const attempts = options.port === undefined ? 3 : 1;
  try {
    for (let attempt = 1; ; attempt += 1) {
      const port = options.port ?? (await findFreePort());
      try {
        return await launch(port, dataDir, ownsDataDir, options);
      } catch (error) {
        // A picked port can be taken by someone else before java binds it: pick again.
        const portTaken = error instanceof MedkgError && error.details['portTaken'] === true;
        if (!portTaken || attempt >= attempts) throw error;
      }
    }
  } catch (error) {
    if (ownsDataDir) await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/** Runs build.sh (Maven fetch when target/lib is missing, javac when the class is stale). */
async function ensureBuilt(log: LocalNeo4jOptions['log']): Promise<void> {
  const build = spawn('bash', [join(launcherDir, 'build.sh')], { stdio: ['ignore', 'pipe', 'pipe'] });
  const output = collectLines(build, log);
  const [code] = (await once(build, 'exit')) as [number | null];
  if (code !== 0) {
    throw new MedkgError('STORE_UNAVAILABLE', `scripts/neo4j-local/build.sh failed (exit ${String(code)}):\n${output.lines.join('\n')}`);
  }
}

async function launch(port: number, dataDir: string, ownsDataDir: boolean, options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const target = join(launcherDir, 'target');
  const args = [
    `@${join(launcherDir, 'jvm.args')}`,
    `-Xmx${options.heapMb ?? 1024}m`,
    '-cp',
    `${join(target, 'lib', '*')}:${join(target, 'classes')}`,
    'Neo4jLocal',
    '--port',
    String(port),
    '--data',
    dataDir,
    '--pagecache-mb',
    String(options.pagecacheMb ?? 256),
  ];
  // stdin stays an open pipe for the server's whole life: its end tells the server to stop.
  const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const output = collectLines(child, options.log);
  const uri = await waitForReady(child, output, port, dataDir, options.readyTimeoutMs ?? 180_000);
  unrefChild(child);
  let stopping: Promise<void> | undefined;
  return {
    uri,
    port,
    dataDir,
    pid: child.pid ?? -1,
    stop() {
      stopping ??= stopChild(child).then(async () => {
        if (ownsDataDir) await rm(dataDir, { recursive: true, force: true });
      });
      return stopping;
    },
  };
}

function waitForReady(child: ChildProcess, output: Output, port: number, dataDir: string, timeoutMs: number): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const fail = (reason: string): void => {
      cleanup();
      const logTail = output.lines.join('\n');
      reject(
        new MedkgError(
          'STORE_UNAVAILABLE',
          `local Neo4j on port ${port} ${reason}; server logs in ${join(dataDir, 'logs')}. Last output:\n${logTail}`,
          { details: { portTaken: PORT_TAKEN.test(logTail) } },
        ),
      );
    };
    const onLine = (line: string): void => {
      const match = READY_LINE.exec(line);
      if (match?.[1] === undefined) return;
      cleanup();
      resolvePromise(match[1]);
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null): void =>
      fail(`exited before it was ready (code ${String(code)}, signal ${String(signal)})`);
    const onError = (error: Error): void => fail(`could not be started: ${error.message}`);
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(`was not ready after ${timeoutMs} ms`);
    }, timeoutMs);
    const cleanup = (): void => {
      clearTimeout(timer);
      output.events.off('line', onLine);
      child.off('exit', onExit);
      child.off('error', onError);
    };
    output.events.on('line', onLine);
    child.once('exit', onExit);
    child.once('error', onError);
  });
}

interface Output {
  /** The last lines printed, for error messages. */
  readonly lines: string[];
  /** Emits 'line' for each line on stdout or stderr. */
  readonly events: EventEmitter;
}

function collectLines(child: ChildProcess, log: LocalNeo4jOptions['log']): Output {
  const output: Output = { lines: [], events: new EventEmitter() };
  const keep = (line: string): void => {
    output.lines.push(line);
    if (output.lines.length > KEPT_LOG_LINES) output.lines.shift();
    log?.(line);
    output.events.emit('line', line);
  };
  for (const stream of [child.stdout, child.stderr]) {
    if (stream !== null) createInterface({ input: stream }).on('line', keep);
  }
  return output;
}

/** A forgotten stop() must not keep Node alive; Node's exit then closes stdin, which stops java. */
function unrefChild(child: ChildProcess): void {
  child.unref();
  for (const stream of [child.stdin, child.stdout, child.stderr]) {
    (stream as unknown as { unref?: () => void } | null)?.unref?.();
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  try {
    await exited;
  } finally {
    clearTimeout(killer);
  }
}

/** Asks the OS for a free port on the loopback interface. */
async function findFreePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  await once(server, 'close');
  if (address === null || typeof address === 'string') throw new Error('no TCP address for a free port');
  return address.port;
}
