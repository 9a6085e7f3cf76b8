import { badInput } from '../../domain/errors.js';
import type { EdgeKey, Evidence, GraphNode } from '../../domain/graph.js';
import type { NodeKind } from '../../domain/kinds.js';
import type { Predicate } from '../../domain/predicates.js';
import type { EdgeSummary } from '../../store/port.js';
import type { ApiContext } from '../context.js';
import { assertFirst } from '../context.js';
import type { ApiDirection, ArticleRef, NodeParent } from './parents.js';
import { toApiDirection, toNodeParent, toStoreDirection } from './parents.js';

export interface NeighbourArgs {
  readonly predicates?: Predicate[] | null;
  readonly kinds?: NodeKind[] | null;
  readonly direction?: ApiDirection | null;
  readonly first: number;
  readonly after?: string | null;
}

export interface NeighbourEdgeParent {
  readonly cursor: string;
  readonly edge: EdgeSummary;
  readonly direction: 'out' | 'in';
  readonly node: GraphNode;
}

const MAX_CURSOR_LENGTH = 512;

/** Neighbours of a node as a Relay connection (the store's keyset cursors pass through). */
export async function neighbourConnection(context: ApiContext, nodeId: string, args: NeighbourArgs) {
  const first = assertFirst(context, args.first);
  if (args.after && args.after.length > MAX_CURSOR_LENGTH) throw badInput('malformed cursor "after"');
  const page = await context.store.neighbours(
    nodeId,
    { predicates: args.predicates ?? undefined, kinds: args.kinds ?? undefined, direction: toStoreDirection(args.direction) },
    { first, after: args.after ?? undefined },
  );
  for (const item of page.items) context.loaders.nodes.prime(item.node.id, item.node);
  const edges: NeighbourEdgeParent[] = page.items.map((item, index) => ({
    cursor: page.cursors[index] ?? '',
    edge: item.edge,
    direction: item.direction,
    node: item.node,
  }));
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: args.after !== undefined && args.after !== null,
      startCursor: page.cursors[0] ?? null,
      endCursor: page.cursors[page.cursors.length - 1] ?? null,
    },
  };
}

/** Evidence of an edge, strongest first, then by article and offset: a stable order. */
export async function edgeEvidence(context: ApiContext, key: EdgeKey, first: number): Promise<Evidence[]> {
  assertFirst(context, first);
  const evidence = await context.loaders.evidence.load({ subject: key.subject, predicate: key.predicate, object: key.object });
  return [...evidence]
    .sort((a, b) => b.weight - a.weight || a.article.localeCompare(b.article) || a.start - b.start)
    .slice(0, first);
}

export const edgeResolvers = {
  NeighbourEdge: {
    predicate: (parent: NeighbourEdgeParent) => parent.edge.predicate,
    direction: (parent: NeighbourEdgeParent) => toApiDirection(parent.direction),
    node: (parent: NeighbourEdgeParent): NodeParent => toNodeParent(parent.node),
    evidence: (parent: NeighbourEdgeParent, args: { first: number }, context: ApiContext) => edgeEvidence(context, parent.edge, args.first),
    confidence: (parent: NeighbourEdgeParent) => parent.edge.confidence,
    evidenceCount: (parent: NeighbourEdgeParent) => parent.edge.evidenceCount,
    articleCount: (parent: NeighbourEdgeParent) => parent.edge.articleCount,
    curated: (parent: NeighbourEdgeParent) => parent.edge.curated,
  },
  Evidence: {
    article: (parent: Evidence): ArticleRef => ({ articleSlug: parent.article }),
    extractor: (parent: Evidence) => `${parent.extractor}@${parent.extractorVersion}`,
    cue: (parent: Evidence) => parent.cue ?? null,
  },
};
