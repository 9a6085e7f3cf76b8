/** Kinds of node in the graph. Article is a node too, so that MENTIONS/ABOUT/LINKS_TO are plain edges. */
export const ENTITY_KINDS = ['Disease', 'Gene', 'Drug', 'Test', 'Phenotype', 'Procedure'] as const;
export const NODE_KINDS = [...ENTITY_KINDS, 'Article'] as const;

export type EntityKind = (typeof ENTITY_KINDS)[number];
export type NodeKind = (typeof NODE_KINDS)[number];

export function isNodeKind(value: string): value is NodeKind {
  return (NODE_KINDS as readonly string[]).includes(value);
}

export function isEntityKind(value: string): value is EntityKind {
  return (ENTITY_KINDS as readonly string[]).includes(value);
}

/** Biolink 4 category of each node kind (checked against test/fixtures/biolink-4.txt). */
export const BIOLINK_CATEGORY: Readonly<Record<NodeKind, string>> = {
  Disease: 'biolink:Disease',
  Gene: 'biolink:Gene',
  Drug: 'biolink:Drug',
  Test: 'biolink:ClinicalIntervention',
  Phenotype: 'biolink:PhenotypicFeature',
  Procedure: 'biolink:Procedure',
  Article: 'biolink:Article',
};

/**
 * Whether a node was confirmed by a standard vocabulary, or found only by the structure of an
 * article (a head phrase under "Diagnostic tests" that no vocabulary knows) and awaits an editor.
 */
export const NODE_STATUSES = ['verified', 'unverified'] as const;
export type NodeStatus = (typeof NODE_STATUSES)[number];
