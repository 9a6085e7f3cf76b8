import type { NodeKind } from '../../domain/kinds.js';
import type { Connection, NeighbourEdge, NeighbourFilter, PageRequest } from '../port.js';
import { assertPageSize, decodeCursor, encodeCursor, neighbourCursorSchema } from '../cursor.js';
import type { Db } from './database.js';
import { resolveIds } from './nodes.js';
import { EDGE_COLUMNS, type EdgeRow, NODE_COLUMNS, type NodeRow, toEdgeSummary, toNode } from './rows.js';
import { sql, sqlValue } from './statements.js';

interface KeyRow {
  subject: string;
  predicate: string;
  object: string;
  dir: 'in' | 'out';
  nid: string;
}

/**
 * The filtered edges at a node as sort keys only (predicate, direction, neighbour id): counting
 * and paging touch the indexes alone; summaries and nodes are read for the page's rows only.
 */
function filteredKeys(filter: NeighbourFilter): string {
  const predicates = filter.predicates ? 'AND e.predicate IN (SELECT value FROM json_each(:predicates))' : '';
  const kinds = filter.kinds ? 'AND n.kind IN (SELECT value FROM json_each(:kinds))' : '';
  const side = (dir: 'in' | 'out'): string => {
    const [self, other] = dir === 'out' ? ['subject', 'object'] : ['object', 'subject'];
    return `SELECT e.subject, e.predicate, e.object, '${dir}' AS dir, e.${other} AS nid
      FROM edges e JOIN nodes n ON n.id = e.${other}
      WHERE e.${self} = :id AND e.retracted = 0 ${predicates} ${kinds}`;
  };
  const sides: string[] = [];
  if (filter.direction !== 'in') sides.push(side('out'));
  if (filter.direction !== 'out') sides.push(side('in'));
  return sides.join(' UNION ALL ');
}

function bindings(id: string, filter: NeighbourFilter): Record<string, string> {
  const params: Record<string, string> = { id };
  if (filter.predicates) params['predicates'] = JSON.stringify(filter.predicates);
  if (filter.kinds) params['kinds'] = JSON.stringify(filter.kinds satisfies readonly NodeKind[]);
  return params;
}

function toNeighbourEdge(db: Db, key: KeyRow): NeighbourEdge {
  const edge = sql(db, `SELECT ${EDGE_COLUMNS} FROM edges e WHERE e.subject = ? AND e.predicate = ? AND e.object = ?`)
    .get(key.subject, key.predicate, key.object) as EdgeRow;
  const node = sql(db, `SELECT ${NODE_COLUMNS} FROM nodes n WHERE n.id = ?`).get(key.nid) as NodeRow;
  return { edge: toEdgeSummary(edge), direction: key.dir, node: toNode(node) };
}

/** Edges at a node ordered by (predicate, direction, neighbour id), one keyset page at a time. */
export function neighbours(db: Db, id: string, filter: NeighbourFilter, page: PageRequest): Connection<NeighbourEdge> {
  assertPageSize(page.first);
  const after = page.after === undefined ? null : decodeCursor(page.after, neighbourCursorSchema);
  const current = resolveIds(db, [id]).get(id);
  if (current === undefined) return { items: [], cursors: [], hasNextPage: false, totalCount: 0 };
  const base = filteredKeys(filter);
  const params = bindings(current, filter);
  const totalCount = sqlValue(db, `SELECT count(*) FROM (${base})`).get(params) as number;
  const keyset = after ? 'WHERE (predicate, dir, nid) > (:afterPredicate, :afterDir, :afterNode)' : '';
  const rows = sql(db, `SELECT * FROM (${base}) ${keyset} ORDER BY predicate, dir, nid LIMIT :limit`)
    .all({
      ...params,
      ...(after ? { afterPredicate: after.p, afterDir: after.d, afterNode: after.n } : {}),
      limit: page.first + 1,
    }) as KeyRow[];
  const items = rows.slice(0, page.first);
  return {
    items: items.map((row) => toNeighbourEdge(db, row)),
    cursors: items.map((row) => encodeCursor({ k: 'neighbour', p: row.predicate, d: row.dir, n: row.nid })),
    hasNextPage: rows.length > page.first,
    totalCount,
  };
}
