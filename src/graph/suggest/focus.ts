/**
 * Which part of the graph a computation looks at. `null` entities means everything (a full
 * recompute); otherwise only findings that involve one of the entities are computed, which is
 * how an ingest refreshes just what its changed articles can affect (see refresh.ts).
 */
export interface Focus {
  readonly entities: ReadonlySet<string> | null;
}

export const WHOLE_GRAPH: Focus = { entities: null };

/** Whether a finding about these node ids is inside the focus. */
export function inFocus(focus: Focus, ids: Iterable<string>): boolean {
  if (focus.entities === null) return true;
  for (const id of ids) if (focus.entities.has(id)) return true;
  return false;
}
