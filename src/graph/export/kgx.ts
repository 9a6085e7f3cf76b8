import { createHash } from 'node:crypto';
import type { GraphNode } from '../../domain/graph.js';
import { parseCurie } from '../../domain/ids.js';
import { BIOLINK_CATEGORY } from '../../domain/kinds.js';
import { BIOLINK_PREDICATE } from '../../domain/predicates.js';
import type { ExportEdge } from '../../store/port.js';

/** Columns of KGX nodes.tsv, in order. */
export const KGX_NODE_COLUMNS = ['id', 'category', 'name', 'description', 'synonym', 'xref', 'medkg_status'] as const;
/** Columns of KGX edges.tsv, in order (qualifier columns are added by the mapping table). */
export const KGX_EDGE_COLUMNS = [
  'id',
  'subject',
  'predicate',
  'object',
  'original_predicate',
  'knowledge_level',
  'agent_type',
  'publications',
  'confidence',
  'evidence_count',
  'article_count',
] as const;

/** Edge columns: the fixed ones, then every qualifier column the mapping table uses. */
export function kgxEdgeColumns(): string[] {
  const qualifiers = new Set(Object.values(BIOLINK_PREDICATE).flatMap((mapping) => Object.keys(mapping.qualifiers ?? {})));
  return [...KGX_EDGE_COLUMNS, ...[...qualifiers].sort()];
}

export type KgxRow = Readonly<Record<string, string | readonly string[] | number | undefined>>;

/** A node as a KGX row: the Biolink category of its kind, names and xrefs as lists. */
export function kgxNodeRow(node: GraphNode): KgxRow {
  return {
    id: node.id,
    category: [BIOLINK_CATEGORY[node.kind]],
    name: node.name,
    description: node.description,
    synonym: node.synonyms,
    xref: node.xrefs,
    medkg_status: node.status,
  };
}

/**
 * An edge as a KGX row. Biolink's predicate from the one mapping table, ours kept as
 * original_predicate where Biolink has no exact one; the evidence's cited source labels as
 * publications; text-mined from human-written articles (knowledge_assertion by a
 * text_mining_agent) unless an editor curated it (manual_agent).
 */
export function kgxEdgeRow(edge: ExportEdge): KgxRow {
  const mapping = BIOLINK_PREDICATE[edge.predicate];
  const publications = [...new Set(edge.evidence.flatMap((evidence) => evidence.sources))].sort();
  return {
    id: edgeId(edge),
    subject: edge.subject,
    predicate: mapping.predicate,
    object: edge.object,
    original_predicate: mapping.originalPredicate,
    knowledge_level: 'knowledge_assertion',
    agent_type: edge.curated ? 'manual_agent' : 'text_mining_agent',
    publications,
    confidence: edge.confidence,
    evidence_count: edge.evidenceCount,
    article_count: edge.articleCount,
    ...(mapping.qualifiers ?? {}),
  };
}

/** A stable edge id: the same (subject, predicate, object) always exports under the same id. */
export function edgeId(edge: { readonly subject: string; readonly predicate: string; readonly object: string }): string {
  const digest = createHash('sha256').update(`${edge.subject}|${edge.predicate}|${edge.object}`).digest('hex');
  return `medkg:edge-${digest.slice(0, 24)}`;
}

/** One TSV line; lists are pipe-joined, tabs/newlines/pipes inside values are neutralised. */
export function tsvLine(row: KgxRow, columns: readonly string[]): string {
  return columns.map((column) => cell(row[column])).join('\t');
}

function cell(value: KgxRow[string]): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const clean = (text: string): string => text.replace(/[\t\r\n]+/gu, ' ').replace(/\|/gu, '/');
  return typeof value === 'string' ? clean(value) : value.map(clean).join('|');
}

/** IRI bases of the prefixes medkg ids use; `medkg` is our own local namespace. */
export const CURIE_PREFIXES: Readonly<Record<string, string>> = {
  biolink: 'https://w3id.org/biolink/vocab/',
  medkg: 'urn:medkg:',
  HGNC: 'http://identifiers.org/hgnc/',
  MONDO: 'http://purl.obolibrary.org/obo/MONDO_',
  DOID: 'http://purl.obolibrary.org/obo/DOID_',
  HP: 'http://purl.obolibrary.org/obo/HP_',
  SYMP: 'http://purl.obolibrary.org/obo/SYMP_',
  OMIM: 'http://purl.obolibrary.org/obo/OMIM_',
  ORPHA: 'http://www.orpha.net/ORDO/Orphanet_',
  NCIT: 'http://purl.obolibrary.org/obo/NCIT_',
  MESH: 'http://id.nlm.nih.gov/mesh/',
  DRUGBANK: 'http://identifiers.org/drugbank/',
  RXNORM: 'http://purl.bioontology.org/ontology/RXNORM/',
  LOINC: 'http://loinc.org/rdf/',
};

/** The CURIE map of an export: biolink, medkg and every known prefix the export used. */
export function curieMap(usedPrefixes: Iterable<string>): Record<string, string> {
  const map: Record<string, string> = { biolink: CURIE_PREFIXES.biolink ?? '', medkg: CURIE_PREFIXES.medkg ?? '' };
  for (const prefix of [...usedPrefixes].sort()) {
    const base = CURIE_PREFIXES[prefix];
    if (base) map[prefix] = base;
  }
  return map;
}

export function prefixOf(id: string): string | undefined {
  return parseCurie(id)?.prefix;
}
