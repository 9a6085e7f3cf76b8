import type { VocabEntry } from '../domain/vocabulary.js';

export interface VocabStats {
  readonly byKind: Record<string, { entries: number; names: number }>;
  readonly total: { entries: number; names: number };
}

/** Entries and names (preferred name + synonyms) per kind and in total, streamed. */
export async function vocabularyStats(entries: AsyncIterable<VocabEntry>): Promise<VocabStats> {
  const byKind: Record<string, { entries: number; names: number }> = {};
  const total = { entries: 0, names: 0 };
  for await (const entry of entries) {
    const row = (byKind[entry.kind] ??= { entries: 0, names: 0 });
    const names = 1 + entry.synonyms.length;
    row.entries += 1;
    row.names += names;
    total.entries += 1;
    total.names += names;
  }
  return { byKind, total };
}
