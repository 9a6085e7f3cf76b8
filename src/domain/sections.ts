/**
 * Canonical section kinds of an article. Headings vary ("Symptoms and signs", "What are the signs
 * and symptoms of X?"); the segmenter maps each to one of these so relations can be typed by section.
 */
export const SECTION_KINDS = [
  'title',
  'summary',
  'definition',
  'other_names',
  'types',
  'causes',
  'genetics',
  'inheritance',
  'frequency',
  'symptoms',
  'complications',
  'diagnosis',
  'non_drug_treatment',
  'treatment',
  'drugs',
  'supplements',
  'advanced_therapy',
  'surgery',
  'prevention',
  'monitoring',
  'when_to_see_doctor',
  'diet',
  'prognosis',
  'faq',
  'indications',
  'side_effects',
  'dosage',
  'interactions',
  'test_purpose',
  'test_results',
  'other',
] as const;

export type SectionKind = (typeof SECTION_KINDS)[number];

export function isSectionKind(value: string): value is SectionKind {
  return (SECTION_KINDS as readonly string[]).includes(value);
}
