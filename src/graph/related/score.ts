import type { Predicate } from '../../domain/predicates.js';

/**
 * Related-article scoring, pure so it is tested on plain values.
 *
 * Each article is a weighted entity vector: v(e) = idf(e) × role(e), where idf(e) =
 * ln(1 + N / df(e)) makes entities many articles name (anemia, fever) count less than rare ones
 * (TCIRG1), and role(e) says how the article names it: its own topic counts most, an entity
 * its topic has a typed relation with (its gene, its specific drug) more than a mere mention.
 * graph = cosine of the two vectors; text = TF-IDF cosine of the cleaned texts;
 * score = GRAPH_SHARE × graph + TEXT_SHARE × text. Each shared entity's share of the graph
 * term, and the text term, are the reasons. Ties break by article id.
 */
export const GRAPH_SHARE = 0.7;
export const TEXT_SHARE = 0.3;
export const TOPIC_WEIGHT = 3;
export const MENTION_WEIGHT = 1;
export const RELATION_WEIGHT: Readonly<Partial<Record<Predicate, number>>> = {
  GENE_ASSOCIATED_WITH: 2.5,
  SUBCLASS_OF: 2,
  TREATS: 2,
  CONTRAINDICATED_IN: 1.5,
  HAS_COMPLICATION: 1.3,
  DIAGNOSES: 1.2,
  MONITORS: 1.2,
  HAS_ADVERSE_EFFECT: 1.1,
  HAS_PHENOTYPE: 1,
};

export type ReasonKind = 'TOPIC' | 'RELATION' | 'MENTION' | 'TEXT';

export interface EntityRole {
  readonly kind: Exclude<ReasonKind, 'TEXT'>;
  readonly predicate?: Predicate;
  readonly weight: number;
}

export interface RelatedReason {
  readonly kind: ReasonKind;
  readonly entity?: string;
  readonly predicate?: Predicate;
  readonly weight: number;
}

export interface RelatedArticleScore {
  readonly article: string;
  readonly score: number;
  readonly reasons: RelatedReason[];
}

export function inverseDocumentFrequency(articleCount: number, documentFrequency: number): number {
  return Math.log(1 + articleCount / Math.max(documentFrequency, 1));
}

/** Reason weights and scores are rounded to 1e-6, so stored lists compare exactly across runs. */
export function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/**
 * Product of the two roles, except that a typed relation counts as such only when both topics
 * have the same one: a drug that treats one disease and is contraindicated in the other links
 * them no more than a mention does. Never above mine.weight × theirs.weight, which the pruning
 * bounds rely on.
 */
export function pairWeight(mine: EntityRole, theirs: EntityRole): number {
  if (mine.kind === 'RELATION' && theirs.kind === 'RELATION' && mine.predicate !== theirs.predicate) {
    return Math.min(mine.weight, MENTION_WEIGHT) * Math.min(theirs.weight, MENTION_WEIGHT);
  }
  return mine.weight * theirs.weight;
}

export function sharedReason(entity: string, mine: EntityRole, theirs: EntityRole, weight: number): RelatedReason {
  if (mine.kind === 'TOPIC' || theirs.kind === 'TOPIC') return { kind: 'TOPIC', entity, weight };
  if (mine.kind === 'RELATION' && theirs.kind === 'RELATION' && mine.predicate === theirs.predicate && mine.predicate) {
    return { kind: 'RELATION', entity, predicate: mine.predicate, weight };
  }
  return { kind: 'MENTION', entity, weight };
}

/** Reasons best first (ties by entity) and their sum as the score, as the lists are stored. */
export function scoredArticle(article: string, reasons: RelatedReason[]): RelatedArticleScore {
  reasons.sort((a, b) => b.weight - a.weight || (a.entity ?? '').localeCompare(b.entity ?? ''));
  return { article, score: round(reasons.reduce((sum, reason) => sum + reason.weight, 0)), reasons };
}

/** Best score first, ties by article id. */
export function byScoreThenId(a: RelatedArticleScore, b: RelatedArticleScore): number {
  return b.score - a.score || (a.article < b.article ? -1 : a.article > b.article ? 1 : 0);
}
