import type { ArticleGraph, ArticleRecord } from '../../domain/graph.js';

/**
 * What the batch runner needs from a store. GraphStore (src/store/port.ts) satisfies it; ingest
 * sits below the store layer, so it names only the methods it calls.
 */
export interface ArticleSink {
  articleHashes(): Promise<Map<string, string>>;
  replaceArticle(graph: ArticleGraph): Promise<ReplaceResult>;
  /** Several articles in one transaction, all or none. */
  replaceArticles(graphs: readonly ArticleGraph[]): Promise<ReplaceResult[]>;
  deleteArticle(id: string): Promise<boolean>;
  putComputed(namespace: string, entries: ReadonlyMap<string, string>): Promise<void>;
  getComputed(namespace: string, keys: readonly string[]): Promise<Map<string, string>>;
  deleteComputed(namespace: string, keys?: readonly string[]): Promise<void>;
  stats(): Promise<{ readonly nodesByKind: Readonly<Record<string, number>>; readonly edgesByPredicate: Readonly<Record<string, number>> }>;
}

/** What one article write changed. */
export interface ReplaceResult {
  readonly created: boolean;
  readonly nodesAdded: number;
  readonly nodesRemoved: number;
  readonly edgesAdded: number;
  readonly edgesRemoved: number;
}

/** Stored articles, for `medkg rebuild`. */
export interface ArticleSource {
  articleHashes(): Promise<Map<string, string>>;
  getArticles(ids: readonly string[]): Promise<(ArticleRecord | null)[]>;
}

export type ArticleOutcome = 'ok' | 'unchanged' | 'failed' | 'pruned';

/** One progress event: a file (or stored article) done, with what happened to it. */
export interface ProgressEvent {
  readonly done: number;
  readonly total: number;
  readonly file: string;
  readonly outcome: ArticleOutcome;
  readonly articles: readonly string[];
  readonly reason?: string;
}

export interface ProgressReporter {
  start(total: number): void;
  update(event: ProgressEvent): void;
  stop(): void;
}

export interface FileFailure {
  readonly file: string;
  readonly reason: string;
}

export interface BatchReport {
  readonly files: number;
  /** Articles written (new or changed). */
  readonly ok: readonly string[];
  readonly unchanged: readonly string[];
  readonly failed: readonly FileFailure[];
  readonly pruned: readonly string[];
  /** Why --prune did nothing, when it did nothing. */
  readonly pruneSkipped?: string;
  readonly nodesAdded: number;
  readonly nodesRemoved: number;
  readonly edgesAdded: number;
  readonly edgesRemoved: number;
  /** Net change of the store per node kind and per predicate over the batch. */
  readonly nodesByKind: Readonly<Record<string, number>>;
  readonly edgesByPredicate: Readonly<Record<string, number>>;
  /** Local entities no vocabulary knows, by how many articles of the batch name them. */
  readonly topUnverified: readonly { readonly id: string; readonly name: string; readonly kind: string; readonly articles: number }[];
}
