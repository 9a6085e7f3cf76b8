import { ENTITY_KINDS } from '../../domain/kinds.js';
import type { GraphNode } from '../../domain/graph.js';
import type { ApiContext } from '../context.js';
import { assertFirst, cached } from '../context.js';
import { getRelatedArticles } from '../../graph/related/related.js';
import { buildPathway } from '../../graph/pathway.js';
import type { NeighbourArgs } from './edges.js';
import { neighbourConnection } from './edges.js';
import type { ArticleRef, NodeParent } from './parents.js';
import { graphIdOf, isArticleRef, toNodeParent } from './parents.js';

/** Loads a node (or an article by slug) as a Node parent; null when unknown. */
export async function loadNodeParent(context: ApiContext, id: string): Promise<NodeParent | null> {
  if (!id.includes(':')) {
    const record = await context.loaders.articles.load(id);
    return record ? { articleSlug: record.id } : null;
  }
  const node = await context.loaders.nodes.load(id);
  return node ? toNodeParent(node) : null;
}

/** Related articles of an article, cached per data version; first is capped by the service. */
export function relatedOf(context: ApiContext, slug: string, first: number) {
  assertFirst(context, first);
  return cached(context, `related\u0000${slug}\u0000${first}`, async () => ({
    list: await getRelatedArticles(context.store, slug, first),
  })).then((value) => value.list);
}

export function pathwayOf(context: ApiContext, id: string, includeUnverified: boolean) {
  return cached(context, `pathway\u0000${id}\u0000${includeUnverified}`, () =>
    buildPathway(context.store, id, { includeUnverified }),
  );
}

const entityFields = {
  neighbours: (parent: GraphNode, args: NeighbourArgs, context: ApiContext) => neighbourConnection(context, parent.id, args),
  description: (parent: GraphNode) => parent.description ?? null,
  articles: async (parent: GraphNode, args: { first: number }, context: ApiContext): Promise<ArticleRef[]> => {
    const first = assertFirst(context, args.first);
    const slugs = await context.loaders.articlesNaming.load(parent.id);
    return slugs.slice(0, first).map((articleSlug) => ({ articleSlug }));
  },
};

async function record(parent: ArticleRef, context: ApiContext) {
  return context.loaders.articles.load(parent.articleSlug);
}

const articleResolvers = {
  id: (parent: ArticleRef) => parent.articleSlug,
  kind: () => 'Article',
  name: async (parent: ArticleRef, _args: unknown, context: ApiContext) => (await record(parent, context))?.title ?? parent.articleSlug,
  title: async (parent: ArticleRef, _args: unknown, context: ApiContext) => (await record(parent, context))?.title ?? parent.articleSlug,
  url: async (parent: ArticleRef, _args: unknown, context: ApiContext) => (await record(parent, context))?.url ?? null,
  category: async (parent: ArticleRef, _args: unknown, context: ApiContext) => (await record(parent, context))?.category ?? null,
  updatedAt: async (parent: ArticleRef, _args: unknown, context: ApiContext) => (await record(parent, context))?.updatedAt ?? null,
  synonyms: () => [],
  xrefs: () => [],
  description: () => null,
  status: () => 'verified',
  topic: async (parent: ArticleRef, _args: unknown, context: ApiContext) => {
    const topic = (await record(parent, context))?.primaryEntity;
    return topic ? loadNodeParent(context, topic) : null;
  },
  sections: async (parent: ArticleRef, _args: unknown, context: ApiContext) => (await record(parent, context))?.sections ?? [],
  related: (parent: ArticleRef, args: { first: number }, context: ApiContext) => relatedOf(context, parent.articleSlug, args.first),
  neighbours: (parent: ArticleRef, args: NeighbourArgs, context: ApiContext) => neighbourConnection(context, graphIdOf(parent), args),
};

export const nodeResolvers = {
  Node: {
    __resolveType: (parent: NodeParent) => (isArticleRef(parent) ? 'Article' : parent.kind),
  },
  ...Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, entityFields])),
  Disease: {
    ...entityFields,
    pathway: (parent: GraphNode, args: { includeUnverified: boolean }, context: ApiContext) => pathwayOf(context, parent.id, args.includeUnverified),
  },
  Article: articleResolvers,
};
