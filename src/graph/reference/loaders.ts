import { badInput } from '../../domain/errors.js';
import { readHead, readTable } from '../../lexicon/files.js';
import { CLINGEN_REFUTING, CLINGEN_STRENGTH, DO_SYMPTOM_STRENGTH, gardStrength, LABELEDIN_STRENGTH, pharmacotherapyStrength } from './strength.js';
import type { ReferenceRelation, ReferenceSource } from './types.js';

type Row = Record<string, string>;
type RowMapper = (row: Row) => ReferenceRelation | null;

const cell = (row: Row, column: string): string => row[column]?.trim() ?? '';

function clingen(row: Row): ReferenceRelation | null {
  const gene = cell(row, 'GENE ID (HGNC)');
  const disease = cell(row, 'DISEASE ID (MONDO)');
  const classification = cell(row, 'CLASSIFICATION');
  if (!gene.startsWith('HGNC:') || !disease.startsWith('MONDO:') || !classification) return null;
  const refutes = CLINGEN_REFUTING.has(classification);
  const strength = CLINGEN_STRENGTH[classification];
  if (!refutes && strength === undefined) return null;
  return {
    source: 'ClinGen', subject: gene, predicate: 'GENE_ASSOCIATED_WITH', object: disease, objectAlternatives: [],
    subjectLabel: cell(row, 'GENE SYMBOL'), objectLabel: cell(row, 'DISEASE LABEL'), classification, strength: strength ?? 0, refutes,
  };
}

function gard(row: Row): ReferenceRelation | null {
  const gene = cell(row, 'GeneIdentifier');
  const disease = cell(row, 'GardID');
  if (!gene.startsWith('HGNC:') || !disease.startsWith('GARD:')) return null;
  const orpha = cell(row, 'SourceLabelID');
  const type = cell(row, 'AssociationType');
  return {
    source: 'GARD', subject: gene, predicate: 'GENE_ASSOCIATED_WITH', object: disease, objectAlternatives: orpha ? [orpha] : [],
    subjectLabel: cell(row, 'GeneSymbol'), objectLabel: '', classification: type, strength: gardStrength(type, cell(row, 'AssociationStatus')), refutes: false,
  };
}

function pharmacotherapy(row: Row): ReferenceRelation | null {
  const strength = pharmacotherapyStrength(cell(row, 'category'));
  const drug = cell(row, 'drugbank_id');
  const disease = cell(row, 'doid_id');
  if (strength === null || !drug || !disease.startsWith('DOID:')) return null;
  return {
    source: 'PharmacotherapyDB', subject: `DRUGBANK:${drug}`, predicate: 'TREATS', object: disease, objectAlternatives: [],
    subjectLabel: cell(row, 'drug'), objectLabel: cell(row, 'disease'), classification: cell(row, 'category'), strength, refutes: false,
  };
}

function labeledIn(row: Row): ReferenceRelation | null {
  const drug = cell(row, 'rxnorm_id');
  const disease = cell(row, 'disease_cui');
  if (!drug || !disease) return null;
  const expert = cell(row, 'expert') === '1';
  return {
    source: 'LabeledIn', subject: `RXNORM:${drug}`, predicate: 'TREATS', object: `UMLS:${disease}`, objectAlternatives: [],
    subjectLabel: cell(row, 'rxnorm_name'), objectLabel: cell(row, 'disease_mesh_name'), classification: expert ? 'expert' : 'crowd',
    strength: LABELEDIN_STRENGTH + (expert ? 0.1 : 0), refutes: false,
  };
}

function doSymptom(row: Row): ReferenceRelation | null {
  const disease = cell(row, 'disease_id');
  const symptom = cell(row, 'symptom_id');
  if (!disease.startsWith('DOID:') || !symptom.startsWith('SYMP:')) return null;
  return {
    source: 'DO-symptom', subject: disease, predicate: 'HAS_PHENOTYPE', object: symptom, objectAlternatives: [],
    subjectLabel: cell(row, 'disease_label'), objectLabel: cell(row, 'symptom_label'), classification: 'has_symptom', strength: DO_SYMPTOM_STRENGTH, refutes: false,
  };
}

interface Format {
  readonly source: ReferenceSource;
  readonly delimiter: ',' | '\t';
  /** A column only this format's header has. */
  readonly marker: string;
  readonly map: RowMapper;
}

const FORMATS: readonly Format[] = [
  { source: 'ClinGen', delimiter: ',', marker: 'GENE ID (HGNC)', map: clingen },
  { source: 'GARD', delimiter: ',', marker: 'GeneIdentifier', map: gard },
  { source: 'PharmacotherapyDB', delimiter: '\t', marker: 'drugbank_id', map: pharmacotherapy },
  { source: 'LabeledIn', delimiter: '\t', marker: 'rxnorm_id', map: labeledIn },
  { source: 'DO-symptom', delimiter: '\t', marker: 'symptom_id', map: doSymptom },
];

/** Which reference format a file holds, by its header line. Throws BAD_USER_INPUT otherwise. */
export async function detectReferenceFormat(path: string): Promise<Format> {
  const head = await readHead(path, 5);
  const header = head.find((line) => !line.startsWith('#')) ?? '';
  const format = FORMATS.find((candidate) => header.includes(candidate.marker));
  if (!format) throw badInput(`${path}: not a known reference file (ClinGen validity, GARD genes, PharmacotherapyDB, LabeledIn, DO disease-symptom)`);
  return format;
}

export interface LoadedReference {
  readonly source: ReferenceSource;
  readonly relations: ReferenceRelation[];
  /** Rows that named no usable ids or a classification we do not rank (e.g. PharmacotherapyDB NOT). */
  readonly skipped: number;
}

/** Reads one reference file (plain or .gz) into relations in our predicate vocabulary. */
export async function loadReferenceFile(path: string): Promise<LoadedReference> {
  const format = await detectReferenceFormat(path);
  const relations: ReferenceRelation[] = [];
  let skipped = 0;
  for await (const row of readTable(path, { delimiter: format.delimiter })) {
    const relation = format.map(row);
    if (relation) relations.push(relation);
    else skipped += 1;
  }
  return { source: format.source, relations, skipped };
}
