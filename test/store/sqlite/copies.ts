// Copies of a fixture article under other slugs: the same real facts, many articles, for
// tests that need volume (crash safety) without inventing medicine.
import type { ArticleGraph } from '../../../src/domain/graph.js';
import { articleNodeId } from '../../../src/domain/ids.js';

export function copyArticle(graph: ArticleGraph, slug: string): ArticleGraph {
  const from = articleNodeId(graph.article.id);
  const to = articleNodeId(slug);
  return {
    article: { ...graph.article, id: slug, contentHash: `${slug}-hash` },
    nodes: graph.nodes,
    edges: graph.edges.map((edge) => ({
      ...edge,
      subject: edge.subject === from ? to : edge.subject,
      evidence: edge.evidence.map((evidence) => ({ ...evidence, article: slug })),
    })),
    links: [],
  };
}
