import type { ArticleRecord, ArticleSection, EdgeKey, Evidence, GraphNode } from '../../domain/graph.js';
import type { NodeKind, NodeStatus } from '../../domain/kinds.js';
import type { Predicate } from '../../domain/predicates.js';
import type { SectionKind } from '../../domain/sections.js';
import type { EdgeSummary } from '../port.js';
import type { Row } from './executor.js';
import type { PlainValue } from './values.js';

/** Conversions between the plain rows the executor returns and the port's values. */
type PlainMap = Record<string, PlainValue>;

export function asMap(value: PlainValue | undefined): PlainMap | null {
  return value !== null && value !== undefined && typeof value === 'object' && !Array.isArray(value) ? value : null;
}

export function asString(value: PlainValue | undefined): string {
  return typeof value === 'string' ? value : String(value ?? '');
}

export function asNumber(value: PlainValue | undefined): number {
  return typeof value === 'number' ? value : Number(value ?? 0);
}

export function asStrings(value: PlainValue | undefined): string[] {
  return Array.isArray(value) ? value.map((item) => asString(item)) : [];
}

function optionalString(value: PlainValue | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A stored node's properties as a GraphNode (description only when there is one). */
export function toGraphNode(properties: PlainMap): GraphNode {
  const node: GraphNode = {
    id: asString(properties['id']),
    kind: asString(properties['kind']) as NodeKind,
    name: asString(properties['name']),
    synonyms: asStrings(properties['synonyms']),
    xrefs: asStrings(properties['xrefs']),
    status: asString(properties['status']) as NodeStatus,
  };
  const description = optionalString(properties['description']);
  return description === undefined ? node : { ...node, description };
}

/** The properties a GraphNode is stored with (null clears an old description). */
export function nodeProperties(node: GraphNode): Record<string, unknown> {
  return {
    id: node.id,
    kind: node.kind,
    name: node.name,
    synonyms: node.synonyms,
    xrefs: node.xrefs,
    description: node.description ?? null,
    status: node.status,
  };
}

export function toEdgeSummary(row: Row | PlainMap): EdgeSummary {
  return {
    subject: asString(row['subject']),
    predicate: asString(row['predicate']) as Predicate,
    object: asString(row['object']),
    confidence: asNumber(row['confidence']),
    evidenceCount: asNumber(row['evidenceCount']),
    articleCount: asNumber(row['articleCount']),
    curated: row['curated'] === true,
  };
}

export function toEvidence(properties: PlainMap): Evidence {
  const evidence: Evidence = {
    article: asString(properties['article']),
    section: asString(properties['section']) as SectionKind,
    sentence: asString(properties['sentence']),
    start: asNumber(properties['start']),
    end: asNumber(properties['end']),
    sources: asStrings(properties['sources']),
    extractor: asString(properties['extractor']),
    extractorVersion: asString(properties['extractorVersion']),
    weight: asNumber(properties['weight']),
  };
  const cue = optionalString(properties['cue']);
  return cue === undefined ? evidence : { ...evidence, cue };
}

/** Evidence is listed in one order everywhere (as the SQLite adapter does), so stores agree. */
export function compareEvidence(first: Evidence, second: Evidence): number {
  return (
    compareText(first.article, second.article) ||
    first.start - second.start ||
    first.end - second.end ||
    compareText(first.sentence, second.sentence) ||
    compareText(first.section, second.section)
  );
}

/** Binary (code point) order, the order SQLite and Neo4j sort strings in. */
export function compareText(first: string, second: string): number {
  if (first === second) return 0;
  return Buffer.compare(Buffer.from(first, 'utf8'), Buffer.from(second, 'utf8'));
}

export function edgeParams(key: EdgeKey): { subject: string; predicate: string; object: string } {
  return { subject: key.subject, predicate: key.predicate, object: key.object };
}

/** The Article node's properties: the record's fields, its sections as one JSON string. */
export function articleProperties(article: ArticleRecord): Record<string, unknown> {
  return {
    slug: article.id,
    title: article.title,
    url: article.url ?? null,
    wordpressId: article.wordpressId ?? null,
    category: article.category ?? null,
    updatedAt: article.updatedAt ?? null,
    contentHash: article.contentHash,
    cleanedText: article.cleanedText,
    sections: JSON.stringify(article.sections),
    primaryEntity: article.primaryEntity ?? null,
  };
}

export function toArticleRecord(properties: PlainMap): ArticleRecord {
  const record: ArticleRecord = {
    id: asString(properties['slug']),
    title: asString(properties['title']),
    contentHash: asString(properties['contentHash']),
    cleanedText: asString(properties['cleanedText']),
    sections: JSON.parse(asString(properties['sections'])) as ArticleSection[],
  };
  const optional: Partial<Record<keyof ArticleRecord, string | number | undefined>> = {
    url: optionalString(properties['url']),
    wordpressId: typeof properties['wordpressId'] === 'number' ? properties['wordpressId'] : undefined,
    category: optionalString(properties['category']),
    updatedAt: optionalString(properties['updatedAt']),
    primaryEntity: optionalString(properties['primaryEntity']),
  };
  return { ...record, ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)) };
}
