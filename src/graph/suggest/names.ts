import type { GraphNode } from '../../domain/graph.js';
import type { Predicate } from '../../domain/predicates.js';
import type { GraphSnapshot } from './snapshot.js';

/** A node's display name for explanations ("TCIRG1 (HGNC:11647)"), its id when unknown. */
export function nameOf(snapshot: GraphSnapshot, id: string): string {
  const node: GraphNode | undefined = snapshot.nodes.get(id);
  return node ? node.name : id;
}

/** How an explanation says a predicate, in plain words. */
export const PREDICATE_PHRASE: Readonly<Record<Predicate, string>> = {
  GENE_ASSOCIATED_WITH: 'is a gene associated with',
  TREATS: 'treats',
  CONTRAINDICATED_IN: 'is contraindicated in',
  DIAGNOSES: 'diagnoses',
  MONITORS: 'monitors',
  HAS_PHENOTYPE: 'has the symptom or sign',
  HAS_COMPLICATION: 'has the complication',
  HAS_ADVERSE_EFFECT: 'has the side effect',
  SUBCLASS_OF: 'is a type of',
  MENTIONS: 'mentions',
  ABOUT: 'is about',
  LINKS_TO: 'links to',
};

/** Title of an article for explanations, its slug when not stored. */
export function titleOf(snapshot: GraphSnapshot, slug: string): string {
  return snapshot.articles.get(slug)?.title ?? slug;
}
