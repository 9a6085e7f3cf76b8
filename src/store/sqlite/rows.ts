import type { EdgeKey, Evidence, GraphNode } from '../../domain/graph.js';
import type { NodeKind, NodeStatus } from '../../domain/kinds.js';
import type { Predicate } from '../../domain/predicates.js';
import type { SectionKind } from '../../domain/sections.js';
import type { EdgeSummary } from '../port.js';

/** Conversions between SQLite rows and the port's plain values. */
export interface NodeRow {
  id: string;
  kind: string;
  name: string;
  synonyms: string;
  xrefs: string;
  description: string | null;
  status: string;
}

export const NODE_COLUMNS = 'n.id, n.kind, n.name, n.synonyms, n.xrefs, n.description, n.status';

export function toNode(row: NodeRow): GraphNode {
  const node: GraphNode = {
    id: row.id,
    kind: row.kind as NodeKind,
    name: row.name,
    synonyms: JSON.parse(row.synonyms) as string[],
    xrefs: JSON.parse(row.xrefs) as string[],
    status: row.status as NodeStatus,
  };
  return row.description === null ? node : { ...node, description: row.description };
}

export interface EdgeRow {
  subject: string;
  predicate: string;
  object: string;
  confidence: number;
  curated: number;
  evidence_count: number;
  article_count: number;
}

/** Columns of an EdgeRow for an `edges e` alias, counting its evidence. */
export const EDGE_COLUMNS = `e.subject, e.predicate, e.object, e.confidence, e.curated,
  (SELECT count(*) FROM evidence v WHERE v.subject = e.subject AND v.predicate = e.predicate AND v.object = e.object) AS evidence_count,
  (SELECT count(DISTINCT v.article) FROM evidence v WHERE v.subject = e.subject AND v.predicate = e.predicate AND v.object = e.object) AS article_count`;

export function toEdgeSummary(row: EdgeRow): EdgeSummary {
  return {
    subject: row.subject,
    predicate: row.predicate as Predicate,
    object: row.object,
    confidence: row.confidence,
    evidenceCount: row.evidence_count,
    articleCount: row.article_count,
    curated: row.curated === 1,
  };
}

export interface EvidenceRow {
  subject: string;
  predicate: string;
  object: string;
  article: string;
  section: string;
  sentence: string;
  start_offset: number;
  end_offset: number;
  sources: string;
  extractor: string;
  extractor_version: string;
  weight: number;
  cue: string | null;
}

/** Evidence is listed in one order everywhere, so both stores answer alike. */
export const EVIDENCE_ORDER = 'article, start_offset, end_offset, sentence, section, id';

export function toEvidence(row: EvidenceRow): Evidence {
  const evidence: Evidence = {
    article: row.article,
    section: row.section as SectionKind,
    sentence: row.sentence,
    start: row.start_offset,
    end: row.end_offset,
    sources: JSON.parse(row.sources) as string[],
    extractor: row.extractor,
    extractorVersion: row.extractor_version,
    weight: row.weight,
  };
  return row.cue === null ? evidence : { ...evidence, cue: row.cue };
}

export function keyParams(key: EdgeKey): [string, string, string] {
  return [key.subject, key.predicate, key.object];
}
