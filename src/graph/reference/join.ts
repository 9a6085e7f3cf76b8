import type { GraphNode } from '../../domain/graph.js';
import type { NodeKind } from '../../domain/kinds.js';
import { PREDICATE_SIGNATURE } from '../../domain/predicates.js';
import { searchKey } from '../../domain/text.js';
import { normaliseCurie } from '../../lexicon/curies.js';
import type { ReferenceRow } from '../../store/port.js';

/**
 * One spelling for an id on both sides of the join: prefixes as the lexicon spells them
 * (Orphanet → ORPHA, MIM → OMIM) and GARD numbers without their zero padding (GARD.csv writes
 * GARD:0004155, DO writes GARD:4155).
 */
export function canonicalId(id: string): string {
  const curie = normaliseCurie(id);
  const match = /^GARD:0*(\d+)$/iu.exec(curie);
  return match ? `GARD:${match[1] ?? ''}` : curie;
}

/** Our nodes reachable by id, xref or (as a last resort) exact name, per kind. */
export interface NodeIndex {
  readonly byId: ReadonlyMap<string, readonly GraphNode[]>;
  readonly byName: ReadonlyMap<string, readonly GraphNode[]>;
}

function push(map: Map<string, GraphNode[]>, key: string, node: GraphNode): void {
  const list = map.get(key);
  if (!list) map.set(key, [node]);
  else if (!list.includes(node)) list.push(node);
}

export function indexNodes(nodes: Iterable<GraphNode>): NodeIndex {
  const byId = new Map<string, GraphNode[]>();
  const byName = new Map<string, GraphNode[]>();
  for (const node of nodes) {
    if (node.kind === 'Article') continue;
    for (const id of [node.id, ...node.xrefs]) push(byId, canonicalId(id), node);
    for (const name of [node.name, ...node.synonyms]) push(byName, `${node.kind}|${searchKey(name)}`, node);
  }
  return { byId, byName };
}

/** Our node for one end of a reference relation: by id first, then by exact label; null if none or ambiguous. */
function resolveEnd(index: NodeIndex, ids: readonly string[], label: string, kinds: readonly NodeKind[]): GraphNode | null {
  for (const id of ids) {
    const found = (index.byId.get(canonicalId(id)) ?? []).filter((node) => kinds.includes(node.kind));
    if (found.length === 1 && found[0]) return found[0];
    if (found.length > 1) return [...found].sort((a, b) => (a.id < b.id ? -1 : 1))[0] ?? null;
  }
  if (!label) return null;
  const named = kinds.flatMap((kind) => index.byName.get(`${kind}|${searchKey(label)}`) ?? []);
  return named.length === 1 && named[0] ? named[0] : null;
}

export interface JoinedRelation {
  readonly relation: ReferenceRow;
  readonly subject: GraphNode;
  readonly object: GraphNode;
}

/** Reference relations whose both ends are entities the site covers (nodes of our graph). */
export function joinReference(index: NodeIndex, relations: Iterable<ReferenceRow>): JoinedRelation[] {
  const joined: JoinedRelation[] = [];
  for (const relation of relations) {
    const signature = PREDICATE_SIGNATURE[relation.predicate];
    const subject = resolveEnd(index, [relation.subject], relation.subjectLabel, signature.subject);
    if (!subject) continue;
    const object = resolveEnd(index, [relation.object, ...relation.objectAlternatives], relation.objectLabel, signature.object);
    if (object && object.id !== subject.id) joined.push({ relation, subject, object });
  }
  return joined;
}
