import { badInput } from '../../domain/errors.js';
import type { EdgeKey } from '../../domain/graph.js';
import type { Predicate } from '../../domain/predicates.js';
import type { GraphPath, PathOptions } from '../port.js';
import type { Db } from './database.js';
import { resolveIds } from './nodes.js';
import { sql } from './statements.js';

interface Step {
  readonly next: string;
  readonly edge: EdgeKey;
}

/** Push, never copy: a hub symptom has thousands of steps. */
function appendStep(steps: Map<string, Step[]>, from: string, step: Step): void {
  const list = steps.get(from);
  if (list) list.push(step);
  else steps.set(from, [step]);
}

/**
 * Visible edges at a set of nodes, over the given predicates, as steps either way. Article
 * nodes are only reachable through article predicates, so asking for clinical predicates
 * alone never walks through an article.
 */
function stepsFrom(db: Db, frontier: readonly string[], predicates: readonly Predicate[]): Map<string, Step[]> {
  const rows = sql(db, 
      `SELECT subject, predicate, object FROM edges
        WHERE retracted = 0 AND predicate IN (SELECT value FROM json_each(:predicates))
          AND subject IN (SELECT value FROM json_each(:frontier))
       UNION
       SELECT subject, predicate, object FROM edges
        WHERE retracted = 0 AND predicate IN (SELECT value FROM json_each(:predicates))
          AND object IN (SELECT value FROM json_each(:frontier))`,
    )
    .all({ predicates: JSON.stringify(predicates), frontier: JSON.stringify(frontier) }) as EdgeKey[];
  const inFrontier = new Set(frontier);
  const steps = new Map<string, Step[]>();
  for (const edge of rows) {
    if (inFrontier.has(edge.subject)) appendStep(steps, edge.subject, { next: edge.object, edge });
    if (inFrontier.has(edge.object) && edge.object !== edge.subject) appendStep(steps, edge.object, { next: edge.subject, edge });
  }
  return steps;
}

function compareSteps(a: Step, b: Step): number {
  const key = (step: Step): string => `${step.next}\u0000${step.edge.predicate}\u0000${step.edge.subject}\u0000${step.edge.object}`;
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}

/**
 * The last layer needs only the steps that end at `to`: read them from `to`'s side (its own
 * edges) instead of expanding a frontier that by then holds most of the graph.
 */
function stepsInto(db: Db, frontier: readonly string[], to: string, predicates: readonly Predicate[]): Map<string, Step[]> {
  const inFrontier = new Set(frontier);
  const steps = new Map<string, Step[]>();
  for (const step of stepsFrom(db, [to], predicates).get(to) ?? []) {
    if (inFrontier.has(step.next)) appendStep(steps, step.next, { next: to, edge: step.edge });
  }
  return steps;
}

/** Breadth-first layers from `from` until `to` is reached: each node's depth and outgoing steps. */
function explore(db: Db, from: string, to: string, options: PathOptions): { depth: Map<string, number>; steps: Map<string, Step[]> } {
  const depth = new Map([[from, 0]]);
  const steps = new Map<string, Step[]>();
  let frontier = [from];
  for (let level = 0; level < options.maxHops && frontier.length > 0 && !depth.has(to); level += 1) {
    const last = level === options.maxHops - 1;
    const found = last ? stepsInto(db, frontier, to, options.predicates) : stepsFrom(db, frontier, options.predicates);
    const next: string[] = [];
    for (const [node, nodeSteps] of found) {
      steps.set(node, nodeSteps.sort(compareSteps));
      for (const step of nodeSteps) {
        if (depth.has(step.next)) continue;
        depth.set(step.next, level + 1);
        next.push(step.next);
      }
    }
    frontier = next;
  }
  return { depth, steps };
}

/** Nodes from which `to` is reached along shortest-path steps (so enumeration never dead-ends). */
function leadsTo(to: string, depth: Map<string, number>, steps: Map<string, Step[]>): Set<string> {
  const useful = new Set([to]);
  const byDepth = [...depth.entries()].sort((a, b) => b[1] - a[1]);
  for (const [node, level] of byDepth) {
    if ((steps.get(node) ?? []).some((step) => depth.get(step.next) === level + 1 && useful.has(step.next))) useful.add(node);
  }
  return useful;
}

/** Every shortest path (≤ maxHops) in node-id order, at most `first`. */
export function shortestPaths(db: Db, fromId: string, toId: string, options: PathOptions): GraphPath[] {
  if (!Number.isInteger(options.maxHops) || options.maxHops < 0) throw badInput('"maxHops" must be a non-negative integer');
  if (!Number.isInteger(options.first) || options.first < 0) throw badInput('"first" must be a non-negative integer');
  const resolved = resolveIds(db, [fromId, toId]);
  const from = resolved.get(fromId);
  const to = resolved.get(toId);
  if (from === undefined || to === undefined || options.first === 0) return [];
  if (from === to) return [{ nodes: [from], edges: [] }];
  const { depth, steps } = explore(db, from, to, options);
  if (!depth.has(to)) return [];
  const useful = leadsTo(to, depth, steps);
  const paths: GraphPath[] = [];
  const walk = (node: string, nodes: string[], edges: EdgeKey[]): void => {
    if (paths.length >= options.first) return;
    if (node === to) {
      paths.push({ nodes, edges });
      return;
    }
    const level = depth.get(node) ?? 0;
    for (const step of steps.get(node) ?? []) {
      if (depth.get(step.next) !== level + 1 || !useful.has(step.next)) continue;
      walk(step.next, [...nodes, step.next], [...edges, step.edge]);
    }
  };
  walk(from, [from], []);
  return paths;
}
