/**
 * How much each source's classification counts when ranking authoritative gaps. ClinGen's
 * evidence levels come first (a Definitive curation outranks everything else); Orphanet
 * "disease-causing" links sit near ClinGen Strong; indications curated by several people
 * (PharmacotherapyDB disease-modifying) above FDA-label mining (LabeledIn).
 */
export const CLINGEN_STRENGTH: Readonly<Record<string, number>> = {
  Definitive: 1,
  Strong: 0.9,
  Moderate: 0.7,
  Limited: 0.4,
};

/** ClinGen classifications that argue against the relation. */
export const CLINGEN_REFUTING: ReadonlySet<string> = new Set(['Disputed', 'Refuted', 'No Known Disease Relationship']);

export function gardStrength(associationType: string, status: string): number {
  const base = associationType.startsWith('Disease-causing') || associationType.startsWith('The molecular basis')
    ? 0.85
    : associationType.startsWith('Major susceptibility') || associationType.startsWith('Part of a fusion')
      ? 0.6
      : 0.35;
  return status === 'Assessed' ? base : base - 0.1;
}

export function pharmacotherapyStrength(category: string): number | null {
  if (category === 'DM') return 0.8;
  if (category === 'SYM') return 0.6;
  return null;
}

export const LABELEDIN_STRENGTH = 0.5;
export const DO_SYMPTOM_STRENGTH = 0.5;
