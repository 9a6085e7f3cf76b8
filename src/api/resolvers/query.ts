import { badInput, notFound } from '../../domain/errors.js';
import type { NodeKind } from '../../domain/kinds.js';
import type { Predicate } from '../../domain/predicates.js';
import type { AssociationSort } from '../../graph/associations.js';
import { listAssociations } from '../../graph/associations.js';
import { findPaths } from '../../graph/paths.js';
import { searchNodes } from '../../graph/search.js';
import { graphStatistics } from '../../graph/stats.js';
import type { ApiContext } from '../context.js';
import { assertFirst, cached } from '../context.js';
import type { NeighbourArgs } from './edges.js';
import { neighbourConnection } from './edges.js';
import { loadNodeParent, pathwayOf, relatedOf } from './nodes.js';
import { graphIdOf } from './parents.js';

interface AssociationArgs {
  readonly id: string;
  readonly kinds?: NodeKind[] | null;
  readonly sort: AssociationSort;
  readonly first: number;
  readonly after?: string | null;
}

interface PathArgs {
  readonly from: string;
  readonly to: string;
  readonly maxHops: number;
  readonly first: number;
  readonly predicates?: Predicate[] | null;
}

async function associations(context: ApiContext, args: AssociationArgs) {
  const first = assertFirst(context, args.first);
  const page = await listAssociations(context.store, {
    id: args.id,
    kinds: args.kinds ?? undefined,
    sort: args.sort,
    first,
    after: args.after ?? undefined,
  });
  return {
    edges: page.items.map((item, index) => ({ ...item, cursor: page.cursors[index] })),
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: args.after !== undefined && args.after !== null,
      startCursor: page.cursors[0] ?? null,
      endCursor: page.cursors[page.cursors.length - 1] ?? null,
    },
  };
}

export const queryResolvers = {
  Query: {
    node: (_root: unknown, args: { id: string }, context: ApiContext) => loadNodeParent(context, args.id),
    nodes: (_root: unknown, args: { ids: string[] }, context: ApiContext) => {
      assertFirst(context, Math.max(args.ids.length, 1), 'ids (count)');
      return Promise.all(args.ids.map((id) => loadNodeParent(context, id)));
    },
    search: (_root: unknown, args: { text: string; kinds?: NodeKind[] | null; first: number }, context: ApiContext) => {
      const first = assertFirst(context, args.first);
      return cached(context, `search\u0000${args.text}\u0000${(args.kinds ?? []).join(',')}\u0000${first}`, async () => ({
        hits: await searchNodes(context.store, args.text, args.kinds ?? undefined, first),
      })).then((value) => value.hits);
    },
    neighbours: async (_root: unknown, args: NeighbourArgs & { id: string }, context: ApiContext) => {
      const parent = await loadNodeParent(context, args.id);
      if (!parent) throw notFound(`no node "${args.id}"`);
      return neighbourConnection(context, graphIdOf(parent), args);
    },
    relatedArticles: (_root: unknown, args: { article: string; first: number }, context: ApiContext) => {
      if (args.article.includes(':')) throw badInput('article is a slug, such as "osteopetrosis"');
      return relatedOf(context, args.article, args.first);
    },
    pathway: (_root: unknown, args: { id: string; includeUnverified: boolean }, context: ApiContext) =>
      pathwayOf(context, args.id, args.includeUnverified),
    paths: (_root: unknown, args: PathArgs, context: ApiContext) =>
      cached(context, `paths\u0000${JSON.stringify(args)}`, async () => ({
        paths: await findPaths(context.store, { ...args, predicates: args.predicates ?? undefined }),
      })).then((value) => value.paths),
    associations: (_root: unknown, args: AssociationArgs, context: ApiContext) => associations(context, args),
    stats: (_root: unknown, _args: unknown, context: ApiContext) => cached(context, 'stats', () => graphStatistics(context.store)),
  },
};
