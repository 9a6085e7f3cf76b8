import type { Predicate } from '../../domain/predicates.js';
import type { TextIndex } from './text.js';
import { textSimilarities } from './text.js';

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

/** What an article names, with the strongest role of each entity. */
export interface ArticleFeatures {
  readonly id: string;
  readonly entities: ReadonlyMap<string, EntityRole>;
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

export interface CorpusModel {
  readonly articleCount: number;
  /** entity → number of articles naming it. */
  readonly documentFrequency: ReadonlyMap<string, number>;
  readonly features: ReadonlyMap<string, ArticleFeatures>;
  /** entity → articles whose features hold it. */
  readonly articlesByEntity: ReadonlyMap<string, readonly string[]>;
  readonly text: TextIndex;
}

export function inverseDocumentFrequency(model: CorpusModel, entity: string): number {
  const frequency = Math.max(model.documentFrequency.get(entity) ?? 1, 1);
  return Math.log(1 + model.articleCount / frequency);
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

function vectorNorm(model: CorpusModel, features: ArticleFeatures): number {
  let sum = 0;
  for (const [entity, role] of features.entities) sum += (inverseDocumentFrequency(model, entity) * role.weight) ** 2;
  return Math.sqrt(sum) || 1;
}

/**
 * Product of the two roles, except that a typed relation counts as such only when both topics
 * have the same one: a drug that treats one disease and is contraindicated in the other links
 * them no more than a mention does.
 */
function pairWeight(mine: EntityRole, theirs: EntityRole): number {
  if (mine.kind === 'RELATION' && theirs.kind === 'RELATION' && mine.predicate !== theirs.predicate) {
    return Math.min(mine.weight, MENTION_WEIGHT) * Math.min(theirs.weight, MENTION_WEIGHT);
  }
  return mine.weight * theirs.weight;
}

function sharedReason(entity: string, mine: EntityRole, theirs: EntityRole, weight: number): RelatedReason {
  if (mine.kind === 'TOPIC' || theirs.kind === 'TOPIC') return { kind: 'TOPIC', entity, weight };
  if (mine.kind === 'RELATION' && theirs.kind === 'RELATION' && mine.predicate === theirs.predicate && mine.predicate) {
    return { kind: 'RELATION', entity, predicate: mine.predicate, weight };
  }
  return { kind: 'MENTION', entity, weight };
}

/** Graph reasons of every article sharing an entity with `features`, keyed by article. */
function graphReasons(model: CorpusModel, features: ArticleFeatures): Map<string, RelatedReason[]> {
  const norm = vectorNorm(model, features);
  const otherNorms = new Map<string, number>();
  const reasons = new Map<string, RelatedReason[]>();
  const entities = [...features.entities.keys()].sort();
  for (const entity of entities) {
    const mine = features.entities.get(entity);
    if (!mine) continue;
    const idf = inverseDocumentFrequency(model, entity);
    for (const other of model.articlesByEntity.get(entity) ?? []) {
      const theirs = other === features.id ? undefined : model.features.get(other)?.entities.get(entity);
      if (!theirs) continue;
      let otherNorm = otherNorms.get(other);
      if (otherNorm === undefined) {
        otherNorm = vectorNorm(model, model.features.get(other) ?? features);
        otherNorms.set(other, otherNorm);
      }
      const weight = (GRAPH_SHARE * idf * idf * pairWeight(mine, theirs)) / (norm * otherNorm);
      const list = reasons.get(other) ?? [];
      list.push(sharedReason(entity, mine, theirs, round(weight)));
      reasons.set(other, list);
    }
  }
  return reasons;
}

/** The `limit` best related articles of one article of the model, with their reasons. */
export function scoreRelatedArticles(model: CorpusModel, articleId: string, limit: number): RelatedArticleScore[] {
  const features = model.features.get(articleId) ?? { id: articleId, entities: new Map() };
  const reasons = graphReasons(model, features);
  for (const [other, similarity] of textSimilarities(model.text, articleId)) {
    const weight = round(TEXT_SHARE * similarity);
    if (weight <= 0) continue;
    const list = reasons.get(other) ?? [];
    list.push({ kind: 'TEXT', weight });
    reasons.set(other, list);
  }
  const scored: RelatedArticleScore[] = [];
  for (const [article, list] of reasons) {
    list.sort((a, b) => b.weight - a.weight || (a.entity ?? '').localeCompare(b.entity ?? ''));
    scored.push({ article, score: round(list.reduce((sum, reason) => sum + reason.weight, 0)), reasons: list });
  }
  scored.sort((a, b) => b.score - a.score || (a.article < b.article ? -1 : a.article > b.article ? 1 : 0));
  return scored.slice(0, limit);
}
