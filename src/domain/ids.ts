import type { NodeKind } from './kinds.js';
import { greekName } from './text.js';

/** Prefixes of the standard vocabularies whose CURIEs we accept as node ids. */
export const KNOWN_PREFIXES = [
  'HGNC',
  'MONDO',
  'DOID',
  'OMIM',
  'ORPHA',
  'HP',
  'SYMP',
  'DRUGBANK',
  'RXNORM',
  'LOINC',
  'GARD',
  'MESH',
  'NCIT',
  'UMLS',
  'medkg',
] as const;

export interface Curie {
  readonly prefix: string;
  readonly local: string;
}

const CURIE_PATTERN = /^([A-Za-z][A-Za-z0-9_.-]*):(\S+)$/u;

/** Splits "HGNC:11647" into prefix and local part; null when the text is not a CURIE. */
export function parseCurie(text: string): Curie | null {
  const match = CURIE_PATTERN.exec(text.trim());
  if (!match?.[1] || !match[2]) return null;
  return { prefix: match[1], local: match[2] };
}

export function formatCurie(curie: Curie): string {
  return `${curie.prefix}:${curie.local}`;
}

export function isCurie(text: string): boolean {
  return parseCurie(text) !== null;
}

/**
 * A URL- and id-safe slug: lower case ASCII letters, digits and single hyphens. Greek letters are
 * spelled out so "interferon-γ1b" and "interferon-gamma1b" share a slug.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/[α-ωΑ-Ω]/gu, (letter) => greekName(letter) ?? letter)
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}


/** Id of an entity no vocabulary knows: `medkg:<kind>:<slug>`, e.g. `medkg:test:visual-evoked-potential`. */
export function localEntityId(kind: NodeKind, name: string): string {
  return `medkg:${kind.toLowerCase()}:${slugify(name)}`;
}

/** Id of an article node: `medkg:article:<slug>`. The slug alone is the article's public id. */
export function articleNodeId(slug: string): string {
  return `medkg:article:${slug}`;
}

export function isLocalId(id: string): boolean {
  return id.startsWith('medkg:');
}
