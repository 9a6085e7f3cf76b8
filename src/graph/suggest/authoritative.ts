import type { EdgeKey } from '../../domain/graph.js';
import { edgeKeyString } from '../../domain/graph.js';
import { indexNodes, joinReference, type JoinedRelation } from '../reference/join.js';
import type { ReferenceRow } from '../../store/port.js';
import { inFocus, type Focus } from './focus.js';
import { suggestionId } from './ids.js';
import { PREDICATE_PHRASE } from './names.js';
import type { GraphSnapshot } from './snapshot.js';
import { roundScore, type Suggestion, type SuggestionEvidence } from './types.js';

const REFUTING_SCORE: Readonly<Record<string, number>> = { Refuted: 0.95, 'No Known Disease Relationship': 0.85, Disputed: 0.75 };

function sourceEvidence(item: JoinedRelation): SuggestionEvidence {
  const { relation } = item;
  return { source: relation.source, classification: relation.classification, note: `${relation.subject} ${relation.predicate} ${relation.object}` };
}

function groupByEdge(joined: readonly JoinedRelation[]): Map<string, { key: EdgeKey; rows: JoinedRelation[] }> {
  const groups = new Map<string, { key: EdgeKey; rows: JoinedRelation[] }>();
  for (const item of joined) {
    const key = { subject: item.subject.id, predicate: item.relation.predicate, object: item.object.id };
    const id = edgeKeyString(key);
    const group = groups.get(id) ?? { key, rows: [] };
    group.rows.push(item);
    groups.set(id, group);
  }
  return groups;
}

function describe(snapshot: GraphSnapshot, key: EdgeKey): string {
  const name = (id: string): string => snapshot.nodes.get(id)?.name ?? id;
  return `${name(key.subject)} ${PREDICATE_PHRASE[key.predicate]} ${name(key.object)}`;
}

/**
 * Authoritative gaps and conflicts: what a curated source (ClinGen, Orphanet via GARD,
 * PharmacotherapyDB, LabeledIn, DO) asserts between two entities the site covers while no
 * article states it, ranked by the strongest source; and an article relation that ClinGen
 * classifies Refuted or Disputed. The reference layer never becomes article content: a gap is
 * only a suggestion until an editor accepts it as a curated edge.
 */
export function findAuthoritative(snapshot: GraphSnapshot, relations: readonly ReferenceRow[], focus: Focus): Suggestion[] {
  const existing = new Map(snapshot.clinical.map((edge) => [edgeKeyString(edge), edge]));
  const joined = joinReference(indexNodes(snapshot.nodes.values()), relations).filter((item) => inFocus(focus, [item.subject.id, item.object.id]));
  const suggestions: Suggestion[] = [];
  for (const { key, rows } of groupByEdge(joined).values()) {
    const edge = existing.get(edgeKeyString(key));
    const refuting = rows.filter((row) => row.relation.refutes);
    const supporting = rows.filter((row) => !row.relation.refutes).sort((a, b) => b.relation.strength - a.relation.strength);
    const sources = [...new Set(rows.map((row) => row.relation.source))].sort();
    if (edge && refuting.length > 0 && edge.evidence.length > 0 && !edge.curated) {
      const worst = Math.max(...refuting.map((row) => REFUTING_SCORE[row.relation.classification] ?? 0.7));
      const articles = [...new Set(edge.evidence.map((item) => item.article))].sort();
      suggestions.push({
        id: suggestionId('authoritative_conflict', [key.subject, key.predicate, key.object]),
        kind: 'authoritative_conflict',
        score: roundScore(worst),
        explanation: `Articles (${articles.join(', ')}) say ${describe(snapshot, key)}, but ${refuting.map((row) => `${row.relation.source} classifies it ${row.relation.classification}`).join('; ')}.`,
        entities: [key.subject, key.object],
        articles,
        evidence: [...refuting.map(sourceEvidence), ...edge.evidence.slice(0, 2).map((item) => ({ article: item.article, section: item.section, sentence: item.sentence }))],
        action: { type: 'retract', ...key },
      });
    } else if (!edge && supporting.length > 0) {
      const strongest = supporting[0]?.relation.strength ?? 0;
      suggestions.push({
        id: suggestionId('authoritative_gap', [key.subject, key.predicate, key.object]),
        kind: 'authoritative_gap',
        score: roundScore(strongest * 0.95 + 0.05 * Math.min(sources.length - 1, 1)),
        explanation: `${sources.join(' and ')} ${sources.length > 1 ? 'assert' : 'asserts'} ${describe(snapshot, key)} (${supporting[0]?.relation.classification ?? ''}); no article states it.`,
        entities: [key.subject, key.object],
        articles: [],
        evidence: supporting.slice(0, 4).map(sourceEvidence),
        action: { type: 'edge', ...key },
      });
    }
  }
  return suggestions;
}
