import { Dictionary } from './dictionary.js';
import type { EntityRole } from './score.js';
import { inverseDocumentFrequency, pairWeight } from './score.js';
import type { TermCounts } from './text.js';
import { termVector } from './text.js';

/**
 * The corpus as related-article scoring reads it: every vector, norm and posting list computed
 * once per model (not once per scored article), in typed arrays indexed by dense numbers.
 * Articles are numbered in id order, so comparing numbers breaks ties by id.
 */

/** Compressed sparse rows: row r holds keys[offsets[r] .. offsets[r + 1]) and their values. */
export interface SparseRows<Values> {
  readonly offsets: Uint32Array;
  readonly keys: Uint32Array;
  readonly values: Values;
}

export interface CorpusModel {
  readonly articleCount: number;
  /** Article ids, sorted; an article's number is its index here. */
  readonly ids: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  readonly entities: Dictionary;
  /** Distinct roles; entity rows and postings hold indexes into this list. */
  readonly roles: readonly EntityRole[];
  /** pairWeight of role i (mine) and role j (theirs) at i × roles.length + j. */
  readonly rolePairWeights: Float64Array;
  /** Per article: the entities it names (its features) and the role of each. */
  readonly articleEntities: SparseRows<Uint8Array>;
  /** Per entity: the articles naming it, in article order, and the role in each. */
  readonly entityArticles: SparseRows<Uint8Array>;
  readonly entityIdf: Float64Array;
  /** Per article: the L2 norm of its idf × role entity vector (1 when empty). */
  readonly graphNorms: Float64Array;
  /** Per entity: the largest role weight / norm over the articles naming it (a pruning bound). */
  readonly entityMaxScaled: Float64Array;
  /** Per article: its kept terms and their normalised TF-IDF weights. */
  readonly articleTerms: SparseRows<Float64Array>;
  /** Per term: the articles that kept it, in article order, and their weights. */
  readonly termArticles: SparseRows<Float64Array>;
  /** Per term: its largest weight in any article (a pruning bound). */
  readonly termMaxWeight: Float64Array;
}

/** One article as the model is built from it. */
export interface ArticleInput {
  readonly id: string;
  readonly entities: ReadonlyMap<string, EntityRole>;
  readonly terms: TermCounts;
}

interface CompactArticle {
  readonly id: string;
  readonly entities: Uint32Array;
  readonly roles: Uint8Array;
  readonly terms: TermCounts;
}

function roleKey(role: EntityRole): string {
  return `${role.kind}|${role.predicate ?? ''}|${role.weight}`;
}

/** Counts per key, then lays rows out as postings (key → rows holding it, in row order). */
function transpose<Values extends Uint8Array | Float64Array>(rows: SparseRows<Values>, keyCount: number, emptyValues: (length: number) => Values): SparseRows<Values> {
  const rowCount = rows.offsets.length - 1;
  const offsets = new Uint32Array(keyCount + 1);
  for (const key of rows.keys) offsets[key + 1] = (offsets[key + 1] as number) + 1;
  for (let key = 0; key < keyCount; key += 1) offsets[key + 1] = (offsets[key + 1] as number) + (offsets[key] as number);
  const next = offsets.slice(0, keyCount);
  const keys = new Uint32Array(rows.keys.length);
  const values = emptyValues(rows.keys.length);
  for (let row = 0; row < rowCount; row += 1) {
    for (let at = rows.offsets[row] as number; at < (rows.offsets[row + 1] as number); at += 1) {
      const key = rows.keys[at] as number;
      const slot = next[key] as number;
      keys[slot] = row;
      values[slot] = rows.values[at] as number;
      next[key] = slot + 1;
    }
  }
  return { offsets, keys, values };
}

function entityRows(articles: readonly CompactArticle[]): SparseRows<Uint8Array> {
  const offsets = new Uint32Array(articles.length + 1);
  articles.forEach((article, index) => (offsets[index + 1] = (offsets[index] as number) + article.entities.length));
  const keys = new Uint32Array(offsets[articles.length] as number);
  const values = new Uint8Array(keys.length);
  articles.forEach((article, index) => {
    keys.set(article.entities, offsets[index]);
    values.set(article.roles, offsets[index]);
  });
  return { offsets, keys, values };
}

function termRows(articles: readonly CompactArticle[], terms: Dictionary): SparseRows<Float64Array> {
  const documentFrequency = new Uint32Array(terms.size);
  for (const article of articles) for (const term of article.terms.terms) documentFrequency[term] = (documentFrequency[term] as number) + 1;
  const vectors = articles.map((article) => termVector(article.terms, documentFrequency, articles.length, terms));
  const offsets = new Uint32Array(articles.length + 1);
  vectors.forEach((vector, index) => (offsets[index + 1] = (offsets[index] as number) + vector.terms.length));
  const keys = new Uint32Array(offsets[articles.length] as number);
  const values = new Float64Array(keys.length);
  vectors.forEach((vector, index) => {
    keys.set(vector.terms, offsets[index]);
    values.set(vector.weights, offsets[index]);
  });
  return { offsets, keys, values };
}

/** Builds the model; articles may come in any order, and each input is read once. */
export function createCorpusModel(articles: Iterable<ArticleInput>, terms: Dictionary): CorpusModel {
  const entities = new Dictionary();
  const roles: EntityRole[] = [];
  const roleCodes = new Map<string, number>();
  const compact: CompactArticle[] = [];
  for (const article of articles) {
    const entityNumbers = new Uint32Array(article.entities.size);
    const roleNumbers = new Uint8Array(article.entities.size);
    let at = 0;
    for (const [entity, role] of article.entities) {
      let code = roleCodes.get(roleKey(role));
      if (code === undefined) {
        code = roles.length;
        if (code > 255) throw new RangeError('more than 256 distinct entity roles');
        roleCodes.set(roleKey(role), code);
        roles.push(role);
      }
      entityNumbers[at] = entities.intern(entity);
      roleNumbers[at] = code;
      at += 1;
    }
    compact.push({ id: article.id, entities: entityNumbers, roles: roleNumbers, terms: article.terms });
  }
  compact.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const articleCount = compact.length;

  const articleEntities = entityRows(compact);
  const entityArticles = transpose(articleEntities, entities.size, (length) => new Uint8Array(length));
  const entityIdf = new Float64Array(entities.size);
  for (let entity = 0; entity < entities.size; entity += 1) {
    entityIdf[entity] = inverseDocumentFrequency(articleCount, (entityArticles.offsets[entity + 1] as number) - (entityArticles.offsets[entity] as number));
  }
  const roleWeights = Float64Array.from(roles, (role) => role.weight);
  const graphNorms = new Float64Array(articleCount);
  for (let article = 0; article < articleCount; article += 1) {
    let sum = 0;
    for (let at = articleEntities.offsets[article] as number; at < (articleEntities.offsets[article + 1] as number); at += 1) {
      sum += ((entityIdf[articleEntities.keys[at] as number] as number) * (roleWeights[articleEntities.values[at] as number] as number)) ** 2;
    }
    graphNorms[article] = Math.sqrt(sum) || 1;
  }
  const entityMaxScaled = new Float64Array(entities.size);
  for (let article = 0; article < articleCount; article += 1) {
    for (let at = articleEntities.offsets[article] as number; at < (articleEntities.offsets[article + 1] as number); at += 1) {
      const entity = articleEntities.keys[at] as number;
      const scaled = (roleWeights[articleEntities.values[at] as number] as number) / (graphNorms[article] as number);
      if (scaled > (entityMaxScaled[entity] as number)) entityMaxScaled[entity] = scaled;
    }
  }

  const articleTerms = termRows(compact, terms);
  const termArticles = transpose(articleTerms, terms.size, (length) => new Float64Array(length));
  const termMaxWeight = new Float64Array(terms.size);
  for (let at = 0; at < articleTerms.keys.length; at += 1) {
    const term = articleTerms.keys[at] as number;
    const weight = articleTerms.values[at] as number;
    if (weight > (termMaxWeight[term] as number)) termMaxWeight[term] = weight;
  }

  const rolePairWeights = new Float64Array(roles.length * roles.length);
  roles.forEach((mine, i) => roles.forEach((theirs, j) => (rolePairWeights[i * roles.length + j] = pairWeight(mine, theirs))));
  const ids = compact.map((article) => article.id);
  return {
    articleCount,
    ids,
    indexOf: new Map(ids.map((id, index) => [id, index])),
    entities,
    roles,
    rolePairWeights,
    articleEntities,
    entityArticles,
    entityIdf,
    graphNorms,
    entityMaxScaled,
    articleTerms,
    termArticles,
    termMaxWeight,
  };
}
