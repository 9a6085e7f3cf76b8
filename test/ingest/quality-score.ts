// Scores article graphs against the seed corpus gold (test/fixtures/gold, GUIDE.md): entities
// match by kind + name/synonym (normalised) or id; relations by (subject, predicate, object)
// mapped to gold entities; optional gold items found are not false positives.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleGraph, GraphNode } from '../../src/domain/graph.js';
import { isClinicalPredicate } from '../../src/domain/predicates.js';
import { searchKey } from '../../src/domain/text.js';
import type { IngestOptions } from '../../src/ingest/pipeline.js';
import { ingestBytes } from '../../src/ingest/pipeline.js';
import type { GoldArticle, GoldEntity } from '../fixtures/gold/gold-schema.js';

export interface ArticleScore {
  readonly slug: string;
  /** The article's primary entity node matches the gold primary (by id or name + kind). */
  readonly primaryFound: boolean;
  readonly entitiesExpected: number;
  readonly entitiesFound: number;
  readonly relationsExpected: number;
  readonly relationsFound: number;
  readonly relationsPredicted: number;
  readonly relationsCorrect: number;
  readonly chromeViolations: string[];
  readonly missedEntities: string[];
  readonly missedRelations: string[];
  readonly falsePositives: string[];
}

function namesOf(entity: GoldEntity): Set<string> {
  return new Set([entity.name, ...(entity.synonyms ?? [])].map(searchKey));
}

function nodeNames(node: GraphNode): Set<string> {
  return new Set([node.name, ...node.synonyms].map(searchKey));
}

function matches(node: GraphNode, entity: GoldEntity): boolean {
  if (entity.id !== undefined && (node.id === entity.id || node.xrefs.includes(entity.id))) return true;
  if (node.kind !== entity.kind) return false;
  const names = namesOf(entity);
  for (const name of nodeNames(node)) if (names.has(name)) return true;
  return false;
}

export function scoreArticle(gold: GoldArticle, graph: ArticleGraph): ArticleScore {
  const entities = [gold.primary, ...gold.entities];
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  const goldOf = (id: string): GoldEntity[] => {
    const node = nodes.get(id);
    if (!node) return [];
    if (id === graph.article.primaryEntity) return [gold.primary];
    return entities.filter((entity) => matches(node, entity));
  };
  const required = entities.filter((entity) => !entity.optional);
  const missedEntities = required.filter((entity) => ![...nodes.values()].some((node) => matches(node, entity))).map((entity) => `${entity.kind} ${entity.name}`);

  const clinical = graph.edges.filter((edge) => isClinicalPredicate(edge.predicate));
  const goldKey = (subject: string, predicate: string, object: string): string => `${searchKey(subject)}|${predicate}|${searchKey(object)}`;
  const goldRelations = new Map(gold.relations.map((relation) => [goldKey(relation.subject, relation.predicate, relation.object), relation]));
  const foundGold = new Set<string>();
  const falsePositives: string[] = [];
  const chromeViolations: string[] = [];
  let correct = 0;
  for (const edge of clinical) {
    const subjects = goldOf(edge.subject);
    const objects = goldOf(edge.object);
    const keys = subjects.flatMap((subject) => objects.map((object) => goldKey(subject.name, edge.predicate, object.name)));
    const hit = keys.find((key) => goldRelations.has(key));
    const label = `${nodes.get(edge.subject)?.name ?? edge.subject} ${edge.predicate} ${nodes.get(edge.object)?.name ?? edge.object}`;
    if (hit) {
      correct += 1;
      foundGold.add(hit);
      // The body's own statement wins over a chrome name it shares (GUIDE.md, "chrome").
      continue;
    }
    falsePositives.push(label);
    for (const forbidden of gold.must_not_link) {
      if (forbidden.predicate && forbidden.predicate !== edge.predicate) continue;
      const pairs = [
        [forbidden.subject, forbidden.object],
        [forbidden.object, forbidden.subject],
      ];
      const touches = pairs.some(([a, b]) => namedAs(edge.subject, a ?? '') && namedAs(edge.object, b ?? ''));
      if (touches && (forbidden.reason !== 'chrome' || saysChromeName(edge, forbidden))) chromeViolations.push(`${forbidden.reason}: ${label}`);
    }
  }
  // A chrome-only name is violated when a node carries it and the article's own text for that
  // node says it: a body sentence naming the node otherwise ("shortness of breath", whose
  // vocabulary synonyms include the urgent-care box's "trouble breathing") leaks nothing.
  const saidIn = (id: string): string[] => graph.edges.filter((edge) => edge.object === id).flatMap((edge) => edge.evidence.map((evidence) => ` ${searchKey(evidence.sentence)} `));
  for (const forbidden of gold.must_not_mention) {
    const node = [...nodes.values()].find(
      (candidate) =>
        candidate.kind === forbidden.kind &&
        nodeNames(candidate).has(searchKey(forbidden.name)) &&
        !entities.some((entity) => matches(candidate, entity)) &&
        saidIn(candidate.id).some((sentence) => sentence.includes(` ${searchKey(forbidden.name)} `)),
    );
    if (node) chromeViolations.push(`mention: ${forbidden.name}`);
  }

  /** A chrome link is one the chrome's words made: its evidence says the chrome-only name, not a body name its node also has. */
  function saysChromeName(edge: (typeof clinical)[number], forbidden: GoldArticle['must_not_link'][number]): boolean {
    const chromeNames = [forbidden.subject, forbidden.object].filter((name) => name !== '@' && !namesOf(gold.primary).has(searchKey(name))).map((name) => ` ${searchKey(name)} `);
    if (chromeNames.length === 0) return true;
    return edge.evidence.some((evidence) => chromeNames.some((name) => ` ${searchKey(evidence.sentence)} `.includes(name)));
  }

  function namedAs(id: string, name: string): boolean {
    if (name === '@') return id === graph.article.primaryEntity;
    if (id === graph.article.primaryEntity && namesOf(gold.primary).has(searchKey(name))) return true;
    const node = nodes.get(id);
    return node !== undefined && nodeNames(node).has(searchKey(name));
  }

  const requiredRelations = gold.relations.filter((relation) => !relation.optional);
  const missedRelations = requiredRelations
    .filter((relation) => !foundGold.has(goldKey(relation.subject, relation.predicate, relation.object)))
    .map((relation) => `${relation.subject} ${relation.predicate} ${relation.object} (${relation.section})`);
  const primaryNode = graph.article.primaryEntity ? nodes.get(graph.article.primaryEntity) : undefined;
  return {
    slug: gold.slug,
    primaryFound: primaryNode !== undefined && matches(primaryNode, gold.primary),
    entitiesExpected: required.length,
    entitiesFound: required.length - missedEntities.length,
    relationsExpected: requiredRelations.length,
    relationsFound: requiredRelations.length - missedRelations.length,
    relationsPredicted: clinical.length,
    relationsCorrect: correct,
    chromeViolations,
    missedEntities,
    missedRelations,
    falsePositives,
  };
}

export function totals(scores: readonly ArticleScore[]): { entityRecall: number; relationRecall: number; precision: number; chrome: number } {
  const sum = (pick: (score: ArticleScore) => number): number => scores.reduce((total, score) => total + pick(score), 0);
  return {
    entityRecall: sum((s) => s.entitiesFound) / Math.max(1, sum((s) => s.entitiesExpected)),
    relationRecall: sum((s) => s.relationsFound) / Math.max(1, sum((s) => s.relationsExpected)),
    precision: sum((s) => s.relationsCorrect) / Math.max(1, sum((s) => s.relationsPredicted)),
    chrome: sum((s) => s.chromeViolations.length),
  };
}

/**
 * Ingests the article of every gold file (paths resolve against `base`; a WordPress export is
 * read once for all its posts) and scores each against its gold.
 */
export function scoreGoldArticles(golds: readonly GoldArticle[], base: string, options: IngestOptions): ArticleScore[] {
  const byFile = new Map<string, ArticleGraph[]>();
  return golds.map((gold) => {
    const path = join(base, gold.article);
    if (!byFile.has(path)) byFile.set(path, ingestBytes(readFileSync(path), path, options));
    const graph = byFile.get(path)?.find((candidate) => candidate.article.id === gold.slug);
    if (!graph) throw new Error(`${gold.article} yields no article ${gold.slug}`);
    return scoreArticle(gold, graph);
  });
}
