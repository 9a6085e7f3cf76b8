import type { GraphStore } from '../../store/port.js';

/** One line of the editors' audit log: a suggestion decision or a curated graph edit. */
export interface AuditEntry {
  readonly at: string;
  readonly editor: string;
  readonly reason: string;
  readonly action: 'accepted' | 'rejected' | 'add' | 'retract';
  /** The suggestion id, or the curated edge as "subject PREDICATE object". */
  readonly target: string;
  readonly kind: string;
}

/**
 * Who did what, when and why, newest first: every suggestion decision and every curated edit
 * (an accepted suggestion shows as both: the decision and the edge it made).
 */
export async function auditLog(store: GraphStore): Promise<AuditEntry[]> {
  const [decisions, edits] = await Promise.all([store.decisions(), store.curatedEdits()]);
  const entries: AuditEntry[] = [
    ...decisions.map((item) => ({ at: item.at, editor: item.editor, reason: item.reason, action: item.verdict, target: item.suggestion, kind: item.kind })),
    ...edits.map((item) => ({
      at: item.at,
      editor: item.editor,
      reason: item.reason,
      action: item.action,
      target: `${item.subject} ${item.predicate} ${item.object}`,
      kind: 'curated_edge',
    })),
  ];
  // At the same instant a decision is listed before the edit it made (it was recorded after it).
  const rank = (entry: AuditEntry): number => (entry.kind === 'curated_edge' ? 1 : 0);
  return entries.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : rank(a) - rank(b) || (a.target < b.target ? -1 : a.target > b.target ? 1 : 0)));
}
