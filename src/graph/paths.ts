import { badInput, notFound } from '../domain/errors.js';
import type { Predicate } from '../domain/predicates.js';
import { CLINICAL_PREDICATES } from '../domain/predicates.js';
import type { GraphPath, GraphStore } from '../store/port.js';

export const MAX_PATH_HOPS = 5;
export const MAX_PATHS = 20;

export interface PathQuery {
  readonly from: string;
  readonly to: string;
  readonly maxHops: number;
  readonly first: number;
  /** Default: the clinical predicates only, so paths do not run through articles. */
  readonly predicates?: readonly Predicate[] | undefined;
}

/**
 * Shortest paths between two nodes (ids or aliases), shortest first then by node ids. Throws
 * BAD_USER_INPUT for hops or counts out of range and NOT_FOUND for an unknown end.
 */
export async function findPaths(store: GraphStore, query: PathQuery): Promise<GraphPath[]> {
  if (!Number.isInteger(query.maxHops) || query.maxHops < 1 || query.maxHops > MAX_PATH_HOPS) {
    throw badInput(`maxHops must be between 1 and ${MAX_PATH_HOPS}`);
  }
  if (!Number.isInteger(query.first) || query.first < 1 || query.first > MAX_PATHS) {
    throw badInput(`first must be between 1 and ${MAX_PATHS}`);
  }
  if (query.predicates?.length === 0) throw badInput('predicates must not be empty');
  const resolved = await store.resolveIds([query.from, query.to]);
  const from = resolved.get(query.from);
  const to = resolved.get(query.to);
  if (from === undefined) throw notFound(`no node "${query.from}"`);
  if (to === undefined) throw notFound(`no node "${query.to}"`);
  if (from === to) return [{ nodes: [from], edges: [] }];
  return store.shortestPaths(from, to, {
    maxHops: query.maxHops,
    first: query.first,
    predicates: query.predicates ?? CLINICAL_PREDICATES,
  });
}
