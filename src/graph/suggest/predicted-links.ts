import type { EntityKind, NodeKind } from '../../domain/kinds.js';
import type { Predicate } from '../../domain/predicates.js';
import { adjacencyOf, pairKey } from './adjacency.js';
import { inFocus, type Focus } from './focus.js';
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

/** A hub (a symptom half the corpus names) says little about a pair and costs deg² pairs. */
const MAX_CENTRE_DEGREE = 300;

function compatible(a: NodeKind, b: NodeKind): { readonly swap: boolean; readonly predicate: Predicate | null } | null {
  for (const [first, second, predicate] of COMPATIBLE) {
    if (a === first && b === second) return { swap: false, predicate };
    if (a === second && b === first) return { swap: true, predicate };
  }
  return null;
}

interface Candidate {
  readonly a: string;
  readonly b: string;
  readonly shared: string[];
  score: number;
}

/** Centres whose pairs can involve the focus: the focus and its neighbours (all when unfocused). */
function centresFor(snapshot: GraphSnapshot, focus: Focus): Iterable<string> {
  const { neighbours } = adjacencyOf(snapshot);
  if (focus.entities === null) return neighbours.keys();
  const centres = new Set<string>();
  for (const id of focus.entities) {
    centres.add(id);
    for (const next of neighbours.get(id) ?? []) centres.add(next);
  }
  return centres;
}

/** Pairs that share a neighbour, scored by Adamic–Adar weighted by kind: Σ w(kind)/log(degree) over shared neighbours. */
function scorePairs(snapshot: GraphSnapshot, focus: Focus): Map<string, Candidate> {
  const { neighbours, between } = adjacencyOf(snapshot);
  const candidates = new Map<string, Candidate>();
  for (const centre of centresFor(snapshot, focus)) {
    const around = neighbours.get(centre);
    if (!around || around.size < 2 || around.size > MAX_CENTRE_DEGREE) continue;
    const members = [...around].sort();
    for (let i = 0; i < members.length; i += 1) {
      for (let j = i + 1; j < members.length; j += 1) {
        const a = members[i] as string;
        const b = members[j] as string;
        const key = pairKey(a, b);
        if (candidates.has(key) || between.has(key) || !inFocus(focus, [a, b, centre])) continue;
        const kindA = snapshot.nodes.get(a)?.kind;
        const kindB = snapshot.nodes.get(b)?.kind;
        if (kindA && kindB && compatible(kindA, kindB)) candidates.set(key, sharedOf(snapshot, neighbours, a, b));
      }
    }
  }
  return candidates;
}

/** The whole Adamic–Adar score of a pair, whichever centre found it. */
function sharedOf(snapshot: GraphSnapshot, neighbours: ReadonlyMap<string, ReadonlySet<string>>, a: string, b: string): Candidate {
  const candidate: Candidate = { a, b, shared: [], score: 0 };
  const [small, large] = [neighbours.get(a) ?? new Set<string>(), neighbours.get(b) ?? new Set<string>()].sort((x, y) => x.size - y.size);
  for (const centre of small ?? []) {
    const degree = neighbours.get(centre)?.size ?? 0;
    if (!large?.has(centre) || degree > MAX_CENTRE_DEGREE) continue;
    candidate.shared.push(centre);
    candidate.score += NEIGHBOUR_WEIGHT[snapshot.nodes.get(centre)?.kind ?? 'Article'] / Math.log(degree);
  }
  return candidate;
}

/** A gene tied to a subtype of the disease, through SUBCLASS_OF: one shared neighbour is enough. */
function viaSubtype(snapshot: GraphSnapshot, candidate: Candidate): boolean {
  const { between } = adjacencyOf(snapshot);
  return candidate.shared.some((centre) =>
    [candidate.a, candidate.b].some((end) => between.get(pairKey(centre, end))?.some((edge) => edge.predicate === 'SUBCLASS_OF' && edge.subject === centre)),
  );
}

/**
 * Predicted links: entities of compatible kinds that share typed neighbours but have no relation
 * (two diseases sharing genes and symptoms; a gene linked to a disease's subtype but not to the
 * disease). Needs two shared neighbours, or one when it is a subtype of the disease.
 */
export function findPredictedLinks(snapshot: GraphSnapshot, focus: Focus): Suggestion[] {
  const suggestions: Suggestion[] = [];
  for (const candidate of scorePairs(snapshot, focus).values()) {
    if (candidate.shared.length < 2 && !viaSubtype(snapshot, candidate)) continue;
    const fit = compatible(snapshot.nodes.get(candidate.a)?.kind ?? 'Article', snapshot.nodes.get(candidate.b)?.kind ?? 'Article');
    if (!fit) continue;
    const [subject, object] = fit.swap ? [candidate.b, candidate.a] : [candidate.a, candidate.b];
    const shared = candidate.shared.sort();
    const action: SuggestedAction = fit.predicate ? { type: 'edge', subject, predicate: fit.predicate, object } : { type: 'editorial' };
    suggestions.push({
      id: suggestionId('predicted_link', [], [subject, object]),
      kind: 'predicted_link',
      score: saturate(candidate.score, 2),
      explanation: `${nameOf(snapshot, subject)} and ${nameOf(snapshot, object)} share ${shared.length} neighbour${shared.length === 1 ? '' : 's'} (${shared.slice(0, 5).map((id) => nameOf(snapshot, id)).join(', ')}) but no article relates them.`,
      entities: [subject, object, ...shared],
      articles: [],
      evidence: shared.slice(0, 5).map((id) => ({ note: `shared neighbour ${nameOf(snapshot, id)} (${id})` })),
      action,
    });
  }
  return suggestions;
}
