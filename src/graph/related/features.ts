import type { Predicate } from '../../domain/predicates.js';
import type { GraphStore } from '../../store/port.js';
import { batches, collectPages } from '../pages.js';
import { Dictionary } from './dictionary.js';
import type { ArticleInput, CorpusModel } from './model.js';
import { createCorpusModel } from './model.js';
import type { EntityRole } from './score.js';
import { MENTION_WEIGHT, RELATION_WEIGHT, TOPIC_WEIGHT } from './score.js';
import type { TermCounts } from './text.js';
import { countTerms } from './text.js';

const RELATION_PREDICATES = Object.keys(RELATION_WEIGHT) as Predicate[];
/** Relations read per topic: a hub disease with thousands of phenotypes adds nothing past this. */
const MAX_RELATIONS_PER_TOPIC = 2_000;
const MENTION: EntityRole = { kind: 'MENTION', weight: MENTION_WEIGHT };
const TOPIC: EntityRole = { kind: 'TOPIC', weight: TOPIC_WEIGHT };

function strongest(previous: EntityRole | undefined, next: EntityRole): EntityRole {
  return previous && previous.weight >= next.weight ? previous : next;
}

/**
 * What one article contributes before its topics' relations are known. Entity ids are interned
 * and the text is reduced to word counts at once, so a 100k-article read never holds the texts.
 */
interface ArticleBasics {
  readonly id: string;
  readonly topics: readonly string[];
  readonly named: readonly string[];
  readonly terms: TermCounts;
}

async function readArticles(store: GraphStore, ids: readonly string[], names: Dictionary, terms: Dictionary): Promise<ArticleBasics[]> {
  const basics: ArticleBasics[] = [];
  for (const batch of batches(ids, 200)) {
    const [records, entities] = await Promise.all([store.getArticles(batch), store.articleEntities(batch)]);
    batch.forEach((id, index) => {
      const record = records[index];
      if (!record) return;
      const topics = new Set<string>(record.primaryEntity ? [record.primaryEntity] : []);
      const named = new Set<string>();
      for (const entity of entities.get(id) ?? []) {
        if (entity.predicate === 'ABOUT') topics.add(entity.entity);
        named.add(entity.entity);
      }
      const canonical = (entity: string): string => names.name(names.intern(entity));
      basics.push({ id, topics: [...topics].sort().map(canonical), named: [...named].map(canonical), terms: countTerms(`${record.title}\n${record.cleanedText}`, terms) });
    });
  }
  return basics;
}

/** Typed relations of each topic: entity → strongest relation role. */
async function readTopicRelations(store: GraphStore, topics: readonly string[]): Promise<Map<string, Map<string, EntityRole>>> {
  const relations = new Map<string, Map<string, EntityRole>>();
  for (const topic of topics) {
    const edges = await collectPages(
      (page) => store.neighbours(topic, { predicates: RELATION_PREDICATES, direction: 'both' }, page),
      MAX_RELATIONS_PER_TOPIC,
    );
    const roles = new Map<string, EntityRole>();
    for (const { edge, node } of edges) {
      const role: EntityRole = { kind: 'RELATION', predicate: edge.predicate, weight: RELATION_WEIGHT[edge.predicate] ?? 1 };
      roles.set(node.id, strongest(roles.get(node.id), role));
    }
    relations.set(topic, roles);
  }
  return relations;
}

/** Each article's entities with the strongest role: mention < its topic's relation < topic. */
function* articleInputs(basics: readonly ArticleBasics[], relations: ReadonlyMap<string, ReadonlyMap<string, EntityRole>>): Generator<ArticleInput> {
  for (const article of basics) {
    const entities = new Map<string, EntityRole>();
    for (const entity of article.named) entities.set(entity, MENTION);
    for (const topic of article.topics) {
      for (const [entity, role] of relations.get(topic) ?? []) entities.set(entity, strongest(entities.get(entity), role));
    }
    for (const topic of article.topics) entities.set(topic, TOPIC);
    yield { id: article.id, entities, terms: article.terms };
  }
}

/** Every article id in the store, sorted. */
export async function listArticleIds(store: GraphStore): Promise<string[]> {
  const summaries = await collectPages((page) => store.listArticles(page), Number.MAX_SAFE_INTEGER);
  return summaries.map((summary) => summary.id).sort();
}

/**
 * Reads what related-article scoring needs about the whole corpus through the port: each
 * article's named entities, its topics' typed relations and its cleaned text's word counts.
 */
export async function buildCorpusModel(store: GraphStore): Promise<CorpusModel> {
  const ids = await listArticleIds(store);
  const names = new Dictionary();
  const terms = new Dictionary();
  const basics = await readArticles(store, ids, names, terms);
  const topics = [...new Set(basics.flatMap((article) => article.topics))].sort();
  const relations = await readTopicRelations(store, topics);
  return createCorpusModel(articleInputs(basics, relations), terms);
}
