// The stored review queue on the embedded store: a kind's list is written in chunks (no value
// grows with the corpus), read back whole and in order, shrinks without leaving old chunks
// behind, and a list stored whole (before chunking) still reads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suggestionId } from '../../../src/graph/suggest/ids.js';
import { readStoredSuggestions, writeStoredSuggestions } from '../../../src/graph/suggest/stored.js';
import { compareSuggestions, type Suggestion } from '../../../src/graph/suggest/types.js';
import type { GraphStore } from '../../../src/store/port.js';
import { sqliteStoreFactory } from '../../support/stores.js';
import * as n from './nodes.js';

const ENTITIES = Object.values(n).filter((value): value is typeof n.gaucher => typeof value === 'object' && 'id' in value);

/** Co-mention-shaped findings over every pair of the workbench entities (enough for several chunks). */
function pairFindings(): Suggestion[] {
  const result: Suggestion[] = [];
  ENTITIES.forEach((a, i) =>
    ENTITIES.slice(i + 1).forEach((b, j) => {
      result.push({
        id: suggestionId('co_mentioned', [], [a.id, b.id]),
        kind: 'co_mentioned',
        score: ((i * 7 + j * 3) % 10) / 10,
        explanation: `${a.name} and ${b.name} are named together.`,
        entities: [a.id, b.id].sort(),
        articles: [],
        evidence: [],
        action: { type: 'editorial' },
      });
    }),
  );
  return result.sort(compareSuggestions);
}

describe('stored suggestions', () => {
  const factory = sqliteStoreFactory();
  let store: GraphStore;
  beforeAll(async () => {
    await factory.reset();
    store = await factory.open({ clock: () => new Date(Date.UTC(2025, 5, 1)) });
  });
  afterAll(async () => {
    await store.close();
    await factory.dispose();
  });

  it('writes a long list in chunks and reads it back whole, ranked', async () => {
    const findings = pairFindings();
    expect(findings.length).toBeGreaterThan(150);
    await writeStoredSuggestions(store, ['co_mentioned'], [...findings].reverse());
    expect(JSON.parse((await store.getComputed('suggestions', ['co_mentioned'])).get('co_mentioned') ?? 'null')).toEqual({ chunks: Math.ceil(findings.length / 50) });
    expect(await readStoredSuggestions(store, ['co_mentioned'])).toEqual(findings);
  });

  it('deletes the chunks past the end of a shorter list', async () => {
    const findings = pairFindings();
    await writeStoredSuggestions(store, ['co_mentioned'], findings);
    await writeStoredSuggestions(store, ['co_mentioned'], findings.slice(0, 60));
    expect(await readStoredSuggestions(store, ['co_mentioned'])).toEqual(findings.slice(0, 60));
    expect([...(await store.getComputed('suggestions', ['co_mentioned/0', 'co_mentioned/1', 'co_mentioned/2'])).keys()]).toEqual(['co_mentioned/0', 'co_mentioned/1']);
  });

  it('reads a list stored whole under its kind, and chunks it on the next write', async () => {
    const findings = pairFindings().slice(0, 5);
    await store.deleteComputed('suggestions');
    await store.putComputed('suggestions', new Map([['co_mentioned', JSON.stringify(findings)]]));
    expect(await readStoredSuggestions(store, ['co_mentioned'])).toEqual(findings);
    await writeStoredSuggestions(store, ['co_mentioned'], findings);
    expect(await readStoredSuggestions(store, ['co_mentioned'])).toEqual(findings);
    expect((await store.getComputed('suggestions', ['co_mentioned/0'])).size).toBe(1);
  });
});
