import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { curieFrom } from '../../src/lexicon/curies.js';
import { detectFormat, openVocabulary } from '../../src/lexicon/formats.js';
import type { LoadedRecord } from '../../src/lexicon/model.js';
import { collect, fixture } from './support.js';

async function load(name: string, options: Parameters<typeof openVocabulary>[1] = {}): Promise<LoadedRecord[]> {
  return collect((await openVocabulary(fixture(name), options)).records);
}

function byId(records: readonly LoadedRecord[], id: string): LoadedRecord {
  const record = records.find((candidate) => candidate.entry.id === id);
  if (!record) throw new Error(`no record ${id}`);
  return record;
}

describe('format detection', () => {
  it.each([
    ['doid-sample.obo', 'obo'],
    ['hgnc-sample.tsv', 'hgnc'],
    ['kgx-nodes-sample.tsv', 'kgx-nodes'],
    ['editor-list.tsv', 'simple-tsv'],
    ['gard-sample.csv', 'gard'],
    ['gard-xrefs-sample.csv', 'gard-xrefs'],
    ['drugbank-sample.csv', 'drugbank'],
    ['loinc-sample.csv', 'loinc'],
    ['hp-layperson-sample.tsv', 'hpo-layperson'],
    ['mondo-sample.sssom.tsv', 'sssom'],
    ['do-humando-sample.tsv', 'do-humando'],
    ['do-xrefs-sample.tsv', 'do-xrefs'],
  ])('detects %s as %s from its first lines', async (name, format) => {
    expect(await detectFormat(fixture(name))).toBe(format);
  });

  it('rejects a file it cannot recognise with BAD_USER_INPUT', async () => {
    await expect(detectFormat(fixture('../../lexicon/support.ts'))).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

describe('OBO loader', () => {
  it('reads names, synonyms by scope, normalised xrefs, is_a parents and the data version', async () => {
    const records = await load('doid-sample.obo');
    const osteopetrosis = byId(records, 'DOID:13533').entry;
    expect(osteopetrosis).toMatchObject({ kind: 'Disease', name: 'osteopetrosis', source: 'DO', parents: ['DOID:4254'] });
    expect(osteopetrosis.sourceVersion).toBe('releases/2024-01-31/doid.obo');
    expect(osteopetrosis.synonyms).toContainEqual({ name: 'marble bone', scope: 'exact' });
    expect(osteopetrosis.xrefs).toEqual(expect.arrayContaining(['OMIM:PS259700', 'ORPHA:667', 'UMLS:C0029454', 'NCIT:C26840', 'SNOMEDCT:205500005']));
    expect(osteopetrosis.description).toMatch(/^An osteosclerosis/u);
  });

  it('keeps NARROW and BROAD synonyms with their own scopes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'medkg-obo-'));
    const file = join(dir, 'scopes.obo');
    await writeFile(
      file,
      'format-version: 1.2\ndata-version: hp/releases/2024-04-26\n\n[Term]\nid: HP:0001945\nname: Fever\n' +
        'synonym: "Pyrexia" EXACT []\nsynonym: "Hyperpyrexia" NARROW []\nsynonym: "Raised body temperature" BROAD []\n',
    );
    const fever = byId(await collect((await openVocabulary(file)).records), 'HP:0001945').entry;
    expect(fever.synonyms).toEqual(
      expect.arrayContaining([
        { name: 'Pyrexia', scope: 'exact' },
        { name: 'Hyperpyrexia', scope: 'narrow' },
        { name: 'Raised body temperature', scope: 'broad' },
      ]),
    );
  });

  it('skips obsolete terms, turns alt_id and replaced_by into replaces of the live term', async () => {
    const records = await load('doid-sample.obo');
    expect(records.some((record) => record.entry.id === 'DOID:0050002')).toBe(false);
    expect(records.some((record) => record.entry.id === 'DOID:0080091' && record.mode === 'primary')).toBe(false);
    const live = records.filter((record) => record.entry.id === 'DOID:0080094');
    expect(live[0]?.entry.replaces).toEqual(['DOID:0080091', 'DOID:0110300']);
    expect(live.at(-1)).toMatchObject({ mode: 'patch', entry: { replaces: ['DOID:0080091'] } });
  });

  it('reads HPO terms as Phenotype with RELATED and layperson synonyms', async () => {
    const anemia = byId(await load('hp-sample.obo'), 'HP:0001903').entry;
    expect(anemia).toMatchObject({ kind: 'Phenotype', source: 'HPO', replaces: ['HP:0001926', 'HP:0003136', 'HP:0005509'] });
    expect(anemia.synonyms).toEqual(
      expect.arrayContaining([
        { name: 'Anaemia', scope: 'exact' },
        { name: 'Decreased hemoglobin', scope: 'related' },
        { name: 'Lack of red blood cells', scope: 'layperson' },
      ]),
    );
  });

  it('takes --kind over the prefix default', async () => {
    const records = await load('hp-sample.obo', { kind: 'Disease' });
    expect(records.every((record) => record.entry.kind === 'Disease')).toBe(true);
  });
});

describe('HGNC loader', () => {
  it('names genes by symbol, with the full name, alias and previous symbols in their scopes', async () => {
    const records = await load('hgnc-sample.tsv');
    const rank = byId(records, 'HGNC:11908').entry;
    expect(rank).toMatchObject({ kind: 'Gene', name: 'TNFRSF11A', source: 'HGNC' });
    expect(rank.synonyms).toEqual(
      expect.arrayContaining([
        { name: 'TNF receptor superfamily member 11a', scope: 'exact' },
        { name: 'RANK', scope: 'alias_symbol' },
        { name: 'TRANCE-R', scope: 'alias_symbol' },
        { name: 'PDB2', scope: 'previous_symbol' },
        { name: 'receptor activator of nuclear factor kappa B', scope: 'related' },
      ]),
    );
    expect(rank.xrefs).toEqual(['NCBIGene:8792', 'ENSEMBL:ENSG00000141655', 'OMIM:603499', 'ORPHA:120160']);
  });

  it('yields one record per row', async () => {
    expect(await load('hgnc-sample.tsv')).toHaveLength(9);
  });
});

describe('table loaders', () => {
  it('reads KGX nodes by Biolink category and skips categories without a kind', async () => {
    const records = await load('kgx-nodes-sample.tsv');
    expect(records.map((record) => [record.entry.id, record.entry.kind])).toEqual([
      ['HGNC:11647', 'Gene'],
      ['MONDO:0017198', 'Disease'],
    ]);
    expect(records[0]?.entry.synonyms).toEqual([{ name: 'OC116', scope: 'exact' }, { name: 'TIRC7', scope: 'exact' }]);
  });

  it('reads the editors simple TSV with scoped synonyms', async () => {
    const [vep, actimmune] = await load('editor-list.tsv');
    expect(vep?.entry).toMatchObject({ id: 'medkg:test:visual-evoked-potential', kind: 'Test', source: 'editors' });
    expect(vep?.entry.synonyms).toContainEqual({ name: 'VEP', scope: 'abbreviation' });
    expect(actimmune?.entry.synonyms).toContainEqual({ name: 'Actimmune', scope: 'brand' });
  });

  it('reads GARD diseases with quoted pipe synonym lists and keeps the ORPHA/OMIM source id as an xref', async () => {
    const records = await load('gard-sample.csv');
    const ar1 = byId(records, 'GARD:0002579').entry;
    expect(ar1).toMatchObject({ kind: 'Disease', name: 'Osteopetrosis, autosomal recessive 1', xrefs: ['OMIM:259700'] });
    expect(ar1.synonyms.map((synonym) => synonym.name)).toContain('marble bones, autosomal recessive');
    expect(byId(records, 'GARD:0000383').entry.xrefs).toEqual(['ORPHA:53']);
  });

  it('reads GARD_xrefs as patches grouped by GardID', async () => {
    const records = await load('gard-xrefs-sample.csv');
    expect(records.every((record) => record.mode === 'patch')).toBe(true);
    expect(byId(records, 'GARD:0000383').entry.xrefs).toEqual(['SNOMEDCT:725050005', 'ORPHA:53', 'OMIM:166600', 'ICD10:Q78.2', 'UMLS:C3179239']);
  });

  it('reads DrugBank ids, names and " | " synonyms (Greek letters kept as written)', async () => {
    const records = await load('drugbank-sample.csv');
    const ifn = byId(records, 'DRUGBANK:DB00033').entry;
    expect(ifn).toMatchObject({ kind: 'Drug', name: 'Interferon gamma-1b' });
    expect(ifn.synonyms).toContainEqual({ name: 'Interferon gamma-1b, recombinant', scope: 'exact' });
    expect(byId(records, 'DRUGBANK:DB15753').entry.synonyms).toContainEqual({ name: 'IFN-γ', scope: 'exact' });
  });

  it('reads LOINC codes as Tests with the short name as abbreviation', async () => {
    const records = await load('loinc-sample.csv');
    expect(byId(records, 'LOINC:718-7').entry).toMatchObject({
      kind: 'Test',
      name: 'Hemoglobin [Mass/volume] in Blood',
      synonyms: [{ name: 'Hgb Bld-mCnc', scope: 'abbreviation' }],
    });
  });

  it('reads HPO layperson synonyms as augment records of HP ids', async () => {
    const records = await load('hp-layperson-sample.tsv');
    expect(byId(records, 'HP:0011002')).toMatchObject({
      mode: 'augment',
      entry: { name: 'Osteopetrosis', synonyms: [{ name: 'Bones that are too dense and break easily', scope: 'layperson' }] },
    });
  });

  it('makes SSSOM exactMatch one-to-one rows equivalences and keeps other rows as xrefs', async () => {
    const records = await load('mondo-sample.sssom.tsv');
    const osteopetrosis = byId(records, 'MONDO:0017198').entry;
    expect(osteopetrosis).toMatchObject({ kind: 'Disease', name: 'osteopetrosis', source: 'MONDO' });
    expect(osteopetrosis.replaces).toEqual(['DOID:13533', 'ORPHA:2781', 'UMLS:C0029454', 'MESH:D010022', 'NCIT:C26840', 'MEDGEN:18223', 'SNOMEDCT:1926006']);
    expect(osteopetrosis.replaces).not.toContain('ICD10CM:Q78.2');
    expect(osteopetrosis.xrefs).toEqual(expect.arrayContaining(['ICD10CM:Q78.2', 'MEDDRA:10031280', 'GARD:0004155']));
    expect(osteopetrosis.replaces).not.toContain('GARD:0004155');
    expect(osteopetrosis.synonyms).toContainEqual({ name: 'Osteopetrosis and related disorders', scope: 'exact' });
  });

  it('takes no synonym from a mapping label that names only a gland ("Pituitary Gland" for hypophysitis)', async () => {
    const records = await load('mondo-sample.sssom.tsv');
    const hypophysitis = byId(records, 'MONDO:0021156').entry;
    expect(hypophysitis.xrefs).toContain('NCIT:C12399');
    expect(hypophysitis.synonyms.map((synonym) => synonym.name)).not.toContain('Pituitary Gland');
  });

  it('resolves HumanDO parent labels to ids within the report', async () => {
    const records = await load('do-humando-sample.tsv');
    expect(byId(records, 'DOID:0110937')).toMatchObject({ mode: 'augment', entry: { parents: ['DOID:13533'] } });
  });

  it('groups allXREFinDO rows by DOID and normalises DO prefixes', async () => {
    const [record] = await load('do-xrefs-sample.tsv');
    expect(record?.entry.xrefs).toEqual(expect.arrayContaining(['OMIM:PS259700', 'ORPHA:667', 'UMLS:C0029454', 'NCIT:C26840', 'SNOMEDCT:205500005']));
  });
});

describe('CURIEs from source codes', () => {
  it('restores the zero padding GARD_xrefs drops from Disease Ontology ids, and only there', () => {
    expect(curieFrom('DiseaseOntology', '60811')).toBe('DOID:0060811');
    expect(curieFrom('DiseaseOntology', '111135')).toBe('DOID:0111135');
    // Older DO ids have no padding: osteopetrosis is DOID:13533, not DOID:0013533.
    expect(curieFrom('DiseaseOntology', '13533')).toBe('DOID:13533');
    expect(curieFrom('DiseaseOntology', '1234')).toBe('DOID:1234');
    expect(curieFrom('OMIM', '60811')).toBe('OMIM:60811');
  });
});
