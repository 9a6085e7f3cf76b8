import type { ReferenceRow } from '../../store/port.js';

/** Curated sources medkg compares its article graph against (shared/data/reference). */
export const REFERENCE_SOURCES = ['ClinGen', 'GARD', 'PharmacotherapyDB', 'LabeledIn', 'DO-symptom'] as const;
export type ReferenceSource = (typeof REFERENCE_SOURCES)[number];

/**
 * One relation a curated source asserts, in our predicate vocabulary (the port's ReferenceRow
 * with its source named). Never an article edge: the reference layer is stored apart and only
 * compared against (gaps, conflicts).
 */
export interface ReferenceRelation extends ReferenceRow {
  readonly source: ReferenceSource;
}
