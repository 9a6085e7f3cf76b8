import { beforeAll, describe, expect, it } from 'vitest';
import type { VocabEntry } from '../../src/domain/vocabulary.js';
import type { MedkgLexicon } from '../../src/lexicon/create.js';
import { createLexicon } from '../../src/lexicon/create.js';
import { openVocabulary } from '../../src/lexicon/formats.js';
import { SEED_SOURCE } from '../../src/lexicon/merge.js';
import { makeEntry } from '../../src/lexicon/model.js';
import { fixture } from './support.js';

const FILES = ['hgnc-sample.tsv', 'hp-sample.obo', 'doid-sample.obo', 'mondo-sample.sssom.tsv', 'drugbank-sample.csv', 'gard-sample.csv', 'loinc-sample.csv'];

/** Entries as a seed or editor list would give them; ids checked against the shared files. */
const EXTRA: VocabEntry[] = [
  makeEntry({ id: 'MONDO:0020645', kind: 'Disease', name: 'autosomal dominant osteopetrosis', source: SEED_SOURCE, synonyms: [{ name: 'ADO', scope: 'abbreviation' }] }),
  makeEntry({ id: 'MONDO:0002280', kind: 'Disease', name: 'anemia', source: 'MONDO' }),
  makeEntry({ id: 'MONDO:0005011', kind: 'Disease', name: 'Crohn disease', source: 'MONDO', synonyms: [{ name: 'CD', scope: 'abbreviation' }] }),
  makeEntry({ id: 'LOINC:17861-6', kind: 'Test', name: 'Calcium [Mass/volume] in Serum or Plasma', source: 'LOINC', synonyms: [{ name: 'calcium', scope: 'related' }] }),
  makeEntry({ id: 'medkg:test:visual-evoked-potential', kind: 'Test', name: 'visual evoked potential', source: SEED_SOURCE, synonyms: [{ name: 'VEP', scope: 'abbreviation' }] }),
  makeEntry({ id: 'DRUGBANK:DB00033', kind: 'Drug', name: 'interferon gamma-1b', source: SEED_SOURCE, synonyms: [{ name: 'ACTIMMUNE', scope: 'brand' }] }),
  makeEntry({ id: 'HP:0002719', kind: 'Phenotype', name: 'recurrent infections', source: SEED_SOURCE, synonyms: [{ name: 'infections', scope: 'exact' }] }),
  makeEntry({ id: 'medkg:disease:infection', kind: 'Disease', name: 'infection', source: SEED_SOURCE }),
];

let lexicon: MedkgLexicon;

beforeAll(async () => {
  const entries: VocabEntry[] = [];
  for (const file of FILES) {
    for await (const record of (await openVocabulary(fixture(file))).records) if (record.mode !== 'patch') entries.push(record.entry);
  }
  lexicon = createLexicon([...entries, ...EXTRA]);
});

function ids(text: string, section?: Parameters<MedkgLexicon['findMatches']>[1]): string[] {
  return lexicon.findMatches(text, section).map((match) => match.id);
}

describe('findMatches', () => {
  it('maps offsets back to the original text, through Greek letters and trade marks', () => {
    const text = 'Treatment: interferon-γ1b (ACTIMMUNE®) three times a week.';
    const matches = lexicon.findMatches(text);
    expect(matches.map((match) => [match.id, match.text])).toEqual([
      ['DRUGBANK:DB00033', 'interferon-γ1b'],
      ['DRUGBANK:DB00033', 'ACTIMMUNE'],
    ]);
    expect(text.slice(matches[0]?.start, matches[0]?.end)).toBe('interferon-γ1b');
  });

  it('prefers the longest name and respects word boundaries', () => {
    const matches = lexicon.findMatches('Autosomal dominant osteopetrosis is milder; osteopetrosisX is not a word.');
    expect(matches.map((match) => match.text)).toEqual(['Autosomal dominant osteopetrosis']);
  });

  it('merges a DOID term into its one-to-one Mondo equivalent and resolves the old id', () => {
    const [match] = lexicon.findMatches('signs of marble bone in X-rays');
    expect(match?.id).toBe('MONDO:0017198');
    expect(lexicon.entry('DOID:13533')?.id).toBe('MONDO:0017198');
    expect(lexicon.entry('DOID:0080091')?.id).toBe('DOID:0080094');
  });

  it('matches a short capitals symbol only in its own case', () => {
    expect(ids('A CBC-like VEP test')).toEqual(['medkg:test:visual-evoked-potential']);
    expect(ids('the vep was normal')).toEqual([]);
  });

  it('keeps gene symbols that are English words from matching in lower or title case', () => {
    expect(ids('Protein synthesis in the ncl region; Cd4 counts; acd')).toEqual([]);
    expect(ids('Variants in NCL and CD4 were found.')).toEqual(['HGNC:7667', 'HGNC:1678']);
  });

  it('reads RANK only in capitals (an alias of TNFRSF11A), never the word rank', () => {
    expect(ids('They rank the results.')).toEqual([]);
    expect(ids('RANK signalling in osteoclasts')).toEqual(['HGNC:11908']);
  });

  it('never resolves an alias shared by several genes without gene context', () => {
    expect(ids('CAP was measured.')).toEqual([]);
    const [match] = lexicon.findMatches('mutations in the CAP gene');
    expect(match).toMatchObject({ ambiguous: true });
    expect(match?.candidates.map((candidate) => candidate.id).sort()).toEqual(['HGNC:13575', 'HGNC:14565']);
  });

  it('lets the curated seed decide "ADO" (the disease) unless the text says gene', () => {
    expect(lexicon.findMatches('Children with ADO have fractures.')[0]).toMatchObject({ id: 'MONDO:0020645', ambiguous: false });
    expect(lexicon.findMatches('the ADO gene encodes an enzyme')[0]).toMatchObject({ id: 'HGNC:23506', kind: 'Gene' });
  });

  it('resolves a name shared by kinds with the section ("anemia": symptom vs disease)', () => {
    expect(lexicon.findMatches('Anaemia is common.', { section: 'symptoms' })[0]).toMatchObject({ id: 'HP:0001903', kind: 'Phenotype', ambiguous: false });
    expect(lexicon.findMatches('Anaemia is common.', { section: 'definition' })[0]).toMatchObject({ id: 'MONDO:0002280', ambiguous: false });
    const guess = lexicon.findMatches('Anaemia is common.')[0];
    expect(guess).toMatchObject({ id: 'MONDO:0002280', ambiguous: true });
    expect(guess?.candidates.map((candidate) => candidate.kind).sort()).toEqual(['Disease', 'Phenotype']);
  });

  it('never matches a tumour grade on its own ("High-grade serous carcinoma")', () => {
    const grade = createLexicon([makeEntry({ id: 'MONDO:0024497', kind: 'Disease', name: 'high grade', source: 'MONDO' })]);
    expect(grade.findMatches('High-grade serous carcinoma', { section: 'types' })).toEqual([]);
  });

  it('never reads "the run" of a sentence as the slang "the runs" (diarrhoea)', () => {
    const runs = createLexicon([makeEntry({ id: 'SYMP:0000570', kind: 'Phenotype', name: 'diarrhea', source: 'SYMP', synonyms: [{ name: 'the runs', scope: 'exact' }] })]);
    expect(runs.findMatches('The longer the run, the earlier the disease starts.', { section: 'causes' })).toEqual([]);
    expect(runs.findMatches('Diarrhea after meals.', { section: 'symptoms' }).map((match) => match.id)).toEqual(['SYMP:0000570']);
  });

  it('matches an everyday word ("calcium") only where the section prefers its kind', () => {
    expect(ids('Eat foods rich in calcium.')).toEqual([]);
    expect(ids('Calcium supplements', { section: 'drugs' })).toEqual(['DRUGBANK:DB01373']);
    expect(ids('Blood calcium level', { section: 'diagnosis' })).toEqual(['LOINC:17861-6']);
  });

  it('matches a stop-listed everyday word our seed names ("infections") only as written, where the section lists its kind', () => {
    expect(ids('Side effects: low blood counts, infections and nausea.', { section: 'side_effects', preferKinds: ['Phenotype', 'Disease'] })).toContain('HP:0002719');
    expect(ids('Antibiotics treat infections.', { section: 'drugs', preferKinds: ['Drug', 'Phenotype'] })).not.toContain('HP:0002719');
    expect(ids('An infection of the kidney.', { section: 'side_effects', preferKinds: ['Phenotype', 'Disease'] })).toEqual([]);
    expect(ids('Infection in the kidneys may spread.', { section: 'complications', preferKinds: ['Disease', 'Phenotype'] })).toEqual([]);
  });

  it('matches "CD" only in capitals', () => {
    expect(ids('Patients with CD need', { section: 'definition' })).toEqual(['MONDO:0005011']);
    expect(ids('put the cd away')).toEqual([]);
  });

  it("prefers a primary source's exact synonym to a secondary source's label", () => {
    const seizures = createLexicon([
      makeEntry({ id: 'SYMP:0000270', kind: 'Phenotype', name: 'simple partial seizure', source: 'SYMP' }),
      makeEntry({ id: 'HP:0002349', kind: 'Phenotype', name: 'Focal seizures without impairment of consciousness or awareness', source: 'HPO', synonyms: [{ name: 'Simple partial seizures', scope: 'exact' }] }),
      makeEntry({ id: 'DOID:1826', kind: 'Disease', name: 'epilepsy', source: 'DO' }),
      makeEntry({ id: 'MONDO:0005027', kind: 'Disease', name: 'epilepsy syndrome', source: 'MONDO', synonyms: [{ name: 'epilepsy', scope: 'exact' }] }),
    ]);
    expect(seizures.findMatches('simple partial seizures').map((match) => match.id)).toEqual(['HP:0002349']);
    // A Disease Ontology label still beats a Mondo exact synonym: only labels of SYMP, Orphanet, GARD lose.
    expect(seizures.findMatches('epilepsy').map((match) => match.id)).toEqual(['DOID:1826']);
  });

  it('never ends a name inside a number ("reflux 7.5%" in a sign table is not "reflux 7")', () => {
    const reflux = createLexicon([
      makeEntry({ id: 'MONDO:0006007', kind: 'Disease', name: 'vesicoureteral reflux', source: 'MONDO' }),
      makeEntry({ id: 'MONDO:0014161', kind: 'Disease', name: 'vesicoureteral reflux 7', source: 'MONDO' }),
    ]);
    expect(reflux.findMatches('Vesicoureteral reflux 7.5% of patients').map((match) => match.id)).toEqual(['MONDO:0006007']);
    expect(reflux.findMatches('Vesicoureteral reflux 7, 3 families').map((match) => match.id)).toEqual(['MONDO:0014161']);
  });

  it('finds a "<X> loss" finding written "loss of <X>"', () => {
    const losses = createLexicon([
      makeEntry({ id: 'HP:0001596', kind: 'Phenotype', name: 'Alopecia', source: 'HPO', synonyms: [{ name: 'hair loss', scope: 'exact' }] }),
      makeEntry({ id: 'MONDO:0005365', kind: 'Disease', name: 'hearing loss disorder', source: 'MONDO', synonyms: [{ name: 'hearing loss', scope: 'exact' }] }),
    ]);
    expect(losses.findMatches('thin skin, loss of hair and loss of hearing').map((match) => `${match.text}=${match.id}`)).toEqual(['loss of hair=HP:0001596']);
  });

  it('never reads a list as a name of two alternatives, but keeps names across coordinate adjectives', () => {
    const names = createLexicon([
      makeEntry({ id: 'GARD:0007743', kind: 'Disease', name: 'Stevens-Johnson syndrome/toxic epidermal necrolysis spectrum', source: 'GARD', synonyms: [{ name: 'SJS-TEN', scope: 'exact' }] }),
      makeEntry({ id: 'MONDO:0018229', kind: 'Disease', name: 'Stevens-Johnson syndrome', source: 'MONDO', synonyms: [{ name: 'SJS', scope: 'abbreviation' }] }),
      makeEntry({ id: 'HP:0001166', kind: 'Phenotype', name: 'Arachnodactyly', source: 'HPO', synonyms: [{ name: 'Long slender fingers', scope: 'exact' }] }),
    ]);
    expect(names.findMatches('anyone who has had SJS, TEN or DRESS').map((match) => match.id)).toEqual(['MONDO:0018229']);
    expect(names.findMatches('It can follow SJS-TEN.').map((match) => match.id)).toEqual(['GARD:0007743']);
    expect(names.findMatches('Long, slender fingers').map((match) => match.id)).toEqual(['HP:0001166']);
  });

  it('finds a "high …" finding written "raised …" or "elevated …"', () => {
    const raised = createLexicon([
      makeEntry({ id: 'HP:0000822', kind: 'Phenotype', name: 'Hypertension', source: 'HPO', synonyms: [{ name: 'High blood pressure', scope: 'layperson' }] }),
      makeEntry({ id: 'HP:0002910', kind: 'Phenotype', name: 'Elevated hepatic transaminases', source: 'HPO', synonyms: [{ name: 'High liver enzymes', scope: 'layperson' }] }),
    ]);
    expect(raised.findMatches('raised blood pressure and elevated liver enzymes').map((match) => match.id)).toEqual(['HP:0000822', 'HP:0002910']);
  });

  it('finds "difficulty …" written "problems …" or "trouble …"', () => {
    const walking = createLexicon([makeEntry({ id: 'HP:0002355', kind: 'Phenotype', name: 'Difficulty walking', source: 'HPO' })]);
    expect(walking.findMatches('They have problems walking and trouble walking.').map((match) => match.id)).toEqual(['HP:0002355', 'HP:0002355']);
  });

  it('finds "difficulty <doing>" written "<doing> problems" or "<doing> difficulties"', () => {
    const swallowing = createLexicon([makeEntry({ id: 'HP:0002015', kind: 'Phenotype', name: 'Dysphagia', source: 'HPO', synonyms: [{ name: 'Difficulty swallowing', scope: 'exact' }] })]);
    expect(swallowing.findMatches('Swallowing problems and swallowing difficulties.').map((match) => match.id)).toEqual(['HP:0002015', 'HP:0002015']);
  });

  it('finds "<part> swelling" written "swollen <parts>", and the like', () => {
    const parts = createLexicon([
      makeEntry({ id: 'HP:0001386', kind: 'Phenotype', name: 'Joint swelling', source: 'HPO' }),
      makeEntry({ id: 'HP:0001324', kind: 'Phenotype', name: 'Muscle weakness', source: 'HPO' }),
    ]);
    expect(parts.findMatches('swollen joints and weak muscles').map((match) => match.id)).toEqual(['HP:0001386', 'HP:0001324']);
  });

  it('finds "hair thinning" written "thinning hair"', () => {
    const hair = createLexicon([makeEntry({ id: 'HP:0001596', kind: 'Phenotype', name: 'Alopecia', source: 'HPO', synonyms: [{ name: 'Hair thinning', scope: 'exact' }] })]);
    expect(hair.findMatches('weight gain, thinning hair and loose stools').map((match) => match.id)).toEqual(['HP:0001596']);
  });

  it('does not depend on the order of the input entries', () => {
    const reversed = createLexicon([...lexicon.entries()].reverse());
    expect(reversed.version).toBe(lexicon.version);
    expect(reversed.findMatches('Anaemia and ADO').map((match) => match.id)).toEqual(lexicon.findMatches('Anaemia and ADO').map((match) => match.id));
  });
});

describe('lookup and entry', () => {
  it('looks a head phrase up, with or without its parenthesis', () => {
    expect(lexicon.lookup('Visual evoked potential (VEP)')?.entry.id).toBe('medkg:test:visual-evoked-potential');
    expect(lexicon.lookup('Osteopetrosis', 'Phenotype')?.entry.id).toBe('HP:0011002');
    expect(lexicon.lookup('Osteopetrosis', 'Disease')?.entry.id).toBe('MONDO:0017198');
    expect(lexicon.lookup('not a known phrase')).toBeUndefined();
  });

  it('reports its size and a version', () => {
    expect(lexicon.size.entries).toBeGreaterThan(10);
    expect(lexicon.size.names).toBeGreaterThan(lexicon.size.entries);
    expect(lexicon.version).toMatch(/^[0-9a-f]{16}$/u);
  });
});

describe('names written across a comma and everyday words', () => {
  const lexicon = createLexicon([
    makeEntry({ id: 'DRUGBANK:DB11348', kind: 'Drug', name: 'Calcium Phosphate', source: 'DrugBank' }),
    makeEntry({ id: 'DRUGBANK:DB12938', kind: 'Drug', name: 'Isoxaflutole', source: 'DrugBank', synonyms: [{ name: 'Balance', scope: 'exact' }] }),
  ]);

  it('reads "calcium, phosphate and PTH" as a list, never as the drug calcium phosphate, and "balance" as no drug', () => {
    expect(lexicon.findMatches('Kidneys upset the balance of calcium, phosphate and PTH.').map((match) => match.id)).toEqual([]);
    expect(lexicon.findMatches('Calcium phosphate tablets.').map((match) => match.id)).toEqual(['DRUGBANK:DB11348']);
  });
});

describe('a short capital label after a staging word', () => {
  it('is the stage, not the disease a vocabulary gives that short form', () => {
    const lexicon = createLexicon([makeEntry({ id: 'MONDO:0005301', kind: 'Disease', name: 'multiple sclerosis', source: 'MONDO', synonyms: [{ name: 'MS', scope: 'abbreviation' }] })]);
    expect(lexicon.findMatches('Stage MS neuroblastoma is found in babies.', {}).map((match) => match.id)).toEqual([]);
    expect(lexicon.findMatches('People with MS may feel tired.', {}).map((match) => match.id)).toEqual(['MONDO:0005301']);
  });
});
