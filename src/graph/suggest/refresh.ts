import { articleNodeId } from '../../domain/ids.js';
import type { GraphStore } from '../../store/port.js';
import { readCurrentDecisions } from '../decisions/current.js';
import { computeSuggestions, updateSuggestions, type ComputeOptions } from './compute.js';
import type { GraphSnapshot } from './snapshot.js';
import { loadSnapshot } from './snapshot.js';
import {
  forgetClosed,
  hasStoredSuggestions,
  readArticleEntities,
  readStoredSuggestions,
  recordClosed,
  writeArticleEntities,
  writeStoredSuggestions,
} from './stored.js';
import { SUGGESTION_KINDS, type Suggestion, type SuggestionKind } from './types.js';

export interface RefreshOptions {
  /** Injected clock for closure times. */
  readonly clock?: () => Date;
  /** Kinds to recompute (all by default). */
  readonly kinds?: readonly SuggestionKind[];
  /** Places per entity for pair kinds (capped.ts PER_ENTITY by default); the same for every refresh of a store. */
  readonly perEntity?: number;
}

/** What the finders need from the store besides the snapshot: the reference layer and the decisions. */
async function computeOptions(store: GraphStore, kinds: readonly SuggestionKind[], options: RefreshOptions): Promise<ComputeOptions> {
  const [reference, decisions] = await Promise.all([store.referenceRelations(), readCurrentDecisions(store)]);
  return { kinds, reference, decided: new Set(decisions.keys()), perEntity: options.perEntity };
}

export interface RefreshReport {
  /** Open suggestions after the refresh (decided ones included; listing filters them). */
  readonly total: number;
  readonly opened: number;
  readonly closed: number;
  readonly milliseconds: number;
}

/** Every entity an article names now, plus the ends of the clinical edges it gives evidence for. */
function entitiesOfArticles(snapshot: GraphSnapshot, slugs: ReadonlySet<string>): Map<string, string[]> {
  const result = new Map<string, Set<string>>([...slugs].map((slug) => [slug, new Set(snapshot.mentions.get(slug) ?? [])]));
  for (const edge of snapshot.clinical) {
    for (const evidence of edge.evidence) {
      const set = result.get(evidence.article);
      if (set) set.add(edge.subject).add(edge.object);
    }
  }
  return new Map([...result].map(([slug, ids]) => [slug, [...ids].sort()]));
}

async function replaceStored(
  store: GraphStore,
  kinds: readonly SuggestionKind[],
  next: readonly Suggestion[],
  previous: readonly Suggestion[],
  clock: () => Date,
): Promise<{ opened: number; closed: number }> {
  const before = new Set(previous.map((item) => item.id));
  const after = new Set(next.map((item) => item.id));
  const closedAt = clock().toISOString();
  const closed = previous.filter((item) => !after.has(item.id)).map((item) => ({ id: item.id, kind: item.kind, explanation: item.explanation, closedAt }));
  const opened = next.filter((item) => !before.has(item.id)).map((item) => item.id);
  await writeStoredSuggestions(store, kinds, next);
  await recordClosed(store, closed);
  await forgetClosed(store, opened);
  return { opened: opened.length, closed: closed.length };
}

/**
 * Recomputes every suggestion of the given kinds from the whole graph and the reference layer,
 * and remembers which entities each article named (the next refresh needs the old state).
 * Suggestions that no longer hold are closed.
 */
export async function recomputeSuggestions(store: GraphStore, options: RefreshOptions = {}): Promise<RefreshReport> {
  const started = performance.now();
  const kinds = options.kinds ?? SUGGESTION_KINDS;
  const snapshot = await loadSnapshot(store);
  const next = computeSuggestions(snapshot, await computeOptions(store, kinds, options));
  const previous = await readStoredSuggestions(store, kinds);
  const counts = await replaceStored(store, kinds, next, previous, options.clock ?? (() => new Date()));
  await writeArticleEntities(store, entitiesOfArticles(snapshot, new Set(snapshot.articles.keys())), []);
  return { total: next.length, ...counts, milliseconds: Math.round(performance.now() - started) };
}

/**
 * Refreshes what the given entities can affect: every finding that involves one of them is
 * recomputed (for pair kinds, the lists of those findings' ends), every other stored finding is
 * kept as it is. This gives the same list as a full recompute (see updateSuggestions).
 */
export async function refreshEntities(store: GraphStore, affected: ReadonlySet<string>, options: RefreshOptions = {}, snapshotIn?: GraphSnapshot): Promise<RefreshReport> {
  const started = performance.now();
  const kinds = options.kinds ?? SUGGESTION_KINDS;
  const snapshot = snapshotIn ?? (await loadSnapshot(store));
  const previous = await readStoredSuggestions(store, kinds);
  const next = updateSuggestions(snapshot, previous, affected, await computeOptions(store, kinds, options));
  const counts = await replaceStored(store, kinds, next, previous, options.clock ?? (() => new Date()));
  return { total: next.length, ...counts, milliseconds: Math.round(performance.now() - started) };
}

/**
 * After an ingest: recomputes only the suggestions the changed (new, re-derived or deleted)
 * articles can affect, i.e. those involving an entity the articles name now or named before.
 * The first refresh of a store is a full recompute.
 */
export async function refreshSuggestions(store: GraphStore, changedArticleIds: readonly string[], options: RefreshOptions = {}): Promise<RefreshReport> {
  if (changedArticleIds.length === 0) return { total: (await readStoredSuggestions(store)).length, opened: 0, closed: 0, milliseconds: 0 };
  // A store whose suggestions were never computed (ingested before the workbench existed) has
  // no list to patch and no record of what its articles named: start with a full recompute.
  if (!(await hasStoredSuggestions(store))) return recomputeSuggestions(store, options);
  const snapshot = await loadSnapshot(store);
  const changed = new Set(changedArticleIds);
  const before = await readArticleEntities(store, [...changed]);
  const now = entitiesOfArticles(snapshot, new Set([...changed].filter((slug) => snapshot.articles.has(slug))));
  const affected = new Set<string>();
  for (const slug of changed) {
    affected.add(articleNodeId(slug));
    for (const id of [...(before.get(slug) ?? []), ...(now.get(slug) ?? [])]) affected.add(id);
  }
  const report = await refreshEntities(store, affected, options, snapshot);
  await writeArticleEntities(store, now, [...changed].filter((slug) => !now.has(slug)));
  return report;
}
