// vitest globalSetup: one Neo4j for the whole run, shared by every suite through inject('neo4j').
import type { TestProject } from 'vitest/node';
import { neo4jRequired, resolveNeo4j, type TestNeo4j } from './neo4j.js';

let shared: TestNeo4j | undefined;

/**
 * Starts (or finds) the run's Neo4j once. Without one, REQUIRE_NEO4J=1 fails the run; otherwise
 * suites get null and skip their Neo4j cases, and one line says why.
 */
export async function setup(project: TestProject): Promise<void> {
  const started = Date.now();
  try {
    shared = await resolveNeo4j((line) => console.log(line));
  } catch (error) {
    if (neo4jRequired()) {
      throw new Error(`REQUIRE_NEO4J=1 but no Neo4j could be had: ${String(error)}`, { cause: error });
    }
    const reason = String(error).split('\n')[0] ?? '';
    console.warn(`neo4j: none available, Neo4j cases will be skipped (set REQUIRE_NEO4J=1 to fail instead): ${reason}`);
    project.provide('neo4j', null);
    return;
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`neo4j: using ${shared.uri} (${shared.source}, ready in ${seconds} s)`);
  project.provide('neo4j', { uri: shared.uri, user: shared.user, password: shared.password });
}

export async function teardown(): Promise<void> {
  await shared?.stop();
  shared = undefined;
}
