// Proves scripts/neo4j-local gives isolated, real Neo4j servers that really stop: the outage test
// of the API and the shared test server rely on exactly this. Two servers start at once: one in
// this process, one in a helper process that the last test kills (JVM start-ups are the cost).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalNeo4j, type LocalNeo4j } from '../../scripts/neo4j-local/launcher.js';

const helperScript = fileURLToPath(new URL('./start-and-wait.ts', import.meta.url));

interface HelperServer {
  readonly helper: ChildProcessWithoutNullStreams;
  readonly uri: string;
  readonly javaPid: number;
}

/** Starts a server from a separate Node process, which prints "ready <uri> <java pid>". */
function startInHelper(dataDir: string): Promise<HelperServer> {
  const helper = spawn(process.execPath, ['--import', 'tsx', helperScript, dataDir]);
  return new Promise((resolve, reject) => {
    let output = '';
    const collect = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const match = /^ready (\S+) (\d+)$/m.exec(output);
      if (match?.[1] !== undefined) resolve({ helper, uri: match[1], javaPid: Number(match[2]) });
    };
    helper.stdout.on('data', collect);
    helper.stderr.on('data', collect);
    helper.once('exit', (code) => reject(new Error(`helper exited early (code ${String(code)}): ${output}`)));
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return !isAlive(pid);
}

function driverFor(uri: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic('neo4j', 'any-password'));
}

async function countMarked(driver: Driver, marker: string): Promise<number> {
  const result = await driver.executeQuery('MATCH (n:InfraProbe {marker: $marker}) RETURN count(n) AS c', { marker });
  return Number(result.records[0]?.get('c'));
}

describe('scripts/neo4j-local launcher', () => {
  let helperDataDir: string;
  let first: LocalNeo4j;
  let second: HelperServer;
  let firstDriver: Driver;
  let secondDriver: Driver;

  beforeAll(async () => {
    helperDataDir = await mkdtemp(join(tmpdir(), 'medkg-infra-'));
    [first, second] = await Promise.all([startLocalNeo4j(), startInHelper(helperDataDir)]);
    firstDriver = driverFor(first.uri);
    secondDriver = driverFor(second.uri);
  });

  afterAll(async () => {
    await Promise.all([firstDriver?.close(), secondDriver?.close()]);
    await first?.stop();
    second?.helper.kill('SIGKILL');
    if (second !== undefined) await waitUntilGone(second.javaPid, 60_000);
    await rm(helperDataDir, { recursive: true, force: true });
  });

  it('runs two servers at once on different ports and data dirs', async () => {
    expect(first.uri).not.toBe(second.uri);
    expect(first.dataDir).not.toBe(helperDataDir);
    const [firstInfo, secondInfo] = await Promise.all([firstDriver.getServerInfo(), secondDriver.getServerInfo()]);
    expect(firstInfo.agent).toMatch(/^Neo4j\/5\./);
    expect(secondInfo.agent).toMatch(/^Neo4j\/5\./);
  });

  it('keeps what one server stores invisible to the other', async () => {
    const marker = `isolation-${Date.now()}`;
    await firstDriver.executeQuery('CREATE (:InfraProbe {marker: $marker})', { marker });
    expect(await countMarked(firstDriver, marker)).toBe(1);
    expect(await countMarked(secondDriver, marker)).toBe(0);
    await firstDriver.executeQuery('MATCH (n:InfraProbe {marker: $marker}) DELETE n', { marker });
  });

  it('ends the java process on stop() while the other server keeps answering', async () => {
    await firstDriver.close();
    await first.stop();
    expect(isAlive(first.pid)).toBe(false);
    const probe = driverFor(first.uri);
    await expect(probe.getServerInfo()).rejects.toThrow();
    await probe.close();
    const result = await secondDriver.executeQuery('RETURN 41 + 1 AS answer');
    expect(Number(result.records[0]?.get('answer'))).toBe(42);
  });

  it('stops the server by itself when the process that started it is killed', async () => {
    expect(isAlive(second.javaPid)).toBe(true);
    second.helper.kill('SIGKILL');
    expect(await waitUntilGone(second.javaPid, 60_000)).toBe(true);
  }, 90_000);
});
