import type { GraphNode } from '../../domain/graph.js';
import { articleNodeId } from '../../domain/ids.js';
import type { Direction } from '../../store/port.js';

/** An Article in the API is its slug; fields load the stored record through the loader. */
export interface ArticleRef {
  readonly articleSlug: string;
}

/** What a Node field resolves from: an entity node, or an article by slug. */
export type NodeParent = GraphNode | ArticleRef;

const ARTICLE_PREFIX = articleNodeId('');

export function isArticleRef(parent: NodeParent): parent is ArticleRef {
  return 'articleSlug' in parent;
}

/** The slug of an Article node id (medkg:article:<slug>), or null for any other id. */
export function articleSlugOf(id: string): string | null {
  return id.startsWith(ARTICLE_PREFIX) ? id.slice(ARTICLE_PREFIX.length) : null;
}

export function toNodeParent(node: GraphNode): NodeParent {
  if (node.kind !== 'Article') return node;
  return { articleSlug: articleSlugOf(node.id) ?? node.id };
}

/** The graph id of a parent: Article nodes live under medkg:article:<slug> in the store. */
export function graphIdOf(parent: NodeParent): string {
  return isArticleRef(parent) ? articleNodeId(parent.articleSlug) : parent.id;
}

export type ApiDirection = 'OUT' | 'IN' | 'BOTH';

export function toStoreDirection(direction: ApiDirection | null | undefined): Direction {
  if (direction === 'OUT') return 'out';
  if (direction === 'IN') return 'in';
  return 'both';
}

export function toApiDirection(direction: 'out' | 'in'): ApiDirection {
  return direction === 'out' ? 'OUT' : 'IN';
}
