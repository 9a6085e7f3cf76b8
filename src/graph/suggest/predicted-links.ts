import type { EntityKind, NodeKind } from '../../domain/kinds.js';
import type { Predicate } from '../../domain/predicates.js';
import { adjacencyOf, pairKey } from './adjacency.js';
import type { PairCandidate, PairFinder } from './capped.js';
import { suggestionId } from './ids.js';
import { nameOf } from './names.js';
import type { GraphSnapshot } from './snapshot.js';
import { saturate, type SuggestedAction, type Suggestion } from './types.js';

/** Kind pairs worth predicting, with the predicate an accepted prediction becomes (null: editorial). */
const COMPATIBLE: readonly (readonly [EntityKind, EntityKind, Predicate | null])[] = [
  ['Disease', 'Disease', null],
  ['Gene', 'Disease', 'GENE_ASSOCIATED_WITH'],
  ['Drug', 'Disease', 'TREATS'],
  ['Test', 'Disease', 'DIAGNOSES'],
];

const PAIRING_KINDS: ReadonlySet<NodeKind> = new Set(COMPATIBLE.flatMap(([first, second]) => [first, second]));

/**
 * How much a shared neighbour of each kind says about a pair: sharing a gene is specific
 * evidence of a common mechanism; sharing a symptom, a test or a procedure much less so.
 */
const NEIGHBOUR_WEIGHT: Readonly<Record<NodeKind, number>> = {
  Gene: 1,
  Disease: 0.6,
  Drug: 0.6,
  Phenotype: 0.35,
  Test: 0.3,
  Procedure: 0.3,
  Article: 0,
};

/**
 * A hub (a symptom half the corpus names) says little about a pair: at degree 300 it counts
 * 1/log(300) ≈ 0.18, an eighth of a neighbour of two, yet costs degree² pairs. Above this
 * degree it is no shared neighbour at all.
 */
const MAX_CENTRE_DEGREE = 300;

interface Fit {
  readonly swap: boolean;
  readonly predicate: Predicate | null;
}

function compatible(a: NodeKind, b: NodeKind): Fit | null {
  for (const [first, second, predicate] of COMPATIBLE) {
    if (a === first && b === second) return { swap: false, predicate };
    if (a === second && b === first) return { swap: true, predicate };
  }
  return null;
}

interface PredictedLink extends PairCandidate {
  /** Shared neighbours, sorted. */
  readonly shared: readonly string[];
  readonly predicate: Predicate | null;
}

function usableCentre(degree: number): boolean {
  return degree >= 2 && degree <= MAX_CENTRE_DEGREE;
}

const subtypeCache = new WeakMap<GraphSnapshot, ReadonlySet<string>>();

/** Entities that are a subtype of another (subjects of SUBCLASS_OF), once per snapshot. */
function subtypesOf(snapshot: GraphSnapshot): ReadonlySet<string> {
  let subtypes = subtypeCache.get(snapshot);
  if (!subtypes) {
    subtypes = new Set(snapshot.clinical.filter((edge) => edge.predicate === 'SUBCLASS_OF').map((edge) => edge.subject));
    subtypeCache.set(snapshot, subtypes);
  }
  return subtypes;
}

/** A gene tied to a subtype of the disease, through SUBCLASS_OF: one shared neighbour is enough. */
function viaSubtype(snapshot: GraphSnapshot, a: string, b: string, shared: readonly string[]): boolean {
  const { between } = adjacencyOf(snapshot);
  const subtypes = subtypesOf(snapshot);
  return shared.some(
    (centre) => subtypes.has(centre) && [a, b].some((end) => between.get(pairKey(centre, end))?.some((edge) => edge.predicate === 'SUBCLASS_OF' && edge.subject === centre)),
  );
}

/** Adamic–Adar weighted by kind: Σ w(kind)/log(degree) over the shared neighbours, summed in id order. */
function scoreOf(snapshot: GraphSnapshot, shared: readonly string[]): number {
  const { neighbours } = adjacencyOf(snapshot);
  let sum = 0;
  for (const centre of shared) sum += NEIGHBOUR_WEIGHT[snapshot.nodes.get(centre)?.kind ?? 'Article'] / Math.log(neighbours.get(centre)?.size ?? 1);
  return saturate(sum, 2);
}

/** Other ends, with their shared neighbours, of the pairs `a` forms through usable centres. */
function sharedWith(snapshot: GraphSnapshot, a: string, skip: (b: string) => boolean): Map<string, string[]> {
  const { neighbours } = adjacencyOf(snapshot);
  const shared = new Map<string, string[]>();
  for (const centre of neighbours.get(a) ?? []) {
    const around = neighbours.get(centre);
    if (!around || !usableCentre(around.size)) continue;
    for (const b of around) {
      if (b === a || skip(b)) continue;
      const list = shared.get(b);
      if (list) list.push(centre);
      else shared.set(b, [centre]);
    }
  }
  return shared;
}

/** The pairs of `a` that make a prediction: compatible kinds, no relation yet, enough shared. */
function* pairsOf(snapshot: GraphSnapshot, a: string, skip: (b: string) => boolean): Iterable<PredictedLink> {
  const kindA = snapshot.nodes.get(a)?.kind;
  if (!kindA || !PAIRING_KINDS.has(kindA)) return;
  const { between } = adjacencyOf(snapshot);
  for (const [b, centres] of sharedWith(snapshot, a, skip)) {
    const kindB = snapshot.nodes.get(b)?.kind;
    const fit = kindB ? compatible(kindA, kindB) : null;
    if (!fit || between.has(pairKey(a, b))) continue;
    const shared = centres.sort();
    if (shared.length < 2 && !viaSubtype(snapshot, a, b, shared)) continue;
    // Two ends of one kind (two diseases) are listed in id order, whichever end found the pair.
    const ends: [string, string] = kindA === kindB ? (a < b ? [a, b] : [b, a]) : fit.swap ? [b, a] : [a, b];
    yield { id: suggestionId('predicted_link', [], ends), score: scoreOf(snapshot, shared), ends, shared, predicate: fit.predicate };
  }
}

function* candidates(snapshot: GraphSnapshot, ends: ReadonlySet<string> | null): Iterable<PredictedLink> {
  const { neighbours } = adjacencyOf(snapshot);
  // Each pair once: from its smaller end, unless only one end is asked for.
  const sources = ends ?? neighbours.keys();
  for (const a of sources) yield* pairsOf(snapshot, a, (b) => b < a && (ends === null || ends.has(b)));
}

/** Ends of candidates involving `affected`: their pair partners, and the neighbours of an affected centre. */
function reach(snapshot: GraphSnapshot, affected: ReadonlySet<string>): Set<string> {
  const { neighbours } = adjacencyOf(snapshot);
  const result = new Set<string>();
  for (const candidate of candidates(snapshot, affected)) for (const end of candidate.ends) result.add(end);
  for (const id of affected) {
    const around = neighbours.get(id);
    if (!around || !usableCentre(around.size)) continue;
    for (const next of around) if (PAIRING_KINDS.has(snapshot.nodes.get(next)?.kind ?? 'Article')) result.add(next);
  }
  return result;
}

function build(snapshot: GraphSnapshot, candidate: PredictedLink): Suggestion {
  const [subject, object] = candidate.ends;
  const { shared } = candidate;
  const action: SuggestedAction = candidate.predicate ? { type: 'edge', subject, predicate: candidate.predicate, object } : { type: 'editorial' };
  return {
    id: candidate.id,
    kind: 'predicted_link',
    score: candidate.score,
    explanation: `${nameOf(snapshot, subject)} and ${nameOf(snapshot, object)} share ${shared.length} neighbour${shared.length === 1 ? '' : 's'} (${shared.slice(0, 5).map((id) => nameOf(snapshot, id)).join(', ')}) but no article relates them.`,
    entities: [subject, object, ...shared],
    articles: [],
    evidence: shared.slice(0, 5).map((id) => ({ note: `shared neighbour ${nameOf(snapshot, id)} (${id})` })),
    action,
  };
}

/**
 * Predicted links: entities of compatible kinds that share typed neighbours but have no relation
 * (two diseases sharing genes and symptoms; a gene linked to a disease's subtype but not to the
 * disease). Needs two shared neighbours, or one when it is a subtype of the disease. Pairs are
 * scored one end at a time (that end's two-hop neighbourhood), so no list of every pair in the
 * graph is ever held.
 */
export const predictedLinks: PairFinder<PredictedLink> = {
  kind: 'predicted_link',
  candidates,
  reach,
  build,
  endsOf: (suggestion) => [suggestion.entities[0] ?? '', suggestion.entities[1] ?? ''],
};
