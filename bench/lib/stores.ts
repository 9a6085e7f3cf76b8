import type { GraphStore } from '../../src/store/port.js';
import { openNeo4jStore } from '../../src/store/neo4j/open.js';
import { openSqliteStore } from '../../src/store/sqlite/open.js';

/** Which store a child process opens: a data dir for the embedded store, or a Neo4j server. */
export type StoreSpec =
  | { readonly kind: 'sqlite'; readonly dataDir: string }
  | { readonly kind: 'neo4j'; readonly uri: string; readonly user: string; readonly password: string };

export function openBenchStore(spec: StoreSpec): Promise<GraphStore> {
  return spec.kind === 'sqlite' ? openSqliteStore({ dataDir: spec.dataDir }) : openNeo4jStore({ uri: spec.uri, user: spec.user, password: spec.password });
}
