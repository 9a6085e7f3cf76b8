import { z } from 'zod';
import { badInput } from '../../domain/errors.js';
import { edgeKeyString } from '../../domain/graph.js';
import type { GraphStore, SuggestionDecision } from '../../store/port.js';
import { applyAction } from '../suggest/actions.js';
import { recomputeSuggestions } from '../suggest/refresh.js';
import type { SuggestedAction, Suggestion } from '../suggest/types.js';

const decisionLineSchema = z.object({
  suggestion: z.string().min(1),
  kind: z.string().min(1),
  verdict: z.enum(['accepted', 'rejected']),
  editor: z.string().min(1),
  reason: z.string(),
  at: z.iso.datetime(),
  detail: z.string(),
});

/** The decision log as JSON Lines, oldest first: the one part of a store that cannot be re-derived. */
export async function exportDecisions(store: GraphStore): Promise<string[]> {
  const decisions = await store.decisions();
  return decisions.map((decision) => JSON.stringify(decisionLineSchema.parse(decision)));
}

export interface ImportReport {
  readonly imported: number;
  /** Accepted decisions whose graph change (curated edge, retraction, lexicon entry, merge) was applied here. */
  readonly applied: number;
}

function actionOf(decision: SuggestionDecision): SuggestedAction | null {
  try {
    return (JSON.parse(decision.detail) as Partial<Suggestion>).action ?? null;
  } catch {
    return null;
  }
}

/**
 * Loads a decisions backup into a store (the same one after a rebuild, or another one).
 * Idempotent: a decision already there is not recorded twice, and the curated edit an accepted
 * decision made is applied only when the store does not have it yet.
 */
export async function importDecisions(store: GraphStore, lines: Iterable<string>): Promise<ImportReport> {
  const decisions = [...lines].map((line, index) => ({ line, index })).filter(({ line }) => line.trim() !== '').map(({ line, index }) => {
    const parsed = decisionLineSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw badInput(`decisions line ${index + 1} is not a decision: ${parsed.error.issues[0]?.message ?? ''}`);
    return parsed.data;
  });
  const edits = new Set((await store.curatedEdits()).map((edit) => `${edit.action}|${edgeKeyString(edit)}`));
  let applied = 0;
  for (const decision of decisions) {
    await store.recordDecision(decision);
    const action = decision.verdict === 'accepted' ? actionOf(decision) : null;
    if (!action || action.type === 'editorial') continue;
    if ((action.type === 'edge' || action.type === 'retract') && edits.has(`${action.type === 'edge' ? 'add' : 'retract'}|${edgeKeyString(action)}`)) continue;
    await applyAction(store, action, decision);
    applied += 1;
  }
  // Decided suggestions give up their place in each entity's capped list: recompute, so the
  // queue shows what it would have shown had the decisions been taken in this store.
  if (decisions.length > 0) await recomputeSuggestions(store);
  return { imported: decisions.length, applied };
}
