// Exercises `medkg export`: an article graph with every medkg predicate goes through the real
// SQLite store and out as KGX TSV / JSON Lines; categories and predicates are checked against
// the committed Biolink 4 list (test/fixtures/biolink-4.txt). Facts: chronic granulomatous disease.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleGraph, Evidence, GraphEdge, GraphNode } from '../../src/domain/graph.js';
import { articleNodeId } from '../../src/domain/ids.js';
import { PREDICATES } from '../../src/domain/predicates.js';
import type { Predicate } from '../../src/domain/predicates.js';
import { exportGraph } from '../../src/graph/export/write.js';
import type { GraphStore } from '../../src/store/port.js';
import { openSqliteStore } from '../../src/store/sqlite/open.js';

const BIOLINK = new URL('../fixtures/biolink-4.txt', import.meta.url);
const article = 'chronic-granulomatous-disease';
const cgd = 'medkg:disease:chronic-granulomatous-disease';

function node(id: string, kind: GraphNode['kind'], name: string): GraphNode {
  return { id, kind, name, synonyms: [], xrefs: [], status: 'unverified' };
}

function evidence(sentence: string, sources: string[] = ['NCBI', 'PMC']): Evidence {
  return { article, section: 'causes', sentence, start: 0, end: sentence.length, sources, extractor: 'medkg-relate', extractorVersion: '1', weight: 0.5 };
}

function edge(subject: string, predicate: Predicate, object: string, sentence: string): GraphEdge {
  return { subject, predicate, object, evidence: [evidence(sentence)] };
}

const graph: ArticleGraph = {
  article: { id: article, title: 'Chronic granulomatous disease (CGD)', contentHash: 'h1', cleanedText: 'text', sections: [], primaryEntity: cgd },
  nodes: [
    node(cgd, 'Disease', 'chronic granulomatous disease'),
    node('medkg:disease:x-linked-cgd', 'Disease', 'X-linked CGD'),
    node('medkg:disease:inflammatory-bowel-disease', 'Disease', 'inflammatory bowel disease'),
    node('medkg:gene:cybb', 'Gene', 'CYBB'),
    node('medkg:drug:interferon-gamma-1b', 'Drug', 'interferon gamma-1b'),
    node('medkg:drug:bcg-vaccine', 'Drug', 'BCG vaccine'),
    node('medkg:test:dihydrorhodamine-test', 'Test', 'dihydrorhodamine test'),
    node('medkg:test:complete-blood-count', 'Test', 'complete blood count'),
    node('medkg:phenotype:recurrent-infections', 'Phenotype', 'recurrent infections'),
    node('medkg:phenotype:fever', 'Phenotype', 'fever'),
    node('medkg:procedure:stem-cell-transplant', 'Procedure', 'stem cell transplant'),
  ],
  edges: [
    edge('medkg:gene:cybb', 'GENE_ASSOCIATED_WITH', cgd, 'Variants in CYBB cause X-linked CGD.'),
    edge('medkg:drug:interferon-gamma-1b', 'TREATS', cgd, 'Interferon gamma-1b lowers the rate of serious infections.'),
    edge('medkg:procedure:stem-cell-transplant', 'TREATS', cgd, 'A stem cell transplant can cure CGD.'),
    edge('medkg:drug:bcg-vaccine', 'CONTRAINDICATED_IN', cgd, 'Live BCG vaccine is contraindicated in CGD.'),
    edge('medkg:test:dihydrorhodamine-test', 'DIAGNOSES', cgd, 'The DHR test confirms the diagnosis.'),
    edge('medkg:test:complete-blood-count', 'MONITORS', cgd, 'Blood counts are checked regularly.'),
    edge(cgd, 'HAS_PHENOTYPE', 'medkg:phenotype:recurrent-infections', 'Recurrent infections are the main sign.'),
    edge(cgd, 'HAS_COMPLICATION', 'medkg:disease:inflammatory-bowel-disease', 'Some develop inflammatory bowel disease.'),
    edge('medkg:drug:interferon-gamma-1b', 'HAS_ADVERSE_EFFECT', 'medkg:phenotype:fever', 'Side effects: fever.'),
    edge('medkg:disease:x-linked-cgd', 'SUBCLASS_OF', cgd, 'X-linked CGD is the most common form.'),
    edge(articleNodeId(article), 'MENTIONS', 'medkg:gene:cybb', 'Variants in CYBB cause X-linked CGD.'),
    edge(articleNodeId(article), 'ABOUT', cgd, 'Chronic granulomatous disease (CGD)'),
  ],
  links: ['leukocyte-adhesion-deficiency'],
};

function parseTsv(text: string): Record<string, string>[] {
  const [header = '', ...lines] = text.trimEnd().split('\n');
  const columns = header.split('\t');
  return lines.map((line) => Object.fromEntries(line.split('\t').map((value, index) => [columns[index] ?? '', value])));
}

describe('KGX export', () => {
  let dir: string;
  let store: GraphStore;
  let allowed: { categories: Set<string>; predicates: Set<string>; levels: Set<string>; agents: Set<string> };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'medkg-export-'));
    store = await openSqliteStore({ dataDir: join(dir, 'data'), clock: () => new Date('2024-06-01T00:00:00Z') });
    await store.replaceArticle(graph);
    const lines = (await readFile(BIOLINK, 'utf8')).split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'));
    const pick = (type: string): Set<string> => new Set(lines.filter((line) => line.startsWith(`${type} `)).map((line) => line.slice(type.length + 1).trim()));
    allowed = { categories: pick('category'), predicates: pick('predicate'), levels: pick('knowledge_level'), agents: pick('agent_type') };
  });

  afterAll(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('writes nodes.tsv and edges.tsv whose categories and predicates are all Biolink 4', async () => {
    const out = join(dir, 'kgx');
    const summary = await exportGraph(store, out, 'kgx');
    const nodes = parseTsv(await readFile(join(out, 'nodes.tsv'), 'utf8'));
    const edges = parseTsv(await readFile(join(out, 'edges.tsv'), 'utf8'));
    expect(nodes.length).toBe(summary.nodes);
    expect(edges.length).toBe(summary.edges);
    expect(nodes.length).toBeGreaterThanOrEqual(graph.nodes.length);
    for (const row of nodes) for (const category of (row.category ?? '').split('|')) expect(allowed.categories, category).toContain(category);
    for (const row of edges) {
      expect(allowed.predicates, row.predicate).toContain(row.predicate);
      expect(allowed.levels).toContain(row.knowledge_level);
      expect(allowed.agents).toContain(row.agent_type);
    }
    const exported = new Set(edges.map((row) => row.original_predicate || row.predicate));
    expect(exported.size).toBeGreaterThanOrEqual(PREDICATES.length - 1);
  });

  it('keeps our predicate as original_predicate where Biolink has none, and cites sources as publications', async () => {
    const out = join(dir, 'kgx2');
    await exportGraph(store, out, 'kgx');
    const edges = parseTsv(await readFile(join(out, 'edges.tsv'), 'utf8'));
    const monitors = edges.find((row) => row.subject === 'medkg:test:complete-blood-count');
    expect(monitors).toMatchObject({ predicate: 'biolink:related_to', original_predicate: 'medkg:monitors', publications: 'NCBI|PMC' });
    const gene = edges.find((row) => row.subject === 'medkg:gene:cybb');
    expect(gene).toMatchObject({ predicate: 'biolink:gene_associated_with_condition', object: cgd });
    expect(Number(gene?.confidence)).toBeGreaterThan(0);
  });

  it('declares the medkg prefix in the CURIE map', async () => {
    const out = join(dir, 'kgx3');
    await exportGraph(store, out, 'kgx');
    const map = JSON.parse(await readFile(join(out, 'curie_map.json'), 'utf8')) as Record<string, string>;
    expect(map.medkg).toBeTruthy();
    expect(map.biolink).toBe('https://w3id.org/biolink/vocab/');
  });

  it('writes the same rows as JSON Lines with --format json', async () => {
    const out = join(dir, 'json');
    const summary = await exportGraph(store, out, 'json');
    const edges = (await readFile(join(out, 'edges.jsonl'), 'utf8')).trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(edges).toHaveLength(summary.edges);
    expect(edges.find((row) => row.subject === 'medkg:drug:bcg-vaccine')).toMatchObject({ predicate: 'biolink:contraindicated_in', publications: ['NCBI', 'PMC'] });
  });
});
