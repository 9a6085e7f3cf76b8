// Where test runs get a real Neo4j 5 from (DESIGN.md, "Neo4j without Docker"): NEO4J_URI when
// set, else testcontainers when a Docker engine answers, else scripts/neo4j-local.
import neo4j from 'neo4j-driver';
import { startLocalNeo4j } from '../../scripts/neo4j-local/launcher.js';

export interface TestNeo4j {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly source: 'env' | 'testcontainers' | 'local';
  /** Stops a server this module started; leaves a server named by NEO4J_URI alone. */
  stop(): Promise<void>;
}

const DOCKER_PROBE_MS = 5_000;
const ENV_PROBE_MS = 15_000;
/** Local servers run with auth disabled and accept any credentials; these match config.ts. */
const LOCAL_USER = 'neo4j';
const LOCAL_PASSWORD = 'neo4j-local';

/** True when a missing Neo4j must fail the run (CI sets REQUIRE_NEO4J=1). */
export function neo4jRequired(): boolean {
  return process.env['REQUIRE_NEO4J'] === '1';
}

/**
 * Finds or starts the Neo4j a test run shares. Throws when none can be had; the caller decides
 * whether that fails the run (see neo4jRequired).
 */
export async function resolveNeo4j(log: (line: string) => void = () => undefined): Promise<TestNeo4j> {
  const fromEnv = process.env['NEO4J_URI'];
  if (fromEnv !== undefined && fromEnv !== '') return connectToEnv(fromEnv);
  if (await dockerAnswers()) {
    log('neo4j: a Docker engine answers, starting neo4j:5 with testcontainers');
    return startContainer();
  }
  log('neo4j: no NEO4J_URI and no Docker engine, starting scripts/neo4j-local');
  return startOwnNeo4j();
}

/**
 * Always a fresh local server on its own port and temp data dir, for tests that must stop or
 * break a server without touching the shared one (the API's outage test).
 */
export async function startOwnNeo4j(): Promise<TestNeo4j> {
  const server = await startLocalNeo4j();
  return { uri: server.uri, user: LOCAL_USER, password: LOCAL_PASSWORD, source: 'local', stop: () => server.stop() };
}

async function connectToEnv(uri: string): Promise<TestNeo4j> {
  const user = process.env['NEO4J_USER'] ?? 'neo4j';
  const password = process.env['NEO4J_PASSWORD'] ?? '';
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { connectionTimeout: ENV_PROBE_MS });
  try {
    // A clear message now beats every suite failing with a connection error later.
    await withTimeout(driver.getServerInfo(), ENV_PROBE_MS, `NEO4J_URI=${uri} did not answer`);
  } catch (error) {
    throw new Error(`NEO4J_URI=${uri} is set but Neo4j there does not answer: ${String(error)}`, { cause: error });
  } finally {
    await driver.close();
  }
  return { uri, user, password, source: 'env', stop: () => Promise.resolve() };
}

/** Asks testcontainers for a container runtime; with no engine this fails in milliseconds. */
async function dockerAnswers(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await withTimeout(getContainerRuntimeClient(), DOCKER_PROBE_MS, 'Docker probe timed out');
    return true;
  } catch {
    return false;
  }
}

async function startContainer(): Promise<TestNeo4j> {
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const container = await new Neo4jContainer('neo4j:5').start();
  return {
    uri: container.getBoltUri(),
    user: container.getUsername(),
    password: container.getPassword(),
    source: 'testcontainers',
    stop: async () => {
      await container.stop();
    },
  };
}

async function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
    timer.unref();
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
