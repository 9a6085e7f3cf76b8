import type { GraphStore, SuggestionDecision } from '../../store/port.js';

/** The standing decision of each suggestion: the latest one recorded (an editor may change their mind). */
export function currentDecisions(log: readonly SuggestionDecision[]): Map<string, SuggestionDecision> {
  const current = new Map<string, SuggestionDecision>();
  for (const decision of log) current.set(decision.suggestion, decision);
  return current;
}

export async function readCurrentDecisions(store: GraphStore): Promise<Map<string, SuggestionDecision>> {
  return currentDecisions(await store.decisions());
}
