import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalId, indexNodes, joinReference } from '../../../src/graph/reference/join.js';
import { loadReferenceFile } from '../../../src/graph/reference/loaders.js';
import { REPO_ROOT } from '../../fixtures/gold/gold-schema.js';
import * as n from '../suggest/nodes.js';

const FIXTURES = join(REPO_ROOT, 'test/fixtures/reference');
const SHARED = join(process.env['MEDKG_SHARED_DIR'] ?? join(REPO_ROOT, '../shared'), 'data/reference');

describe('reference loaders', () => {
  it('reads ClinGen validity with its classification, ranking Definitive as strongest and marking Disputed as refuting', async () => {
    const loaded = await loadReferenceFile(join(FIXTURES, 'clingen-sample.csv'));
    expect(loaded.source).toBe('ClinGen');
    const marfan = loaded.relations.find((relation) => relation.subject === 'HGNC:3603');
    expect(marfan).toMatchObject({ predicate: 'GENE_ASSOCIATED_WITH', object: 'MONDO:0007947', classification: 'Definitive', strength: 1, refutes: false });
    const a2ml1 = loaded.relations.find((relation) => relation.subject === 'HGNC:23336');
    expect(a2ml1).toMatchObject({ classification: 'Disputed', refutes: true, strength: 0 });
  });

  it('reads GARD gene links with the Orphanet id as an alternative disease id', async () => {
    const loaded = await loadReferenceFile(join(FIXTURES, 'gard-genes-sample.csv'));
    expect(loaded.relations.find((relation) => relation.subject === 'HGNC:3603')).toMatchObject({
      source: 'GARD', object: 'GARD:0012251', objectAlternatives: ['ORPHA:1885'],
    });
  });

  it('reads PharmacotherapyDB indications as TREATS with DrugBank CURIEs and skips non-indications', async () => {
    const loaded = await loadReferenceFile(join(FIXTURES, 'pharmacotherapydb-sample.tsv'));
    expect(loaded.skipped).toBe(1);
    expect(loaded.relations.map((relation) => `${relation.subject} ${relation.predicate} ${relation.object}`)).toContain('DRUGBANK:DB00451 TREATS DOID:1459');
  });

  it('reads LabeledIn and DO disease-symptom rows', async () => {
    const labeled = await loadReferenceFile(join(FIXTURES, 'labeledin-sample.tsv'));
    expect(labeled.relations).toEqual([expect.objectContaining({ subject: 'RXNORM:6809', object: 'UMLS:C0011860', classification: 'expert' })]);
    const symptoms = await loadReferenceFile(join(FIXTURES, 'do-disease-symptom-sample.tsv'));
    expect(symptoms.relations.map((relation) => relation.object)).toEqual(['SYMP:0000007', 'SYMP:0000568']);
  });

  it('refuses a file that is no reference format', async () => {
    await expect(loadReferenceFile(join(REPO_ROOT, 'test/fixtures/vocab/hgnc-sample.tsv'))).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

describe('joining reference relations to our nodes', () => {
  it('spells GARD ids without zero padding and Orphanet as ORPHA on both sides', () => {
    expect(canonicalId('GARD:0008233')).toBe('GARD:8233');
    expect(canonicalId('Orphanet:355')).toBe('ORPHA:355');
  });

  it('joins through node ids, MONDO and UMLS xrefs, and exact names, and drops relations whose ends the site does not cover', async () => {
    const index = indexNodes([n.gba1, n.gaucher, n.fbn1, n.marfan, n.levothyroxine, n.hypothyroidism]);
    const clingen = await loadReferenceFile(join(FIXTURES, 'clingen-sample.csv'));
    const joined = joinReference(index, clingen.relations).map((item) => `${item.subject.id} ${item.object.id}`);
    expect(joined.sort()).toEqual(['HGNC:3603 DOID:14323', 'HGNC:4177 DOID:1926']);
    const gard = await loadReferenceFile(join(FIXTURES, 'gard-genes-sample.csv'));
    expect(joinReference(index, gard.relations)).toEqual([]);
  });
});

describe.skipIf(!existsSync(SHARED))('reference files of shared/data', () => {
  it('loads every ClinGen curation with a ranked or refuting classification', async () => {
    const loaded = await loadReferenceFile(join(SHARED, 'clingen_gene_disease_validity_2025-01-03.csv'));
    expect(loaded.relations.length).toBeGreaterThan(2900);
    expect(loaded.relations.filter((relation) => relation.classification === 'Refuted').length).toBe(41);
    expect(loaded.relations.filter((relation) => relation.classification === 'Definitive').length).toBeGreaterThan(1700);
  });

  it('loads the gzipped GARD gene links and the indication and symptom tables', async () => {
    const gard = await loadReferenceFile(join(SHARED, 'GARD_genes.csv.gz'));
    expect(gard.relations.length).toBeGreaterThan(10000);
    const pharmaco = await loadReferenceFile(join(SHARED, 'pharmacotherapydb_indications.tsv'));
    expect(pharmaco.relations.length).toBe(755 + 390);
    const symptoms = await loadReferenceFile(join(SHARED, 'do_disease-symptom.tsv'));
    expect(symptoms.relations.length).toBeGreaterThan(2000);
  });
});
