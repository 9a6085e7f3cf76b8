// Proves scripts/neo4j-local gives isolated, real Neo4j servers that really stop: the outage test
// of the API and the shared test server rely on exactly this.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalNeo4j, type LocalNeo4j } from '../../scripts/neo4j-local/launcher.js';

const orphanScript = fileURLToPath(new URL('./start-and-wait.ts', import.meta.url));

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
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return !isAlive(pid);
}

function driverFor(server: LocalNeo4j): Driver {
  return neo4j.driver(server.uri, neo4j.auth.basic('neo4j', 'any-password'));
}

async function countMarked(driver: Driver, marker: string): Promise<number> {
  const result = await driver.executeQuery('MATCH (n:InfraProbe {marker: $marker}) RETURN count(n) AS c', { marker });
  return Number(result.records[0]?.get('c'));
}

describe('scripts/neo4j-local launcher', () => {
  let first: LocalNeo4j;
  let second: LocalNeo4j;
  let firstDriver: Driver;
  let secondDriver: Driver;

  beforeAll(async () => {
    [first, second] = await Promise.all([startLocalNeo4j(), startLocalNeo4j()]);
    firstDriver = driverFor(first);
    secondDriver = driverFor(second);
  });

  afterAll(async () => {
    await Promise.all([firstDriver?.close(), secondDriver?.close()]);
    await Promise.all([first?.stop(), second?.stop()]);
  });

  it('runs two servers at once on different ports and data dirs', async () => {
    expect(first.port).not.toBe(second.port);
    expect(first.dataDir).not.toBe(second.dataDir);
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
    const probe = driverFor(first);
    await expect(probe.getServerInfo()).rejects.toThrow();
    await probe.close();
    const result = await secondDriver.executeQuery('RETURN 41 + 1 AS answer');
    expect(Number(result.records[0]?.get('answer'))).toBe(42);
  });

  it('stops the server by itself when the process that started it is killed', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'medkg-orphan-'));
    try {
      const parent = spawn(process.execPath, ['--import', 'tsx', orphanScript, dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
      const javaPid = await new Promise<number>((resolve, reject) => {
        let output = '';
        parent.stdout.setEncoding('utf8');
        parent.stdout.on('data', (chunk: string) => {
          output += chunk;
          const match = /^pid (\d+)$/m.exec(output);
          if (match !== null) resolve(Number(match[1]));
        });
        parent.once('exit', (code) => reject(new Error(`helper exited early (code ${String(code)}): ${output}`)));
      });
      expect(isAlive(javaPid)).toBe(true);
      parent.kill('SIGKILL');
      expect(await waitUntilGone(javaPid, 60_000)).toBe(true);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 240_000);
});
