import { notFound } from '../../domain/errors.js';
import type { GraphNode } from '../../domain/graph.js';
import type { Association } from '../../graph/associations.js';
import type { Pathway, PathwayEntity, PathwayQuote, PathwayStep, PathwayStepKind } from '../../graph/pathway.js';
import type { RelatedArticleScore, RelatedReason } from '../../graph/related/score.js';
import type { GraphStatistics } from '../../graph/stats.js';
import type { GraphPath } from '../../store/port.js';
import type { ApiContext } from '../context.js';
import { edgeEvidence } from './edges.js';
import { loadNodeParent } from './nodes.js';
import type { ArticleRef, NodeParent } from './parents.js';
import { toApiDirection, toNodeParent } from './parents.js';

const STEP_TITLES: Readonly<Record<PathwayStepKind, string>> = {
  UNDERSTAND: 'Understand the condition',
  SYMPTOMS: 'Symptoms and signs',
  WHEN_TO_SEEK_HELP: 'When to seek help',
  CAUSES: 'Causes',
  TESTS: 'Tests',
  TREATMENT: 'Treatment',
  MEDICINES: 'Medicines',
  MONITORING: 'Monitoring',
  PREVENTION: 'Prevention',
};

const articleRefs = (slugs: readonly string[]): ArticleRef[] => slugs.map((articleSlug) => ({ articleSlug }));

/** A path edge as the API shows it: the stored edge plus its summary, loaded in one batch. */
interface PathEdgeParent {
  readonly subject: string;
  readonly predicate: GraphPath['edges'][number]['predicate'];
  readonly object: string;
}

async function nodeOrFail(context: ApiContext, id: string): Promise<NodeParent> {
  const parent = await loadNodeParent(context, id);
  // A path names nodes the store just returned; only a concurrent delete can remove one.
  if (!parent) throw notFound(`node "${id}" is no longer in the graph`);
  return parent;
}

export const resultResolvers = {
  SearchHit: {
    node: (parent: { node: GraphNode }) => toNodeParent(parent.node),
    match: (parent: { tier: string }) => parent.tier.toUpperCase(),
  },
  RelatedArticle: {
    article: (parent: RelatedArticleScore): ArticleRef => ({ articleSlug: parent.article }),
  },
  RelatedReason: {
    entity: (parent: RelatedReason, _args: unknown, context: ApiContext) => (parent.entity ? loadNodeParent(context, parent.entity) : null),
    predicate: (parent: RelatedReason) => parent.predicate ?? null,
  },
  Pathway: {
    disease: (parent: Pathway) => parent.disease,
    articles: (parent: Pathway) => articleRefs(parent.articles),
  },
  PathwayStep: {
    title: (parent: PathwayStep) => STEP_TITLES[parent.step],
  },
  PathwayEntity: {
    node: (parent: PathwayEntity) => toNodeParent(parent.node),
    articles: (parent: PathwayEntity) => articleRefs(parent.articles),
  },
  PathwayQuote: {
    article: (parent: PathwayQuote): ArticleRef => ({ articleSlug: parent.article }),
  },
  Path: {
    length: (parent: GraphPath) => parent.edges.length,
    nodes: (parent: GraphPath, _args: unknown, context: ApiContext) => Promise.all(parent.nodes.map((id) => nodeOrFail(context, id))),
    edges: (parent: GraphPath): PathEdgeParent[] => parent.edges,
  },
  PathEdge: {
    subject: (parent: PathEdgeParent, _args: unknown, context: ApiContext) => nodeOrFail(context, parent.subject),
    object: (parent: PathEdgeParent, _args: unknown, context: ApiContext) => nodeOrFail(context, parent.object),
    confidence: async (parent: PathEdgeParent, _args: unknown, context: ApiContext) => (await context.loaders.edges.load(parent))?.confidence ?? 0,
    evidence: (parent: PathEdgeParent, args: { first: number }, context: ApiContext) => edgeEvidence(context, parent, args.first),
  },
  AssociationEdge: {
    node: (parent: Association) => toNodeParent(parent.node),
    direction: (parent: Association) => toApiDirection(parent.direction),
    evidenceCount: (parent: Association) => parent.edge.evidenceCount,
    articleCount: (parent: Association) => parent.edge.articleCount,
    confidence: (parent: Association) => parent.edge.confidence,
    curated: (parent: Association) => parent.edge.curated,
    evidence: (parent: Association, args: { first: number }, context: ApiContext) => edgeEvidence(context, parent.edge, args.first),
  },
  Stats: {
    nodesByKind: (parent: GraphStatistics) =>
      Object.entries(parent.nodesByKind).sort(([a], [b]) => a.localeCompare(b)).map(([kind, count]) => ({ kind, count })),
    edgesByPredicate: (parent: GraphStatistics) =>
      Object.entries(parent.edgesByPredicate).sort(([a], [b]) => a.localeCompare(b)).map(([predicate, count]) => ({ predicate, count })),
    dataVersion: (_parent: GraphStatistics, _args: unknown, context: ApiContext) => context.dataVersion(),
  },
};
