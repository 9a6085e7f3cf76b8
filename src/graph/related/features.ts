import type { Predicate } from '../../domain/predicates.js';
import type { GraphStore } from '../../store/port.js';
import { batches, collectPages } from '../pages.js';
import type { ArticleFeatures, CorpusModel, EntityRole } from './score.js';
import { MENTION_WEIGHT, RELATION_WEIGHT, TOPIC_WEIGHT } from './score.js';
import { buildTextIndex } from './text.js';

const RELATION_PREDICATES = Object.keys(RELATION_WEIGHT) as Predicate[];
/** Relations read per topic: a hub disease with thousands of phenotypes adds nothing past this. */
const MAX_RELATIONS_PER_TOPIC = 2_000;

function strongest(previous: EntityRole | undefined, next: EntityRole): EntityRole {
  return previous && previous.weight >= next.weight ? previous : next;
}

interface ArticleBasics {
  readonly topics: string[];
  readonly named: Map<string, EntityRole>;
  readonly text: string;
}

async function readArticles(store: GraphStore, ids: readonly string[]): Promise<Map<string, ArticleBasics>> {
  const basics = new Map<string, ArticleBasics>();
  for (const batch of batches(ids, 200)) {
    const [records, entities] = await Promise.all([store.getArticles(batch), store.articleEntities(batch)]);
    batch.forEach((id, index) => {
      const record = records[index];
      if (!record) return;
      const named = new Map<string, EntityRole>();
      const topics = new Set<string>(record.primaryEntity ? [record.primaryEntity] : []);
      for (const entity of entities.get(id) ?? []) {
        if (entity.predicate === 'ABOUT') topics.add(entity.entity);
        named.set(entity.entity, strongest(named.get(entity.entity), { kind: 'MENTION', weight: MENTION_WEIGHT }));
      }
      basics.set(id, { topics: [...topics].sort(), named, text: `${record.title}\n${record.cleanedText}` });
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

function articleFeatures(id: string, basics: ArticleBasics, relations: Map<string, Map<string, EntityRole>>): ArticleFeatures {
  const entities = new Map(basics.named);
  for (const topic of basics.topics) {
    for (const [entity, role] of relations.get(topic) ?? []) entities.set(entity, strongest(entities.get(entity), role));
  }
  for (const topic of basics.topics) entities.set(topic, { kind: 'TOPIC', weight: TOPIC_WEIGHT });
  return { id, entities };
}

/** Every article id in the store, sorted. */
export async function listArticleIds(store: GraphStore): Promise<string[]> {
  const summaries = await collectPages((page) => store.listArticles(page), Number.MAX_SAFE_INTEGER);
  return summaries.map((summary) => summary.id).sort();
}

/**
 * Reads what related-article scoring needs about the whole corpus through the port: each
 * article's named entities, its topics' typed relations and its cleaned text.
 */
export async function buildCorpusModel(store: GraphStore): Promise<CorpusModel> {
  const ids = await listArticleIds(store);
  const basics = await readArticles(store, ids);
  const topics = [...new Set([...basics.values()].flatMap((article) => article.topics))].sort();
  const relations = await readTopicRelations(store, topics);
  const features = new Map<string, ArticleFeatures>();
  const articlesByEntity = new Map<string, string[]>();
  const documentFrequency = new Map<string, number>();
  for (const [id, article] of basics) {
    const articleFeature = articleFeatures(id, article, relations);
    features.set(id, articleFeature);
    for (const entity of articleFeature.entities.keys()) {
      const list = articlesByEntity.get(entity);
      if (list) list.push(id);
      else articlesByEntity.set(entity, [id]);
      documentFrequency.set(entity, (documentFrequency.get(entity) ?? 0) + 1);
    }
  }
  const text = buildTextIndex(new Map([...basics].map(([id, article]) => [id, article.text])));
  return { articleCount: basics.size, documentFrequency, features, articlesByEntity, text };
}
