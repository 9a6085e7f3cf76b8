import { notFound } from '../domain/errors.js';
import type { ArticleRecord, GraphNode } from '../domain/graph.js';
import { articleNodeId } from '../domain/ids.js';
import type { NodeKind } from '../domain/kinds.js';
import type { Predicate } from '../domain/predicates.js';
import type { SectionKind } from '../domain/sections.js';
import type { EdgeSummary, GraphStore } from '../store/port.js';
import { collectPages } from './pages.js';

/** The nine learning steps the site shows under every disease article, in order. */
export const PATHWAY_STEPS = [
  'UNDERSTAND', 'SYMPTOMS', 'WHEN_TO_SEEK_HELP', 'CAUSES', 'TESTS', 'TREATMENT', 'MEDICINES', 'MONITORING', 'PREVENTION',
] as const;
export type PathwayStepKind = (typeof PATHWAY_STEPS)[number];

export type PathwayRole = 'TOPIC' | 'INDICATED' | 'CONTRAINDICATED';

export interface PathwayEntity {
  readonly node: GraphNode;
  readonly predicate: Predicate | null;
  readonly role: PathwayRole;
  readonly confidence: number;
  readonly edge: EdgeSummary | null;
  /** Slugs of articles about this entity (its explanation), sorted. */
  readonly articles: string[];
}

export interface PathwayQuote {
  readonly article: string;
  readonly section: SectionKind;
  readonly heading: string;
  readonly text: string;
}

export interface PathwayStep {
  readonly step: PathwayStepKind;
  readonly entities: PathwayEntity[];
  readonly quotes: PathwayQuote[];
  /** True when the step has neither entities nor quotes: widgets still render it. */
  readonly empty: boolean;
}

export interface Pathway {
  readonly disease: GraphNode;
  /** Articles about the disease, the source of the quotes. */
  readonly articles: string[];
  readonly steps: PathwayStep[];
}

/** Which relations feed which step: (predicate, direction seen from the disease, subject kinds). */
const RELATION_STEPS: readonly { step: PathwayStepKind; predicate: Predicate; direction: 'out' | 'in'; kinds: readonly NodeKind[]; role: PathwayRole }[] = [
  { step: 'SYMPTOMS', predicate: 'HAS_PHENOTYPE', direction: 'out', kinds: ['Phenotype'], role: 'INDICATED' },
  { step: 'CAUSES', predicate: 'GENE_ASSOCIATED_WITH', direction: 'in', kinds: ['Gene'], role: 'INDICATED' },
  { step: 'TESTS', predicate: 'DIAGNOSES', direction: 'in', kinds: ['Test', 'Procedure'], role: 'INDICATED' },
  { step: 'TREATMENT', predicate: 'TREATS', direction: 'in', kinds: ['Procedure'], role: 'INDICATED' },
  { step: 'MEDICINES', predicate: 'TREATS', direction: 'in', kinds: ['Drug'], role: 'INDICATED' },
  { step: 'MEDICINES', predicate: 'CONTRAINDICATED_IN', direction: 'in', kinds: ['Drug'], role: 'CONTRAINDICATED' },
  { step: 'MONITORING', predicate: 'MONITORS', direction: 'in', kinds: ['Test', 'Procedure'], role: 'INDICATED' },
];

/** Which stored sections each step quotes, in order of preference. */
const QUOTE_SECTIONS: Partial<Record<PathwayStepKind, readonly SectionKind[]>> = {
  UNDERSTAND: ['definition', 'summary'],
  WHEN_TO_SEEK_HELP: ['when_to_see_doctor'],
  PREVENTION: ['prevention'],
};

const MAX_QUOTE_CHARS = 600;
const ARTICLES_PER_ENTITY = 3;

export interface PathwayOptions {
  readonly includeUnverified?: boolean;
}

/** The disease a pathway is for: a node id (or alias), or an article slug whose topic it takes. */
async function resolveDisease(store: GraphStore, id: string): Promise<GraphNode> {
  let nodeId = id;
  if (!id.includes(':')) {
    const [record] = await store.getArticles([id]);
    if (!record?.primaryEntity) throw notFound(`no article "${id}" with a topic`);
    nodeId = record.primaryEntity;
  }
  const [node] = await store.getNodes([nodeId]);
  if (!node || node.kind !== 'Disease') throw notFound(`no disease "${id}"`);
  return node;
}

/** Slugs of the articles ABOUT an entity (Article nodes are medkg:article:<slug>). */
async function articlesAbout(store: GraphStore, entityId: string, first: number): Promise<string[]> {
  const page = await store.neighbours(entityId, { predicates: ['ABOUT'], direction: 'in', kinds: ['Article'] }, { first });
  const prefix = articleNodeId('');
  return page.items.map((item) => (item.node.id.startsWith(prefix) ? item.node.id.slice(prefix.length) : item.node.id)).sort();
}

async function relationEntities(store: GraphStore, disease: GraphNode, options: PathwayOptions): Promise<Map<PathwayStepKind, PathwayEntity[]>> {
  // The rules are independent: read them at once rather than one round trip after another.
  const perRule = await Promise.all(
    RELATION_STEPS.map(async (rule) => {
      const edges = await collectPages(
        (page) => store.neighbours(disease.id, { predicates: [rule.predicate], direction: rule.direction, kinds: rule.kinds }, page),
        500,
      );
      const kept = edges.filter((item) => options.includeUnverified === true || item.node.status === 'verified');
      return Promise.all(
        kept.map(async (item): Promise<PathwayEntity & { step: PathwayStepKind }> => ({
          step: rule.step,
          node: item.node,
          predicate: rule.predicate,
          role: rule.role,
          confidence: item.edge.confidence,
          edge: item.edge,
          articles: await articlesAbout(store, item.node.id, ARTICLES_PER_ENTITY),
        })),
      );
    }),
  );
  const byStep = new Map<PathwayStepKind, PathwayEntity[]>();
  for (const { step, ...entity } of perRule.flat()) byStep.set(step, [...(byStep.get(step) ?? []), entity]);
  for (const list of byStep.values()) {
    // Strongest first; contraindications after indications; ties by id.
    list.sort((a, b) => (a.role === b.role ? 0 : a.role === 'CONTRAINDICATED' ? 1 : -1) || b.confidence - a.confidence || (a.node.id < b.node.id ? -1 : 1));
  }
  return byStep;
}

function quotesFor(step: PathwayStepKind, records: readonly ArticleRecord[]): PathwayQuote[] {
  const kinds = QUOTE_SECTIONS[step] ?? [];
  for (const kind of kinds) {
    const quotes = records.flatMap((record) =>
      record.sections
        .filter((section) => section.kind === kind && section.text.trim().length > 0)
        .slice(0, 1)
        .map((section) => ({ article: record.id, section: kind, heading: section.heading, text: clip(section.text.trim()) })),
    );
    if (quotes.length > 0) return quotes;
  }
  return [];
}

function clip(text: string): string {
  if (text.length <= MAX_QUOTE_CHARS) return text;
  const cut = text.slice(0, MAX_QUOTE_CHARS);
  const sentenceEnd = cut.lastIndexOf('. ');
  return sentenceEnd > MAX_QUOTE_CHARS / 2 ? cut.slice(0, sentenceEnd + 1) : `${cut.trimEnd()}…`;
}

/**
 * The nine-step pathway of a disease (or of an article's topic). Every step is present, in
 * order; a step with nothing to show is marked empty. Unverified entities (found only by an
 * article's structure) are left out unless asked for. Throws NOT_FOUND for a non-disease.
 */
export async function buildPathway(store: GraphStore, id: string, options: PathwayOptions = {}): Promise<Pathway> {
  const disease = await resolveDisease(store, id);
  const articles = await articlesAbout(store, disease.id, 10);
  const records = (await store.getArticles(articles)).filter((record): record is ArticleRecord => record !== null);
  const relations = await relationEntities(store, disease, options);
  const topic: PathwayEntity = { node: disease, predicate: null, role: 'TOPIC', confidence: 1, edge: null, articles };
  const steps = PATHWAY_STEPS.map((step): PathwayStep => {
    const entities = step === 'UNDERSTAND' ? [topic] : (relations.get(step) ?? []);
    const quotes = quotesFor(step, records);
    const empty = quotes.length === 0 && (step === 'UNDERSTAND' ? articles.length === 0 : entities.length === 0);
    return { step, entities, quotes, empty };
  });
  return { disease, articles, steps };
}
