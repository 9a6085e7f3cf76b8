import { MedkgError } from '../../domain/errors.js';
import type { ArticleGraph, EdgeKey } from '../../domain/graph.js';
import type { NodeKind } from '../../domain/kinds.js';
import type { VocabEntry } from '../../domain/vocabulary.js';
import type { EditorDecision, GraphStore, NeighbourFilter, PageRequest, PathOptions, ReferenceRow, SuggestionDecision } from '../port.js';
import { addAlias } from './aliases.js';
import * as reads from './article-reads.js';
import { deleteArticle, replaceArticle, replaceArticles } from './articles.js';
import * as computed from './computed.js';
import { addCuratedEdge, curatedEdits, retractEdge } from './curation.js';
import { type Db, openDatabase } from './database.js';
import { edgeEvidence, getEdges } from './edges.js';
import { iterateEdges, iterateNodes, stats } from './export.js';
import { dataVersion } from './meta.js';
import { neighbours } from './neighbours.js';
import { getNodes, resolveIds } from './nodes.js';
import { shortestPaths } from './paths.js';
import { searchCandidates } from './search.js';
import { iterateVocabulary, upsertVocabulary, vocabularyVersion } from './vocabulary.js';
import * as workbench from './workbench.js';

/**
 * Streams rows from a read-only connection of its own: it sees one snapshot (WAL) and does not
 * keep the writer connection busy while the consumer is slow.
 */
async function* streamFrom<T>(dataDir: string, rows: (db: Db) => Iterable<T>): AsyncGenerator<T> {
  const reader = openDatabase(dataDir, { readonly: true });
  try {
    for (const row of rows(reader)) yield row;
  } finally {
    reader.close();
  }
}

/** The embedded GraphStore: one better-sqlite3 connection, synchronous calls behind async methods. */
export class SqliteGraphStore implements GraphStore {
  readonly name = 'sqlite';
  readonly #db: Db;
  readonly #dataDir: string;
  readonly #version: number;
  readonly #clock: () => Date;

  constructor(db: Db, dataDir: string, version: number, clock: () => Date) {
    this.#db = db;
    this.#dataDir = dataDir;
    this.#version = version;
    this.#clock = clock;
  }

  /** The open connection; a closed store is unavailable, not a crash. */
  get #open(): Db {
    if (!this.#db.open) throw new MedkgError('STORE_UNAVAILABLE', 'the embedded store is closed');
    return this.#db;
  }

  #resolveKeys(keys: readonly EdgeKey[]): EdgeKey[] {
    const ids = resolveIds(this.#open, keys.flatMap((key) => [key.subject, key.object]));
    return keys.map((key) => ({ ...key, subject: ids.get(key.subject) ?? key.subject, object: ids.get(key.object) ?? key.object }));
  }

  async schemaVersion() { return this.#version; }
  async dataVersion() { return dataVersion(this.#open); }
  async ping() { this.#open.prepare('SELECT 1').get(); }
  async close() { if (this.#db.open) this.#db.close(); }

  async replaceArticle(graph: ArticleGraph) { return replaceArticle(this.#open, graph, this.#clock()); }
  async replaceArticles(graphs: readonly ArticleGraph[]) { return replaceArticles(this.#open, graphs, this.#clock()); }
  async deleteArticle(id: string) { return deleteArticle(this.#open, id, this.#clock()); }
  async getArticles(ids: readonly string[]) { return reads.getArticles(this.#open, ids); }
  async articleHashes() { return reads.articleHashes(this.#open); }
  async listArticles(page: PageRequest) { return reads.listArticles(this.#open, page); }

  async getNodes(ids: readonly string[]) { return getNodes(this.#open, ids); }
  async resolveIds(ids: readonly string[]) { return resolveIds(this.#open, ids); }
  async addAlias(oldId: string, newId: string) { addAlias(this.#open, oldId, newId); }

  async neighbours(id: string, filter: NeighbourFilter, page: PageRequest) { return neighbours(this.#open, id, filter, page); }
  async edgeEvidence(keys: readonly EdgeKey[]) { return edgeEvidence(this.#open, this.#resolveKeys(keys)); }
  async getEdges(keys: readonly EdgeKey[]) { return getEdges(this.#open, this.#resolveKeys(keys)); }

  async articleEntities(articleIds: readonly string[]) { return reads.articleEntities(this.#open, articleIds); }
  async articlesMentioning(entityIds: readonly string[]) { return reads.articlesMentioning(this.#open, entityIds); }
  async entityDocumentFrequency(entityIds: readonly string[]) { return reads.entityDocumentFrequency(this.#open, entityIds); }

  async searchCandidates(text: string, kinds: readonly NodeKind[] | undefined, limit: number) {
    return searchCandidates(this.#open, text, kinds, limit);
  }
  async shortestPaths(from: string, to: string, options: PathOptions) { return shortestPaths(this.#open, from, to, options); }

  async addCuratedEdge(key: EdgeKey, decision: EditorDecision) { addCuratedEdge(this.#open, key, decision); }
  async retractEdge(key: EdgeKey, decision: EditorDecision) { retractEdge(this.#open, key, decision); }
  async curatedEdits() { return curatedEdits(this.#open); }

  async upsertVocabulary(entries: readonly VocabEntry[]) { upsertVocabulary(this.#open, entries); }
  vocabulary() { return streamFrom(this.#dataDir, iterateVocabulary); }
  async vocabularyVersion() { return vocabularyVersion(this.#open); }

  async stats() { return stats(this.#open); }
  exportNodes() { return streamFrom(this.#dataDir, iterateNodes); }
  exportEdges() { return streamFrom(this.#dataDir, iterateEdges); }

  async replaceReferenceRelations(source: string, rows: readonly ReferenceRow[]) { workbench.replaceReferenceRelations(this.#open, source, rows); }
  async referenceRelations(sources?: readonly string[]) { return workbench.referenceRelations(this.#open, sources); }
  async recordDecision(decision: SuggestionDecision) { workbench.recordDecision(this.#open, decision); }
  async decisions() { return workbench.decisions(this.#open); }

  async putComputed(namespace: string, entries: ReadonlyMap<string, string>) { computed.putComputed(this.#open, namespace, entries); }
  async getComputed(namespace: string, keys: readonly string[]) { return computed.getComputed(this.#open, namespace, keys); }
  async deleteComputed(namespace: string, keys?: readonly string[]) { computed.deleteComputed(this.#open, namespace, keys); }
}
