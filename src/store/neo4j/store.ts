import { MedkgError } from '../../domain/errors.js';
import type { ArticleGraph, EdgeKey } from '../../domain/graph.js';
import type { NodeKind } from '../../domain/kinds.js';
import type { VocabEntry } from '../../domain/vocabulary.js';
import type { EditorDecision, GraphStore, NeighbourFilter, PageRequest, PathOptions, ReferenceRow, ReplaceSummary, SuggestionDecision } from '../port.js';
import { addAlias } from './aliases.js';
import * as reads from './article-reads.js';
import { deleteArticle, replaceArticles } from './articles.js';
import * as computed from './computed.js';
import { curateEdge, curatedEdits } from './curation.js';
import { edgeEvidence, getEdges } from './edge-reads.js';
import type { Executor, QueryRunner } from './executor.js';
import { coalesceFreshReads } from './fresh-read.js';
import { readDataVersion } from './meta.js';
import { neighbours } from './neighbours.js';
import { getNodes, resolveIds } from './nodes.js';
import { shortestPaths } from './paths.js';
import { searchCandidates } from './search.js';
import { parseVocabulary, upsertVocabulary, vocabularyVersion } from './vocabulary.js';
import { iterateEdges, iterateNodes, iterateVocabulary, stats } from './whole-graph.js';
import * as workbench from './workbench.js';

async function resolveKeys(runner: QueryRunner, keys: readonly EdgeKey[]): Promise<EdgeKey[]> {
  const ids = await resolveIds(runner, keys.flatMap((key) => [key.subject, key.object]));
  return keys.map((key) => ({ ...key, subject: ids.get(key.subject) ?? key.subject, object: ids.get(key.object) ?? key.object }));
}

/**
 * The Neo4j GraphStore: every method is one managed transaction through the executor (reads
 * with executeRead, writes with executeWrite), so a write is all or nothing and the driver
 * retries transient cluster errors. Behaviour matches the SQLite adapter method for method.
 */
export class Neo4jGraphStore implements GraphStore {
  readonly name = 'neo4j';
  readonly #executor: Executor;
  readonly #version: number;
  readonly #clock: () => Date;
  #closed = false;
  // Every GET reads the data version for its ETag: concurrent requests share one fresh read.
  readonly #dataVersion = coalesceFreshReads(() => this.#read('dataVersion', readDataVersion));

  constructor(executor: Executor, version: number, clock: () => Date) {
    this.#executor = executor;
    this.#version = version;
    this.#clock = clock;
  }

  #read<T>(operation: string, work: (runner: QueryRunner) => Promise<T>): Promise<T> {
    if (this.#closed) return Promise.reject(new MedkgError('STORE_UNAVAILABLE', 'the Neo4j store is closed'));
    return this.#executor.read(operation, work);
  }

  #write<T>(operation: string, work: (runner: QueryRunner) => Promise<T>): Promise<T> {
    if (this.#closed) return Promise.reject(new MedkgError('STORE_UNAVAILABLE', 'the Neo4j store is closed'));
    return this.#executor.write(operation, work);
  }

  async schemaVersion() { return this.#version; }
  dataVersion() { return this.#dataVersion(); }
  async ping() { await this.#read('ping', (runner) => runner.run('ping')); }
  async close() {
    if (this.#closed) return;
    this.#closed = true;
    await this.#executor.close();
  }

  async replaceArticle(graph: ArticleGraph) {
    const now = this.#clock();
    const [summary] = await this.#write('replaceArticle', (runner) => replaceArticles(runner, [graph], now));
    return summary as ReplaceSummary;
  }
  replaceArticles(graphs: readonly ArticleGraph[]) {
    const now = this.#clock();
    return this.#write('replaceArticles', (runner) => replaceArticles(runner, graphs, now));
  }
  deleteArticle(id: string) { return this.#write('deleteArticle', (runner) => deleteArticle(runner, id, this.#clock())); }
  getArticles(ids: readonly string[]) { return this.#read('getArticles', (runner) => reads.getArticles(runner, ids)); }
  articleHashes() { return this.#read('articleHashes', reads.articleHashes); }
  listArticles(page: PageRequest) { return this.#read('listArticles', (runner) => reads.listArticles(runner, page)); }

  getNodes(ids: readonly string[]) { return this.#read('getNodes', (runner) => getNodes(runner, ids)); }
  resolveIds(ids: readonly string[]) { return this.#read('resolveIds', (runner) => resolveIds(runner, ids)); }
  addAlias(oldId: string, newId: string) { return this.#write('addAlias', (runner) => addAlias(runner, oldId, newId)); }

  neighbours(id: string, filter: NeighbourFilter, page: PageRequest) {
    return this.#read('neighbours', (runner) => neighbours(runner, id, filter, page));
  }
  edgeEvidence(keys: readonly EdgeKey[]) {
    return this.#read('edgeEvidence', async (runner) => edgeEvidence(runner, await resolveKeys(runner, keys)));
  }
  getEdges(keys: readonly EdgeKey[]) {
    return this.#read('getEdges', async (runner) => getEdges(runner, await resolveKeys(runner, keys)));
  }

  articleEntities(articleIds: readonly string[]) { return this.#read('articleEntities', (runner) => reads.articleEntities(runner, articleIds)); }
  articlesMentioning(entityIds: readonly string[]) {
    return this.#read('articlesMentioning', (runner) => reads.articlesMentioning(runner, entityIds));
  }
  entityDocumentFrequency(entityIds: readonly string[]) {
    return this.#read('entityDocumentFrequency', (runner) => reads.entityDocumentFrequency(runner, entityIds));
  }

  searchCandidates(text: string, kinds: readonly NodeKind[] | undefined, limit: number) {
    return this.#read('searchCandidates', (runner) => searchCandidates(runner, text, kinds, limit));
  }
  shortestPaths(from: string, to: string, options: PathOptions) {
    return this.#read('shortestPaths', (runner) => shortestPaths(runner, from, to, options));
  }

  async addCuratedEdge(key: EdgeKey, decision: EditorDecision) {
    await this.#write('addCuratedEdge', (runner) => curateEdge(runner, key, decision, 'add'));
  }
  async retractEdge(key: EdgeKey, decision: EditorDecision) {
    await this.#write('retractEdge', (runner) => curateEdge(runner, key, decision, 'retract'));
  }
  curatedEdits() { return this.#read('curatedEdits', curatedEdits); }

  async upsertVocabulary(entries: readonly VocabEntry[]) {
    const parsed = parseVocabulary(entries);
    await this.#write('upsertVocabulary', (runner) => upsertVocabulary(runner, parsed));
  }
  vocabulary() { return iterateVocabulary(this.#executor); }
  vocabularyVersion() { return this.#read('vocabularyVersion', vocabularyVersion); }

  stats() { return this.#read('stats', stats); }
  exportNodes() { return iterateNodes(this.#executor); }
  exportEdges() { return iterateEdges(this.#executor); }

  async replaceReferenceRelations(source: string, rows: readonly ReferenceRow[]) {
    await this.#write('replaceReferenceRelations', (runner) => workbench.replaceReferenceRelations(runner, source, rows));
  }
  referenceRelations(sources?: readonly string[]) {
    return this.#read('referenceRelations', (runner) => workbench.referenceRelations(runner, sources));
  }
  async recordDecision(decision: SuggestionDecision) {
    await this.#write('recordDecision', (runner) => workbench.recordDecision(runner, decision));
  }
  decisions() { return this.#read('decisions', workbench.decisions); }

  async putComputed(namespace: string, entries: ReadonlyMap<string, string>) {
    await this.#write('putComputed', (runner) => computed.putComputed(runner, namespace, entries));
  }
  getComputed(namespace: string, keys: readonly string[]) {
    return this.#read('getComputed', (runner) => computed.getComputed(runner, namespace, keys));
  }
  async deleteComputed(namespace: string, keys?: readonly string[]) {
    await this.#write('deleteComputed', (runner) => computed.deleteComputed(runner, namespace, keys));
  }
}
