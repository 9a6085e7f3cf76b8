import type { Predicate } from '../../domain/predicates.js';

/** Curated sources medkg compares its article graph against (shared/data/reference). */
export const REFERENCE_SOURCES = ['ClinGen', 'GARD', 'PharmacotherapyDB', 'LabeledIn', 'DO-symptom'] as const;
export type ReferenceSource = (typeof REFERENCE_SOURCES)[number];

/**
 * One relation a curated source asserts, in our predicate vocabulary. Never an article edge:
 * the reference layer is stored apart and only compared against (gaps, conflicts).
 */
export interface ReferenceRelation {
  readonly source: ReferenceSource;
  /** Subject and object as the source identifies them (CURIEs: HGNC:…, MONDO:…, DRUGBANK:…). */
  readonly subject: string;
  readonly predicate: Predicate;
  readonly object: string;
  /** Other ids of the object in the source's own row (GARD rows also give the ORPHA id). */
  readonly objectAlternatives: readonly string[];
  readonly subjectLabel: string;
  readonly objectLabel: string;
  /** The source's own wording ("Definitive", "Disease-causing germline mutation(s) in", "DM"). */
  readonly classification: string;
  /**
   * How strongly the source supports the relation, in [0, 1]; used to rank gaps. Negative
   * classifications (ClinGen Refuted/Disputed) have `refutes` set and strength 0.
   */
  readonly strength: number;
  /** The source says the relation does not hold (or is in serious doubt). */
  readonly refutes: boolean;
}
