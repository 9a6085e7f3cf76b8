import type { GraphNode } from '../../domain/graph.js';
import type { ExportEdge, GraphStats } from '../port.js';
import type { Db } from './database.js';
import { getMeta } from './meta.js';
import { EDGE_COLUMNS, EVIDENCE_ORDER, type EdgeRow, type EvidenceRow, NODE_COLUMNS, type NodeRow, toEdgeSummary, toEvidence, toNode } from './rows.js';

/** Every node in id order, row by row (run on a reader connection so writers are not blocked). */
export function* iterateNodes(db: Db): Generator<GraphNode> {
  for (const row of db.prepare(`SELECT ${NODE_COLUMNS} FROM nodes n ORDER BY n.id`).iterate()) {
    yield toNode(row as NodeRow);
  }
}

/** Every visible edge in (subject, predicate, object) order with its evidence. */
export function* iterateEdges(db: Db): Generator<ExportEdge> {
  const evidence = db.prepare(`SELECT * FROM evidence WHERE subject = ? AND predicate = ? AND object = ? ORDER BY ${EVIDENCE_ORDER}`);
  const edges = db.prepare(`SELECT ${EDGE_COLUMNS} FROM edges e WHERE e.retracted = 0 ORDER BY e.subject, e.predicate, e.object`);
  for (const row of edges.iterate()) {
    const edge = row as EdgeRow;
    const rows = evidence.all(edge.subject, edge.predicate, edge.object) as EvidenceRow[];
    yield { ...toEdgeSummary(edge), evidence: rows.map(toEvidence) };
  }
}

export function stats(db: Db): GraphStats {
  const kinds = db.prepare('SELECT kind, count(*) AS count FROM nodes GROUP BY kind ORDER BY kind').all() as { kind: string; count: number }[];
  const predicates = db
    .prepare('SELECT predicate, count(*) AS count FROM edges WHERE retracted = 0 GROUP BY predicate ORDER BY predicate')
    .all() as { predicate: string; count: number }[];
  return {
    nodesByKind: Object.fromEntries(kinds.map((row) => [row.kind, row.count])),
    edgesByPredicate: Object.fromEntries(predicates.map((row) => [row.predicate, row.count])),
    articles: db.prepare('SELECT count(*) FROM articles').pluck().get() as number,
    lastIngestAt: getMeta(db, 'last_ingest_at'),
  };
}
