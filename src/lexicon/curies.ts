import type { EntityKind } from '../domain/kinds.js';

/**
 * Prefix spellings differ between sources (DO writes MIM: and ORDO:, HPO writes MSH:, Mondo
 * writes Orphanet: and mesh:); xrefs are stored under one spelling so they can be compared.
 */
const PREFIX_ALIASES: Readonly<Record<string, string>> = {
  MIM: 'OMIM',
  OMIM: 'OMIM',
  OMIMPS: 'OMIMPS',
  ORDO: 'ORPHA',
  ORPHANET: 'ORPHA',
  ORPHA: 'ORPHA',
  MSH: 'MESH',
  MESH: 'MESH',
  UMLS_CUI: 'UMLS',
  UMLS: 'UMLS',
  NCI: 'NCIT',
  NCIT: 'NCIT',
  SCTID: 'SNOMEDCT',
  SNOMEDCT_US: 'SNOMEDCT',
  SNOMEDCT: 'SNOMEDCT',
  'SNOMED-CT': 'SNOMEDCT',
  'ICD-10': 'ICD10',
  ICD10: 'ICD10',
  ICD10WHO: 'ICD10',
  'ICD-10-CM': 'ICD10CM',
  ICD10CM: 'ICD10CM',
  'ICD-11': 'ICD11',
  ICD11: 'ICD11',
  'ICD11.FOUNDATION': 'ICD11',
  MEDDRA: 'MEDDRA',
  MEDGEN: 'MEDGEN',
  DISEASEONTOLOGY: 'DOID',
  DOID: 'DOID',
  GENETICALLIANCE: 'GENETICALLIANCE',
  GENETICSHOMEREFERENCE: 'GHR',
};

/** One spelling for a CURIE ("MIM:264300" → "OMIM:264300", "SNOMEDCT_US_2023_03_01:…" → "SNOMEDCT:…"). */
export function normaliseCurie(curie: string): string {
  const colon = curie.indexOf(':');
  if (colon <= 0) return curie.trim();
  const rawPrefix = curie.slice(0, colon).trim();
  const local = curie.slice(colon + 1).trim();
  const upper = rawPrefix.toUpperCase().replace(/_\d{4}_\d{2}_\d{2}$/u, '');
  const prefix = PREFIX_ALIASES[upper] ?? rawPrefix;
  return `${prefix}:${local}`;
}

/**
 * GARD_xrefs writes Disease Ontology ids without their zero padding ("60811" for DOID:0060811),
 * while DO's older ids have no padding at all (DOID:13533). The padded series start at
 * DOID:0050000, and the older ids run below 50000 (checked against every DO code in GARD_xrefs:
 * this rule resolves all the 5- and 6-digit ones), so a bare code of six digits, or of five
 * from 50000 up, is a stripped padded id.
 */
function isStrippedPaddedDoid(code: string): boolean {
  if (!/^\d+$/u.test(code)) return false;
  return code.length === 6 || (code.length === 5 && Number(code) >= 50_000);
}

/** A CURIE from a source name and a local code (GARD_xrefs: "OMIM", "603358"). */
export function curieFrom(source: string, local: string): string {
  const code = local.trim();
  const prefix = PREFIX_ALIASES[source.trim().toUpperCase()] ?? source.trim().toUpperCase().replace(/[^A-Z0-9]+/gu, '');
  if (prefix === 'DOID' && isStrippedPaddedDoid(code)) return `DOID:${code.padStart(7, '0')}`;
  return `${prefix}:${code}`;
}

/** Default kind of the entries of a vocabulary, by the prefix of their ids. */
const KIND_BY_PREFIX: Readonly<Record<string, EntityKind>> = {
  HP: 'Phenotype',
  SYMP: 'Phenotype',
  DOID: 'Disease',
  MONDO: 'Disease',
  GARD: 'Disease',
  ORPHA: 'Disease',
  OMIM: 'Disease',
  HGNC: 'Gene',
  DRUGBANK: 'Drug',
  RXNORM: 'Drug',
  LOINC: 'Test',
};

/** The kind a source's ids default to, or undefined for prefixes we do not know. */
export function kindForId(id: string): EntityKind | undefined {
  return KIND_BY_PREFIX[id.slice(0, id.indexOf(':')).toUpperCase()];
}
