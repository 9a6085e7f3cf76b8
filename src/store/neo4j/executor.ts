import { auth, bookmarkManager, driver as createDriver, int } from 'neo4j-driver';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { CypherRegistry, TemplateValues } from './cypher-registry.js';
import { toMedkgError } from './errors.js';
import type { QueryName } from './query-names.js';
import { toPlain } from './values.js';
import type { PlainValue } from './values.js';

/** One result row with plain JS values (numbers, strings, ISO times, lists, maps). */
export type Row = Record<string, PlainValue>;
type Params = Record<string, unknown>;

/**
 * What query modules get inside a transaction: a query by its registry name (the text comes
 * from cypher/<name>.cypher), parameters in, plain rows out.
 */
export interface QueryRunner {
  run(name: QueryName, params?: Params, template?: TemplateValues): Promise<Row[]>;
}

/**
 * The one owner of the driver (STYLE.md): opens sessions, runs managed transactions (retried
 * by the driver on transient errors), maps driver errors to MedkgError and converts values.
 * Query modules never see a session, a transaction or a driver type.
 */
export interface Executor {
  read<T>(operation: string, work: (runner: QueryRunner) => Promise<T>): Promise<T>;
  write<T>(operation: string, work: (runner: QueryRunner) => Promise<T>): Promise<T>;
  /** Runs each statement of cypher/schema.cypher in a transaction of its own (schema changes cannot share one). */
  applySchema(): Promise<void>;
  /** Checks that a server answers (throws STORE_UNAVAILABLE when none does). */
  verify(): Promise<void>;
  close(): Promise<void>;
}

interface ExecutorOptions {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database?: string | undefined;
  /** How long the driver keeps retrying a transaction on transient errors. */
  readonly maxTransactionRetryTimeMs?: number | undefined;
  readonly connectionTimeoutMs?: number | undefined;
}

/** Creates the executor; any neo4j://, neo4j+s://, bolt:// … URI works (routing or direct). */
export function createExecutor(options: ExecutorOptions, cypher: CypherRegistry): Executor {
  // A server with auth disabled accepts any credentials, so basic auth fits both set-ups.
  const driver: Driver = createDriver(options.uri, auth.basic(options.user, options.password), {
    // Integers stay lossless in the driver; values.ts converts them, failing loudly on overflow.
    disableLosslessIntegers: false,
    useBigInt: false,
    maxTransactionRetryTime: options.maxTransactionRetryTimeMs ?? 15_000,
    connectionTimeout: options.connectionTimeoutMs ?? 10_000,
  });
  // One bookmark manager for every session: in a cluster a read after a write (from any call
  // of this process) waits for that write, so the store reads its own writes.
  const bookmarks = bookmarkManager();
  const sessionConfig = options.database === undefined ? {} : { database: options.database };

  async function inSession<T>(mode: 'read' | 'write', operation: string, work: (runner: QueryRunner) => Promise<T>): Promise<T> {
    const session = driver.session({ ...sessionConfig, bookmarkManager: bookmarks, defaultAccessMode: mode === 'read' ? 'READ' : 'WRITE' });
    try {
      const transactionWork = (tx: ManagedTransaction): Promise<T> => work(createRunner(tx, cypher));
      return mode === 'read' ? await session.executeRead(transactionWork) : await session.executeWrite(transactionWork);
    } catch (caught) {
      throw toMedkgError(caught, operation);
    } finally {
      await session.close();
    }
  }

  return {
    read: (operation, work) => inSession('read', operation, work),
    write: (operation, work) => inSession('write', operation, work),
    async applySchema() {
      for (const statement of cypher.schema) {
        const session = driver.session({ ...sessionConfig, bookmarkManager: bookmarks, defaultAccessMode: 'WRITE' });
        try {
          await session.executeWrite((tx) => tx.run(statement));
        } catch (caught) {
          throw toMedkgError(caught, 'schema');
        } finally {
          await session.close();
        }
      }
      await inSession('write', 'schema', (runner) => runner.run('schema-await-indexes'));
    },
    async verify() {
      try {
        await driver.verifyConnectivity(sessionConfig);
      } catch (caught) {
        throw toMedkgError(caught, 'connect');
      }
    },
    close: () => driver.close(),
  };
}

function createRunner(tx: ManagedTransaction, cypher: CypherRegistry): QueryRunner {
  return {
    async run(name, params = {}, template) {
      const result = await tx.run(cypher.text(name, template), toParams(params) as Record<string, unknown>);
      return result.records.map((record) => {
        const row: Row = {};
        for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
        return row;
      });
    },
  };
}

/**
 * Whole JS numbers become Cypher INTEGERs (the driver would send every number as a FLOAT, and
 * `LIMIT $first` or an integer offset must be an INTEGER); everything else passes as is.
 */
function toParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? int(value) : value;
  if (Array.isArray(value)) return value.map((item) => toParams(item));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toParams(item)]));
  }
  return value;
}
