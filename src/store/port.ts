import type { ArticleGraph, ArticleRecord, EdgeKey, Evidence, GraphNode } from '../domain/graph.js';
import type { EntityKind, NodeKind } from '../domain/kinds.js';
import type { Predicate } from '../domain/predicates.js';
import type { VocabEntry } from '../domain/vocabulary.js';

/**
 * The one port every store implements (store/sqlite, store/neo4j). Primitives are batched and
 * return plain JS values (numbers, ISO strings): no driver types leak past an adapter. Ranking,
 * explanations and pathway logic live above this port in src/graph; the contract suite
 * (test/contract) proves both adapters answer every method alike.
 */
export interface GraphStore {
  /** 'sqlite' or 'neo4j', for logs and metrics. */
  readonly name: string;

  /** Schema version of the opened store (after forward migration). */
  schemaVersion(): Promise<number>;
  /**
   * Opaque version of the data: changes on every write (ingest, delete, curated edit, vocab
   * import), so ETags and process caches key on it.
   */
  dataVersion(): Promise<string>;
  /** Cheap reachability check for /readyz; throws STORE_UNAVAILABLE when the store is gone. */
  ping(): Promise<void>;
  close(): Promise<void>;

  // --- articles -----------------------------------------------------------------------------
  /**
   * Replaces everything this article contributed (its Article node, MENTIONS/ABOUT/LINKS_TO,
   * its evidence on shared edges) by `graph`, in one transaction. Idempotent: the same graph
   * twice leaves the same store. Edges left with no evidence and no curation disappear, entity
   * nodes left with no edge disappear; other articles' contributions are untouched. Curated
   * edges and retractions survive. LINKS_TO targets that are not (yet) ingested are kept and
   * resolve once the target arrives.
   */
  replaceArticle(graph: ArticleGraph): Promise<ReplaceSummary>;
  /**
   * replaceArticle for several articles in one transaction (ingest batches its writes): all land
   * or none does, and a bad graph fails the call naming its article. Summaries in input order.
   */
  replaceArticles(graphs: readonly ArticleGraph[]): Promise<ReplaceSummary[]>;
  /** Removes an article's whole contribution; false when there was no such article. */
  deleteArticle(id: string): Promise<boolean>;
  /** Stored article (cleaned text and sections included), by slug. */
  getArticles(ids: readonly string[]): Promise<(ArticleRecord | null)[]>;
  /** All article ids with their content hashes, for skip-unchanged and --prune. */
  articleHashes(): Promise<Map<string, string>>;
  listArticles(page: PageRequest): Promise<Connection<ArticleSummary>>;

  // --- nodes and edges ----------------------------------------------------------------------
  /** Nodes by id, in the order asked, null where unknown. Old ids resolve through aliases. */
  getNodes(ids: readonly string[]): Promise<(GraphNode | null)[]>;
  /** Current id for each id (itself, or the target of an alias); absent when unknown. */
  resolveIds(ids: readonly string[]): Promise<Map<string, string>>;
  /** Records that `oldId` now means `newId` (a local id gained a CURIE, a merge). */
  addAlias(oldId: string, newId: string): Promise<void>;

  /**
   * Edges at a node, ordered by (predicate, direction, neighbour id) with keyset cursors.
   * An unknown id gives an empty connection; a malformed cursor throws BAD_USER_INPUT.
   */
  neighbours(id: string, filter: NeighbourFilter, page: PageRequest): Promise<Connection<NeighbourEdge>>;
  /** Evidence of each edge, in the order asked (an empty list for unknown edges). */
  edgeEvidence(keys: readonly EdgeKey[]): Promise<Evidence[][]>;
  /** Summary (confidence, counts, curated) of each edge, null where no such edge. */
  getEdges(keys: readonly EdgeKey[]): Promise<(EdgeSummary | null)[]>;

  /** For each article, the entities it names (MENTIONS and ABOUT), with the predicate. */
  articleEntities(articleIds: readonly string[]): Promise<Map<string, ArticleEntity[]>>;
  /** For each entity, the ids of the articles that name it, sorted. */
  articlesMentioning(entityIds: readonly string[]): Promise<Map<string, string[]>>;
  /** How many articles name each entity (document frequency, for weighting). */
  entityDocumentFrequency(entityIds: readonly string[]): Promise<Map<string, number>>;

  /**
   * Candidate nodes for a search text, with every name that matched: exact and prefix matches
   * on normalised names and synonyms, then typo-tolerant matches the store can find. Ranking
   * is the caller's job; the candidate list is capped at `limit`.
   */
  searchCandidates(text: string, kinds: readonly NodeKind[] | undefined, limit: number): Promise<SearchCandidate[]>;

  /**
   * Shortest paths between two nodes, at most `maxHops` edges, over the given predicates in
   * either direction, never through Article nodes unless ARTICLE predicates are asked for.
   * Ordered by length, then by the sequence of node ids.
   */
  shortestPaths(from: string, to: string, options: PathOptions): Promise<GraphPath[]>;

  // --- editors ------------------------------------------------------------------------------
  /** Adds (or re-asserts) a curated edge; it survives re-ingest and rebuilds. */
  addCuratedEdge(key: EdgeKey, decision: EditorDecision): Promise<void>;
  /** Retracts an edge: hidden from reads even when articles assert it again. */
  retractEdge(key: EdgeKey, decision: EditorDecision): Promise<void>;
  /** Curated additions and retractions, newest first, as an audit log. */
  curatedEdits(): Promise<CuratedEdit[]>;

  // --- vocabulary ---------------------------------------------------------------------------
  /** Upserts vocabulary entries (batched; idempotent per id). */
  upsertVocabulary(entries: readonly VocabEntry[]): Promise<void>;
  /** Streams every stored vocabulary entry, ordered by id. */
  vocabulary(): AsyncIterable<VocabEntry>;
  /** Changes whenever the stored vocabulary changes (part of the ingest content hash). */
  vocabularyVersion(): Promise<string>;

  // --- whole graph --------------------------------------------------------------------------
  stats(): Promise<GraphStats>;
  /** Every node then every edge (with evidence), in id order, without loading all in memory. */
  exportNodes(): AsyncIterable<GraphNode>;
  exportEdges(): AsyncIterable<ExportEdge>;

  // --- editors' workbench: what cannot be re-derived from articles ---------------------------
  /**
   * Replaces every relation of one curated reference source (ClinGen, GARD…) by `rows`. The
   * reference layer is kept apart: never article edges, never in neighbours, paths or exports.
   */
  replaceReferenceRelations(source: string, rows: readonly ReferenceRow[]): Promise<void>;
  /** Stored reference relations of the given sources (every source when omitted), by source then row order. */
  referenceRelations(sources?: readonly string[]): Promise<ReferenceRow[]>;
  /**
   * Appends an editor's decision on a suggestion. Idempotent per (suggestion, verdict, at), so
   * importing the same backup twice records nothing twice. Survives re-ingest and rebuilds.
   */
  recordDecision(decision: SuggestionDecision): Promise<void>;
  /** Every recorded decision, oldest first (by time, then suggestion id): the review audit log. */
  decisions(): Promise<SuggestionDecision[]>;

  // --- key/value for precomputed results ------------------------------------------------------
  /** Precomputed values (related articles, pathways, suggestions) keyed by namespace and key. */
  putComputed(namespace: string, entries: ReadonlyMap<string, string>): Promise<void>;
  getComputed(namespace: string, keys: readonly string[]): Promise<Map<string, string>>;
  deleteComputed(namespace: string, keys?: readonly string[]): Promise<void>;
}

export interface ReplaceSummary {
  readonly article: string;
  /** True when the article was new to the store. */
  readonly created: boolean;
  readonly nodesAdded: number;
  readonly nodesRemoved: number;
  readonly edgesAdded: number;
  readonly edgesRemoved: number;
}

export interface PageRequest {
  readonly first: number;
  readonly after?: string | undefined;
}

export interface Connection<T> {
  readonly items: T[];
  /** Cursor of each item, same order; pass the last one as `after` for the next page. */
  readonly cursors: string[];
  readonly hasNextPage: boolean;
  readonly totalCount: number;
}

export type Direction = 'out' | 'in' | 'both';

export interface NeighbourFilter {
  readonly predicates?: readonly Predicate[] | undefined;
  readonly kinds?: readonly NodeKind[] | undefined;
  readonly direction?: Direction | undefined;
}

export interface EdgeSummary extends EdgeKey {
  readonly confidence: number;
  readonly evidenceCount: number;
  readonly articleCount: number;
  readonly curated: boolean;
}

export interface NeighbourEdge {
  readonly edge: EdgeSummary;
  /** 'out' when the asked node is the subject. */
  readonly direction: 'out' | 'in';
  readonly node: GraphNode;
}

export interface ArticleSummary {
  readonly id: string;
  readonly title: string;
  readonly url?: string | undefined;
  readonly primaryEntity?: string | undefined;
  readonly contentHash: string;
}

export interface ArticleEntity {
  readonly entity: string;
  readonly kind: EntityKind;
  readonly predicate: 'MENTIONS' | 'ABOUT';
}

export interface SearchCandidate {
  readonly node: GraphNode;
  /** The stored names (name and synonyms) that matched the text. */
  readonly matchedNames: string[];
}

export interface PathOptions {
  readonly maxHops: number;
  readonly predicates: readonly Predicate[];
  readonly first: number;
}

export interface GraphPath {
  /** n+1 node ids for n edges. */
  readonly nodes: string[];
  /** Each edge as stored (subject → object), whichever way the path walks it. */
  readonly edges: EdgeKey[];
}

export interface EditorDecision {
  readonly editor: string;
  readonly reason: string;
  /** ISO time; injected so tests are deterministic. */
  readonly at: string;
}

export interface CuratedEdit extends EdgeKey, EditorDecision {
  readonly action: 'add' | 'retract';
}

export interface GraphStats {
  readonly nodesByKind: Readonly<Record<string, number>>;
  readonly edgesByPredicate: Readonly<Record<string, number>>;
  readonly articles: number;
  /** ISO time of the last replaceArticle/deleteArticle, null on an empty store. */
  readonly lastIngestAt: string | null;
}

export interface ExportEdge extends EdgeSummary {
  readonly evidence: Evidence[];
}

/** One relation a curated source asserts, in medkg's predicates (see src/graph/reference). */
export interface ReferenceRow {
  readonly source: string;
  readonly subject: string;
  readonly predicate: Predicate;
  readonly object: string;
  /** Other ids of the object in the source's own row (GARD rows also give the ORPHA id). */
  readonly objectAlternatives: readonly string[];
  readonly subjectLabel: string;
  readonly objectLabel: string;
  /** The source's wording ("Definitive", "Disease-causing germline mutation(s) in", "DM"). */
  readonly classification: string;
  /** Support in [0, 1], for ranking; 0 when `refutes`. */
  readonly strength: number;
  /** The source argues against the relation (ClinGen Refuted, Disputed). */
  readonly refutes: boolean;
}

/** An editor's verdict on a suggestion (src/graph/suggest), with who, when and why. */
export interface SuggestionDecision extends EditorDecision {
  /** The suggestion's stable id. */
  readonly suggestion: string;
  readonly kind: string;
  readonly verdict: 'accepted' | 'rejected';
  /** The suggestion as the editor saw it, as JSON, so the log and a backup stand alone. */
  readonly detail: string;
}
