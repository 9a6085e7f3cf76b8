import { openSqliteStore } from '../../src/store/sqlite/open.js';
import { QUERY_NAMES, benchQueries, getPath } from './queries.js';
import { readQueryTargets } from './targets.js';

/** A few GET paths of each bench query on an embedded store, to warm `medkg serve` before its RSS is read. */
export async function servePaths(dataDir: string, perQuery = 10): Promise<string[]> {
  const store = await openSqliteStore({ dataDir });
  try {
    const queries = benchQueries(await readQueryTargets(store, 200));
    return QUERY_NAMES.flatMap((name) => Array.from({ length: perQuery }, (_, index) => getPath(queries[name], index * 17)));
  } finally {
    await store.close();
  }
}
