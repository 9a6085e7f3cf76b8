import { MedkgError } from '../../domain/errors.js';
import { edgeKeyString } from '../../domain/graph.js';
import type { EdgeKey, GraphNode } from '../../domain/graph.js';
import type { EvidenceTally } from './edge-standing.js';

/** A node as a group write sees it: as stored before the group, then as each article leaves it. */
export interface NodeState {
  readonly id: string;
  /** Stored before the group. */
  readonly stored: boolean;
  exists: boolean;
  node: GraphNode | undefined;
  /** Carries the :Article label: never removed as an orphan. */
  article: boolean;
  /** Relationships at the node (a self-loop counts twice, as it does in edges-standing reads). */
  degree: number;
  /** Its properties changed in the group: written (with its search names) at the end. */
  written: boolean;
}

export interface EdgeState {
  readonly key: EdgeKey;
  readonly stored: boolean;
  exists: boolean;
  /** A stored edge deleted during the group: deleted at the end, and created anew if it came back. */
  dropped: boolean;
  curated: boolean;
  retracted: boolean;
  /** Some article of the group refreshed it: its confidence and counts are written at the end. */
  refreshed: boolean;
  /** Its evidence from articles outside the group (which the group leaves alone). */
  readonly others: EvidenceTally;
  /** Weights of its evidence from the group's articles, as the group has left them so far. */
  readonly group: Map<string, number[]>;
}

/** A recorded article link (an ArticleLink node). */
export interface ArticleLinkRow {
  readonly source: string;
  readonly target: string;
  readonly sourceNode: string;
  readonly targetNode: string;
}

function linkKey(link: ArticleLinkRow): string {
  return `${link.source}|${link.target}`;
}

/**
 * What a group of article writes reads and changes, held in memory so that each article's step
 * (and its summary) is worked out exactly as if the articles were written one after another,
 * while the store is written once for the whole group. Everything a step may touch is loaded
 * first; touching anything else is a bug, reported as INTERNAL rather than guessed at.
 */
export class GroupState {
  /** Whether the group's articles had stored evidence and recorded links (to delete) before it. */
  readonly replaces: { readonly evidence: boolean; readonly links: boolean };
  readonly nodes = new Map<string, NodeState>();
  readonly edges = new Map<string, EdgeState>();
  readonly links = new Map<string, ArticleLinkRow>();
  /** Every loaded edge by each of its ends, so edgesAt need not scan them all. */
  readonly #edgesAt = new Map<string, Set<EdgeState>>();

  constructor(replaces: { readonly evidence: boolean; readonly links: boolean }) {
    this.replaces = replaces;
  }

  node(id: string): NodeState {
    const state = this.nodes.get(id);
    if (!state) throw new MedkgError('INTERNAL', `group write: node ${id} was not loaded`);
    return state;
  }

  edge(key: EdgeKey): EdgeState {
    const state = this.edges.get(edgeKeyString(key));
    if (!state) throw new MedkgError('INTERNAL', `group write: edge ${edgeKeyString(key)} was not loaded`);
    return state;
  }

  addNode(state: NodeState): void {
    this.nodes.set(state.id, state);
  }

  addEdge(state: EdgeState): void {
    this.edges.set(edgeKeyString(state.key), state);
    for (const end of [state.key.subject, state.key.object]) {
      let at = this.#edgesAt.get(end);
      if (!at) this.#edgesAt.set(end, (at = new Set()));
      at.add(state);
    }
  }

  /** Edges that exist now at a node whose stored edges were all loaded (a group article's node). */
  edgesAt(id: string): EdgeKey[] {
    return [...(this.#edgesAt.get(id) ?? [])].filter((state) => state.exists).map((state) => state.key);
  }

  /** Creates the edge when it does not exist and both its ends do (a MERGE after a MATCH of the ends). */
  createEdge(key: EdgeKey): void {
    const state = this.edge(key);
    if (state.exists || !this.node(key.subject).exists || !this.node(key.object).exists) return;
    state.exists = true;
    state.curated = false;
    state.retracted = false;
    this.#touch(key, 1);
  }

  deleteEdge(key: EdgeKey): void {
    const state = this.edge(key);
    if (!state.exists) return;
    state.exists = false;
    if (state.stored) state.dropped = true;
    this.#touch(key, -1);
  }

  #touch(key: EdgeKey, delta: number): void {
    this.node(key.subject).degree += delta;
    this.node(key.object).degree += delta;
  }

  /** Edges the article's evidence supports now (all of them loaded: see readGroupState). */
  evidenceEdgesOf(slug: string): EdgeKey[] {
    return [...this.edges.values()].filter((state) => state.group.has(slug)).map((state) => state.key);
  }

  addLink(link: ArticleLinkRow): void {
    this.links.set(linkKey(link), link);
  }

  removeLinksFrom(slug: string): void {
    for (const [key, link] of this.links) if (link.source === slug) this.links.delete(key);
  }

  /** Recorded links from or to the article (complete for the group's articles). */
  linksOf(slug: string): ArticleLinkRow[] {
    return [...this.links.values()].filter((link) => link.source === slug || link.target === slug);
  }
}
