import { badInput, notFound } from '../domain/errors.js';
import type { GraphNode } from '../domain/graph.js';
import type { NodeKind } from '../domain/kinds.js';
import type { Predicate } from '../domain/predicates.js';
import type { EdgeSummary, GraphStore } from '../store/port.js';
import { collectPages, decodeOffsetCursor, encodeOffsetCursor } from './pages.js';

export type AssociationSort = 'EVIDENCE' | 'CONFIDENCE' | 'NAME';

export interface Association {
  readonly node: GraphNode;
  readonly predicate: Predicate;
  readonly direction: 'out' | 'in';
  readonly edge: EdgeSummary;
  /** Cited source labels over all the edge's evidence, sorted. */
  readonly sources: string[];
}

export interface AssociationPage {
  readonly items: Association[];
  readonly cursors: string[];
  readonly hasNextPage: boolean;
  readonly totalCount: number;
}

export interface AssociationQuery {
  readonly id: string;
  readonly kinds?: readonly NodeKind[] | undefined;
  readonly sort: AssociationSort;
  readonly first: number;
  readonly after?: string | undefined;
}

/** What researchers ask of each kind: a gene's diseases; a disease's genes, drugs and tests… */
const ASSOCIATION_PREDICATES: Readonly<Record<NodeKind, readonly Predicate[]>> = {
  Gene: ['GENE_ASSOCIATED_WITH'],
  Disease: ['GENE_ASSOCIATED_WITH', 'TREATS', 'CONTRAINDICATED_IN', 'DIAGNOSES', 'MONITORS', 'HAS_PHENOTYPE', 'HAS_COMPLICATION'],
  Drug: ['TREATS', 'CONTRAINDICATED_IN', 'HAS_ADVERSE_EFFECT'],
  Test: ['DIAGNOSES', 'MONITORS'],
  Phenotype: ['HAS_PHENOTYPE', 'TREATS', 'DIAGNOSES'],
  Procedure: ['TREATS', 'DIAGNOSES', 'MONITORS'],
  Article: [],
};

const MAX_ASSOCIATIONS = 5_000;

function compare(sort: AssociationSort): (a: Association, b: Association) => number {
  const byId = (a: Association, b: Association): number => (a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0) || a.predicate.localeCompare(b.predicate);
  if (sort === 'NAME') return (a, b) => a.node.name.localeCompare(b.node.name) || byId(a, b);
  if (sort === 'CONFIDENCE') return (a, b) => b.edge.confidence - a.edge.confidence || b.edge.evidenceCount - a.edge.evidenceCount || byId(a, b);
  return (a, b) => b.edge.articleCount - a.edge.articleCount || b.edge.evidenceCount - a.edge.evidenceCount || byId(a, b);
}

/**
 * Associations of a node for researchers (gene → diseases, disease → genes/drugs/tests…), with
 * evidence counts and cited sources, sorted by evidence (articles, then evidence items),
 * confidence or name; ties by id. Offset cursors, since the order is ours, not the store's.
 */
export async function listAssociations(store: GraphStore, query: AssociationQuery): Promise<AssociationPage> {
  const offset = query.after === undefined ? 0 : decodeOffsetCursor(query.after);
  if (offset === null) throw badInput('malformed cursor "after"');
  const [node] = await store.getNodes([query.id]);
  if (!node) throw notFound(`no node "${query.id}"`);
  const predicates = ASSOCIATION_PREDICATES[node.kind];
  if (predicates.length === 0) return { items: [], cursors: [], hasNextPage: false, totalCount: 0 };
  const edges = await collectPages(
    (page) => store.neighbours(node.id, { predicates, kinds: query.kinds, direction: 'both' }, page),
    MAX_ASSOCIATIONS,
  );
  const associations = edges
    .filter((item) => item.node.kind !== 'Article')
    .map((item) => ({ node: item.node, predicate: item.edge.predicate, direction: item.direction, edge: item.edge, sources: [] as string[] }))
    .sort(compare(query.sort));
  const page = associations.slice(offset, offset + query.first);
  const evidence = await store.edgeEvidence(page.map((item) => item.edge));
  const items = page.map((item, index) => ({
    ...item,
    sources: [...new Set((evidence[index] ?? []).flatMap((entry) => entry.sources))].sort(),
  }));
  return {
    items,
    cursors: items.map((_, index) => encodeOffsetCursor(offset + index + 1)),
    hasNextPage: offset + items.length < associations.length,
    totalCount: associations.length,
  };
}
