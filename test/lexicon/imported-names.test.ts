// Rules that keep the standard vocabularies from finding names where the text has none: a name
// never runs over a sentence or line break, imported names written in capitals (or with inner
// capitals) match only as written, obsolete terms and HPO's non-phenotype branches are never
// looked for, and our seed's kind for a name beats a section's preference. Entries are real
// (ids and names as in /work/shared/data/vocab), built the way an import builds them.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { VocabEntry } from '../../src/domain/vocabulary.js';
import { crossesBreak } from '../../src/lexicon/context.js';
import { createLexicon, createLexiconPair } from '../../src/lexicon/create.js';
import { SEED_SOURCE } from '../../src/lexicon/merge.js';
import { makeEntry } from '../../src/lexicon/model.js';
import { loadSssom } from '../../src/lexicon/loaders/sssom.js';

const IMPORTED: VocabEntry[] = [
  makeEntry({ id: 'MONDO:0004822', kind: 'Disease', name: 'bronchiectasis', source: 'MONDO' }),
  makeEntry({ id: 'MONDO:0013112', kind: 'Disease', name: 'bronchiectasis with or without elevated sweat chloride 3', source: 'MONDO', synonyms: [{ name: 'bronchiectasis 3', scope: 'exact' }] }),
  makeEntry({ id: 'DRUGBANK:DB14972', kind: 'Drug', name: 'Methamidophos', source: 'DrugBank', synonyms: [{ name: 'MONITOR', scope: 'exact' }] }),
  makeEntry({ id: 'DRUGBANK:DB00118', kind: 'Drug', name: 'Ademetionine', source: 'DrugBank', synonyms: [{ name: 'SAMe', scope: 'exact' }] }),
  makeEntry({ id: 'MONDO:0021200', kind: 'Disease', name: 'obsolete rare disease', source: 'MONDO', synonyms: [{ name: 'Rare Disorder', scope: 'exact' }] }),
  makeEntry({ id: 'HP:0000118', kind: 'Phenotype', name: 'Phenotypic abnormality', source: 'HPO', parents: ['HP:0000001'] }),
  makeEntry({ id: 'HP:0012823', kind: 'Phenotype', name: 'Clinical modifier', source: 'HPO', parents: ['HP:0000001'] }),
  makeEntry({ id: 'HP:0012824', kind: 'Phenotype', name: 'Severity', source: 'HPO', parents: ['HP:0012823'], synonyms: [{ name: 'Intensity', scope: 'exact' }] }),
  makeEntry({ id: 'HP:0012826', kind: 'Phenotype', name: 'Moderate', source: 'HPO', parents: ['HP:0012824'] }),
  makeEntry({ id: 'HP:0001877', kind: 'Phenotype', name: 'Abnormality of erythrocytes', source: 'HPO', parents: ['HP:0000118'] }),
  makeEntry({ id: 'HP:0001903', kind: 'Phenotype', name: 'Anemia', source: 'HPO', parents: ['HP:0001877'], synonyms: [{ name: 'Anaemia', scope: 'exact' }] }),
  makeEntry({ id: 'MONDO:0005298', kind: 'Disease', name: 'osteoporosis', source: 'MONDO' }),
  makeEntry({ id: 'DRUGBANK:DB01323', kind: 'Drug', name: "St. John's Wort", source: 'DrugBank' }),
  makeEntry({ id: 'GARD:0015324', kind: 'Disease', name: 'Fanconi anemia, complementation group e', source: 'GARD', synonyms: [{ name: 'Face', scope: 'exact' }] }),
  makeEntry({ id: 'HGNC:6547', kind: 'Gene', name: 'LDLR', source: 'HGNC', synonyms: [{ name: 'low density lipoprotein receptor', scope: 'exact' }, { name: 'familial hypercholesterolemia', scope: 'related' }] }),
  makeEntry({ id: 'HGNC:4296', kind: 'Gene', name: 'GLA', source: 'HGNC' }),
  makeEntry({ id: 'GARD:0019961', kind: 'Disease', name: 'Diffuse lymphatic malformation', source: 'GARD', synonyms: [{ name: 'GLA', scope: 'exact' }] }),
  makeEntry({ id: 'DOID:1825', kind: 'Disease', name: 'childhood absence epilepsy', source: 'DO', synonyms: [{ name: 'absence seizure', scope: 'related' }, { name: 'pyknolepsy', scope: 'exact' }] }),
  makeEntry({ id: 'HP:0002121', kind: 'Phenotype', name: 'Absence seizures', source: 'HPO', parents: ['HP:0000118'] }),
  makeEntry({ id: 'HP:0030153', kind: 'Phenotype', name: 'Cholangiocarcinoma', source: 'HPO', parents: ['HP:0000118'] }),
  makeEntry({ id: 'MONDO:0019087', kind: 'Disease', name: 'cholangiocarcinoma', source: 'MONDO' }),
  makeEntry({ id: 'HGNC:12841', kind: 'Gene', name: 'YES1', source: 'HGNC', synonyms: [{ name: 'Yes', scope: 'alias_symbol' }, { name: 'c-yes', scope: 'alias_symbol' }] }),
];

const SEED: VocabEntry[] = [makeEntry({ id: 'HP:0000939', kind: 'Phenotype', name: 'osteoporosis', source: SEED_SOURCE })];

const lexicon = createLexicon([...IMPORTED, ...SEED]);
const found = (text: string, section?: Parameters<typeof lexicon.findMatches>[1]): string[] => lexicon.findMatches(text, section).map((match) => `${match.text}=${match.id}`);

describe('names found across a break', () => {
  it('never joins the last word of a line with the number that opens the next one', () => {
    expect(found('Chest X-ray — shows mucus plugging and bronchiectasis.\n3. Wheezing and shortness of breath.')).toEqual(['bronchiectasis=MONDO:0004822']);
    expect(found('The scan showed bronchiectasis 3 years later.')).toEqual(['bronchiectasis 3=MONDO:0013112']);
  });

  it('stops at ; ! ? and at a period or colon followed by space, but not after a short abbreviation', () => {
    expect(crossesBreak('bronchiectasis; 3', 0, 17)).toBe(true);
    expect(crossesBreak('bronchiectasis: 3', 0, 17)).toBe(true);
    expect(crossesBreak('bronchiectasis. 3', 0, 17)).toBe(true);
    expect(crossesBreak("St. John's wort", 0, 15)).toBe(false);
    expect(found("Herbal remedies such as St. John's wort interact.")).toEqual(["St. John's wort=DRUGBANK:DB01323"]);
  });

  it('never runs into or out of a bracketed aside, but keeps brackets inside a word', () => {
    expect(crossesBreak('shaky hands (tremor)', 6, 19)).toBe(true);
    expect(crossesBreak('(tremor) hands', 1, 14)).toBe(true);
    expect(crossesBreak('lipoprotein(a) level', 0, 14)).toBe(false);
  });

  it('gives the same matches with the fast and the reference finder', () => {
    const pair = createLexiconPair([...IMPORTED, ...SEED]);
    const text = 'Bronchiectasis.\n3. Wheezing; bronchiectasis 3 — MONITOR the same SAMe dose. Moderate anaemia.';
    expect(pair.fast.findMatches(text)).toEqual(pair.reference.findMatches(text));
  });
});

describe('imported names in capitals', () => {
  it('matches an imported name written in capitals only when the text writes it so', () => {
    expect(found('TSH is checked to monitor levothyroxine treatment.')).toEqual([]);
    expect(found('The label reads MONITOR.')).toEqual(['MONITOR=DRUGBANK:DB14972']);
  });

  it('matches a name with a capital inside it only in its own case', () => {
    expect(found('other enzyme replacement products with the same aim')).toEqual([]);
    expect(found('some people take SAMe for their liver')).toEqual(['SAMe=DRUGBANK:DB00118']);
  });
});

describe('imported synonyms that are acronyms or other things', () => {
  it('matches a short one-word imported synonym only in its own case', () => {
    expect(found('Lentigo maligna melanoma — on sun-damaged skin of the face.')).toEqual([]);
  });

  it("never reads a gene's related full names (the diseases HGNC lists for it) as the gene", () => {
    expect(found('Familial hypercholesterolemia is inherited.')).toEqual([]);
    expect(found('the low density lipoprotein receptor')).toEqual(['low density lipoprotein receptor=HGNC:6547']);
  });

  it('reads a gene alias written as a capitalised word ("Yes") only where the text says it is a gene', () => {
    expect(found('Can a high result be wrong? Yes. If the sample was not kept on ice, ammonia keeps forming.')).toEqual([]);
    expect(found('Yes variants were found', { section: 'genetics', preferKinds: ['Gene'] })).toEqual(['Yes=HGNC:12841']);
    expect(found('the YES1 gene')).toEqual(['YES1=HGNC:12841']);
  });

  it('reads "X variants" and "X mutations" as gene context', () => {
    expect(found('people with certain GLA variants', { section: 'drugs', preferKinds: ['Drug'] })).toEqual(['GLA=HGNC:4296']);
    expect(found('GLA mutations are found in every family')).toEqual(['GLA=HGNC:4296']);
  });
});

describe('entries never looked for in text', () => {
  it('skips terms labelled obsolete', () => {
    expect(found('It is a rare disorder of the bones.')).toEqual([]);
    expect(lexicon.entry('MONDO:0021200')?.name).toBe('obsolete rare disease');
  });

  it('skips HPO terms outside Phenotypic abnormality, keeps those under it', () => {
    expect(found('Moderate anaemia of varying severity.')).toEqual(['anaemia=HP:0001903']);
  });

  it('keeps an HPO term whose parents are unknown (hp.obo not imported)', () => {
    const bare = createLexicon([makeEntry({ id: 'HP:0012826', kind: 'Phenotype', name: 'Moderate', source: 'HPO' })]);
    expect(bare.findMatches('Moderate').map((match) => match.id)).toEqual(['HP:0012826']);
  });

  it('never skips a seed entry', () => {
    const seeded = createLexicon([makeEntry({ id: 'MONDO:0021200', kind: 'Disease', name: 'obsolete rare disease', source: SEED_SOURCE })]);
    expect(seeded.findMatches('an obsolete rare disease').map((match) => match.id)).toEqual(['MONDO:0021200']);
  });
});

describe('live terms of another vocabulary that Mondo made obsolete', () => {
  const rows = [
    'subject_id\tsubject_label\tpredicate_id\tobject_id\tobject_label',
    'MONDO:0041161\tobsolete endometrial hyperplasia\tskos:exactMatch\tDOID:0080365\tendometrial hyperplasia',
    'MONDO:0002125\tobsolete status epilepticus\tskos:exactMatch\tDOID:1824\tstatus epilepticus',
    'MONDO:0011962\tendometrial cancer\tskos:exactMatch\tDOID:1380\tendometrial cancer',
  ];

  it('are not absorbed by the obsolete Mondo term, while a live one still absorbs its equivalent', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'medkg-sssom-')), 'mondo.sssom.tsv');
    writeFileSync(path, `${rows.join('\n')}\n`);
    const replaces = new Map<string, readonly string[]>();
    for await (const record of loadSssom(path)) replaces.set(record.entry.id, record.entry.replaces);
    expect(Object.fromEntries(replaces)).toEqual({ 'MONDO:0041161': [], 'MONDO:0002125': [], 'MONDO:0011962': ['DOID:1380'] });
  });

  it('are found in text unless HPO has a phenotype of the same name', () => {
    const lexicon = createLexicon([
      makeEntry({ id: 'MONDO:0041161', kind: 'Disease', name: 'obsolete endometrial hyperplasia', source: 'MONDO', synonyms: [{ name: 'endometrial hyperplasia', scope: 'exact' }], xrefs: ['DOID:0080365'] }),
      makeEntry({ id: 'MONDO:0002125', kind: 'Disease', name: 'obsolete status epilepticus', source: 'MONDO', synonyms: [{ name: 'status epilepticus', scope: 'exact' }], xrefs: ['DOID:1824'] }),
      makeEntry({ id: 'DOID:0080365', kind: 'Disease', name: 'endometrial hyperplasia', source: 'DOID' }),
      makeEntry({ id: 'DOID:1824', kind: 'Disease', name: 'status epilepticus', source: 'DOID' }),
      makeEntry({ id: 'HP:0002133', kind: 'Phenotype', name: 'Status epilepticus', source: 'HPO' }),
    ]);
    expect(lexicon.findMatches('Endometrial hyperplasia; a burst of seizures (status epilepticus).').map((match) => match.id)).toEqual(['DOID:0080365', 'HP:0002133']);
  });
});

describe('a cancer HPO also files as a finding', () => {
  it('is read as the disease where a section prefers findings', () => {
    expect(found('Cholangiocarcinoma — about 10 in 100 people develop it.', { section: 'complications', preferKinds: ['Phenotype', 'Disease'] })).toEqual(['Cholangiocarcinoma=MONDO:0019087']);
  });
});

describe("a section's preferred kind held only by a loose synonym", () => {
  it("gives way to another kind's own name, and still decides between names of equal standing", () => {
    expect(found('It works for absence seizures.', { section: 'indications', preferKinds: ['Disease'] })).toEqual(['absence seizures=HP:0002121']);
    expect(found('It works for pyknolepsy.', { section: 'indications', preferKinds: ['Disease'] })).toEqual(['pyknolepsy=DOID:1825']);
  });
});

describe('kind of a name both the seed and an import hold', () => {
  it('takes the seed kind over the kind a section prefers', () => {
    const [match] = lexicon.findMatches('Osteoporosis and fractures', { section: 'complications', preferKinds: ['Disease', 'Phenotype'] });
    expect(match).toMatchObject({ id: 'HP:0000939', kind: 'Phenotype' });
  });

  it("takes the kind of the seed entry named so over another seed entry's imported synonym", () => {
    const anxiety = createLexicon([
      makeEntry({ id: 'MONDO:0011918', kind: 'Disease', name: 'anxiety', source: 'MONDO' }),
      makeEntry({ id: 'MONDO:0005618', kind: 'Disease', name: 'anxiety disorder', source: 'MONDO', synonyms: [{ name: 'anxiety', scope: 'exact' }] }),
      makeEntry({ id: 'MONDO:0005618', kind: 'Disease', name: 'anxiety disorder', source: SEED_SOURCE }),
      makeEntry({ id: 'HP:0000739', kind: 'Phenotype', name: 'anxiety', source: SEED_SOURCE }),
    ]);
    const [match] = anxiety.findMatches('Depression and anxiety.', { section: 'complications', preferKinds: ['Disease', 'Phenotype'] });
    expect(match).toMatchObject({ id: 'HP:0000739', kind: 'Phenotype' });
  });

  it('still lets the section decide between imported entries of two kinds', () => {
    const imported = createLexicon(IMPORTED.concat(makeEntry({ id: 'HP:0000939', kind: 'Phenotype', name: 'Osteoporosis', source: 'HPO', parents: ['HP:0000118'] })));
    expect(imported.findMatches('osteoporosis', { section: 'complications', preferKinds: ['Disease', 'Phenotype'] })[0]?.kind).toBe('Disease');
    expect(imported.findMatches('osteoporosis', { section: 'symptoms', preferKinds: ['Phenotype'] })[0]?.kind).toBe('Phenotype');
  });
});

describe('units and everyday words among imported synonyms', () => {
  const units = createLexicon([
    makeEntry({ id: 'DRUGBANK:DB14513', kind: 'Drug', name: 'Magnesium', source: 'DrugBank', synonyms: [{ name: 'Mg', scope: 'exact' }] }),
    makeEntry({ id: 'GARD:0021065', kind: 'Disease', name: 'Intermediate uveitis', source: 'GARD', synonyms: [{ name: 'IU', scope: 'exact' }] }),
    makeEntry({ id: 'DRUGBANK:DB19031', kind: 'Drug', name: 'Azafenidin', source: 'DrugBank', synonyms: [{ name: 'Milestone', scope: 'exact' }] }),
  ]);
  const ids = (text: string) => units.findMatches(text).map((match) => match.id);

  it('reads a unit after a number as no name', () => {
    expect(ids('The dose is 20 mg once daily, at most 60 mg/kg, or 1000 IU a day.')).toEqual([]);
    expect(ids('Patients with IU need eye checks.')).toEqual(['GARD:0021065']);
  });

  it('never reads "milestones" as a herbicide brand', () => {
    expect(ids('checks tone, reflexes, startle and milestones')).toEqual([]);
  });
});
