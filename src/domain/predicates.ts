import type { NodeKind } from './kinds.js';

/** medkg's predicates. Each is its own relationship type in Neo4j, so this list is closed. */
export const PREDICATES = [
  'GENE_ASSOCIATED_WITH',
  'TREATS',
  'CONTRAINDICATED_IN',
  'DIAGNOSES',
  'MONITORS',
  'HAS_PHENOTYPE',
  'HAS_COMPLICATION',
  'HAS_ADVERSE_EFFECT',
  'SUBCLASS_OF',
  'MENTIONS',
  'ABOUT',
  'LINKS_TO',
] as const;

export type Predicate = (typeof PREDICATES)[number];

export function isPredicate(value: string): value is Predicate {
  return (PREDICATES as readonly string[]).includes(value);
}

/** Relations that carry medical meaning; paths and pathways walk only these by default. */
export const CLINICAL_PREDICATES: readonly Predicate[] = [
  'GENE_ASSOCIATED_WITH',
  'TREATS',
  'CONTRAINDICATED_IN',
  'DIAGNOSES',
  'MONITORS',
  'HAS_PHENOTYPE',
  'HAS_COMPLICATION',
  'HAS_ADVERSE_EFFECT',
  'SUBCLASS_OF',
];

/** Relations between an article and what it names or links: editorial structure, not medicine. */
export const ARTICLE_PREDICATES: readonly Predicate[] = ['MENTIONS', 'ABOUT', 'LINKS_TO'];

export function isClinicalPredicate(predicate: Predicate): boolean {
  return CLINICAL_PREDICATES.includes(predicate);
}

export interface BiolinkMapping {
  /** Biolink 4 predicate CURIE. */
  readonly predicate: string;
  /** Set where Biolink has no exact predicate: KGX `original_predicate` keeps ours. */
  readonly originalPredicate?: string;
  /** A qualifier that narrows the Biolink predicate to our meaning, as KGX column → value. */
  readonly qualifiers?: Readonly<Record<string, string>>;
}

/**
 * The one table from medkg predicates to Biolink 4 (checked against test/fixtures/biolink-4.txt).
 * Biolink has no "monitors" nor "has complication": they map to the closest predicate and keep
 * ours as original_predicate, so a round trip through KGX loses nothing.
 */
export const BIOLINK_PREDICATE: Readonly<Record<Predicate, BiolinkMapping>> = {
  GENE_ASSOCIATED_WITH: { predicate: 'biolink:gene_associated_with_condition' },
  TREATS: { predicate: 'biolink:treats' },
  CONTRAINDICATED_IN: { predicate: 'biolink:contraindicated_in' },
  DIAGNOSES: { predicate: 'biolink:diagnoses' },
  MONITORS: {
    predicate: 'biolink:related_to',
    originalPredicate: 'medkg:monitors',
  },
  HAS_PHENOTYPE: { predicate: 'biolink:has_phenotype' },
  HAS_COMPLICATION: {
    predicate: 'biolink:related_condition',
    originalPredicate: 'medkg:has_complication',
  },
  HAS_ADVERSE_EFFECT: { predicate: 'biolink:has_adverse_event' },
  SUBCLASS_OF: { predicate: 'biolink:subclass_of' },
  MENTIONS: { predicate: 'biolink:mentions' },
  ABOUT: { predicate: 'biolink:related_to', originalPredicate: 'medkg:about' },
  LINKS_TO: { predicate: 'biolink:related_to', originalPredicate: 'medkg:links_to' },
};

/**
 * Which kinds a predicate joins. The relate stage and curated edits are checked against it, so a
 * typo in a rule cannot make a gene "treat" a symptom.
 */
export const PREDICATE_SIGNATURE: Readonly<
  Record<Predicate, { readonly subject: readonly NodeKind[]; readonly object: readonly NodeKind[] }>
> = {
  GENE_ASSOCIATED_WITH: { subject: ['Gene'], object: ['Disease'] },
  TREATS: { subject: ['Drug', 'Procedure'], object: ['Disease', 'Phenotype'] },
  CONTRAINDICATED_IN: { subject: ['Drug', 'Procedure'], object: ['Disease', 'Phenotype'] },
  DIAGNOSES: { subject: ['Test', 'Procedure'], object: ['Disease', 'Phenotype'] },
  MONITORS: { subject: ['Test', 'Procedure'], object: ['Disease', 'Drug', 'Phenotype'] },
  HAS_PHENOTYPE: { subject: ['Disease'], object: ['Phenotype'] },
  HAS_COMPLICATION: { subject: ['Disease'], object: ['Disease', 'Phenotype'] },
  HAS_ADVERSE_EFFECT: { subject: ['Drug', 'Procedure'], object: ['Phenotype', 'Disease'] },
  SUBCLASS_OF: {
    subject: ['Disease', 'Phenotype', 'Drug', 'Test', 'Procedure', 'Gene'],
    object: ['Disease', 'Phenotype', 'Drug', 'Test', 'Procedure', 'Gene'],
  },
  MENTIONS: {
    subject: ['Article'],
    object: ['Disease', 'Gene', 'Drug', 'Test', 'Phenotype', 'Procedure'],
  },
  ABOUT: {
    subject: ['Article'],
    object: ['Disease', 'Gene', 'Drug', 'Test', 'Phenotype', 'Procedure'],
  },
  LINKS_TO: { subject: ['Article'], object: ['Article'] },
};

export function fitsSignature(predicate: Predicate, subject: NodeKind, object: NodeKind): boolean {
  const signature = PREDICATE_SIGNATURE[predicate];
  return signature.subject.includes(subject) && signature.object.includes(object);
}
