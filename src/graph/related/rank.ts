import type { CorpusModel } from './model.js';
import type { RelatedArticleScore, RelatedReason } from './score.js';
import { byScoreThenId, GRAPH_SHARE, round, scoredArticle, sharedReason, TEXT_SHARE } from './score.js';

/**
 * Finds an article's best related articles exactly, without scoring it against the whole
 * corpus. Scoring every article that shares an entity or a word with it is quadratic in
 * practice: hub symptoms (fatigue) and common words are held by most articles.
 *
 * 1. Walk (MaxScore, Turtle & Flood 1995): the article's features (entities, kept terms) are
 *    walked one posting list at a time, most score per posting first. Each article reached is
 *    a candidate with a partial score, a lower bound of its score. Each feature also has an
 *    upper bound on what it can add to any pair (its idf² × role weights, or term weights,
 *    against the largest such weight any article gives it). Before walking a feature, if the
 *    bounds of all the features not walked yet add up to less than the limit-th best partial
 *    score, the walk stops: an article reached by none of the walked postings shares only
 *    unwalked features, so cannot score that high. A hub is thus walked only while it could
 *    still matter; alone it never makes a candidate, but it counts in every candidate's score.
 * 2. Bound: a candidate whose partial score plus the unwalked features' bounds is below the
 *    limit-th best partial score is ruled out without scoring.
 * 3. Exact: the other candidates are scored over every feature both articles share, hubs
 *    included, with the reasons' formula and rounding, highest bound first, stopping at the
 *    first bound below the list's last exact score; the best `limit` are kept.
 * The lists equal those of an exhaustive scan (tested against one), ties by id included.
 */

/** Room for the rounding of each reason (1e-6 / 2) when a bound is compared with a score. */
const ROUNDING_SLACK = 1e-6;
/**
 * After the stop, a feature whose postings are at most this many times the candidate count is
 * still walked, for the candidates already found (no new ones): a posting read is a few array
 * reads, while each candidate left loosely bounded may cost an exact score, a pass over its row.
 */
const CLOSED_WALK_FACTOR = 1;

/** What one search did: how much of the corpus the pruning let it skip. */
export interface SearchStats {
  /** Entities and kept terms of the article. */
  features: number;
  /** Of those, the ones whose postings were walked. */
  walked: number;
  /** Postings read. */
  postings: number;
  /** Articles reached through the walked postings. */
  candidates: number;
  /** Candidates scored exactly (the rest were ruled out by the bound). */
  scored: number;
}

interface Feature {
  readonly kind: 'entity' | 'term';
  readonly key: number;
  /** Position in the article's row, for its role or weight. */
  readonly at: number;
  readonly frequency: number;
  /** The most it can add to one pair's score: idf² × role weights for an entity, weights for a term. */
  readonly bound: number;
}

/** The best `limit` (score, article) pairs offered so far, best first, ties by article number. */
class TopList {
  readonly scores: number[] = [];
  readonly articles: number[] = [];

  constructor(private readonly limit: number) {}

  get full(): boolean {
    return this.scores.length >= this.limit;
  }

  /** The score to beat once full. */
  get floor(): number {
    return this.scores[this.scores.length - 1] ?? Number.NEGATIVE_INFINITY;
  }

  offer(score: number, article: number): void {
    if (this.full && (score < this.floor || (score === this.floor && article > (this.articles[this.articles.length - 1] as number)))) return;
    let slot = this.scores.length;
    while (slot > 0 && ((this.scores[slot - 1] as number) < score || ((this.scores[slot - 1] as number) === score && (this.articles[slot - 1] as number) > article))) slot -= 1;
    this.scores.splice(slot, 0, score);
    this.articles.splice(slot, 0, article);
    if (this.scores.length > this.limit) {
      this.scores.pop();
      this.articles.pop();
    }
  }
}

export class RelatedScorer {
  private stamp = 0;
  /** The last call of related(). */
  readonly lastSearch: SearchStats = { features: 0, walked: 0, postings: 0, candidates: 0, scored: 0 };
  /** The most the features left unwalked for the current article can add to a candidate. */
  private hubBound = 0;
  private readonly seen: Int32Array;
  private readonly partialGraph: Float64Array;
  private readonly partialText: Float64Array;
  private readonly upper: Float64Array;
  private readonly candidates: Int32Array;
  private readonly entityStamp: Int32Array;
  private readonly entityRole: Uint8Array;
  private readonly termStamp: Int32Array;
  private readonly termWeight: Float64Array;

  constructor(private readonly model: CorpusModel) {
    this.seen = new Int32Array(model.articleCount);
    this.partialGraph = new Float64Array(model.articleCount);
    this.partialText = new Float64Array(model.articleCount);
    this.upper = new Float64Array(model.articleCount);
    this.candidates = new Int32Array(model.articleCount);
    this.entityStamp = new Int32Array(model.entities.size);
    this.entityRole = new Uint8Array(model.entities.size);
    this.termStamp = new Int32Array(model.termMaxWeight.length);
    this.termWeight = new Float64Array(model.termMaxWeight.length);
  }

  /** The `limit` best related articles of `articleId`, best first, ties by id; [] if unknown. */
  related(articleId: string, limit: number): RelatedArticleScore[] {
    const article = this.model.indexOf.get(articleId);
    if (article === undefined || limit <= 0) return [];
    this.stamp += 1;
    Object.assign(this.lastSearch, { features: 0, walked: 0, postings: 0, candidates: 0, scored: 0 });
    this.markFeatures(article);
    const count = this.collectCandidates(article, limit);
    const top = this.bestCandidates(article, count, limit);
    return top.map((other) => this.explain(article, other)).sort(byScoreThenId);
  }

  private markFeatures(article: number): void {
    const { articleEntities, articleTerms } = this.model;
    for (let at = articleEntities.offsets[article] as number; at < (articleEntities.offsets[article + 1] as number); at += 1) {
      const entity = articleEntities.keys[at] as number;
      this.entityStamp[entity] = this.stamp;
      this.entityRole[entity] = articleEntities.values[at] as number;
    }
    for (let at = articleTerms.offsets[article] as number; at < (articleTerms.offsets[article + 1] as number); at += 1) {
      const term = articleTerms.keys[at] as number;
      this.termStamp[term] = this.stamp;
      this.termWeight[term] = articleTerms.values[at] as number;
    }
  }

  private features(article: number): Feature[] {
    const { articleEntities, entityArticles, articleTerms, termArticles } = this.model;
    const features: Feature[] = [];
    for (let at = articleEntities.offsets[article] as number; at < (articleEntities.offsets[article + 1] as number); at += 1) {
      const key = articleEntities.keys[at] as number;
      const frequency = (entityArticles.offsets[key + 1] as number) - (entityArticles.offsets[key] as number);
      features.push({ kind: 'entity', key, at, frequency, bound: this.entityBound(article, key, at) });
    }
    for (let at = articleTerms.offsets[article] as number; at < (articleTerms.offsets[article + 1] as number); at += 1) {
      const key = articleTerms.keys[at] as number;
      const frequency = (termArticles.offsets[key + 1] as number) - (termArticles.offsets[key] as number);
      features.push({ kind: 'term', key, at, frequency, bound: TEXT_SHARE * (articleTerms.values[at] as number) * (this.model.termMaxWeight[key] as number) });
    }
    // Most bound per posting read first, so that the features left unwalked at the stop hold
    // as little score as possible for as many postings as possible.
    return features.sort((a, b) => b.bound / b.frequency - a.bound / a.frequency || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.key - b.key));
  }

  /** Step 1: walks postings until no unseen article can make the list; returns the candidate count. */
  private collectCandidates(article: number, limit: number): number {
    const features = this.features(article);
    const remaining = new Float64Array(features.length + 1);
    for (let index = features.length - 1; index >= 0; index -= 1) {
      remaining[index] = (remaining[index + 1] as number) + (features[index] as Feature).bound;
    }
    const slack = ROUNDING_SLACK * (2 + features.length);
    let count = 0;
    let threshold = Number.NEGATIVE_INFINITY;
    let walkedSinceThreshold = Number.POSITIVE_INFINITY;
    this.hubBound = 0;
    for (let index = 0; index < features.length; index += 1) {
      const feature = features[index] as Feature;
      if (count >= limit) {
        const bound = remaining[index] as number;
        // The threshold only grows as postings are walked, so a stale one is safe to stop on;
        // recomputing it (a pass over the candidates) waits until the walk has cost as much.
        if (bound >= threshold - slack && (walkedSinceThreshold + feature.frequency) * 4 >= count) {
          threshold = this.threshold(count, limit);
          walkedSinceThreshold = 0;
        }
        if (bound < threshold - slack) {
          this.finishWalk(article, features, index, count);
          break;
        }
      }
      count = feature.kind === 'entity' ? this.walkEntity(article, feature, count, true) : this.walkTerm(article, feature, count, true);
      walkedSinceThreshold += feature.frequency;
      this.lastSearch.walked += 1;
      this.lastSearch.postings += feature.frequency;
    }
    this.lastSearch.features = features.length;
    this.lastSearch.candidates = count;
    return count;
  }

  /** After the stop: short postings still tighten the candidates' bounds (CLOSED_WALK_FACTOR). */
  private finishWalk(article: number, features: readonly Feature[], from: number, count: number): void {
    this.hubBound = 0;
    for (let index = from; index < features.length; index += 1) {
      const feature = features[index] as Feature;
      if (feature.frequency > CLOSED_WALK_FACTOR * count) {
        this.hubBound += feature.bound;
        continue;
      }
      if (feature.kind === 'entity') this.walkEntity(article, feature, count, false);
      else this.walkTerm(article, feature, count, false);
      this.lastSearch.walked += 1;
      this.lastSearch.postings += feature.frequency;
    }
  }

  /** role weight × idf² × the largest role weight / norm of any article naming it, scaled as a share. */
  private entityBound(article: number, entity: number, at: number): number {
    const model = this.model;
    const idf = model.entityIdf[entity] as number;
    const role = model.roles[model.articleEntities.values[at] as number];
    return (GRAPH_SHARE * idf * idf * (role?.weight ?? 0) * (model.entityMaxScaled[entity] as number)) / (model.graphNorms[article] as number);
  }

  private addCandidate(other: number, count: number): number {
    if (this.seen[other] === this.stamp) return count;
    this.seen[other] = this.stamp;
    this.partialGraph[other] = 0;
    this.partialText[other] = 0;
    this.candidates[count] = other;
    return count + 1;
  }

  /** Adds one entity's share to the articles naming it; `open`: unseen ones become candidates. */
  private walkEntity(article: number, feature: Feature, count: number, open: boolean): number {
    const { entityArticles, entityIdf, rolePairWeights, roles, graphNorms } = this.model;
    const idf = entityIdf[feature.key] as number;
    const scale = (GRAPH_SHARE * idf * idf) / (graphNorms[article] as number);
    const mine = (this.entityRole[feature.key] as number) * roles.length;
    let total = count;
    for (let at = entityArticles.offsets[feature.key] as number; at < (entityArticles.offsets[feature.key + 1] as number); at += 1) {
      const other = entityArticles.keys[at] as number;
      if (other === article) continue;
      if (open) total = this.addCandidate(other, total);
      else if (this.seen[other] !== this.stamp) continue;
      const weight = (scale * (rolePairWeights[mine + (entityArticles.values[at] as number)] as number)) / (graphNorms[other] as number);
      this.partialGraph[other] = (this.partialGraph[other] as number) + round(weight);
    }
    return total;
  }

  private walkTerm(article: number, feature: Feature, count: number, open: boolean): number {
    const { termArticles } = this.model;
    const mine = this.termWeight[feature.key] as number;
    let total = count;
    for (let at = termArticles.offsets[feature.key] as number; at < (termArticles.offsets[feature.key + 1] as number); at += 1) {
      const other = termArticles.keys[at] as number;
      if (other === article) continue;
      if (open) total = this.addCandidate(other, total);
      else if (this.seen[other] !== this.stamp) continue;
      this.partialText[other] = (this.partialText[other] as number) + mine * (termArticles.values[at] as number);
    }
    return total;
  }

  /**
   * The limit-th best lower bound among the candidates, or -Infinity with fewer candidates
   * (the text share unrounded: ROUNDING_SLACK covers the difference).
   */
  private threshold(count: number, limit: number): number {
    if (count < limit) return Number.NEGATIVE_INFINITY;
    const best = new Float64Array(limit).fill(Number.NEGATIVE_INFINITY);
    for (let index = 0; index < count; index += 1) {
      const other = this.candidates[index] as number;
      const lower = (this.partialGraph[other] as number) + TEXT_SHARE * (this.partialText[other] as number);
      if (lower <= (best[limit - 1] as number)) continue;
      let slot = limit - 1;
      while (slot > 0 && (best[slot - 1] as number) < lower) {
        best[slot] = best[slot - 1] as number;
        slot -= 1;
      }
      best[slot] = lower;
    }
    return best[limit - 1] as number;
  }

  /** Steps 2 and 3: the best `limit` candidates, best first. */
  private bestCandidates(article: number, count: number, limit: number): number[] {
    const slack = ROUNDING_SLACK * (2 + this.featureCount(article));
    const threshold = this.threshold(count, limit) - slack;
    // Survivors of the bound are compacted into the front of the candidate list.
    let survivors = 0;
    for (let index = 0; index < count; index += 1) {
      const other = this.candidates[index] as number;
      const upper = (this.partialGraph[other] as number) + TEXT_SHARE * (this.partialText[other] as number) + this.hubBound;
      if (upper < threshold) continue;
      this.upper[other] = upper;
      this.candidates[survivors] = other;
      survivors += 1;
    }
    const top = new TopList(limit);
    // The `limit` survivors with the highest bounds first: their exact scores make a tight
    // floor, and any other survivor whose bound is below the floor is skipped unscored.
    for (const other of this.highestBounds(survivors, limit)) {
      this.offer(top, article, other);
      this.upper[other] = Number.NEGATIVE_INFINITY;
    }
    for (let index = 0; index < survivors; index += 1) {
      const other = this.candidates[index] as number;
      const upper = this.upper[other] as number;
      if (upper === Number.NEGATIVE_INFINITY || (top.full && upper < top.floor - slack)) continue;
      this.offer(top, article, other);
    }
    return top.articles;
  }

  private offer(top: TopList, article: number, other: number): void {
    this.lastSearch.scored += 1;
    const score = this.exactScore(article, other);
    if (score !== null) top.offer(score, other);
  }

  /** The first `limit` survivors by bound (ties by article number). */
  private highestBounds(survivors: number, limit: number): number[] {
    const best = new TopList(limit);
    for (let index = 0; index < survivors; index += 1) {
      const other = this.candidates[index] as number;
      best.offer(this.upper[other] as number, other);
    }
    return best.articles;
  }

  private featureCount(article: number): number {
    const { articleEntities, articleTerms } = this.model;
    return (articleEntities.offsets[article + 1] as number) - (articleEntities.offsets[article] as number) + (articleTerms.offsets[article + 1] as number) - (articleTerms.offsets[article] as number);
  }

  /** Score over every feature both share, rounded as the stored list is; null when they share none. */
  private exactScore(article: number, other: number): number | null {
    const { articleEntities, articleTerms, entityIdf, rolePairWeights, roles, graphNorms } = this.model;
    const norms = (graphNorms[article] as number) * (graphNorms[other] as number);
    let graph = 0;
    let shared = false;
    for (let at = articleEntities.offsets[other] as number; at < (articleEntities.offsets[other + 1] as number); at += 1) {
      const entity = articleEntities.keys[at] as number;
      if (this.entityStamp[entity] !== this.stamp) continue;
      shared = true;
      const idf = entityIdf[entity] as number;
      const pair = rolePairWeights[(this.entityRole[entity] as number) * roles.length + (articleEntities.values[at] as number)] as number;
      graph += round((GRAPH_SHARE * idf * idf * pair) / norms);
    }
    let dot = 0;
    for (let at = articleTerms.offsets[other] as number; at < (articleTerms.offsets[other + 1] as number); at += 1) {
      const term = articleTerms.keys[at] as number;
      if (this.termStamp[term] === this.stamp) dot += (this.termWeight[term] as number) * (articleTerms.values[at] as number);
    }
    const text = round(TEXT_SHARE * dot);
    if (!shared && text <= 0) return null;
    return round(graph + (text > 0 ? text : 0));
  }

  /** The reasons of one pair, as stored. */
  private explain(article: number, other: number): RelatedArticleScore {
    const { articleEntities, articleTerms, entityIdf, rolePairWeights, roles, graphNorms, entities } = this.model;
    const norms = (graphNorms[article] as number) * (graphNorms[other] as number);
    const reasons: RelatedReason[] = [];
    for (let at = articleEntities.offsets[other] as number; at < (articleEntities.offsets[other + 1] as number); at += 1) {
      const entity = articleEntities.keys[at] as number;
      if (this.entityStamp[entity] !== this.stamp) continue;
      const idf = entityIdf[entity] as number;
      const mine = this.entityRole[entity] as number;
      const theirs = articleEntities.values[at] as number;
      const weight = round((GRAPH_SHARE * idf * idf * (rolePairWeights[mine * roles.length + theirs] as number)) / norms);
      const mineRole = roles[mine];
      const theirRole = roles[theirs];
      if (mineRole && theirRole) reasons.push(sharedReason(entities.name(entity), mineRole, theirRole, weight));
    }
    let dot = 0;
    for (let at = articleTerms.offsets[other] as number; at < (articleTerms.offsets[other + 1] as number); at += 1) {
      const term = articleTerms.keys[at] as number;
      if (this.termStamp[term] === this.stamp) dot += (this.termWeight[term] as number) * (articleTerms.values[at] as number);
    }
    const text = round(TEXT_SHARE * dot);
    if (text > 0) reasons.push({ kind: 'TEXT', weight: text });
    return scoredArticle(this.model.ids[other] ?? '', reasons);
  }
}

/** The `limit` best related articles of one article of the model, with their reasons. */
export function scoreRelatedArticles(model: CorpusModel, articleId: string, limit: number): RelatedArticleScore[] {
  return new RelatedScorer(model).related(articleId, limit);
}
