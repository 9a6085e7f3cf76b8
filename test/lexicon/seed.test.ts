import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isLocalId, localEntityId } from '../../src/domain/ids.js';
import { createLexicon } from '../../src/lexicon/create.js';
import { makeEntry } from '../../src/lexicon/model.js';
import { SEED_LEXICON_PATH, loadSeedEntries, loadSeedLexicon } from '../../src/lexicon/seed.js';
import { SHARED_VOCAB, hasSharedVocab } from './support.js';

interface SeedRow {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly verifiedIn: string;
}

function seedRows(): SeedRow[] {
  return readFileSync(SEED_LEXICON_PATH, 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#') && !line.startsWith('id\t'))
    .map((line) => {
      const [id = '', kind = '', name = '', , verifiedIn = ''] = line.split('\t');
      return { id, kind, name, verifiedIn };
    });
}

/** Whole text of a shared vocabulary file (gunzipped), read once per file. */
const fileCache = new Map<string, string>();
function sharedText(file: string): string {
  let text = fileCache.get(file);
  if (text === undefined) {
    const path = join(SHARED_VOCAB, file);
    text = file.endsWith('.gz') ? execFileSync('zcat', [path], { maxBuffer: 1 << 30 }).toString('utf8') : readFileSync(path, 'utf8');
    fileCache.set(file, text);
  }
  return text;
}

/** How an id is written in each file (DrugBank and LOINC files hold bare codes). */
function spelling(id: string, file: string): RegExp {
  const local = id.slice(id.indexOf(':') + 1).replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  if (file.startsWith('drugbank')) return new RegExp(`^${local},`, 'mu');
  if (file.startsWith('loinc')) return new RegExp(`^${local},`, 'mu');
  if (file.endsWith('.obo') || file.endsWith('.obo.gz')) return new RegExp(`^id: ${id.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}$`, 'mu');
  return new RegExp(`^${id.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\t`, 'mu');
}

describe('seed lexicon', () => {
  it('has several hundred entries of every entity kind', async () => {
    const entries = await loadSeedEntries();
    expect(entries.length).toBeGreaterThanOrEqual(300);
    expect(new Set(entries.map((entry) => entry.kind))).toEqual(new Set(['Disease', 'Gene', 'Drug', 'Test', 'Phenotype', 'Procedure']));
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
  });

  it('gives a standard id only with the file that verifies it, otherwise a medkg id of its kind and name', () => {
    for (const row of seedRows()) {
      if (isLocalId(row.id)) {
        expect(row.verifiedIn).toBe('-');
        expect(row.id.startsWith(`medkg:${row.kind.toLowerCase()}:`)).toBe(true);
      } else {
        expect(row.verifiedIn, row.id).not.toBe('-');
      }
    }
    expect(localEntityId('Test', 'visual evoked potential')).toBe('medkg:test:visual-evoked-potential');
  });

  it.skipIf(!hasSharedVocab)('every standard id exists in the shared vocabulary file it names', () => {
    const missing = seedRows()
      .filter((row) => !isLocalId(row.id))
      .filter((row) => !spelling(row.id, row.verifiedIn).test(sharedText(row.verifiedIn)))
      .map((row) => `${row.id} (${row.verifiedIn})`);
    expect(missing).toEqual([]);
  });

  it('recognises the osteopetrosis article vocabulary on its own', async () => {
    const lexicon = await loadSeedLexicon();
    const text =
      'Autosomal recessive osteopetrosis (ARO) is caused by variants in TCIRG1 or CLCN7. Doctors order a CBC, an MRI ' +
      'and a visual evoked potential (VEP). Interferon gamma-1b (ACTIMMUNE®) and a bone marrow transplant may help. ' +
      'Anaemia and fever are common.';
    const found = lexicon.findMatches(text).map((match) => `${match.kind}:${match.text}`);
    expect(found).toEqual([
      'Disease:Autosomal recessive osteopetrosis',
      'Disease:ARO',
      'Gene:TCIRG1',
      'Gene:CLCN7',
      'Test:CBC',
      'Test:MRI',
      'Test:visual evoked potential',
      'Test:VEP',
      'Drug:Interferon gamma-1b',
      'Drug:ACTIMMUNE',
      'Procedure:bone marrow transplant',
      'Phenotype:Anaemia',
      'Phenotype:fever',
    ]);
  });
});

describe('seed names that are everyday words', () => {
  it('does not read "fit" (as in "fit adults") as a seizure', async () => {
    const lexicon = await loadSeedLexicon();
    expect(lexicon.findMatches('the standard first treatment for fit adults; the pieces fit tightly').map((match) => match.id)).not.toContain('HP:0001250');
    expect(lexicon.findMatches('She had two seizures last year.').map((match) => match.id)).toContain('HP:0001250');
  });
});

describe('seed names of a condition and its sign', () => {
  it('keeps epilepsy (the disease) apart from seizures (the sign), as every gold set does', async () => {
    const lexicon = await loadSeedLexicon();
    expect(lexicon.findMatches('Epilepsy is a long-term condition of the brain.').map((match) => match.id)).not.toContain('HP:0001250');
    expect(lexicon.findMatches('Seizures can follow a high fever.').map((match) => match.id)).toContain('HP:0001250');
  });

  it('reads raised intracranial pressure in its patient wordings as the HPO finding, not a disease', async () => {
    const lexicon = await loadSeedLexicon();
    expect(lexicon.findMatches('Raised intracranial pressure and brain swelling.').map((match) => match.id)).toContain('HP:0002516');
    expect(lexicon.findMatches('It can cause raised pressure around the brain.').map((match) => match.id)).toEqual(['HP:0002516']);
  });

  it('types lumbar puncture as a procedure (like a biopsy) and immunotherapy as a drug, as GUIDE.md and every gold set do', async () => {
    const lexicon = await loadSeedLexicon();
    expect(lexicon.lookup('lumbar puncture', 'Test')?.entry.kind).toBe('Procedure');
    expect(lexicon.lookup('immunotherapy', 'Procedure')?.entry.kind).toBe('Drug');
  });

  it('reads "thyroid disease" and "brain tumour" as Mondo\'s disorders, not HPO\'s abnormality and neoplasm', async () => {
    const lexicon = await loadSeedLexicon();
    expect(lexicon.findMatches('It is used with care in people with thyroid disease or a brain tumour.').map((match) => match.id)).toEqual(['MONDO:0003240', 'MONDO:0021211']);
  });

  it('reads "hearing loss" as HPO\'s finding even where a section prefers diseases, as GUIDE.md types it', async () => {
    // Mondo lists "Hearing Loss" as an exact synonym of its deafness, which the seed keeps as a disease too.
    const lexicon = createLexicon([...(await loadSeedEntries()), makeEntry({ id: 'MONDO:0005365', kind: 'Disease', name: 'deafness', source: 'MONDO', synonyms: [{ name: 'Hearing Loss', scope: 'exact' }] })]);
    expect(lexicon.lookup('hearing loss', 'Disease')?.entry.id).toBe('HP:0000365');
  });

  it('reads osteomyelitis of the jaw and hip osteoarthritis as diseases in every section, as GUIDE.md types a named disease', async () => {
    const lexicon = createLexicon([...(await loadSeedEntries()), makeEntry({ id: 'HP:0008843', kind: 'Phenotype', name: 'Hip osteoarthritis', source: 'HPO' })]);
    expect(lexicon.lookup('osteomyelitis of the jaw', 'Phenotype')?.entry.kind).toBe('Disease');
    expect(lexicon.lookup('hip osteoarthritis', 'Phenotype')?.entry.id).toBe('MONDO:0006629');
  });

  it('reads galactorrhoea, amenorrhoea and gynaecomastia as HPO\'s signs even where a section prefers diseases, as GUIDE.md and every gold set type them', async () => {
    // Mondo also holds each name as a disease; a lab page's "Why is the test done?" prefers neither kind.
    const lexicon = createLexicon([
      ...(await loadSeedEntries()),
      makeEntry({ id: 'MONDO:0009256', kind: 'Disease', name: 'galactorrhea', source: 'MONDO' }),
      makeEntry({ id: 'MONDO:0001836', kind: 'Disease', name: 'amenorrhea', source: 'MONDO' }),
      makeEntry({ id: 'MONDO:0001571', kind: 'Disease', name: 'gynecomastia disorder', source: 'MONDO', synonyms: [{ name: 'gynecomastia', scope: 'exact' }] }),
    ]);
    expect(lexicon.lookup('galactorrhoea', 'Disease')?.entry.id).toBe('HP:0100829');
    expect(lexicon.lookup('amenorrhoea', 'Disease')?.entry.id).toBe('HP:0000141');
    expect(lexicon.lookup('gynaecomastia', 'Disease')?.entry.id).toBe('HP:0000771');
  });

  it('reads migraine with aura as Mondo\'s disease, as GUIDE.md types a named disease and the gold sets that name it do, not HPO\'s finding', async () => {
    const lexicon = createLexicon([...(await loadSeedEntries()), makeEntry({ id: 'HP:0002077', kind: 'Phenotype', name: 'Migraine with aura', source: 'HPO' })]);
    expect(lexicon.lookup('migraine with aura', 'Phenotype')?.entry.id).toBe('MONDO:0005475');
  });

  it('reads Clostridioides difficile colitis and infection as diseases under either genus name, not HPO\'s colitis', async () => {
    const lexicon = createLexicon([...(await loadSeedEntries()), makeEntry({ id: 'HP:0002583', kind: 'Phenotype', name: 'Colitis', source: 'HPO' })]);
    expect(lexicon.findMatches('Severe diarrhoea from Clostridioides difficile colitis (C. diff), weeks later.').map((match) => match.id)).toContain('MONDO:0000705');
    expect(lexicon.findMatches('Severe diarrhoea from Clostridioides difficile colitis (C. diff), weeks later.').map((match) => match.id)).not.toContain('HP:0002583');
    expect(lexicon.lookup('Clostridium difficile infection', 'Phenotype')?.entry.kind).toBe('Disease');
  });

  it('reads IgA deficiency as DO\'s disease, as every gold set naming it does, not HPO\'s finding of the same name', async () => {
    const lexicon = createLexicon([...(await loadSeedEntries()), makeEntry({ id: 'HP:0002720', kind: 'Phenotype', name: 'IgA deficiency', source: 'HPO' })]);
    expect(lexicon.lookup('IgA deficiency', 'Phenotype')?.entry.id).toBe('DOID:0060025');
  });

  it('reads "Campylobacter infection" as campylobacteriosis, the infection that name describes', async () => {
    const lexicon = await loadSeedLexicon();
    expect(lexicon.findMatches('Stool culture looks for a recent Campylobacter infection.').map((match) => match.id)).toEqual(['MONDO:0005688']);
  });

  it('reads hypertrophic cardiomyopathy as Mondo\'s disease, as GUIDE.md types a named form of cardiomyopathy', async () => {
    const lexicon = createLexicon([...(await loadSeedEntries()), makeEntry({ id: 'HP:0001639', kind: 'Phenotype', name: 'Hypertrophic cardiomyopathy', source: 'HPO' })]);
    expect(lexicon.lookup('hypertrophic cardiomyopathy', 'Phenotype')?.entry.id).toBe('MONDO:0005045');
  });

  it('reads Helicobacter pylori infection as a disease, as GUIDE.md types every infection, not HPO\'s finding', async () => {
    const lexicon = await loadSeedLexicon();
    expect(lexicon.findMatches('Treating H. pylori infection heals the ulcer; Helicobacter pylori infection is common.').map((match) => match.id)).toEqual([
      'medkg:disease:helicobacter-pylori-infection',
      'medkg:disease:helicobacter-pylori-infection',
    ]);
    // With HPO imported, its finding of the same name does not take the name over.
    const withHpo = createLexicon([...(await loadSeedEntries()), makeEntry({ id: 'HP:0005202', kind: 'Phenotype', name: 'Helicobacter pylori infection', source: 'HPO' })]);
    expect(withHpo.findMatches('Helicobacter pylori infection is common.').map((match) => match.id)).toEqual(['medkg:disease:helicobacter-pylori-infection']);
  });

  it('reads hepatic encephalopathy as the HPO finding of a failing liver, as the gold sets do', async () => {
    const lexicon = await loadSeedLexicon();
    expect(lexicon.findMatches('A high level supports hepatic encephalopathy.').map((match) => match.id)).toEqual(['HP:0002480']);
  });
});

describe('seed names in patient words', () => {
  it('finds abdominal pain written "tummy pain" or "belly pain", and leukopenia written "a low white cell count"', async () => {
    const lexicon = await loadSeedLexicon();
    const ids = (text: string) => lexicon.findMatches(text).map((match) => match.id);
    expect(ids('Constipation and tummy pain.')).toContain('HP:0002027');
    expect(ids('Belly pain after meals.')).toContain('HP:0002027');
    expect(ids('Nausea and a low white cell count.')).toContain('HP:0001882');
  });
});

describe('seed names written in other cases and numbers', () => {
  it('finds the X-ray test written "x-ray", "X-rays" and "chest x-rays"', async () => {
    const lexicon = await loadSeedLexicon();
    const ids = (text: string) => lexicon.findMatches(text).map((match) => match.id);
    expect(ids('An x-ray of the hip.')).toEqual(['medkg:test:x-ray']);
    expect(ids('X-rays were taken.')).toEqual(['medkg:test:x-ray']);
    expect(ids('Chest x-rays were normal.')).toEqual(['medkg:test:chest-x-ray']);
  });
});

describe('seed kinds of findings that disease vocabularies also name', () => {
  // GUIDE.md keeps arrhythmias, shock, organ damage and metabolic changes as phenotypes; MONDO
  // also holds these names as diseases, and a drug's indications prefer diseases.
  it('reads arrhythmias, shock, nutrition, organ inflammation and side-effect syndromes as phenotypes where a disease reading also exists', async () => {
    const { createLexicon } = await import('../../src/lexicon/create.js');
    const { makeEntry } = await import('../../src/lexicon/model.js');
    const diseases = [
      ['MONDO:0005477', 'ventricular tachycardia'],
      ['MONDO:0800175', 'cardiogenic shock'],
      ['MONDO:0006873', 'malnutrition'],
      ['MONDO:0700048', 'hand-foot syndrome'],
      ['MONDO:0004565', 'intestinal obstruction'],
      ['MONDO:0002251', 'hepatitis'],
      ['MONDO:0005292', 'colitis'],
      ['DOID:10574', 'vitamin D deficiency'],
      ['DOID:6543', 'acne'],
      ['DOID:0050700', 'cardiomyopathy'],
    ].map(([id = '', name = '']) => makeEntry({ id, kind: 'Disease', name, source: 'MONDO' }));
    const lexicon = createLexicon([...(await loadSeedEntries()), ...diseases]);
    const kinds = lexicon
      .findMatches('For ventricular tachycardia; not in cardiogenic shock; malnutrition, hand-foot syndrome and bowel obstruction; hepatitis or colitis; vitamin D deficiency; acne; cardiomyopathy.', { section: 'indications', preferKinds: ['Disease', 'Phenotype'] })
      .map((match) => `${match.kind}:${match.text}`);
    expect(kinds).toEqual(['Phenotype:ventricular tachycardia', 'Phenotype:cardiogenic shock', 'Phenotype:malnutrition', 'Phenotype:hand-foot syndrome', 'Phenotype:bowel obstruction', 'Phenotype:hepatitis', 'Phenotype:colitis', 'Phenotype:vitamin D deficiency', 'Phenotype:acne', 'Phenotype:cardiomyopathy']);
  });
});

describe('seed kinds of structural lesions and disease classes that HPO also names', () => {
  // GUIDE.md: a structural lesion diagnosed for itself (aneurysm, an arteriovenous malformation, an abscess of the brain) is a disease.
  it('reads them as diseases where a sign reading also exists, even in a symptoms section', async () => {
    const { createLexicon } = await import('../../src/lexicon/create.js');
    const { makeEntry } = await import('../../src/lexicon/model.js');
    const signs = [
      ['HP:0002617', 'Aneurysm'],
      ['HP:0030049', 'Brain abscess'],
      ['HP:0002408', 'Cerebral arteriovenous malformation'],
      ['HP:0009071', 'Inflammatory myopathy'],
    ].map(([id = '', name = '']) => makeEntry({ id, kind: 'Phenotype', name, source: 'HPO' }));
    const lexicon = createLexicon([...(await loadSeedEntries()), ...signs]);
    const kinds = lexicon
      .findMatches('An aneurysm, a brain abscess or a cerebral arteriovenous malformation; an inflammatory myopathy.', { section: 'symptoms', preferKinds: ['Phenotype', 'Disease'] })
      .map((match) => `${match.kind}:${match.text}`);
    expect(kinds).toEqual(['Disease:aneurysm', 'Disease:brain abscess', 'Disease:cerebral arteriovenous malformation', 'Disease:inflammatory myopathy']);
  });
});

describe('seed kinds of named lung and lung-vessel diseases that HPO also names', () => {
  // GUIDE.md: a condition named as a diagnosis of its own is a disease; HPO also has these names as signs.
  it('reads pulmonary arterial hypertension and interstitial lung disease as diseases, short forms too', async () => {
    const { createLexicon } = await import('../../src/lexicon/create.js');
    const { makeEntry } = await import('../../src/lexicon/model.js');
    const signs = [
      makeEntry({ id: 'HP:0002092', kind: 'Phenotype', name: 'Pulmonary arterial hypertension', source: 'HPO' }),
      makeEntry({ id: 'HP:0006530', kind: 'Phenotype', name: 'Interstitial pulmonary abnormality', source: 'HPO', synonyms: [{ name: 'interstitial lung disease', scope: 'exact' }] }),
    ];
    const lexicon = createLexicon([...(await loadSeedEntries()), ...signs]);
    const kinds = lexicon
      .findMatches('Bosentan is used for pulmonary arterial hypertension (PAH); nintedanib slows interstitial lung disease.', { section: 'drugs', preferKinds: ['Drug', 'Disease', 'Phenotype'] })
      .filter((match) => match.kind !== 'Drug')
      .map((match) => `${match.kind}:${match.text}`);
    expect(kinds).toEqual(['Disease:pulmonary arterial hypertension', 'Disease:PAH', 'Disease:interstitial lung disease']);
  });
});

describe('seed kind of the bladder inflammation a medicine causes', () => {
  // GUIDE.md: the inflammation of an organ that medicines cause is a phenotype; MONDO holds it as a disease.
  it('reads haemorrhagic cystitis as a phenotype in either spelling', async () => {
    const { createLexicon } = await import('../../src/lexicon/create.js');
    const { makeEntry } = await import('../../src/lexicon/model.js');
    const lexicon = createLexicon([...(await loadSeedEntries()), makeEntry({ id: 'MONDO:0000496', kind: 'Disease', name: 'hemorrhagic cystitis', source: 'MONDO' })]);
    const kinds = lexicon
      .findMatches('Side effects: haemorrhagic cystitis; rarely hemorrhagic cystitis late.', { section: 'side_effects', preferKinds: ['Phenotype', 'Disease'] })
      .map((match) => `${match.kind}:${match.text}`);
    expect(kinds).toEqual(['Phenotype:haemorrhagic cystitis', 'Phenotype:hemorrhagic cystitis']);
  });
});

describe('seed kind of the eye inflammation other diseases cause', () => {
  // GUIDE.md: the inflammation of an organ that medicines or other diseases cause is a phenotype; MONDO also holds uveitis as a disease.
  it('reads uveitis as a phenotype, also where a drug page lists what it treats', async () => {
    const { createLexicon } = await import('../../src/lexicon/create.js');
    const { makeEntry } = await import('../../src/lexicon/model.js');
    const lexicon = createLexicon([...(await loadSeedEntries()), makeEntry({ id: 'MONDO:0020283', kind: 'Disease', name: 'uveitis', source: 'MONDO' })]);
    const kinds = lexicon.findMatches('Uveitis — non-infectious inflammation inside the eye.', { section: 'indications', preferKinds: ['Disease', 'Phenotype'] }).map((match) => `${match.kind}:${match.id}`);
    expect(kinds).toEqual(['Phenotype:HP:0000554']);
  });
});

describe('seed names of gynaecological signs, procedures and radiotherapy inflammation', () => {
  it('finds them in lay words and types radiation proctitis and cystitis as phenotypes', async () => {
    const { createLexicon } = await import('../../src/lexicon/create.js');
    const { makeEntry } = await import('../../src/lexicon/model.js');
    const lexicon = createLexicon([
      ...(await loadSeedEntries()),
      makeEntry({ id: 'MONDO:0019084', kind: 'Disease', name: 'radiation proctitis', source: 'MONDO' }),
      makeEntry({ id: 'MONDO:0004112', kind: 'Disease', name: 'radiation cystitis', source: 'MONDO' }),
    ]);
    const found = (text: string, section: 'symptoms' | 'complications' | 'diagnosis', preferKinds: ('Disease' | 'Phenotype' | 'Test' | 'Procedure')[]) =>
      lexicon.findMatches(text, { section, preferKinds }).map((match) => `${match.kind}:${match.id}`);
    expect(found('Bleeding between periods; pain in the pelvis.', 'symptoms', ['Phenotype', 'Disease'])).toEqual(['Phenotype:HP:0100608', 'Phenotype:medkg:phenotype:pelvic-pain']);
    expect(found('Radiation proctitis and radiation cystitis.', 'complications', ['Disease', 'Phenotype'])).toEqual(['Phenotype:medkg:phenotype:radiation-proctitis', 'Phenotype:medkg:phenotype:radiation-cystitis']);
    expect(found('A dilatation and curettage (D&C) or a lymphadenectomy.', 'diagnosis', ['Test', 'Procedure'])).toEqual([
      'Procedure:medkg:procedure:dilatation-and-curettage',
      'Procedure:medkg:procedure:dilatation-and-curettage',
      'Procedure:medkg:procedure:lymphadenectomy',
    ]);
  });
});

describe('seed names of germs in the blood', () => {
  it('finds bacteraemia, fungaemia and bloodstream infection in either spelling', async () => {
    const { createLexicon } = await import('../../src/lexicon/create.js');
    const lexicon = createLexicon(await loadSeedEntries());
    const ids = lexicon.findMatches('To detect bacteremia or fungaemia; growth usually means a bloodstream infection.', { section: 'test_purpose', preferKinds: ['Disease', 'Test'] }).map((match) => match.id);
    expect(ids).toEqual(['medkg:disease:bacteraemia', 'medkg:disease:fungaemia', 'medkg:disease:bloodstream-infection']);
  });
});

describe('seed kinds of findings Mondo files as diseases', () => {
  // GUIDE.md: hormone changes, an ovary's look on a scan and a clot in a vein are signs or findings, not diagnoses of their own.
  it('reads polycystic ovaries, hyperprolactinaemia and venous thromboembolism as phenotypes', async () => {
    const { createLexicon } = await import('../../src/lexicon/create.js');
    const { makeEntry } = await import('../../src/lexicon/model.js');
    const lexicon = createLexicon([
      ...(await loadSeedEntries()),
      makeEntry({ id: 'MONDO:0008487', kind: 'Disease', name: 'polycystic ovary syndrome', source: 'MONDO', synonyms: [{ name: 'polycystic ovaries', scope: 'exact' }] }),
      makeEntry({ id: 'MONDO:0005804', kind: 'Disease', name: 'hyperprolactinemia', source: 'MONDO' }),
      makeEntry({ id: 'MONDO:0005399', kind: 'Disease', name: 'venous thromboembolism', source: 'MONDO' }),
    ]);
    const kinds = lexicon
      .findMatches('Polycystic ovaries on a scan; hyperprolactinaemia; a blood clot (venous thromboembolism).', { section: 'complications', preferKinds: ['Disease', 'Phenotype'] })
      .map((match) => `${match.kind}:${match.id}`);
    expect(kinds).toEqual(['Phenotype:HP:0000147', 'Phenotype:HP:0000870', 'Phenotype:medkg:phenotype:venous-thromboembolism']);
  });
});

describe('seed kind of a named dementia HPO also lists', () => {
  // GUIDE.md: a named disease is a disease, also when the article lists it under Complications.
  it('reads frontotemporal dementia and FTD as the disease', async () => {
    const { createLexicon } = await import('../../src/lexicon/create.js');
    const { makeEntry } = await import('../../src/lexicon/model.js');
    const lexicon = createLexicon([...(await loadSeedEntries()), makeEntry({ id: 'HP:0002145', kind: 'Phenotype', name: 'Frontotemporal dementia', source: 'HPO' })]);
    expect(lexicon.lookup('Frontotemporal dementia', 'Phenotype')?.entry.id).toBe('MONDO:0017276');
    expect(lexicon.findMatches('Frontotemporal dementia (FTD).', { section: 'complications', preferKinds: ['Phenotype', 'Disease'] }).map((match) => match.id)).toEqual(['MONDO:0017276', 'MONDO:0017276']);
  });
});

describe('seed kinds of acute and chronic pancreatitis', () => {
  // GUIDE.md types pancreatitis, the inflammation of an organ other diseases and medicines cause, as a phenotype; its acute and chronic forms too.
  it('reads them as phenotypes where a section prefers diseases', async () => {
    const { createLexicon } = await import('../../src/lexicon/create.js');
    const { makeEntry } = await import('../../src/lexicon/model.js');
    const lexicon = createLexicon([
      ...(await loadSeedEntries()),
      makeEntry({ id: 'DOID:2913', kind: 'Disease', name: 'acute pancreatitis', source: 'DOID' }),
      makeEntry({ id: 'MONDO:0005003', kind: 'Disease', name: 'chronic pancreatitis', source: 'MONDO' }),
    ]);
    const ids = lexicon.findMatches('To diagnose acute pancreatitis; not a good test for chronic pancreatitis.', { section: 'test_purpose', preferKinds: ['Disease', 'Phenotype'] }).map((match) => `${match.kind}:${match.id}`);
    expect(ids).toEqual(['Phenotype:HP:0001735', 'Phenotype:HP:0006280']);
  });
});

describe('seed names of the tumour-marker tests', () => {
  it('reads alpha-fetoprotein, AFP, beta-hCG and hCG as the tests, not the AFP gene', async () => {
    const { createLexicon } = await import('../../src/lexicon/create.js');
    const { makeEntry } = await import('../../src/lexicon/model.js');
    const lexicon = createLexicon([...(await loadSeedEntries()), makeEntry({ id: 'HGNC:317', kind: 'Gene', name: 'AFP', source: 'HGNC', synonyms: [{ name: 'alpha-fetoprotein', scope: 'exact' }] })]);
    const ids = lexicon
      .findMatches('Tumour markers — alpha-fetoprotein (AFP), beta human chorionic gonadotropin (beta-hCG); the hCG level.', { section: 'diagnosis', preferKinds: ['Test', 'Procedure'] })
      .map((match) => `${match.kind}:${match.id}`);
    expect(ids).toEqual(['Test:LOINC:1834-1', 'Test:LOINC:1834-1', 'Test:LOINC:21198-7', 'Test:LOINC:21198-7', 'Test:LOINC:21198-7']);
  });
});

describe('seed kinds of an artery aneurysm and a clot in the brain veins', () => {
  // GUIDE.md: an aneurysm is a structural lesion diagnosed for itself (a Disease); a clot in the brain's veins is, like a stroke, a finding.
  it('reads pulmonary artery aneurysm as a disease and cerebral venous sinus thrombosis as HPO cerebral venous thrombosis', async () => {
    const { createLexicon } = await import('../../src/lexicon/create.js');
    const { makeEntry } = await import('../../src/lexicon/model.js');
    const lexicon = createLexicon([...(await loadSeedEntries()), makeEntry({ id: 'HP:0004937', kind: 'Phenotype', name: 'Pulmonary artery aneurysm', source: 'HPO' })]);
    const found = lexicon
      .findMatches('Pulmonary artery aneurysm; cerebral venous sinus thrombosis (CVST).', { section: 'symptoms', preferKinds: ['Phenotype', 'Disease'] })
      .map((match) => `${match.kind}:${match.id}`);
    expect(found).toEqual(['Disease:medkg:disease:pulmonary-artery-aneurysm', 'Phenotype:HP:0005305', 'Phenotype:HP:0005305']);
  });
});

describe('seed names of autoimmune antibody tests and a lung volume', () => {
  it('reads antinuclear antibodies, rheumatoid factor, anti-CCP and FVC as tests, not as HPO findings', async () => {
    const { createLexicon } = await import('../../src/lexicon/create.js');
    const { makeEntry } = await import('../../src/lexicon/model.js');
    const lexicon = createLexicon([
      ...(await loadSeedEntries()),
      makeEntry({ id: 'HP:0003493', kind: 'Phenotype', name: 'Antinuclear antibody positivity', source: 'HPO', synonyms: [{ name: 'antinuclear antibodies', scope: 'exact' }] }),
    ]);
    const found = lexicon
      .findMatches('Autoimmune antibody tests (antinuclear antibodies, ANA; rheumatoid factor; anti-CCP); the forced vital capacity (FVC).', { section: 'diagnosis', preferKinds: ['Test', 'Procedure'] })
      .map((match) => match.id);
    expect(found).toEqual(['LOINC:8061-4', 'LOINC:8061-4', 'LOINC:11572-5', 'LOINC:33935-8', 'medkg:test:forced-vital-capacity', 'medkg:test:forced-vital-capacity']);
  });
});

describe('seed names of a man\'s self-check, a sterilising operation and prenatal sampling', () => {
  it('finds testicular self-examination as a test and vasectomy as a procedure', async () => {
    const { createLexicon } = await import('../../src/lexicon/create.js');
    const lexicon = createLexicon(await loadSeedEntries());
    const found = lexicon.findMatches('Testicular self-examination helps find a lump early; a vasectomy does not cause cancer.', { section: 'prevention' }).map((match) => `${match.kind}:${match.id}`);
    expect(found).toEqual(['Test:medkg:test:testicular-self-examination', 'Procedure:medkg:procedure:vasectomy']);
  });

  it('finds the prenatal sampling procedures', async () => {
    const { createLexicon } = await import('../../src/lexicon/create.js');
    const lexicon = createLexicon(await loadSeedEntries());
    const found = lexicon.findMatches('A sample is taken by chorionic villus sampling or amniocentesis.', { section: 'prevention' }).map((match) => match.id);
    expect(found).toEqual(['medkg:procedure:chorionic-villus-sampling', 'medkg:procedure:amniocentesis']);
  });
});

describe('seed kinds of a platelet-count change and inflamed lips', () => {
  // GUIDE.md: blood-count changes and the inflammation of a part are findings (phenotypes).
  it('reads thrombocytosis and cheilitis as HPO phenotypes where Mondo also lists them', async () => {
    const { createLexicon } = await import('../../src/lexicon/create.js');
    const { makeEntry } = await import('../../src/lexicon/model.js');
    const lexicon = createLexicon([
      ...(await loadSeedEntries()),
      makeEntry({ id: 'MONDO:0002249', kind: 'Disease', name: 'thrombocytosis disease', source: 'MONDO', synonyms: [{ name: 'thrombocytosis', scope: 'exact' }] }),
      makeEntry({ id: 'MONDO:0002102', kind: 'Disease', name: 'cheilitis', source: 'MONDO' }),
    ]);
    const found = lexicon.findMatches('A very high platelet count (thrombocytosis); cracked lips (cheilitis).', { section: 'complications', preferKinds: ['Disease', 'Phenotype'] }).map((match) => match.id);
    expect(found).toEqual(['HP:0001894', 'HP:0001894', 'HP:0100825']);
  });
});

describe('seed lay names of two cancers', () => {
  it('reads "bowel cancer" as colorectal cancer and "cancer of the pancreas" as pancreatic cancer', async () => {
    const { createLexicon } = await import('../../src/lexicon/create.js');
    const lexicon = createLexicon(await loadSeedEntries());
    const found = lexicon.findMatches('It is a medicine for bowel cancer; rarely, yellowing comes from cancer of the pancreas.', { section: 'drugs' }).map((match) => match.id);
    expect(found).toEqual(['MONDO:0005575', 'DOID:1793']);
  });
});

describe('seed lay names of a blocked bile duct and of newborn jaundice', () => {
  it('reads "blocked bile duct" as HPO extrahepatic cholestasis, a finding', async () => {
    const { createLexicon } = await import('../../src/lexicon/create.js');
    const lexicon = createLexicon(await loadSeedEntries());
    const found = lexicon.findMatches('To look for a blocked bile duct, for example from gallstones.', { section: 'test_purpose' }).map((match) => `${match.kind}:${match.id}`);
    expect(found).toContain('Phenotype:HP:0012334');
  });

  it('reads "newborn jaundice" as HPO neonatal hyperbilirubinemia', async () => {
    const { createLexicon } = await import('../../src/lexicon/create.js');
    const lexicon = createLexicon(await loadSeedEntries());
    const found = lexicon.findMatches('To monitor newborn jaundice in the first days of life.', { section: 'test_purpose' }).map((match) => `${match.kind}:${match.id}`);
    expect(found).toEqual(['Phenotype:HP:0003265']);
  });
});

describe('seed kind of a narrowed heart valve', () => {
  it('reads aortic valve stenosis as a disease, also where a finding is preferred', async () => {
    const { createLexicon } = await import('../../src/lexicon/create.js');
    const lexicon = createLexicon(await loadSeedEntries());
    expect(lexicon.lookup('aortic stenosis', 'Phenotype')?.entry.id).toBe('DOID:1712');
    expect(lexicon.lookup('aortic valve stenosis', 'Phenotype')?.entry.kind).toBe('Disease');
  });
});
