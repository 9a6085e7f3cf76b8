import type { GraphStore } from '../../store/port.js';
import { recomputeSuggestions, type RefreshOptions } from '../suggest/refresh.js';
import { loadReferenceFile } from './loaders.js';
import type { ReferenceSource } from './types.js';

export interface ReferenceImportReport {
  readonly source: ReferenceSource;
  readonly relations: number;
  readonly skipped: number;
  /** Authoritative gaps and conflicts open after the import (all sources). */
  readonly suggestions: number;
}

/**
 * `medkg reference import <file>`: replaces the file's source in the reference layer (never
 * article edges) and recomputes the authoritative gaps and conflicts against the graph.
 */
export async function importReferenceFile(store: GraphStore, path: string, options: RefreshOptions = {}): Promise<ReferenceImportReport> {
  const loaded = await loadReferenceFile(path);
  await store.replaceReferenceRelations(loaded.source, loaded.relations);
  const report = await recomputeSuggestions(store, { ...options, kinds: ['authoritative_gap', 'authoritative_conflict'] });
  return { source: loaded.source, relations: loaded.relations.length, skipped: loaded.skipped, suggestions: report.total };
}
