import type { NodeKind } from '../../domain/kinds.js';
import type { Connection, NeighbourEdge, NeighbourFilter, PageRequest } from '../port.js';
import { assertPageSize, decodeCursor, encodeCursor, neighbourCursorSchema } from './cursor.js';
import type { Db } from './database.js';
import { resolveIds } from './nodes.js';
import { EDGE_COLUMNS, type EdgeRow, NODE_COLUMNS, type NodeRow, toEdgeSummary, toNode } from './rows.js';

type Row = EdgeRow & NodeRow & { dir: 'in' | 'out'; nid: string };

/** The filtered edges at a node as (edge, direction, neighbour id), plus the parameters to bind. */
function filteredEdges(filter: NeighbourFilter): string {
  const predicates = filter.predicates ? 'AND e.predicate IN (SELECT value FROM json_each(:predicates))' : '';
  const sides: string[] = [];
  if (filter.direction !== 'in') {
    sides.push(`SELECT ${EDGE_COLUMNS}, 'out' AS dir, e.object AS nid FROM edges e WHERE e.subject = :id AND e.retracted = 0 ${predicates}`);
  }
  if (filter.direction !== 'out') {
    sides.push(`SELECT ${EDGE_COLUMNS}, 'in' AS dir, e.subject AS nid FROM edges e WHERE e.object = :id AND e.retracted = 0 ${predicates}`);
  }
  const kinds = filter.kinds ? 'WHERE n.kind IN (SELECT value FROM json_each(:kinds))' : '';
  return `SELECT x.*, ${NODE_COLUMNS} FROM (${sides.join(' UNION ALL ')}) x JOIN nodes n ON n.id = x.nid ${kinds}`;
}

function bindings(id: string, filter: NeighbourFilter): Record<string, string> {
  const params: Record<string, string> = { id };
  if (filter.predicates) params['predicates'] = JSON.stringify(filter.predicates);
  if (filter.kinds) params['kinds'] = JSON.stringify(filter.kinds satisfies readonly NodeKind[]);
  return params;
}

/** Edges at a node ordered by (predicate, direction, neighbour id), one keyset page at a time. */
export function neighbours(db: Db, id: string, filter: NeighbourFilter, page: PageRequest): Connection<NeighbourEdge> {
  assertPageSize(page.first);
  const after = page.after === undefined ? null : decodeCursor(page.after, neighbourCursorSchema);
  const current = resolveIds(db, [id]).get(id);
  if (current === undefined) return { items: [], cursors: [], hasNextPage: false, totalCount: 0 };
  const base = filteredEdges(filter);
  const params = bindings(current, filter);
  const totalCount = (db.prepare(`SELECT count(*) FROM (${base})`).pluck().get(params) as number) ?? 0;
  const keyset = after ? 'WHERE (predicate, dir, nid) > (:afterPredicate, :afterDir, :afterNode)' : '';
  const rows = db
    .prepare(`SELECT * FROM (${base}) ${keyset} ORDER BY predicate, dir, nid LIMIT :limit`)
    .all({
      ...params,
      ...(after ? { afterPredicate: after.p, afterDir: after.d, afterNode: after.n } : {}),
      limit: page.first + 1,
    }) as Row[];
  const items = rows.slice(0, page.first);
  return {
    items: items.map((row) => ({ edge: toEdgeSummary(row), direction: row.dir, node: toNode(row) })),
    cursors: items.map((row) => encodeCursor({ k: 'neighbour', p: row.predicate, d: row.dir, n: row.nid })),
    hasNextPage: rows.length > page.first,
    totalCount,
  };
}
