import { findPaths } from '../../src/graph/paths.js';
import { getRelatedArticles } from '../../src/graph/related/related.js';
import { searchNodes } from '../../src/graph/search.js';
import type { GraphStore } from '../../src/store/port.js';
import type { QueryTargets } from './targets.js';

export const QUERY_NAMES = ['relatedArticles', 'neighbours', 'search', 'paths'] as const;
export type QueryName = (typeof QUERY_NAMES)[number];

/** One benchmark query: its GraphQL document, variables for the i-th request, and the same work in-process. */
export interface BenchQuery {
  readonly name: QueryName;
  readonly document: string;
  /** How many distinct variable sets the rotation covers. */
  readonly distinct: number;
  variables(index: number): Record<string, unknown>;
  /** The graph-service call the resolver makes, without GraphQL or HTTP. */
  inProcess(store: GraphStore, index: number): Promise<unknown>;
}

function at<T>(items: readonly T[], index: number): T {
  const item = items[index % items.length];
  if (item === undefined) throw new Error('no query targets: the store is empty');
  return item;
}

/** The four queries of issue 8, as a widget and a researcher send them. */
export function benchQueries(targets: QueryTargets): Record<QueryName, BenchQuery> {
  return {
    relatedArticles: {
      name: 'relatedArticles',
      document: 'query Related($article: ID!) { relatedArticles(article: $article, first: 5) { score article { id title url } reasons { kind weight entity { id name } } } }',
      distinct: targets.articles.length,
      variables: (index) => ({ article: at(targets.articles, index) }),
      inProcess: (store, index) => getRelatedArticles(store, at(targets.articles, index), 5),
    },
    neighbours: {
      name: 'neighbours',
      document:
        'query Neighbours($id: ID!) { neighbours(id: $id, first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { predicate direction confidence node { id name kind } } } }',
      distinct: targets.entities.length,
      variables: (index) => ({ id: at(targets.entities, index) }),
      inProcess: (store, index) => store.neighbours(at(targets.entities, index), {}, { first: 20 }),
    },
    search: {
      name: 'search',
      document: 'query Search($text: String!) { search(text: $text, first: 10) { score match matchedName node { id name kind } } }',
      distinct: targets.searchTexts.length,
      variables: (index) => ({ text: at(targets.searchTexts, index) }),
      inProcess: (store, index) => searchNodes(store, at(targets.searchTexts, index), undefined, 10),
    },
    paths: {
      name: 'paths',
      document:
        'query Paths($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 3, first: 5) { length nodes { id name kind } edges { predicate subject { id } object { id } } } }',
      distinct: targets.pathPairs.length,
      variables: (index) => {
        const [from, to] = at(targets.pathPairs, index);
        return { from, to };
      },
      inProcess: (store, index) => {
        const [from, to] = at(targets.pathPairs, index);
        return findPaths(store, { from, to, maxHops: 3, first: 5 });
      },
    },
  };
}

/** The GET URL path of a query (GraphQL over HTTP: cacheable reads go by GET). */
export function getPath(query: BenchQuery, index: number): string {
  const params = new URLSearchParams({ query: query.document, variables: JSON.stringify(query.variables(index)) });
  return `/graphql?${params.toString()}`;
}
