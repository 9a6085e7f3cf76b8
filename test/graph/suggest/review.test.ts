// The review queue end to end on each store: decisions stick to suggestions through a full
// re-ingest, accepting changes the graph, a refresh after an ingest equals a full recompute,
// a finding whose cause disappeared closes, and a decisions backup moves to a fresh store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleGraph } from '../../../src/domain/graph.js';
import { auditLog } from '../../../src/graph/decisions/audit.js';
import { exportDecisions, importDecisions } from '../../../src/graph/decisions/backup.js';
import { recomputeSuggestions, refreshSuggestions } from '../../../src/graph/suggest/refresh.js';
import { acceptSuggestion, getSuggestion, listSuggestions, rejectSuggestion } from '../../../src/graph/suggest/review.js';
import { readStoredSuggestions } from '../../../src/graph/suggest/stored.js';
import type { Suggestion } from '../../../src/graph/suggest/types.js';
import type { GraphStore } from '../../../src/store/port.js';
import { storeFactories } from '../../support/stores.js';
import { levothyroxineArticle, workbenchCorpus } from './corpus.js';

const clock = (): Date => new Date(Date.UTC(2025, 2, 1));
const by = (reason: string, second: number) => ({ editor: 'dr.okafor', reason, at: new Date(Date.UTC(2025, 2, 1, 9, 0, second)).toISOString() });

async function ingest(store: GraphStore, graphs: readonly ArticleGraph[]): Promise<void> {
  for (const graph of graphs) await store.replaceArticle(graph);
}

async function queue(store: GraphStore): Promise<Suggestion[]> {
  return (await listSuggestions(store, {}, { first: 1000 })).items.map((item) => item.suggestion);
}

const find = (items: readonly Suggestion[], kind: Suggestion['kind'], entity: string): Suggestion | undefined =>
  items.find((item) => item.kind === kind && item.entities.includes(entity));

describe.each(storeFactories())('review queue [$name]', (factory) => {
  describe.skipIf(!factory.available)(`on ${factory.name}`, () => {
    let store: GraphStore;
    const ids: Record<string, string> = {};
    beforeAll(async () => {
      await factory.reset();
      store = await factory.open({ clock });
      await ingest(store, workbenchCorpus());
      await recomputeSuggestions(store, { clock });
    }, 180_000);
    afterAll(async () => {
      await store.close();
      await factory.dispose();
    });

    it('accepts an unlinked mention as a curated link and a co-mention as a curated gene relation, and rejects a content gap', async () => {
      const open = await queue(store);
      ids['link'] = find(open, 'unlinked_mention', 'medkg:article:gba1-gene')?.id ?? '';
      ids['fbn1'] = find(open, 'co_mentioned', 'HGNC:3603')?.id ?? '';
      ids['gap'] = find(open, 'content_gap', 'DOID:14330')?.id ?? '';
      await acceptSuggestion(store, ids['link'], by('the gene page explains the cause', 1), {}, { clock });
      await acceptSuggestion(store, ids['fbn1'], by('FBN1 causes Marfan syndrome', 2), {}, { clock });
      await rejectSuggestion(store, ids['gap'], by("Parkinson's disease is out of scope for this site", 3));
      const edits = (await store.curatedEdits()).map((edit) => `${edit.subject} ${edit.predicate} ${edit.object}`);
      expect(edits.sort()).toEqual(['HGNC:3603 GENE_ASSOCIATED_WITH DOID:14323', 'medkg:article:gaucher-disease LINKS_TO medkg:article:gba1-gene']);
      const after = await queue(store);
      expect(after.map((item) => item.id)).not.toEqual(expect.arrayContaining([ids['link'], ids['fbn1'], ids['gap']]));
      await expect(rejectSuggestion(store, ids['gap'], by('again', 4))).rejects.toMatchObject({ code: 'CONFLICT' });
    }, 120_000);

    it('keeps accepted and rejected suggestions decided after every article is deleted and ingested again', async () => {
      for (const graph of workbenchCorpus()) await store.deleteArticle(graph.article.id);
      await ingest(store, workbenchCorpus());
      await recomputeSuggestions(store, { clock });
      const open = (await queue(store)).map((item) => item.id);
      expect(open).not.toContain(ids['gap']);
      expect(open).not.toContain(ids['link']);
      expect(open).not.toContain(ids['fbn1']);
      expect((await getSuggestion(store, ids['gap'] ?? '')).status).toBe('rejected');
      expect((await getSuggestion(store, ids['link'] ?? '')).decision?.editor).toBe('dr.okafor');
      const all = await readStoredSuggestions(store);
      expect(find(all, 'content_gap', 'DOID:14330')?.id).toBe(ids['gap']);
      expect(find(all, 'authoritative_gap', 'HGNC:3603')).toBeUndefined();
    }, 180_000);

    it('refreshes only what a changed article affects, to the same list a full recompute gives, closing what it fixed', async () => {
      const oneSided = find(await queue(store), 'one_sided', 'DRUGBANK:DB00451');
      expect(oneSided).toBeDefined();
      await store.replaceArticle(levothyroxineArticle(true));
      const report = await refreshSuggestions(store, ['levothyroxine'], { clock });
      expect(report.closed).toBeGreaterThanOrEqual(1);
      const refreshed = await readStoredSuggestions(store);
      expect((await getSuggestion(store, oneSided?.id ?? '')).status).toBe('closed');
      await recomputeSuggestions(store, { clock });
      expect(await readStoredSuggestions(store)).toEqual(refreshed);
    }, 120_000);

    it('reads every decision and curated edit as an audit log, newest first', async () => {
      const log = await auditLog(store);
      expect(log.map((entry) => `${entry.action} ${entry.kind}`)).toEqual([
        'rejected content_gap',
        'accepted co_mentioned',
        'add curated_edge',
        'accepted unlinked_mention',
        'add curated_edge',
      ]);
    });

    it('moves the decisions to a fresh store, applying the curated edits accepted ones made', async () => {
      const lines = await exportDecisions(store);
      expect(lines).toHaveLength(3);
      await store.close();
      await factory.reset();
      store = await factory.open({ clock });
      await ingest(store, workbenchCorpus());
      expect(await importDecisions(store, lines)).toEqual({ imported: 3, applied: 2 });
      expect(await importDecisions(store, lines)).toEqual({ imported: 3, applied: 0 });
      expect(await store.decisions()).toHaveLength(3);
      // The import already brought the queue up to date: a recompute changes nothing.
      expect((await queue(store)).map((item) => item.id)).not.toContain(ids['gap']);
      expect(await recomputeSuggestions(store, { clock })).toMatchObject({ opened: 0, closed: 0 });
      expect((await store.curatedEdits()).length).toBe(2);
    }, 180_000);
  });
});
