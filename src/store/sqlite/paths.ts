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

/** One side of the search: each reached node's distance, and the steps its expansion read. */
interface Side {
  readonly distance: Map<string, number>;
  frontier: string[];
  /** Layers fully expanded so far. */
  depth: number;
}

function newSide(start: string): Side {
  return { distance: new Map([[start, 0]]), frontier: [start], depth: 0 };
}

/**
 * Expands one side by a layer. The forward side keeps each expanded node's steps (the walk
 * leaves by them); the backward side keeps, for each node it reaches, the steps back toward
 * `to` (the walk leaves by those once it has crossed over).
 */
function expand(db: Db, side: Side, predicates: readonly Predicate[], keep: (node: string, step: Step, distance: number) => void): string[] {
  const reached = side.depth + 1;
  const next: string[] = [];
  for (const [node, nodeSteps] of stepsFrom(db, side.frontier, predicates)) {
    for (const step of nodeSteps) {
      const known = side.distance.get(step.next);
      if (known === undefined) {
        side.distance.set(step.next, reached);
        next.push(step.next);
      }
      keep(node, step, known ?? reached);
    }
  }
  side.frontier = next;
  side.depth = reached;
  return next;
}

/** The length of the shortest paths once the sides meet: the least sum over nodes both reached. */
function meeting(newlyReached: readonly string[], own: Side, other: Side): number | undefined {
  let best: number | undefined;
  for (const node of newlyReached) {
    const there = other.distance.get(node);
    if (there === undefined) continue;
    const length = (own.distance.get(node) ?? 0) + there;
    if (best === undefined || length < best) best = length;
  }
  return best;
}

interface Search {
  readonly length: number;
  readonly forward: Side;
  readonly backward: Side;
  /** Steps of each forward-expanded node. */
  readonly outgoing: Map<string, Step[]>;
  /** For each node the backward side reached, its steps one layer closer to `to`. */
  readonly towardTarget: Map<string, Step[]>;
}

/**
 * Breadth-first from both ends, always expanding the smaller frontier, until they meet or the
 * hops run out. A one-sided search from a node next to a hub symptom reads most of the graph by
 * its third layer; two half-depth searches read two small neighbourhoods.
 */
function search(db: Db, from: string, to: string, options: PathOptions): Search | undefined {
  const forward = newSide(from);
  const backward = newSide(to);
  const outgoing = new Map<string, Step[]>();
  const towardTarget = new Map<string, Step[]>();
  while (forward.depth + backward.depth < options.maxHops && forward.frontier.length > 0 && backward.frontier.length > 0) {
    let length: number | undefined;
    if (forward.frontier.length <= backward.frontier.length) {
      const reached = expand(db, forward, options.predicates, (node, step) => appendStep(outgoing, node, step));
      length = meeting(reached, forward, backward);
    } else {
      const layer = backward.depth;
      const reached = expand(db, backward, options.predicates, (node, step, distance) => {
        if (distance === layer + 1) appendStep(towardTarget, step.next, { next: node, edge: step.edge });
      });
      length = meeting(reached, backward, forward);
    }
    if (length !== undefined) return { length, forward, backward, outgoing, towardTarget };
  }
  return undefined;
}

/**
 * Forward-side nodes from which `to` is reached along shortest-path steps, so the walk never
 * dead-ends: a node the backward side also knows is on a shortest path when the distances add
 * up; a nearer node, when one of its steps leads to such a node.
 */
function forwardOnPath(found: Search): Set<string> {
  const { length, forward, backward, outgoing } = found;
  const onPath = new Set<string>();
  const byDistance = [...forward.distance.entries()].sort((a, b) => b[1] - a[1]);
  for (const [node, distance] of byDistance) {
    const remaining = length - distance;
    if (remaining < 0) continue;
    if (remaining <= backward.depth) {
      if (backward.distance.get(node) === remaining) onPath.add(node);
      continue;
    }
    if ((outgoing.get(node) ?? []).some((step) => forward.distance.get(step.next) === distance + 1 && onPath.has(step.next))) onPath.add(node);
  }
  return onPath;
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
  const found = search(db, from, to, options);
  if (found === undefined) return [];
  const { forward, outgoing, towardTarget } = found;
  const onPath = forwardOnPath(found);
  for (const stepList of [...outgoing.values(), ...towardTarget.values()]) stepList.sort(compareSteps);
  const paths: GraphPath[] = [];
  // Position i of a shortest path is known exactly from the forward side while i is within its
  // depth, and from the backward side (distance length - i) after that.
  const nextSteps = (node: string, position: number): Step[] => {
    if (position < forward.depth) {
      return (outgoing.get(node) ?? []).filter((step) => forward.distance.get(step.next) === position + 1 && onPath.has(step.next));
    }
    return towardTarget.get(node) ?? [];
  };
  const walk = (node: string, nodes: string[], edges: EdgeKey[]): void => {
    if (paths.length >= options.first) return;
    if (node === to) {
      paths.push({ nodes, edges });
      return;
    }
    for (const step of nextSteps(node, nodes.length - 1)) walk(step.next, [...nodes, step.next], [...edges, step.edge]);
  };
  walk(from, [from], []);
  return paths;
}
