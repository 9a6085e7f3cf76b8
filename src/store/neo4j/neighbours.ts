import { PREDICATES } from '../../domain/predicates.js';
import type { Connection, NeighbourEdge, NeighbourFilter, PageRequest } from '../port.js';
import { assertPageSize, decodeCursor, encodeCursor, neighbourCursorSchema } from '../cursor.js';
import type { QueryRunner } from './executor.js';
import { resolveIds } from './nodes.js';
import { asMap, asNumber, asString, toEdgeSummary, toGraphNode } from './records.js';

/**
 * Edges at a node ordered by (predicate, direction, neighbour id), one keyset page at a time,
 * with the SQLite adapter's cursor format. Predicate sets go in as `type(r) IN $predicates`
 * (values from the enum), so the query text never depends on input.
 */
export async function neighbours(runner: QueryRunner, id: string, filter: NeighbourFilter, page: PageRequest): Promise<Connection<NeighbourEdge>> {
  assertPageSize(page.first);
  const after = page.after === undefined ? null : decodeCursor(page.after, neighbourCursorSchema);
  const current = (await resolveIds(runner, [id])).get(id);
  if (current === undefined) return { items: [], cursors: [], hasNextPage: false, totalCount: 0 };
  const params = {
    id: current,
    predicates: [...(filter.predicates ?? PREDICATES)],
    kinds: filter.kinds ? [...filter.kinds] : null,
    direction: filter.direction ?? 'both',
  };
  const [count] = await runner.run('neighbours-count', params);
  const rows = await runner.run('neighbours-page', { ...params, after, limit: page.first + 1 });
  const items = rows.slice(0, page.first);
  return {
    items: items.map((row) => ({
      edge: toEdgeSummary(row),
      direction: row['direction'] === 'out' ? 'out' : 'in',
      node: toGraphNode(asMap(row['node']) ?? {}),
    })),
    cursors: items.map((row) =>
      encodeCursor({ k: 'neighbour', p: asString(row['predicate']), d: asString(row['direction']), n: asString(asMap(row['node'])?.['id']) }),
    ),
    hasNextPage: rows.length > page.first,
    totalCount: asNumber(count?.['total']),
  };
}
