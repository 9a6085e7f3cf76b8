// The embedded store's bidirectional path search against a plain reference: two full
// breadth-first searches over the exported edges, every shortest path enumerated in node-id order.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EdgeKey } from '../../../src/domain/graph.js';
import { articleNodeId } from '../../../src/domain/ids.js';
import { CLINICAL_PREDICATES, PREDICATES, type Predicate } from '../../../src/domain/predicates.js';
import type { GraphPath, GraphStore } from '../../../src/store/port.js';
import { openSqliteStore } from '../../../src/store/sqlite/open.js';
import { entityPool, randomArticle, seededRandom } from '../neo4j/random-graphs.js';

interface Step {
  readonly next: string;
  readonly edge: EdgeKey;
}

const stepKey = (step: Step): string => `${step.next}\u0000${step.edge.predicate}\u0000${step.edge.subject}\u0000${step.edge.object}`;

function adjacency(edges: readonly EdgeKey[], predicates: readonly Predicate[]): Map<string, Step[]> {
  const allowed = new Set<string>(predicates);
  const steps = new Map<string, Step[]>();
  const add = (from: string, step: Step): void => void steps.set(from, [...(steps.get(from) ?? []), step]);
  for (const edge of edges) {
    if (!allowed.has(edge.predicate)) continue;
    add(edge.subject, { next: edge.object, edge });
    if (edge.object !== edge.subject) add(edge.object, { next: edge.subject, edge });
  }
  for (const list of steps.values()) list.sort((a, b) => (stepKey(a) < stepKey(b) ? -1 : stepKey(a) > stepKey(b) ? 1 : 0));
  return steps;
}

function distancesFrom(start: string, steps: Map<string, Step[]>): Map<string, number> {
  const distance = new Map([[start, 0]]);
  let frontier = [start];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const step of steps.get(node) ?? []) {
        if (distance.has(step.next)) continue;
        distance.set(step.next, (distance.get(node) ?? 0) + 1);
        next.push(step.next);
      }
    }
    frontier = next;
  }
  return distance;
}

function referencePaths(edges: readonly EdgeKey[], from: string, to: string, maxHops: number, predicates: readonly Predicate[], first: number): GraphPath[] {
  if (from === to) return [{ nodes: [from], edges: [] }];
  const steps = adjacency(edges, predicates);
  const fromStart = distancesFrom(from, steps);
  const toEnd = distancesFrom(to, steps);
  const length = fromStart.get(to);
  if (length === undefined || length > maxHops) return [];
  const paths: GraphPath[] = [];
  const walk = (node: string, nodes: string[], walked: EdgeKey[]): void => {
    if (paths.length >= first) return;
    if (node === to) {
      paths.push({ nodes, edges: walked });
      return;
    }
    const position = nodes.length - 1;
    for (const step of steps.get(node) ?? []) {
      if (fromStart.get(step.next) === position + 1 && toEnd.get(step.next) === length - position - 1) {
        walk(step.next, [...nodes, step.next], [...walked, step.edge]);
      }
    }
  };
  walk(from, [from], []);
  return paths;
}

describe('embedded store shortestPaths (bidirectional search)', () => {
  let store: GraphStore;
  let dataDir: string;
  let edges: EdgeKey[];
  let ends: string[];

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'medkg-paths-'));
    store = await openSqliteStore({ dataDir });
    const random = seededRandom(20261206);
    const pool = entityPool(random, 5);
    const slugs = Array.from({ length: 14 }, (_, index) => `synthetic-article-${index}`);
    await store.replaceArticles(slugs.map((slug, index) => randomArticle(random, slug, pool, slugs, index)));
    edges = [];
    for await (const edge of store.exportEdges()) edges.push({ subject: edge.subject, predicate: edge.predicate, object: edge.object });
    const stored = new Set(edges.flatMap((edge) => [edge.subject, edge.object]));
    ends = [...pool.map((node) => node.id).filter((id) => stored.has(id)), articleNodeId(slugs[0] as string), articleNodeId(slugs[1] as string)];
  });

  afterAll(async () => {
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('finds the same shortest paths, in the same order, as two full searches', async () => {
    expect(edges.length).toBeGreaterThan(50);
    let compared = 0;
    let withPaths = 0;
    for (const [fromIndex, from] of ends.entries()) {
      for (const to of ends.slice(fromIndex, fromIndex + 9)) {
        for (const [maxHops, predicates, first] of [
          [4, CLINICAL_PREDICATES, 5],
          [3, PREDICATES, 3],
          [2, PREDICATES, 50],
        ] as const) {
          const found = await store.shortestPaths(from, to, { maxHops, predicates, first });
          expect(found, `${from} → ${to}, ${maxHops} hops`).toEqual(referencePaths(edges, from, to, maxHops, predicates, first));
          compared += 1;
          if (found.length > 0 && from !== to) withPaths += 1;
        }
      }
    }
    expect(compared).toBeGreaterThan(200);
    expect(withPaths).toBeGreaterThan(50);
  });
});
