import type { GraphNode } from './graph.js';

/**
 * How a node named again is merged into the stored one: the single rule both stores apply.
 *
 * - Vocabulary-verified data is never overwritten by an unverified sighting.
 * - Between two verified versions the incoming one wins: a vocabulary update renames.
 * - Between two unverified sightings (head phrases of different articles, "Hereditary
 *   Haemochromatosis" and "hereditary haemochromatosis") the name that sorts first wins, so the
 *   stored node does not depend on which article was written last. Parallel ingest writes
 *   articles in whatever order the workers finish.
 * - Synonyms and xrefs are unioned (the losing name of two unverified sightings joins them).
 *   While every sighting brings the same list, that list is kept in the order it was given (a
 *   vocabulary's preferred synonyms first); once sightings differ, the union is sorted, for the
 *   same reason: merging A then B and B then A stores one node.
 */
export function mergeNode(existing: GraphNode | undefined, incoming: GraphNode): GraphNode {
  const sighting = cleanNode(incoming);
  if (existing === undefined) return sighting;
  const stored = cleanNode(existing);
  const winner = mergeWinner(stored, sighting);
  const loser = winner === sighting ? stored : sighting;
  const synonyms = mergedSynonyms(stored, sighting, winner, loser);
  const xrefs = mergedList(stored.xrefs, sighting.xrefs);
  return canonicalNode(winner, synonyms, xrefs, mergedDescription(winner, loser));
}

/** A node's lists without repeats, and without its own name among its synonyms. */
function cleanNode(node: GraphNode): GraphNode {
  const synonyms = [...new Set(node.synonyms)].filter((name) => name !== node.name);
  return canonicalNode(node, synonyms, [...new Set(node.xrefs)], node.description);
}

/**
 * Two unverified sightings that name the node differently both name it: the losing name stays
 * as a synonym, so a later mention spelled that way still finds the node.
 */
function mergedSynonyms(stored: GraphNode, sighting: GraphNode, winner: GraphNode, loser: GraphNode): string[] {
  const keepsLoserName = loser.name !== winner.name && winner.status === 'unverified' && loser.status === 'unverified';
  const merged = keepsLoserName
    ? [...new Set([...stored.synonyms, ...sighting.synonyms, loser.name])].sort(compareCodePoints)
    : mergedList(stored.synonyms, sighting.synonyms);
  return merged.filter((name) => name !== winner.name);
}

/** Whether two versions of a node hold the same data (key order aside). */
export function sameNode(first: GraphNode, second: GraphNode): boolean {
  return (
    first.id === second.id &&
    first.kind === second.kind &&
    first.name === second.name &&
    first.status === second.status &&
    first.description === second.description &&
    sameList(first.synonyms, second.synonyms) &&
    sameList(first.xrefs, second.xrefs)
  );
}

function mergeWinner(existing: GraphNode, incoming: GraphNode): GraphNode {
  if (existing.status !== incoming.status) return existing.status === 'verified' ? existing : incoming;
  if (incoming.status === 'verified') return incoming;
  return compareCodePoints(existing.name, incoming.name) < 0 ? existing : incoming;
}

function mergedDescription(winner: GraphNode, loser: GraphNode): string | undefined {
  if (winner.status === 'verified' || loser.description === undefined) return winner.description ?? loser.description;
  if (winner.description === undefined) return loser.description;
  return compareCodePoints(winner.description, loser.description) <= 0 ? winner.description : loser.description;
}

function canonicalNode(
  base: GraphNode,
  synonyms: readonly string[],
  xrefs: readonly string[],
  description: string | undefined,
): GraphNode {
  const node: GraphNode = {
    id: base.id,
    kind: base.kind,
    name: base.name,
    synonyms: [...synonyms],
    xrefs: [...xrefs],
    status: base.status,
  };
  return description === undefined ? node : { ...node, description };
}

function mergedList(stored: readonly string[], incoming: readonly string[]): string[] {
  if (sameList(stored, incoming)) return [...stored];
  return [...new Set([...stored, ...incoming])].sort(compareCodePoints);
}

function compareCodePoints(first: string, second: string): number {
  if (first === second) return 0;
  return first < second ? -1 : 1;
}

function sameList(first: readonly string[], second: readonly string[]): boolean {
  return first.length === second.length && first.every((value, index) => value === second[index]);
}
