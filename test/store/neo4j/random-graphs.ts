// Seeded random ArticleGraphs for the store parity test. Entities are clearly synthetic
// ("synthetic disease 3", local medkg: ids): the test compares stores, it asserts no medicine.
import type { ArticleGraph, GraphEdge, GraphNode } from '../../../src/domain/graph.js';
import { articleNodeId } from '../../../src/domain/ids.js';
import { ENTITY_KINDS } from '../../../src/domain/kinds.js';
import { CLINICAL_PREDICATES, PREDICATE_SIGNATURE } from '../../../src/domain/predicates.js';
import type { Predicate } from '../../../src/domain/predicates.js';

export interface Random {
  next(): number;
  int(below: number): number;
  pick<T>(items: readonly T[]): T;
}

/** mulberry32: small, fast and the same on every machine. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (below: number): number => Math.floor(next() * below);
  return { next, int, pick: (items) => items[int(items.length)] as (typeof items)[number] };
}

const SYNONYM_STYLES = ['', 'β', 'ü', ' type 2', '-like'] as const;

/** A pool of synthetic entities: a few per kind, some verified, some with synonyms. */
export function entityPool(random: Random, perKind: number): GraphNode[] {
  return ENTITY_KINDS.flatMap((kind) =>
    Array.from({ length: perKind }, (_, index) => {
      const name = `synthetic ${kind.toLowerCase()} ${index}`;
      const synonyms = random.next() < 0.5 ? [`${name}${random.pick(SYNONYM_STYLES)} alt`] : [];
      const node: GraphNode = {
        id: `medkg:${kind.toLowerCase()}:synthetic-${kind.toLowerCase()}-${index}`,
        kind,
        name,
        synonyms,
        xrefs: random.next() < 0.3 ? [`medkg:xref:${kind.toLowerCase()}-${index}`] : [],
        status: random.next() < 0.5 ? 'verified' : 'unverified',
      };
      return node;
    }),
  );
}

function clinicalEdge(random: Random, pool: readonly GraphNode[]): { predicate: Predicate; subject: GraphNode; object: GraphNode } | null {
  const predicate = random.pick(CLINICAL_PREDICATES);
  const signature = PREDICATE_SIGNATURE[predicate];
  const subjects = pool.filter((node) => signature.subject.includes(node.kind));
  const objects = pool.filter((node) => signature.object.includes(node.kind));
  if (subjects.length === 0 || objects.length === 0) return null;
  const subject = random.pick(subjects);
  const object = random.pick(objects);
  return subject.id === object.id ? null : { predicate, subject, object };
}

/** One article naming a few pool entities, with clinical edges, evidence and links. */
export function randomArticle(random: Random, slug: string, pool: readonly GraphNode[], slugs: readonly string[], version: number): ArticleGraph {
  const sentences: string[] = [];
  const say = (text: string): { start: number; end: number; sentence: string } => {
    const start = sentences.join(' ').length + (sentences.length > 0 ? 1 : 0);
    sentences.push(text);
    return { start, end: start + text.length, sentence: text };
  };
  const edges = new Map<string, GraphEdge>();
  const used = new Map<string, GraphNode>();
  const addEdge = (subject: string, predicate: Predicate, object: string, text: string): void => {
    const key = `${subject}|${predicate}|${object}`;
    const evidence = {
      article: slug,
      section: random.pick(['summary', 'symptoms', 'treatment', 'genetics'] as const),
      ...say(text),
      sources: random.next() < 0.3 ? ['NCBI'] : [],
      extractor: 'parity-test',
      extractorVersion: String(version),
      weight: random.pick([0.5, 0.55, 0.8, 0.9]),
    };
    const previous = edges.get(key);
    edges.set(key, { subject, predicate, object, evidence: [...(previous?.evidence ?? []), evidence] });
  };
  for (let count = 0; count < 2 + random.int(5); count += 1) {
    const edge = clinicalEdge(random, pool);
    if (!edge) continue;
    used.set(edge.subject.id, edge.subject).set(edge.object.id, edge.object);
    addEdge(edge.subject.id, edge.predicate, edge.object.id, `${edge.subject.name} relates to ${edge.object.name} in version ${version}.`);
  }
  const named = [...used.values()];
  const about = named[0];
  for (const node of named) addEdge(articleNodeId(slug), node === about ? 'ABOUT' : 'MENTIONS', node.id, `The article names ${node.name}.`);
  const cleanedText = sentences.join(' ');
  return {
    article: {
      id: slug,
      title: `Synthetic article ${slug}`,
      contentHash: `${slug}-v${version}`,
      cleanedText,
      sections: [{ kind: 'summary', heading: 'Summary', start: 0, text: cleanedText }],
      ...(about ? { primaryEntity: about.id } : {}),
    },
    nodes: named,
    edges: [...edges.values()],
    links: slugs.filter((other) => other !== slug && random.next() < 0.3),
  };
}
