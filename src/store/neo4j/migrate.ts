import { MedkgError } from '../../domain/errors.js';
import type { Executor } from './executor.js';
import type { QueryName } from './query-names.js';

/** The schema version this code writes; a store with a higher one is refused (STORE_TOO_NEW). */
const CODE_SCHEMA_VERSION = 1;

interface Migration {
  readonly version: number;
  readonly description: string;
  /** Data migrations (cypher/<name>.cypher) run in one write transaction, after schema.cypher. */
  readonly queries: readonly QueryName[];
}

/**
 * Forward migrations, oldest first. Version 1 is cypher/schema.cypher itself; a later version
 * adds its schema statements to schema.cypher (they are idempotent) and its data rewrites here.
 */
const MIGRATIONS: readonly Migration[] = [{ version: 1, description: 'constraints, indexes and the name index', queries: [] }];

async function storedVersion(executor: Executor): Promise<number> {
  return executor.read('schema version', async (runner) => {
    const [row] = await runner.run('schema-version-read');
    const version = row?.['version'];
    return typeof version === 'number' ? version : 0;
  });
}

/**
 * Brings the store to CODE_SCHEMA_VERSION: refuses a newer store, applies schema.cypher
 * (idempotent), runs each pending migration and records the version. Safe to run at every open,
 * and by several processes at once (every step is idempotent).
 */
export async function migrate(executor: Executor): Promise<number> {
  const stored = await storedVersion(executor);
  if (stored > CODE_SCHEMA_VERSION) {
    throw new MedkgError('STORE_TOO_NEW', `the Neo4j store has schema version ${stored}; this medkg knows up to ${CODE_SCHEMA_VERSION}`, {
      details: { storeVersion: stored, codeVersion: CODE_SCHEMA_VERSION },
    });
  }
  await executor.applySchema();
  for (const migration of MIGRATIONS.filter((item) => item.version > stored)) {
    await executor.write(`migration ${migration.version}`, async (runner) => {
      for (const query of migration.queries) await runner.run(query);
      await runner.run('schema-version-write', { version: migration.version });
    });
  }
  return Math.max(stored, CODE_SCHEMA_VERSION);
}
