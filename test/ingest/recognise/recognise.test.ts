// Recognition over a small ARO article (test/ingest/article-fixture.ts) run through the real
// read → clean → segment stages, with a tiny lexicon built by the lexicon module.
import { describe, expect, it } from 'vitest';
import { recogniseArticle } from '../../../src/ingest/recognise/recognise.js';
import { findAbbreviationDefinitions } from '../../../src/ingest/recognise/abbreviations.js';
import { isThingPhrase, parseHead, treatmentHeadKind } from '../../../src/ingest/recognise/heads.js';
import { isNoNameHere } from '../../../src/ingest/recognise/no-name-here.js';
import { createLexicon } from '../../../src/lexicon/create.js';
import { SEED_SOURCE } from '../../../src/lexicon/merge.js';
import { makeEntry } from '../../../src/lexicon/model.js';
import { ARO_TEXT, aroLexicon, segmentText } from '../article-fixture.js';

const recognised = recogniseArticle(segmentText(ARO_TEXT, 'autosomal-recessive-osteopetrosis.txt', 'Diseases'), aroLexicon());
const mentionsOf = (id: string) => recognised.mentions.filter((mention) => mention.entity === id);

describe('recogniseArticle', () => {
  it('takes the primary entity from the title and keeps title, short form and Other names as synonyms', () => {
    expect(recognised.primary).toBe('MONDO:0019026');
    const primary = recognised.entities.get('MONDO:0019026');
    expect(primary?.status).toBe('verified');
    expect(primary?.synonyms).toEqual(expect.arrayContaining(['ARO', 'Infantile malignant osteopetrosis']));
  });

  it('keeps no bracketed note on an Other name ("(an older name)", "(the cause of about 95 in 100 cases)") as a synonym', () => {
    const article = recogniseArticle(
      segmentText('Congenital Adrenal Hyperplasia\n\nOther names\n\n  1. Adrenogenital syndrome (an older name).\n\n  2. 21-hydroxylase deficiency (the cause of about 95 in 100 cases).\n', 'congenital-adrenal-hyperplasia.txt', 'Diseases'),
      createLexicon([makeEntry({ id: 'MONDO:0018479', kind: 'Disease', name: 'congenital adrenal hyperplasia', source: 'MONDO' })]),
    );
    const synonyms = article.entities.get('MONDO:0018479')?.synonyms ?? [];
    expect(synonyms).toEqual(expect.arrayContaining(['Adrenogenital syndrome', '21-hydroxylase deficiency']));
    expect(synonyms.filter((name) => /older name|cases/u.test(name))).toEqual([]);
  });

  it('maps an article-local short form to its long form everywhere in the article', () => {
    expect(recognised.abbreviations.get('HSCT')).toBe('medkg:procedure:haematopoietic-stem-cell-transplantation');
    expect(mentionsOf('medkg:procedure:haematopoietic-stem-cell-transplantation').filter((mention) => mention.text === 'HSCT').length).toBeGreaterThanOrEqual(2);
    expect(mentionsOf('MONDO:0019026').some((mention) => mention.text === 'ARO' && mention.origin === 'abbreviation')).toBe(true);
  });

  it('makes an unverified local entity of a head phrase no vocabulary knows, of the section kind', () => {
    const survey = recognised.entities.get('medkg:test:skeletal-x-ray-survey');
    expect(survey).toMatchObject({ kind: 'Test', status: 'unverified', name: 'Skeletal X-ray survey' });
  });

  it('normalises a head phrase to the vocabulary entry when a lookup matches', () => {
    expect(mentionsOf('HP:0001903').some((mention) => mention.origin === 'head')).toBe(true);
    expect(mentionsOf('DRUGBANK:DB00033').some((mention) => mention.origin === 'head')).toBe(true);
  });

  it('types a local head by its head noun: osteomyelitis of the jaw is a disease', () => {
    expect(recognised.entities.get('medkg:disease:osteomyelitis-of-the-jaw')?.kind).toBe('Disease');
  });

  it('types a drug-section head that names a procedure as a procedure, in the singular', () => {
    expect(recognised.entities.get('medkg:procedure:blood-transfusion')).toMatchObject({ kind: 'Procedure', synonyms: expect.arrayContaining(['Blood transfusions']) });
  });

  it('records the subtypes named in the types section', () => {
    expect([...recognised.subtypes]).toEqual(['medkg:disease:neuronopathic-aro']);
  });

  it('finds a local entity again where the article repeats its name', () => {
    expect(mentionsOf('medkg:disease:neuronopathic-aro').length).toBeGreaterThanOrEqual(2);
  });

  it('gives every mention offsets into the cleaned text', () => {
    const text = recognised.segmented.clean.text;
    for (const mention of recognised.mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  });
});

describe('head phrases', () => {
  it('splits numbering, parentheses and an "X for Y" target off a head', () => {
    expect(parseHead('Drug 2. Antibiotics for osteomyelitis')).toMatchObject({ name: 'Antibiotics', target: { text: 'osteomyelitis' } });
    expect(parseHead('Nitroblue tetrazolium (NBT) test').name).toBe('Nitroblue tetrazolium test');
    expect(parseHead('Interferon gamma-1b (ACTIMMUNE®)').parentheses.map((part) => part.text)).toEqual(['ACTIMMUNE®']);
    // A class tag glued to the brands' closing bracket is no part of the name.
    expect(parseHead('Drug 3. Everolimus (AFINITOR, VOTUBIA)mTOR inhibitor')).toMatchObject({ name: 'Everolimus' });
  });

  it('reads a bracket that labels a list ("(NSAIDs: ibuprofen, naproxen)") as a short form, then the members', () => {
    const head = 'Drug 1. Non-steroidal anti-inflammatory drugs (NSAIDs: ibuprofen, naproxen, mefenamic acid)Pain relief';
    const parts = parseHead(head).parentheses;
    expect(parts.map((part) => part.text)).toEqual(['NSAIDs', 'ibuprofen, naproxen, mefenamic acid']);
    expect(parts.map((part) => head.slice(part.offset, part.offset + part.text.length))).toEqual(['NSAIDs', 'ibuprofen, naproxen, mefenamic acid']);
  });

  it('tells procedures and drug classes apart under a drug heading', () => {
    expect(treatmentHeadKind('Red cell and platelet transfusions', 'Drug')).toBe('Procedure');
    expect(treatmentHeadKind('Bone marrow transplant', 'Drug')).toBe('Procedure');
    expect(treatmentHeadKind('Antibiotics', 'Procedure')).toBe('Drug');
    expect(treatmentHeadKind('Spinal cord stimulation', 'Drug')).toBe('Procedure');
    expect(treatmentHeadKind('Walking exercises', 'Drug')).toBe('Procedure');
  });
});

describe('abbreviation definitions', () => {
  it('finds the shortest long form whose letters spell the short form', () => {
    const [definition] = findAbbreviationDefinitions('Children need a haematopoietic stem cell transplantation (HSCT) early.');
    expect(definition).toMatchObject({ short: 'HSCT', long: 'haematopoietic stem cell transplantation' });
  });

  it('ignores parentheses that are not short forms', () => {
    expect(findAbbreviationDefinitions('A severe form (rare) of the disease (OSTM1-related).')).toEqual([]);
  });
});

describe('a head joining two tests with a short form after the first', () => {
  it('names both tests, each with its own short form', async () => {
    const { createLexicon } = await import('../../../src/lexicon/create.js');
    const { makeEntry } = await import('../../../src/lexicon/model.js');
    const lexicon = createLexicon([
      makeEntry({ id: 'LOINC:14959-1', kind: 'Test', name: 'Microalbumin/Creatinine [Mass ratio] in Urine', source: 'LOINC', synonyms: [{ name: 'urine albumin-to-creatinine ratio', scope: 'exact' }, { name: 'ACR', scope: 'abbreviation' }] }),
      makeEntry({ id: 'LOINC:33914-3', kind: 'Test', name: 'Glomerular filtration rate/1.73 sq M.predicted by Creatinine-based formula (MDRD)', source: 'LOINC', synonyms: [{ name: 'estimated glomerular filtration rate', scope: 'exact' }] }),
    ]);
    const text = 'Fabry Disease\n\nDefinition\n\nFabry disease is an inherited disorder.\n\nDiagnostic tests\n\n  1. Urine albumin-to-creatinine ratio (ACR) and estimated glomerular filtration rate (eGFR) — checked at every visit.\n';
    const found = recogniseArticle(segmentText(text, 'fabry-disease.txt', 'Diseases'), lexicon).mentions.map((mention) => `${mention.text}=${mention.entity}`);
    expect(found).toEqual(expect.arrayContaining(['Urine albumin-to-creatinine ratio=LOINC:14959-1', 'estimated glomerular filtration rate=LOINC:33914-3', 'eGFR=LOINC:33914-3']));
    expect(found).not.toContain('eGFR=LOINC:14959-1');
  });
});

describe('heads that join names', () => {
  const text = `Heart Failure

Definition

Heart failure is a long-term condition in which the heart cannot pump well enough.

Diagnostic tests

  1. Urea and electrolytes (U&E) — kidney function, sodium and potassium.

Surgeries and procedures

  1. Coronary artery bypass grafting or stents — when blocked arteries are the cause.

  2. Valve repair or replacement — for a narrowed valve.
`;
  const recognised = recogniseArticle(segmentText(text, 'heart-failure.txt', 'Diseases'), createLexicon([]));
  const names = (kind: string) => [...recognised.entities.values()].filter((entity) => entity.kind === kind).map((entity) => entity.name.toLowerCase()).sort();

  it('keep one test when a short form spells the initials of every part', () => {
    expect(names('Test')).toEqual(['urea and electrolytes']);
  });

  it('split procedures that each end in a procedure word, sharing a two-word head\'s modifier', () => {
    expect(names('Procedure')).toEqual(['coronary artery bypass grafting', 'stent', 'valve repair', 'valve replacement']);
  });
});

describe("a Types head's own words for a disease", () => {
  const lexicon = createLexicon([
    makeEntry({ id: 'MONDO:0002108', kind: 'Disease', name: 'thyroid cancer', source: 'test' }),
    makeEntry({ id: 'GARD:0007004', kind: 'Disease', name: 'Medullary thyroid carcinoma', source: 'test', synonyms: [{ name: 'MTC', scope: 'abbreviation' }] }),
    makeEntry({ id: 'GARD:0017684', kind: 'Disease', name: 'Hereditary late-onset Parkinson disease', source: 'test', synonyms: [{ name: 'LOPD', scope: 'exact' }] }),
  ]);
  const text = `Thyroid Cancer

Definition

Thyroid cancer is a cancer of the thyroid gland.

Types

  1. Medullary thyroid cancer (MTC) — starts in the C cells.

  2. Papillary thyroid cancer — the most common type.

  3. Late-onset thyroid cancer (LOPD) — a made-up form named here only to test short forms.

Causes

  1. RET gene — about one in four medullary thyroid cancers is inherited; many papillary thyroid cancers carry a BRAF change.
`;
  const recognised = recogniseArticle(segmentText(text, 'thyroid-cancer.txt', 'Cancer'), lexicon);
  const causes = recognised.segmented.sections.findIndex((section) => section.kind === 'causes');
  const inCauses = recognised.mentions.filter((mention) => mention.section === causes).map((mention) => `${mention.text}=${mention.entity}`);

  it('names it again wherever the article repeats them, plural included', () => {
    expect(inCauses).toContain('medullary thyroid cancers=GARD:0007004');
    expect(inCauses).toContain('papillary thyroid cancers=medkg:disease:papillary-thyroid-cancer');
  });

  it('does not take a short form that another disease goes by for a name sharing none of its telling words', () => {
    expect(recognised.mentions.map((mention) => mention.entity)).not.toContain('GARD:0017684');
  });
});

describe('a test or procedure head named with what it comes with', () => {
  const text = `Topic Disease

Definition

Topic disease is a disease.

Diagnostic tests

  1. Skin biopsy with collagen analysis — studies collagen made by skin cells.

  2. Upper endoscopy with duodenal biopsy — samples are taken from the duodenum.

Non-pharmacological treatments

  1. Speech and language therapy with eye-gaze communication devices.
`;
  const recognised = recogniseArticle(segmentText(text, 'topic-disease.txt', 'Diseases'), createLexicon([]));
  const heads = recognised.mentions.filter((mention) => mention.origin === 'head').map((mention) => recognised.entities.get(mention.entity)?.name.toLowerCase());

  it('is that test or procedure, unless what comes after "with" is a procedure of its own', () => {
    expect(heads).toContain('skin biopsy');
    expect(heads).toContain('speech and language therapy');
    expect(heads.some((name) => name?.includes('duodenal biopsy'))).toBe(true);
    expect(heads.filter((name) => name?.includes('collagen') || name?.includes('eye-gaze'))).toEqual([]);
  });
});

describe('a finding head that says when it starts', () => {
  it('names the finding without the age or the event it follows', () => {
    const lexicon = createLexicon([makeEntry({ id: 'HP:0002619', kind: 'Phenotype', name: 'Varicose veins', source: 'HPO' })]);
    const text = 'Topic Disease\n\nDefinition\n\nTopic disease is a disease.\n\nSymptoms and signs\n\n  1. Varicose veins at a young age.\n\n  2. Clouded lenses from birth.\n\nComplications\n\n  1. Anti-GBM disease after transplantation — the immune system attacks the new kidney.\n';
    const recognised = recogniseArticle(segmentText(text, 'topic-disease.txt', 'Diseases'), lexicon);
    const names = recognised.mentions.filter((mention) => mention.origin === 'head').map((mention) => recognised.entities.get(mention.entity)?.name.toLowerCase());
    expect(names).toEqual(['varicose veins', 'clouded lenses', 'anti-gbm disease']);
  });
});

describe('a disease named as who must not take a medicine', () => {
  it('reads as the disease in a medicine section, and among side effects too, where HPO holds the name only as a loose related synonym', () => {
    const lexicon = createLexicon([
      makeEntry({ id: 'MONDO:0800504', kind: 'Disease', name: 'idiopathic pulmonary fibrosis', source: 'MONDO' }),
      makeEntry({ id: 'DRUGBANK:DB04951', kind: 'Drug', name: 'Pirfenidone', source: 'DrugBank' }),
      makeEntry({ id: 'HP:0001392', kind: 'Phenotype', name: 'Abnormality of the liver', source: 'HPO', synonyms: [{ name: 'Liver disease', scope: 'related' }] }),
      makeEntry({ id: 'MONDO:0005154', kind: 'Disease', name: 'liver disorder', source: 'MONDO', synonyms: [{ name: 'liver disease', scope: 'exact' }] }),
    ]);
    const kindOfLiverDisease = (line: string): string | undefined => {
      const text = `Idiopathic pulmonary fibrosis\n\nDrug treatments\n\nDrug 1. Pirfenidone (ESBRIET)\n• ${line}\n`;
      const recognised = recogniseArticle(segmentText(text, 'idiopathic-pulmonary-fibrosis.txt', 'Diseases'), lexicon);
      return recognised.mentions.find((mention) => mention.text.toLowerCase() === 'liver disease')?.entity;
    };
    expect(kindOfLiverDisease('Cautions: pirfenidone is not recommended in severe liver disease.')).toBe('MONDO:0005154');
    expect(kindOfLiverDisease('Cautions: avoid in people with liver disease.')).toBe('MONDO:0005154');
    // Every gold set annotates "liver disease" as a disease, side effects included.
    expect(kindOfLiverDisease('Side effects: nausea and liver disease.')).toBe('MONDO:0005154');
  });

  it('reads as the disease after another condition of the list ("in women with osteoporosis or severe liver disease"), where HPO holds the name as a lay synonym', () => {
    const lexicon = createLexicon([
      makeEntry({ id: 'MONDO:0005133', kind: 'Disease', name: 'endometriosis', source: 'MONDO' }),
      makeEntry({ id: 'DRUGBANK:DB11979', kind: 'Drug', name: 'Elagolix', source: 'DrugBank' }),
      makeEntry({ id: 'HP:0001392', kind: 'Phenotype', name: 'Abnormality of the liver', source: 'HPO', synonyms: [{ name: 'Liver disease', scope: 'layperson' }] }),
      makeEntry({ id: 'MONDO:0005154', kind: 'Disease', name: 'liver disorder', source: 'MONDO', synonyms: [{ name: 'liver disease', scope: 'exact' }] }),
    ]);
    const text = 'Endometriosis\n\nDrug treatments\n\nDrug 6. Elagolix (ORILISSA)\n• Cautions: should not be used in women with osteoporosis or severe liver disease, or during pregnancy.\n';
    const recognised = recogniseArticle(segmentText(text, 'endometriosis.txt', 'Diseases'), lexicon);
    expect(recognised.mentions.find((mention) => mention.text.toLowerCase() === 'liver disease')?.entity).toBe('MONDO:0005154');
  });
});

describe('a complication head whose name says it is a disease', () => {
  it('names the disease where HPO also lists the name as a phenotype', () => {
    const lexicon = createLexicon([
      makeEntry({ id: 'MONDO:0007191', kind: 'Disease', name: 'Behcet disease', source: 'MONDO' }),
      makeEntry({ id: 'HP:0002639', kind: 'Phenotype', name: 'Budd-Chiari syndrome', source: 'HPO' }),
      makeEntry({ id: 'MONDO:0010947', kind: 'Disease', name: 'Budd-Chiari syndrome', source: 'MONDO' }),
    ]);
    const text = 'Behcet disease\n\nComplications\n\n  1. Budd–Chiari syndrome — a clot blocking the veins that drain the liver (rare).\n';
    const recognised = recogniseArticle(segmentText(text, 'behcets-disease.txt', 'Diseases'), lexicon);
    expect(recognised.mentions.filter((mention) => mention.origin === 'head').map((mention) => mention.entity)).toEqual(['MONDO:0010947']);
  });
});

describe('a side-effect head that says whom it happens in', () => {
  it('names the finding without the people', () => {
    const text = 'Rituximab\n\nSide effects\n\n  1. Bowel perforation in some people treated for lymphoma.\n';
    const recognised = recogniseArticle(segmentText(text, 'rituximab.txt', 'Drugs'), createLexicon([makeEntry({ id: 'DRUGBANK:DB00073', kind: 'Drug', name: 'Rituximab', source: 'DrugBank' })]));
    const names = recognised.mentions.filter((mention) => mention.origin === 'head').map((mention) => recognised.entities.get(mention.entity)?.name.toLowerCase());
    expect(names).toEqual(['bowel perforation']);
  });

  it('names a finding without what it is compared with', () => {
    const text = 'Cystinosis\n\nSymptoms and signs\n\n  1. Lighter skin and hair than other family members.\n';
    const recognised = recogniseArticle(segmentText(text, 'cystinosis.txt', 'Diseases'), createLexicon([makeEntry({ id: 'MONDO:0016239', kind: 'Disease', name: 'cystinosis', source: 'MONDO' })]));
    const names = recognised.mentions.filter((mention) => mention.origin === 'head').map((mention) => recognised.entities.get(mention.entity)?.name.toLowerCase());
    expect(names).toEqual(['lighter skin', 'lighter hair']);
  });
});

describe('a finding head with its clinical term in brackets and another finding after it', () => {
  it('names the term and the finding joined after the bracket', () => {
    const lexicon = createLexicon([
      makeEntry({ id: 'MONDO:0012727', kind: 'Disease', name: 'Kawasaki disease', source: 'MONDO' }),
      makeEntry({ id: 'HP:0100825', kind: 'Phenotype', name: 'Cheilitis', source: 'HPO' }),
    ]);
    const text = 'Kawasaki disease\n\nSymptoms and signs\n\n  1. Red, cracked lips (cheilitis) and a strawberry tongue.\n';
    const recognised = recogniseArticle(segmentText(text, 'kawasaki-disease.txt', 'Diseases'), lexicon);
    const names = recognised.mentions.filter((mention) => mention.origin === 'head').map((mention) => recognised.entities.get(mention.entity)?.name.toLowerCase());
    expect(names).toEqual(['cheilitis', 'strawberry tongue']);
  });
});

describe('heads and lines from a CLL article', () => {
  const lexicon = createLexicon([
    makeEntry({ id: 'HP:0001945', kind: 'Phenotype', name: 'Fever', source: 'HPO' }),
    makeEntry({ id: 'HP:0030166', kind: 'Phenotype', name: 'Night sweats', source: 'HPO' }),
    makeEntry({ id: 'HP:0002527', kind: 'Phenotype', name: 'Falls', source: SEED_SOURCE, synonyms: [{ name: 'fall', scope: 'exact' }] }),
  ]);
  const text = `Chronic Lymphocytic Leukaemia

Definition

Chronic lymphocytic leukaemia is a slow-growing cancer.

Symptoms and signs

  1. Night sweats, fever without infection and weight loss.

  2. Easy bruising or bleeding when platelets fall.

Diagnostic tests

  1. FISH for 17p, 11q, 13q and trisomy 12 — repeated before each new line of treatment.
`;
  const recognised = recogniseArticle(segmentText(text, 'chronic-lymphocytic-leukaemia.txt', 'Cancer'), lexicon);
  const names = recognised.mentions.map((mention) => recognised.entities.get(mention.entity)?.name.toLowerCase());

  it('names the finding a part of a list qualifies with "without"', () => {
    expect(names).toContain('fever');
    expect(names.filter((name) => name?.includes('without'))).toEqual([]);
  });

  it('reads "painkillers of the NSAID group" as that class, not painkillers in general', () => {
    const line = 'Painkillers of the NSAID group should be avoided.';
    expect(isNoNameHere('Drug', line, 0, 11)).toBe(true);
    expect(isNoNameHere('Drug', 'Painkillers help.', 0, 11)).toBe(false);
  });

  it('takes no clause with its own verb, nor a group label ("Hormonal and other tablets"), for the name of a thing', () => {
    expect(isThingPhrase('mycophenolate often causes diarrhoea')).toBe(false);
    expect(isThingPhrase('Rubbing sheds the top layer')).toBe(false);
    expect(isThingPhrase('Flaccid blisters')).toBe(true);
    expect(isThingPhrase('Bone marrow transplant')).toBe(true);
    expect(isThingPhrase('Hormonal and other tablets')).toBe(false);
  });

  it('reads a disease abbreviation followed by a word for a gene change ("IDH mutation", "IDH-wildtype") as no disease', () => {
    const line = 'IDH mutation testing — shows that the tumour is IDH-wildtype.';
    expect(isNoNameHere('Disease', line, 0, 3)).toBe(true);
    expect(isNoNameHere('Disease', line, line.lastIndexOf('IDH'), line.lastIndexOf('IDH') + 3)).toBe(true);
    expect(isNoNameHere('Disease', 'IDH is a skin disease of children.', 0, 3)).toBe(false);
  });

  it('reads "when platelets fall" as a verb, not the finding Falls', () => {
    const line = 'Easy bruising or bleeding when platelets fall.';
    const at = line.indexOf('fall');
    expect(isNoNameHere('Phenotype', line, at, at + 4)).toBe(true);
    const psa = 'PSA falls when hormone treatment works, and PSA should fall to an undetectable level.';
    expect(isNoNameHere('Phenotype', psa, 4, 9)).toBe(true);
    expect(isNoNameHere('Phenotype', psa, psa.lastIndexOf('fall'), psa.lastIndexOf('fall') + 4)).toBe(true);
    const risk = 'Older people have a higher risk of falls.';
    expect(isNoNameHere('Phenotype', risk, risk.indexOf('falls'), risk.indexOf('falls') + 5)).toBe(false);
  });

  it('reads a value that "rises or falls" and a "falling level" as moving values, not the finding Falls', () => {
    const moving = 'A level that rises or falls above the limit confirms it.';
    expect(isNoNameHere('Phenotype', moving, moving.indexOf('falls'), moving.indexOf('falls') + 5)).toBe(true);
    const falling = 'Rising or falling level suggests injury; a falling count too.';
    expect(isNoNameHere('Phenotype', falling, falling.indexOf('falling'), falling.indexOf('falling') + 7)).toBe(true);
    expect(isNoNameHere('Phenotype', falling, falling.lastIndexOf('falling'), falling.lastIndexOf('falling') + 7)).toBe(true);
    const trips = 'Dizziness and falls or fractures.';
    expect(isNoNameHere('Phenotype', trips, trips.indexOf('falls'), trips.indexOf('falls') + 5)).toBe(false);
  });

  it('reads "a fall in white cells" and "a fall of the blood pressure" as a value that drops, not the finding Falls', () => {
    const drop = 'Agranulocytosis (a dangerous fall in white cells) and a fall of the blood pressure.';
    expect(isNoNameHere('Phenotype', drop, drop.indexOf('fall'), drop.indexOf('fall') + 4)).toBe(true);
    expect(isNoNameHere('Phenotype', drop, drop.lastIndexOf('fall'), drop.lastIndexOf('fall') + 4)).toBe(true);
    const hip = 'A fall in an older person can break the hip.';
    expect(isNoNameHere('Phenotype', hip, hip.indexOf('fall'), hip.indexOf('fall') + 4)).toBe(false);
  });

  it('makes one test of a head that lists the chromosome changes it looks for', () => {
    const tests = recognised.mentions.filter((mention) => mention.kind === 'Test').map((mention) => recognised.entities.get(mention.entity)?.name);
    expect(tests).toEqual(['FISH']);
  });
});

describe('a combination head listing its drugs in brackets', () => {
  it('names each drug, and the initials of them all name none of them', () => {
    const lexicon = createLexicon([
      makeEntry({ id: 'DRUGBANK:DB01073', kind: 'Drug', name: 'Fludarabine', source: 'DrugBank' }),
      makeEntry({ id: 'DRUGBANK:DB00531', kind: 'Drug', name: 'Cyclophosphamide', source: 'DrugBank' }),
      makeEntry({ id: 'DRUGBANK:DB00073', kind: 'Drug', name: 'Rituximab', source: 'DrugBank' }),
    ]);
    const text = 'Chronic Lymphocytic Leukaemia\n\nDrug treatments\n\nDrug 4. Chemoimmunotherapy (fludarabine, cyclophosphamide and rituximab, FCR)\n• Purpose: now used only for a few younger people.\n';
    const recognised = recogniseArticle(segmentText(text, 'cll.txt', 'Cancer'), lexicon);
    const drugs = recognised.mentions.filter((mention) => mention.kind === 'Drug').map((mention) => `${mention.text}=${mention.entity}`);
    expect(drugs).toEqual(expect.arrayContaining(['fludarabine=DRUGBANK:DB01073', 'cyclophosphamide=DRUGBANK:DB00531', 'rituximab=DRUGBANK:DB00073']));
    expect(drugs.filter((drug) => drug.startsWith('FCR=DRUGBANK') || drug.includes(' and '))).toEqual([]);
  });
});

describe('a name that is both a disease and a sign, called a feature', () => {
  it('reads as the sign after "features of", and as the disease elsewhere', () => {
    const lexicon = createLexicon([
      makeEntry({ id: 'MONDO:0005260', kind: 'Disease', name: 'autism', source: 'MONDO' }),
      makeEntry({ id: 'HP:0000717', kind: 'Phenotype', name: 'Autism', source: 'HPO' }),
    ]);
    const text = 'Smith-Lemli-Opitz syndrome\n\nDescription\n\nMany affected children have the characteristic features of autism, a developmental condition.\n\nOther conditions\n\nAutism is diagnosed by specialists.\n';
    const found = recogniseArticle(segmentText(text, 'ghr.txt'), lexicon).mentions.filter((mention) => /autism/iu.test(mention.text)).map((mention) => mention.entity);
    expect(found).toEqual(['HP:0000717', 'MONDO:0005260']);
  });
});

describe('a drug head joining a combination and a regimen', () => {
  it('names each drug of "X plus Y" and the regimen by its acronym, without its schedule', () => {
    const lexicon = createLexicon([
      makeEntry({ id: 'DRUGBANK:DB00441', kind: 'Drug', name: 'Gemcitabine', source: 'DrugBank' }),
      makeEntry({ id: 'DRUGBANK:DB00515', kind: 'Drug', name: 'Cisplatin', source: 'DrugBank' }),
    ]);
    const text = 'Bladder Cancer\n\nDrug treatments\n\nDrug 2. Gemcitabine plus cisplatin, or dose-dense MVAC\n• Purpose: chemotherapy before surgery.\n';
    const recognised = recogniseArticle(segmentText(text, 'bladder-cancer.txt', 'Cancer'), lexicon);
    const drugs = [...new Set(recognised.mentions.filter((mention) => mention.kind === 'Drug').map((mention) => recognised.entities.get(mention.entity)?.name))];
    expect(drugs.sort()).toEqual(['Cisplatin', 'Gemcitabine', 'MVAC']);
  });
});

describe('a test head that lists the genes it looks at', () => {
  it('keeps the genes genes and makes no local tests of them', async () => {
    const { createLexicon } = await import('../../../src/lexicon/create.js');
    const { makeEntry } = await import('../../../src/lexicon/model.js');
    const lexicon = createLexicon([
      makeEntry({ id: 'HGNC:3765', kind: 'Gene', name: 'FLT3', source: 'HGNC' }),
      makeEntry({ id: 'HGNC:7910', kind: 'Gene', name: 'NPM1', source: 'HGNC' }),
      makeEntry({ id: 'HGNC:5382', kind: 'Gene', name: 'IDH1', source: 'HGNC' }),
    ]);
    const text = 'Acute Myeloid Leukaemia\n\nDefinition\n\nAcute myeloid leukaemia is a blood cancer.\n\nDiagnostic tests\n\n  1. Molecular testing for FLT3, NPM1 and IDH1 — results guide the choice of medicines.\n';
    const recognised = recogniseArticle(segmentText(text, 'acute-myeloid-leukaemia.txt', 'Diseases'), lexicon);
    const tests = [...recognised.entities.values()].filter((entity) => entity.kind === 'Test').map((entity) => entity.name);
    expect(tests.filter((name) => /^(?:NPM1|IDH1)$/u.test(name))).toEqual([]);
    expect(recognised.mentions.filter((mention) => mention.kind === 'Gene').map((mention) => mention.text)).toEqual(expect.arrayContaining(['NPM1', 'IDH1']));
    // The test is what comes before "for"; the genes are no target disease.
    expect(tests).toEqual(['Molecular testing']);
    expect([...recognised.entities.values()].filter((entity) => entity.kind === 'Disease').map((entity) => entity.name)).not.toContain('FLT3');
  });
});

describe('a test head named by the gene it reads', () => {
  it('is one test, not a gene beside a generic test', () => {
    const lexicon = createLexicon([
      makeEntry({ id: 'MONDO:0009290', kind: 'Disease', name: 'glycogen storage disease II', source: 'MONDO', synonyms: [{ name: 'Pompe disease', scope: 'exact' }] }),
      makeEntry({ id: 'HGNC:4065', kind: 'Gene', name: 'GAA', source: 'HGNC' }),
      makeEntry({ id: 'medkg:test:genetic-testing', kind: 'Test', name: 'genetic testing', source: SEED_SOURCE }),
    ]);
    const text = 'Pompe disease\n\nDiagnostic tests\n\n  1. GAA genetic testing — confirms two disease-causing variants.\n';
    const recognised = recogniseArticle(segmentText(text, 'pompe-disease.txt', 'Diseases'), lexicon);
    const heads = recognised.mentions.filter((mention) => mention.origin === 'head').map((mention) => `${mention.kind} ${recognised.entities.get(mention.entity)?.name}`);
    expect(heads).toEqual(['Test GAA genetic testing']);
    expect(recognised.mentions.some((mention) => mention.entity === 'medkg:test:genetic-testing')).toBe(false);
  });
});

describe('the primary entity of an NIH page title', () => {
  const titled = [
    { id: 'DOID:11400', kind: 'Disease' as const, name: 'pyelonephritis' },
    { id: 'DOID:7457', kind: 'Disease' as const, name: 'enterobiasis' },
    { id: 'HP:0012452', kind: 'Phenotype' as const, name: 'restless legs', synonyms: ['restless legs syndrome'] },
    { id: 'DOID:0050425', kind: 'Disease' as const, name: 'restless legs syndrome' },
  ];
  const lexicon = createLexicon(
    // The phenotype comes from our curated seed, which gives the name its kind in running text.
    titled.map((entry) => makeEntry({ id: entry.id, kind: entry.kind, name: entry.name, source: entry.kind === 'Phenotype' ? SEED_SOURCE : 'test', synonyms: (entry.synonyms ?? []).map((name) => ({ name, scope: 'exact' as const })) })),
  );
  const primaryOf = (title: string): string | undefined =>
    recogniseArticle(segmentText(`${title}\n\nWhat is (are) ${title}?\nA condition described here.\n`, 'nih.txt', 'Diseases'), lexicon).primary;

  it('tries each part of a title that joins two names with a colon or a dash', () => {
    expect(primaryOf('Pyelonephritis: Kidney Infection')).toBe('DOID:11400');
    expect(primaryOf('Parasites - Enterobiasis')).toBe('DOID:7457');
  });

  it('reads the name an "also known as" parenthesis gives', () => {
    expect(primaryOf('Pinworm Infection (also known as Enterobiasis)')).toBe('DOID:7457');
  });

  it('takes the disease a whole title names over a sign of the same name', () => {
    expect(primaryOf('Restless Legs Syndrome')).toBe('DOID:0050425');
  });
});

describe('a condition page whose title is a finding', () => {
  const lexicon = createLexicon([
    makeEntry({ id: 'HP:0001635', kind: 'Phenotype', name: 'congestive heart failure', source: SEED_SOURCE, synonyms: [{ name: 'heart failure', scope: 'exact' }] }),
    makeEntry({ id: 'MONDO:0005252', kind: 'Disease', name: 'heart failure', source: 'test' }),
    makeEntry({ id: 'MONDO:0015193', kind: 'Disease', name: 'hydrops fetalis', source: 'test', synonyms: [{ name: 'HF', scope: 'exact' }] }),
  ]);

  it('keeps the finding GUIDE.md types a Phenotype, and a short form never turns it into another disease', () => {
    const article = segmentText('Heart Failure (HF)\n\nDefinition\nHeart failure (HF) is a long-term condition in which the heart cannot pump well enough.\n', 'hf.txt', 'Diseases');
    expect(recogniseArticle(article, lexicon).primary).toBe('HP:0001635');
  });

  it('takes the disease when the name says it is one, though our seed files it as a sign', () => {
    const cardiomyopathy = createLexicon([
      makeEntry({ id: 'HP:0001639', kind: 'Phenotype', name: 'hypertrophic cardiomyopathy', source: SEED_SOURCE }),
      makeEntry({ id: 'MONDO:0005045', kind: 'Disease', name: 'hypertrophic cardiomyopathy', source: 'test' }),
    ]);
    const article = segmentText('Hypertrophic Cardiomyopathy (HCM)\n\nDefinition\n\nHypertrophic cardiomyopathy is an inherited disease of the heart muscle.\n', 'hcm.txt', 'Diseases');
    expect(recogniseArticle(article, cardiomyopathy).primary).toBe('MONDO:0005045');
  });
});

describe('the primary entity of a page about a class of drugs', () => {
  it('is a drug when no vocabulary names the title', () => {
    const article = segmentText('Diabetes Medicines\n\nWhat are diabetes medicines?\nThey lower blood sugar.\n', 'diabetes-medicines.txt');
    const recognised = recogniseArticle(article, createLexicon([]));
    expect(recognised.entities.get(recognised.primary ?? '')?.kind).toBe('Drug');
  });
});

describe('a lab-test page', () => {
  const lexicon = createLexicon([
    makeEntry({ id: 'medkg:test:liver-function-tests', kind: 'Test', name: 'liver function tests', source: SEED_SOURCE }),
    makeEntry({ id: 'LOINC:1975-2', kind: 'Test', name: 'serum bilirubin', source: SEED_SOURCE, synonyms: [{ name: 'bilirubin', scope: 'exact' }] }),
  ]);
  const mentionedOn = (title: string, category: string): string[] =>
    recogniseArticle(segmentText(`${title}\n\nWhat is it?\nThe panel looks at several things. It measures bilirubin, a yellow substance in bile.\n`, 'page.txt', category), lexicon).mentions.map(
      (mention) => mention.entity,
    );

  it('reads an analyte that is also an everyday word as the test that measures it', () => {
    expect(mentionedOn('Liver Function Tests', 'Lab Tests')).toContain('LOINC:1975-2');
  });

  it('leaves that word alone on a page about a disease', () => {
    expect(mentionedOn('Gilbert Syndrome', 'Diseases')).not.toContain('LOINC:1975-2');
  });
});

describe('a vocabulary name that joins two findings', () => {
  const lexicon = createLexicon([
    makeEntry({ id: 'MONDO:0005393', kind: 'Disease', name: 'gout', source: 'MONDO' }),
    makeEntry({ id: 'HP:0002017', kind: 'Phenotype', name: 'Nausea and vomiting', source: 'HPO' }),
    makeEntry({ id: 'HP:0002018', kind: 'Phenotype', name: 'Nausea', source: 'HPO' }),
    makeEntry({ id: 'HP:0002013', kind: 'Phenotype', name: 'Vomiting', source: 'HPO' }),
  ]);
  const found = recogniseArticle(segmentText('Gout\n\nSymptoms\n\nSome people have nausea and vomiting.\n', 'gout.txt', 'Diseases'), lexicon);

  it('names each finding, not the joined one', () => {
    expect(found.mentions.filter((mention) => mention.kind === 'Phenotype').map((mention) => `${mention.text}=${mention.entity}`)).toEqual(['nausea=HP:0002018', 'vomiting=HP:0002013']);
  });

  it('names each finding when it is the head of a symptom item too', () => {
    const item = recogniseArticle(segmentText('Gout\n\nSymptoms\n\n5) Nausea and vomiting.\n\nSometimes strong.\n', 'gout.txt', 'Diseases'), lexicon);
    expect([...new Set(item.mentions.filter((mention) => mention.kind === 'Phenotype').map((mention) => mention.entity))]).toEqual(['HP:0002018', 'HP:0002013']);
  });
});

describe("the article's own spelling of a vocabulary name", () => {
  const found = recogniseArticle(
    segmentText('Haemophilia A\n\nComplications\n\nRepeated bleeds lead to haemophilic arthropathy.\n', 'haemophilia-a.txt', 'Diseases'),
    createLexicon([
      makeEntry({ id: 'MONDO:0010602', kind: 'Disease', name: 'hemophilia A', source: 'MONDO', synonyms: [{ name: 'haemophilia A', scope: 'exact' }] }),
      makeEntry({ id: 'MONDO:0043240', kind: 'Disease', name: 'hemophilic arthropathy', source: 'MONDO' }),
    ]),
  );

  it('is kept as a synonym of the entity', () => {
    expect(found.entities.get('MONDO:0043240')?.synonyms).toContain('haemophilic arthropathy');
  });
});

describe('head phrases with brackets inside', () => {
  const lexicon = createLexicon([
    makeEntry({ id: 'MONDO:0005148', kind: 'Disease', name: 'type 2 diabetes mellitus', source: 'MONDO' }),
    makeEntry({ id: 'DRUGBANK:DB09038', kind: 'Drug', name: 'Empagliflozin', source: 'DrugBank' }),
    makeEntry({ id: 'DRUGBANK:DB06292', kind: 'Drug', name: 'Dapagliflozin', source: 'DrugBank' }),
    makeEntry({ id: 'MONDO:0005420', kind: 'Disease', name: 'hypothyroidism', source: 'MONDO' }),
  ]);
  const diabetes = recogniseArticle(
    segmentText('Type 2 Diabetes Mellitus\n\nDrug treatments\n\n  1. SGLT2 inhibitors (empagliflozin, JARDIANCE®; dapagliflozin, FORXIGA®) — protect the heart and kidneys.\n', 'type-2-diabetes.txt', 'Diseases'),
    lexicon,
  );
  const thyroid = recogniseArticle(
    segmentText('Hypothyroidism\n\nTypes\n\n  1. Central (secondary) hypothyroidism — the pituitary does not send enough TSH.\n', 'hypothyroidism.txt', 'Diseases'),
    lexicon,
  );

  it("gives a brand after a drug in a bracketed list to that drug", () => {
    expect(diabetes.entities.get('DRUGBANK:DB09038')?.synonyms).toContain('JARDIANCE');
    expect(diabetes.entities.get('DRUGBANK:DB06292')?.synonyms).toContain('FORXIGA');
    expect([...diabetes.entities.keys()].filter((id) => id.includes('jardiance'))).toEqual([]);
  });

  it('reads a bracketed word inside a name as a modifier, not as a term of its own', () => {
    expect([...thyroid.entities.keys()]).not.toContain('medkg:disease:secondary');
  });
});

describe('a substance that names what is found or measured', () => {
  const found = recogniseArticle(
    segmentText('Dermatomyositis\n\nTreatment\n\nSurgery may be needed to remove calcium deposits. Calcium supplements protect the bones.\n', 'dermatomyositis.txt', 'Diseases'),
    createLexicon([
      makeEntry({ id: 'MONDO:0016367', kind: 'Disease', name: 'dermatomyositis', source: 'MONDO' }),
      makeEntry({ id: 'DRUGBANK:DB01373', kind: 'Drug', name: 'Calcium', source: 'DrugBank' }),
    ]),
  );

  it('is no medicine given; the same substance as a supplement is', () => {
    expect(found.mentions.filter((mention) => mention.entity === 'DRUGBANK:DB01373').map((mention) => mention.text)).toEqual(['Calcium']);
  });

  it('is no medicine when it names a kind of chemotherapy ("platinum chemotherapy")', () => {
    const platinum = recogniseArticle(
      segmentText('Lung cancer\n\nDrug treatments\n\nPlatinum chemotherapy is given in cycles. Platinum-based chemotherapy causes nausea.\n', 'lung-cancer.txt', 'Cancer'),
      createLexicon([makeEntry({ id: 'DRUGBANK:DB12257', kind: 'Drug', name: 'Platinum', source: 'DrugBank' })]),
    );
    expect(platinum.mentions.filter((mention) => mention.entity === 'DRUGBANK:DB12257')).toEqual([]);
  });
});

describe('a marker status before a cancer', () => {
  const found = recogniseArticle(
    segmentText(
      'Breast Cancer\n\nMedicines\n\nDrug 1. Tamoxifen\n• Purpose: treats ER-positive breast cancer.\n\n(Note: chemotherapy is added for many triple-negative cancers.)\n',
      'breast-cancer.txt',
      'Cancer',
    ),
    createLexicon([
      makeEntry({ id: 'MONDO:0007254', kind: 'Disease', name: 'breast cancer', source: 'MONDO' }),
      makeEntry({ id: 'MONDO:0004992', kind: 'Disease', name: 'cancer', source: 'MONDO' }),
      makeEntry({ id: 'DRUGBANK:DB00675', kind: 'Drug', name: 'Tamoxifen', source: 'DrugBank' }),
    ]),
  );
  const diseases = found.mentions.filter((mention) => mention.kind === 'Disease').map((mention) => `${mention.text}=${found.entities.get(mention.entity)?.name}`);

  it('names a subtype of the topic, keeping the marker in capitals', () => {
    expect(diseases).toContain('ER-positive breast cancer=ER-positive breast cancer');
  });

  it('makes no subtype of a generic word for the topic', () => {
    expect(diseases.filter((entry) => entry.startsWith('triple-negative'))).toEqual([]);
  });
});

describe('a substance a medicine acts on', () => {
  const found = recogniseArticle(
    segmentText(
      "Parkinson's disease\n\nMedicines\n\nSome anti-sickness medicines such as metoclopramide block dopamine and should be avoided. Dopamine is given in intensive care.\n",
      'parkinson-disease.txt',
      'Diseases',
    ),
    createLexicon([
      makeEntry({ id: 'DOID:14330', kind: 'Disease', name: "Parkinson's disease", source: 'DOID' }),
      makeEntry({ id: 'DRUGBANK:DB00988', kind: 'Drug', name: 'Dopamine', source: 'DrugBank' }),
      makeEntry({ id: 'DRUGBANK:DB01233', kind: 'Drug', name: 'Metoclopramide', source: 'DrugBank' }),
    ]),
  );

  it('is no medicine given after "block"; the same name as a medicine is', () => {
    expect(found.mentions.filter((mention) => mention.entity === 'DRUGBANK:DB00988').map((mention) => mention.text)).toEqual(['Dopamine']);
    expect(found.mentions.some((mention) => mention.entity === 'DRUGBANK:DB01233')).toBe(true);
  });

  it('is no medicine when a medicine lowers it or switches off its production', () => {
    const lowered = recogniseArticle(
      segmentText(
        'Prostate cancer\n\nDrug treatments\n\nHormone therapy lowers testosterone. Goserelin implants switch off testosterone production. Testosterone replacement should not be used.\n',
        'prostate-cancer.txt',
        'Cancer',
      ),
      createLexicon([makeEntry({ id: 'DRUGBANK:DB00624', kind: 'Drug', name: 'Testosterone', source: 'DrugBank' })]),
    );
    expect(lowered.mentions.filter((mention) => mention.entity === 'DRUGBANK:DB00624').map((mention) => mention.text)).toEqual(['Testosterone']);
  });
});

describe('a generic word for medicines after a class acronym', () => {
  it('names no second medicine ("NSAID painkillers")', () => {
    const found = recogniseArticle(
      segmentText('Chronic kidney disease\n\nDrug treatments\n\nNSAID painkillers such as ibuprofen should be avoided. Painkillers are given for pain.\n', 'chronic-kidney-disease.txt', 'Diseases'),
      createLexicon([
        makeEntry({ id: 'medkg:drug:nonsteroidal-anti-inflammatory-drugs', kind: 'Drug', name: 'nonsteroidal anti-inflammatory drugs', source: SEED_SOURCE, synonyms: [{ name: 'NSAID', scope: 'abbreviation' }] }),
        makeEntry({ id: 'medkg:drug:analgesics', kind: 'Drug', name: 'analgesics', source: SEED_SOURCE, synonyms: [{ name: 'painkillers', scope: 'exact' }] }),
      ]),
    );
    expect(found.mentions.filter((mention) => mention.entity === 'medkg:drug:analgesics').map((mention) => mention.text)).toEqual(['Painkillers']);
  });
});

describe("a local head that holds one of the article's short forms", () => {
  it('names the vocabulary entry of the expanded name, keeping its own wording', () => {
    const found = recogniseArticle(
      segmentText(
        'Hereditary haemorrhagic telangiectasia\n\nDefinition\n\nIt causes arteriovenous malformations (AVMs) in the lungs and liver.\n\nComplications\n\n  1. Liver AVMs — rarely cause heart failure.\n',
        'hereditary-haemorrhagic-telangiectasia.txt',
        'Diseases',
      ),
      createLexicon([
        makeEntry({ id: 'HP:0100026', kind: 'Phenotype', name: 'Arteriovenous malformation', source: 'HPO' }),
        makeEntry({ id: 'HP:0006574', kind: 'Phenotype', name: 'Hepatic arteriovenous malformation', source: 'HPO', synonyms: [{ name: 'liver arteriovenous malformation', scope: 'exact' }] }),
      ]),
    );
    const liver = found.mentions.filter((mention) => mention.text.startsWith('Liver AVM'));
    expect(liver.map((mention) => mention.entity)).toEqual(['HP:0006574']);
    expect(found.entities.get('HP:0006574')?.synonyms).toContain('Liver AVMs');
  });
});

describe('a head listing a known finding and "a" second one', () => {
  it('names the second without its article', () => {
    const found = recogniseArticle(
      segmentText('Pompe disease\n\nSymptoms and signs\n\n  1. Difficulty swallowing and a weak tongue.\n', 'pompe-disease.txt', 'Diseases'),
      createLexicon([makeEntry({ id: 'HP:0002015', kind: 'Phenotype', name: 'Dysphagia', source: 'HPO', synonyms: [{ name: 'difficulty swallowing', scope: 'exact' }] })]),
    );
    const names = [...found.entities.values()].map((entity) => entity.name);
    expect(names).toContain('weak tongue');
    expect(names.filter((name) => /^a /iu.test(name))).toEqual([]);
  });
});

describe('one reading of a name per article', () => {
  const found = recogniseArticle(
    segmentText(
      "Huntington disease\n\nSymptoms\n\n  1. Chorea — jerky movements that cannot be controlled.\n\nMedicines\n\nDrug 1. Tetrabenazine\n• Purpose: reduces chorea.\n",
      'huntington-disease.txt',
      'Diseases',
    ),
    createLexicon([
      makeEntry({ id: 'MONDO:0007739', kind: 'Disease', name: 'Huntington disease', source: 'MONDO' }),
      makeEntry({ id: 'HP:0002072', kind: 'Phenotype', name: 'Chorea', source: 'HPO' }),
      makeEntry({ id: 'MONDO:0001595', kind: 'Disease', name: 'choreatic disease', source: 'MONDO', synonyms: [{ name: 'chorea', scope: 'exact' }] }),
      makeEntry({ id: 'DRUGBANK:DB04844', kind: 'Drug', name: 'Tetrabenazine', source: 'DrugBank' }),
    ]),
  );

  it('keeps the sign a symptoms section read in a medicine\'s purpose', () => {
    expect(found.mentions.filter((mention) => /chorea/iu.test(mention.text)).map((mention) => mention.entity)).toEqual(['HP:0002072', 'HP:0002072']);
  });
});

describe('a form of the topic named again under Medicines', () => {
  it('keeps the disease its Types section read, though Medicines prefers signs', () => {
    const found = recogniseArticle(
      segmentText(
        'Lung Cancer\n\nTypes\n\n  1. Small cell lung cancer — about one in seven lung cancers.\n\nDrug treatments\n\nDrug 1. Etoposide\n• Purpose: used with carboplatin for small cell lung cancer.\n',
        'lung-cancer.txt',
        'Cancer',
      ),
      createLexicon([
        makeEntry({ id: 'MONDO:0008903', kind: 'Disease', name: 'lung cancer', source: 'MONDO' }),
        makeEntry({ id: 'MONDO:0008433', kind: 'Disease', name: 'small cell lung carcinoma', source: 'MONDO', synonyms: [{ name: 'small cell lung cancer', scope: 'exact' }] }),
        makeEntry({ id: 'HP:0030357', kind: 'Phenotype', name: 'Small cell lung carcinoma', source: 'HPO', synonyms: [{ name: 'Small cell lung cancer', scope: 'exact' }] }),
        makeEntry({ id: 'DRUGBANK:DB00773', kind: 'Drug', name: 'Etoposide', source: 'DrugBank' }),
      ]),
    );
    expect(found.mentions.filter((mention) => /small cell/iu.test(mention.text)).map((mention) => mention.entity)).toEqual(['MONDO:0008433', 'MONDO:0008433']);
  });
});

describe('everyday phrases that hold a finding\'s name', () => {
  const found = recogniseArticle(
    segmentText(
      'Restless legs syndrome\n\nSymptoms\n\nRLS can make it hard to fall or stay asleep. The feelings are like electric shocks, or an electric-shock feeling. Older people may have falls.\n',
      'restless-legs-syndrome.txt',
      'Diseases',
    ),
    createLexicon([
      makeEntry({ id: 'MONDO:0005391', kind: 'Disease', name: 'restless legs syndrome', source: 'MONDO', synonyms: [{ name: 'RLS', scope: 'abbreviation' }] }),
      makeEntry({ id: 'HP:0002527', kind: 'Phenotype', name: 'Falls', source: SEED_SOURCE, synonyms: [{ name: 'fall', scope: 'exact' }] }),
      makeEntry({ id: 'SYMP:0000450', kind: 'Phenotype', name: 'shock', source: 'SYMP' }),
    ]),
  );

  it('reads "fall asleep" and "electric shocks" (or "electric-shock") as no finding, "have falls" as one', () => {
    expect(found.mentions.filter((mention) => mention.kind === 'Phenotype').map((mention) => mention.text)).toEqual(['falls']);
  });
});

describe('a name a medicines section holds that is both a sign and a disease', () => {
  const found = recogniseArticle(
    segmentText('Hypothyroidism\n\nMedicines\n\nDrug 1. Levothyroxine\n• Side effects: anxiety and a fast heartbeat if the dose is too high.\n', 'hypothyroidism.txt', 'Diseases'),
    createLexicon([
      makeEntry({ id: 'MONDO:0005420', kind: 'Disease', name: 'hypothyroidism', source: 'MONDO' }),
      makeEntry({ id: 'DRUGBANK:DB00451', kind: 'Drug', name: 'Levothyroxine', source: 'DrugBank' }),
      makeEntry({ id: 'MONDO:0011918', kind: 'Disease', name: 'anxiety', source: 'MONDO' }),
      makeEntry({ id: 'HP:0000739', kind: 'Phenotype', name: 'Anxiety', source: 'HPO' }),
    ]),
  );

  it('reads it as the sign', () => {
    expect(found.mentions.filter((mention) => mention.text === 'anxiety').map((mention) => mention.entity)).toEqual(['HP:0000739']);
  });
});

describe("the topic's name before a finding", () => {
  const found = recogniseArticle(
    segmentText(
      'Cystic fibrosis (CF)\n\nComplications\n\n  1. CF liver disease — scarring of the liver in some adults.\n  2. Liver disease from other causes is rare.\n',
      'cystic-fibrosis.txt',
      'Diseases',
    ),
    createLexicon([
      makeEntry({ id: 'DOID:1485', kind: 'Disease', name: 'cystic fibrosis', source: 'DO', synonyms: [{ name: 'CF', scope: 'abbreviation' }] }),
      makeEntry({ id: 'DOID:409', kind: 'Disease', name: 'liver disease', source: 'DO' }),
    ]),
  );

  it('names the form the finding takes in the topic', () => {
    const names = found.mentions.map((mention) => found.entities.get(mention.entity)?.name);
    expect(names).toContain('CF liver disease');
    expect(found.mentions.filter((mention) => mention.entity === 'DOID:409').map((mention) => mention.text)).toEqual(['Liver disease']);
  });
});

describe("a drug page titled with the drug's salt", () => {
  it('reads the base name in the body as the topic, not another entry of the base', () => {
    const found = recogniseArticle(
      segmentText('Lithium Carbonate\n\nPrecautions\n\nLithium should not be used in people with severe kidney disease.\n', 'lithium.txt', 'Drugs'),
      createLexicon([
        makeEntry({ id: 'DRUGBANK:DB14509', kind: 'Drug', name: 'Lithium carbonate', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB01356', kind: 'Drug', name: 'Lithium cation', source: 'DrugBank', synonyms: [{ name: 'lithium', scope: 'exact' }] }),
      ]),
    );
    expect(found.primary).toBe('DRUGBANK:DB14509');
    expect(found.mentions.filter((mention) => mention.text === 'Lithium').map((mention) => mention.entity)).toEqual(['DRUGBANK:DB14509']);
  });
});

describe('a finding head glossed with two joined terms', () => {
  it('names each finding the gloss names', () => {
    const found = recogniseArticle(
      segmentText('Lithium\n\nSide effects\n\n  2. Thirst and passing a lot of urine (polydipsia and polyuria).\n', 'lithium.txt', 'Drugs'),
      createLexicon([
        makeEntry({ id: 'DRUGBANK:DB01356', kind: 'Drug', name: 'Lithium', source: 'DrugBank' }),
        makeEntry({ id: 'HP:0001959', kind: 'Phenotype', name: 'Polydipsia', source: 'HPO' }),
        makeEntry({ id: 'HP:0000103', kind: 'Phenotype', name: 'Polyuria', source: 'HPO' }),
      ]),
    );
    expect([...new Set(found.mentions.filter((mention) => mention.kind === 'Phenotype').map((mention) => mention.entity))].sort()).toEqual(['HP:0000103', 'HP:0001959']);
    expect([...found.entities.values()].filter((entity) => / and /u.test(entity.name))).toEqual([]);
  });
});

describe('a finding head glossed with two alternative terms', () => {
  it('names each finding the gloss offers', () => {
    const found = recogniseArticle(
      segmentText('Polycystic ovary syndrome\n\nSymptoms\n\n  1. Irregular or missed periods (oligomenorrhoea or amenorrhoea) — fewer than eight periods a year.\n', 'polycystic-ovary-syndrome.txt', 'Diseases'),
      createLexicon([
        makeEntry({ id: 'MONDO:0008487', kind: 'Disease', name: 'polycystic ovary syndrome', source: 'MONDO' }),
        makeEntry({ id: 'HP:0000876', kind: 'Phenotype', name: 'Oligomenorrhea', source: 'HPO' }),
        makeEntry({ id: 'HP:0000141', kind: 'Phenotype', name: 'Amenorrhea', source: 'HPO' }),
      ]),
    );
    expect([...new Set(found.mentions.filter((mention) => mention.kind === 'Phenotype').map((mention) => mention.entity))].sort()).toEqual(['HP:0000141', 'HP:0000876']);
    expect([...found.entities.values()].filter((entity) => / or /u.test(entity.name))).toEqual([]);
  });
});

describe('a finding head with a qualifier after a comma', () => {
  it('names the finding, not the qualifier ("mostly around the waist")', () => {
    const found = recogniseArticle(
      segmentText('Polycystic ovary syndrome\n\nSymptoms\n\n  1. Weight gain, mostly around the waist.\n  2. Hair thinning, usually on the scalp.\n  3. Tiredness, sometimes with double vision.\n', 'polycystic-ovary-syndrome.txt', 'Diseases'),
      createLexicon([
        makeEntry({ id: 'MONDO:0008487', kind: 'Disease', name: 'polycystic ovary syndrome', source: 'MONDO' }),
        makeEntry({ id: 'HP:0004324', kind: 'Phenotype', name: 'Increased body weight', source: 'HPO', synonyms: [{ name: 'Weight gain', scope: 'related' }] }),
        makeEntry({ id: 'HP:0012378', kind: 'Phenotype', name: 'Fatigue', source: 'HPO', synonyms: [{ name: 'Tiredness', scope: 'exact' }] }),
      ]),
    );
    const names = [...found.entities.values()].map((entity) => entity.name.toLowerCase());
    expect(names).toContain('increased body weight');
    expect(names.filter((name) => /^(?:mostly|usually|sometimes)\b/u.test(name))).toEqual([]);
  });
});

describe('a procedure head whose short form is also a drug name', () => {
  it('names the procedure, and the short form names it too', () => {
    const found = recogniseArticle(
      segmentText('Amyotrophic lateral sclerosis\n\nSurgeries and procedures\n\n  1. Percutaneous endoscopic gastrostomy (PEG) — a feeding tube placed when swallowing becomes unsafe.\n\nOutlook\n\nA PEG keeps weight steady.\n', 'amyotrophic-lateral-sclerosis.txt', 'Diseases'),
      createLexicon([
        makeEntry({ id: 'MONDO:0004976', kind: 'Disease', name: 'amyotrophic lateral sclerosis', source: 'MONDO' }),
        makeEntry({ id: 'DRUGBANK:DB09287', kind: 'Drug', name: 'Polyethylene glycol', source: 'DrugBank', synonyms: [{ name: 'PEG', scope: 'exact' }] }),
        makeEntry({ id: 'medkg:procedure:gastrostomy', kind: 'Procedure', name: 'gastrostomy', source: 'medkg-seed', synonyms: [{ name: 'feeding tube', scope: 'exact' }] }),
      ]),
    );
    expect(found.mentions.filter((mention) => mention.kind === 'Drug')).toEqual([]);
    const peg = found.mentions.filter((mention) => mention.text === 'PEG');
    expect(peg.length).toBeGreaterThan(0);
    expect(peg.every((mention) => found.entities.get(mention.entity)?.name === 'Percutaneous endoscopic gastrostomy')).toBe(true);
  });
});

describe('a complication head that says after what it comes', () => {
  it('names the condition alone ("Heart failure after long-standing untreated disease")', () => {
    const found = recogniseArticle(
      segmentText("Graves' disease\n\nComplications\n\n  1. Heart failure after long-standing untreated disease.\n", 'graves-disease.txt', 'Diseases'),
      createLexicon([
        makeEntry({ id: 'MONDO:0005364', kind: 'Disease', name: 'Graves disease', source: 'MONDO', synonyms: [{ name: "Graves' disease", scope: 'exact' }] }),
        makeEntry({ id: 'HP:0001635', kind: 'Phenotype', name: 'Congestive heart failure', source: 'HPO', synonyms: [{ name: 'Heart failure', scope: 'exact' }] }),
      ]),
    );
    expect(found.mentions.filter((mention) => mention.entity !== 'MONDO:0005364').map((mention) => mention.entity)).toEqual(['HP:0001635']);
  });
});

describe('a head joining two findings around an aside', () => {
  it('names both findings ("Skin rash and, rarely, allergic reactions")', () => {
    const found = recogniseArticle(
      segmentText('Apixaban\n\nSide effects\n\n  6. Skin rash and, rarely, allergic reactions.\n', 'apixaban.txt', 'Drugs'),
      createLexicon([
        makeEntry({ id: 'DRUGBANK:DB06605', kind: 'Drug', name: 'Apixaban', source: 'DrugBank' }),
        makeEntry({ id: 'HP:0000988', kind: 'Phenotype', name: 'Skin rash', source: 'HPO' }),
        makeEntry({ id: 'HP:0012393', kind: 'Phenotype', name: 'Allergy', source: 'HPO', synonyms: [{ name: 'allergic reaction', scope: 'exact' }] }),
      ]),
    );
    const findings = [...new Set(found.mentions.filter((mention) => mention.kind === 'Phenotype').map((mention) => mention.entity))].sort();
    expect(findings).toEqual(['HP:0000988', 'HP:0012393']);
  });
});

describe('a head whose comma sets off a last part the vocabulary knows', () => {
  it('is a list of two findings, though the first says after what it comes', () => {
    const found = recogniseArticle(
      segmentText('Lynch syndrome\n\nSymptoms\n\n  4. Bleeding after the menopause, or bleeding between periods — early signs of womb cancer.\n', 'lynch-syndrome.txt', 'Diseases'),
      createLexicon([
        makeEntry({ id: 'MONDO:0005835', kind: 'Disease', name: 'Lynch syndrome', source: 'MONDO' }),
        makeEntry({ id: 'HP:0100608', kind: 'Phenotype', name: 'Metrorrhagia', source: 'HPO', synonyms: [{ name: 'bleeding between periods', scope: 'exact' }] }),
      ]),
    );
    const names = [...new Set(found.mentions.filter((mention) => mention.kind === 'Phenotype').map((mention) => found.entities.get(mention.entity)?.name.toLowerCase()))].sort();
    expect(names).toEqual(['bleeding after the menopause', 'metrorrhagia']);
  });
});

describe('a side-effect head naming a condition that gets worse', () => {
  it('names the condition, not a local "worsening of" finding', () => {
    const found = recogniseArticle(
      segmentText('Lithium\n\nSide effects\n\n  5. Acne and worsening of psoriasis.\n', 'lithium.txt', 'Drugs'),
      createLexicon([
        makeEntry({ id: 'DRUGBANK:DB01356', kind: 'Drug', name: 'Lithium', source: 'DrugBank' }),
        makeEntry({ id: 'HP:0001061', kind: 'Phenotype', name: 'Acne', source: 'HPO' }),
        makeEntry({ id: 'MONDO:0005083', kind: 'Disease', name: 'psoriasis', source: 'MONDO' }),
      ]),
    );
    expect(found.mentions.some((mention) => mention.entity === 'MONDO:0005083')).toBe(true);
    expect([...found.entities.values()].filter((entity) => /worsening/iu.test(entity.name))).toEqual([]);
  });
});

describe('a complication head that names a disease by its own words', () => {
  const lexicon = createLexicon([
    makeEntry({ id: 'MONDO:0007739', kind: 'Disease', name: 'Huntington disease', source: 'MONDO' }),
    makeEntry({ id: 'MONDO:0000265', kind: 'Disease', name: 'aspiration pneumonia', source: 'MONDO' }),
    makeEntry({ id: 'HP:0011951', kind: 'Phenotype', name: 'Aspiration pneumonia', source: 'HPO' }),
    makeEntry({ id: 'HP:0003002', kind: 'Phenotype', name: 'Breast carcinoma', source: 'HPO' }),
    makeEntry({ id: 'MONDO:0007254', kind: 'Disease', name: 'breast cancer', source: 'MONDO', synonyms: [{ name: 'breast carcinoma', scope: 'exact' }] }),
    makeEntry({ id: 'HP:0100245', kind: 'Phenotype', name: 'Desmoid tumors', source: 'HPO' }),
    makeEntry({ id: 'MONDO:0007608', kind: 'Disease', name: 'desmoid tumor', source: 'MONDO', synonyms: [{ name: 'desmoid tumour', scope: 'exact' }] }),
  ]);

  it('is that disease though HPO also lists it as a sign', () => {
    const found = recogniseArticle(
      segmentText('Huntington disease\n\nComplications\n\n  1. Aspiration pneumonia — from food going down the wrong way.\n  2. Breast carcinoma — rarely.\n  3. Desmoid tumours — rarely.\n', 'huntington-disease.txt', 'Diseases'),
      lexicon,
    );
    const heads = found.mentions.filter((mention) => mention.origin === 'head').map((mention) => mention.entity);
    expect(heads).toEqual(['MONDO:0000265', 'MONDO:0007254', 'MONDO:0007608']);
  });
});

describe('a drug head that says what is added later', () => {
  it('names no local drug for "later with a progestogen"', () => {
    const found = recogniseArticle(
      segmentText('Classic Galactosaemia\n\nDrug treatments\n\nDrug 2. Estradiol (PROGYNOVA®), later with a progestogen\n• Purpose: starts puberty in girls with ovarian insufficiency.\n• Side effects: nausea.\n', 'classic-galactosaemia.txt', 'Diseases'),
      createLexicon([
        makeEntry({ id: 'MONDO:0009258', kind: 'Disease', name: 'classic galactosemia', source: 'MONDO', synonyms: [{ name: 'classic galactosaemia', scope: 'exact' }] }),
        makeEntry({ id: 'DRUGBANK:DB00783', kind: 'Drug', name: 'Estradiol', source: 'DrugBank', synonyms: [{ name: 'PROGYNOVA', scope: 'brand' }] }),
      ]),
    );
    expect([...found.entities.values()].filter((entity) => /later/iu.test(entity.name))).toEqual([]);
  });
});

describe('infections a side-effect list names by degree', () => {
  it('are a finding, while a named infection stays a disease', () => {
    const found = recogniseArticle(
      segmentText("Crohn's Disease\n\nDrug treatments\n\nDrug 3. Infliximab (REMICADE)\n• Side effects: infusion reactions, serious infections and genital yeast infections.\n", 'crohns-disease.txt', 'Diseases'),
      createLexicon([
        makeEntry({ id: 'MONDO:0005011', kind: 'Disease', name: "Crohn's disease", source: 'MONDO' }),
        makeEntry({ id: 'DRUGBANK:DB00065', kind: 'Drug', name: 'Infliximab', source: 'DrugBank', synonyms: [{ name: 'REMICADE', scope: 'brand' }] }),
        makeEntry({ id: 'medkg:disease:infection', kind: 'Disease', name: 'infection', source: 'medkg-seed' }),
      ]),
    );
    const kinds = [...found.entities.values()].filter((entity) => /infections?$/u.test(entity.name)).map((entity) => `${entity.kind}:${entity.name}`);
    expect(kinds).toEqual(expect.arrayContaining(['Phenotype:serious infections']));
    expect(kinds.filter((kind) => kind.includes('yeast'))).toEqual([expect.stringMatching(/^Disease:/u)]);
  });
});

describe('a number of medicines given as examples', () => {
  it('names no drug class "four medicines"', () => {
    const found = recogniseArticle(
      segmentText('Multiple Myeloma\n\nDrug treatments\n\nMost people receive a combination of three or four medicines, for example bortezomib and lenalidomide.\n', 'multiple-myeloma.txt', 'Cancer'),
      createLexicon([
        makeEntry({ id: 'MONDO:0009693', kind: 'Disease', name: 'multiple myeloma', source: 'MONDO' }),
        makeEntry({ id: 'DRUGBANK:DB00188', kind: 'Drug', name: 'Bortezomib', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB00480', kind: 'Drug', name: 'Lenalidomide', source: 'DrugBank' }),
      ]),
    );
    expect([...found.entities.values()].filter((entity) => /medicines/iu.test(entity.name))).toEqual([]);
  });
});

describe("the article's own short form that is also a gene's alias", () => {
  it('names the topic, not the gene, while a gene named by its approved symbol stays the gene', () => {
    const found = recogniseArticle(
      segmentText('Fanconi Anaemia (FA)\n\nDiagnostic tests\n\n  1. Genetic testing (FA gene panel) — finds both variants.\n\nCauses\n\n  1. Variants in the FANCA gene.\n', 'fanconi-anaemia.txt', 'Diseases'),
      createLexicon([
        makeEntry({ id: 'MONDO:0019391', kind: 'Disease', name: 'Fanconi anemia', source: 'MONDO', synonyms: [{ name: 'Fanconi anaemia', scope: 'exact' }] }),
        makeEntry({ id: 'HGNC:3951', kind: 'Gene', name: 'FXN', source: 'HGNC', synonyms: [{ name: 'FA', scope: 'alias_symbol' }] }),
        makeEntry({ id: 'HGNC:3582', kind: 'Gene', name: 'FANCA', source: 'HGNC' }),
        makeEntry({ id: 'medkg:test:genetic-testing', kind: 'Test', name: 'genetic testing', source: 'medkg-seed' }),
      ]),
    );
    const genes = found.mentions.filter((mention) => mention.kind === 'Gene').map((mention) => mention.entity);
    expect(genes).not.toContain('HGNC:3951');
    expect(genes).toContain('HGNC:3582');
  });
});

describe('the carrier state of a known disease', () => {
  const lexicon = createLexicon([
    makeEntry({ id: 'MONDO:0019402', kind: 'Disease', name: 'beta thalassemia', source: 'test', synonyms: [{ name: 'beta-thalassaemia', scope: 'exact' }] }),
  ]);
  const text = `Full Blood Count

Understanding the results

Small red cells with a normal ferritin point to beta-thalassaemia trait rather than to beta-thalassaemia itself.
`;
  const recognised = recogniseArticle(segmentText(text, 'full-blood-count.txt', 'Lab Tests'), lexicon);

  it('is a disease of its own, named with "trait", while the disease keeps its own mention', () => {
    const names = recognised.mentions.filter((mention) => mention.kind === 'Disease').map((mention) => `${mention.text} ${mention.entity}`);
    expect(names).toEqual(['beta-thalassaemia trait medkg:disease:beta-thalassaemia-trait', 'beta-thalassaemia MONDO:0019402']);
  });
});

describe('remarks inside a side-effect list', () => {
  it('names no finding "it blocks the same enzyme" nor "less often"', () => {
    const found = recogniseArticle(
      segmentText('Gilbert Syndrome\n\nDrug treatments\n\nDrug 3. Atazanavir (REYATAZ®)Antiviral\n• Side effects: it blocks the same enzyme, nausea, less often.\n', 'gilbert-syndrome.txt', 'Diseases'),
      createLexicon([
        makeEntry({ id: 'MONDO:0007745', kind: 'Disease', name: 'Gilbert syndrome', source: 'MONDO' }),
        makeEntry({ id: 'DRUGBANK:DB01072', kind: 'Drug', name: 'Atazanavir', source: 'DrugBank', synonyms: [{ name: 'REYATAZ', scope: 'brand' }] }),
        makeEntry({ id: 'HP:0002018', kind: 'Phenotype', name: 'Nausea', source: 'HPO' }),
      ]),
    );
    const findings = [...found.entities.values()].filter((entity) => entity.kind === 'Phenotype').map((entity) => entity.name);
    expect(findings).toEqual(['Nausea']);
  });
});

describe('a symptom head that says what the finding does or how long it lasts', () => {
  it('names the finding without its relative clause ("Dark sweat that stains clothes")', () => {
    const found = recogniseArticle(
      segmentText('Alkaptonuria\n\nSymptoms and signs\n\n  1. Dark sweat that stains clothes.\n', 'alkaptonuria.txt', 'Diseases'),
      createLexicon([makeEntry({ id: 'MONDO:0008753', kind: 'Disease', name: 'alkaptonuria', source: 'MONDO' })]),
    );
    expect([...found.entities.values()].filter((entity) => entity.kind === 'Phenotype').map((entity) => entity.name)).toEqual(['Dark sweat']);
  });

  it('names the finding without how long it lasts ("Morning stiffness lasting 45 minutes or longer")', () => {
    const found = recogniseArticle(
      segmentText('Polymyalgia Rheumatica\n\nSymptoms and signs\n\n  1. Morning stiffness lasting 45 minutes or longer — dressing becomes hard.\n', 'polymyalgia-rheumatica.txt', 'Diseases'),
      createLexicon([makeEntry({ id: 'MONDO:0019735', kind: 'Disease', name: 'polymyalgia rheumatica', source: 'MONDO' })]),
    );
    expect([...found.entities.values()].filter((entity) => entity.kind === 'Phenotype').map((entity) => entity.name)).toEqual(['Morning stiffness']);
  });
});

describe('a symptom head that joins two findings with "or"', () => {
  const names = (head: string): string[] =>
    [...recogniseArticle(segmentText(`Neuroblastoma\n\nSymptoms and signs\n\n  1. ${head} — needs emergency treatment.\n`, 'neuroblastoma.txt', 'Diseases'), createLexicon([makeEntry({ id: 'MONDO:0005072', kind: 'Disease', name: 'neuroblastoma', source: 'MONDO' })])).entities.values()]
      .filter((entity) => entity.kind === 'Phenotype')
      .map((entity) => entity.name)
      .sort();

  it('names each when the last part is a phrase of its own ("Weakness of the legs or trouble passing urine")', () => {
    expect(names('Weakness of the legs or trouble passing urine')).toEqual(['Weakness of the legs', 'trouble passing urine']);
  });

  it('keeps one finding when the parts share their noun ("Change in size or shape of one breast")', () => {
    expect(names('Change in size or shape of one breast')).toEqual(['Change in size or shape of one breast']);
  });
});

describe('a side-effect list with examples and advice after it', () => {
  it('names no "… such as" phrase, no class of side effects and nothing of the advice', () => {
    const found = recogniseArticle(
      segmentText(
        'Achondroplasia\n\nDrug treatments\n\nDrug 1. Vosoritide (VOXZOGO®)\n• Side effects: injection-site reactions such as redness, immune-related side effects such as nausea, and vomiting soon after the dose, so children should eat and drink beforehand.\n',
        'achondroplasia.txt',
        'Diseases',
      ),
      createLexicon([
        makeEntry({ id: 'MONDO:0007037', kind: 'Disease', name: 'achondroplasia', source: 'MONDO' }),
        makeEntry({ id: 'medkg:drug:vosoritide', kind: 'Drug', name: 'vosoritide', source: 'medkg', synonyms: [{ name: 'VOXZOGO', scope: 'brand' }] }),
        makeEntry({ id: 'HP:0002018', kind: 'Phenotype', name: 'Nausea', source: 'HPO' }),
        makeEntry({ id: 'HP:0002013', kind: 'Phenotype', name: 'Vomiting', source: 'HPO' }),
      ]),
    );
    const names = [...found.entities.values()].filter((entity) => entity.kind === 'Phenotype').map((entity) => entity.name);
    expect(names.filter((name) => /such as|side effects|beforehand|drink/iu.test(name))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(['Nausea', 'Vomiting']));
  });
});

describe('a head joining a test\'s capital short name and another test', () => {
  it('names two tests ("PET-CT and whole-body MRI"), not one test of both', () => {
    const found = recogniseArticle(
      segmentText('Multiple Myeloma\n\nDiagnostic tests\n\n  1. PET-CT and whole-body MRI — find active disease and lesions in the spine.\n', 'multiple-myeloma.txt', 'Cancer'),
      createLexicon([makeEntry({ id: 'MONDO:0009693', kind: 'Disease', name: 'multiple myeloma', source: 'MONDO' })]),
    );
    expect([...found.entities.values()].filter((entity) => entity.kind === 'Test').map((entity) => entity.name).sort()).toEqual(['PET-CT', 'whole-body MRI']);
  });
});

describe('a type head written in the other word order than the vocabulary', () => {
  it('finds "Type 1 autoimmune hepatitis" as Mondo\'s "autoimmune hepatitis type 1"', () => {
    const found = recogniseArticle(
      segmentText('Autoimmune Hepatitis\n\nTypes\n\n  1. Type 1 autoimmune hepatitis — the most common type.\n', 'autoimmune-hepatitis.txt', 'Diseases'),
      createLexicon([
        makeEntry({ id: 'MONDO:0016264', kind: 'Disease', name: 'autoimmune hepatitis', source: 'MONDO' }),
        makeEntry({ id: 'MONDO:0005543', kind: 'Disease', name: 'autoimmune hepatitis type 1', source: 'MONDO' }),
      ]),
    );
    expect(found.mentions.map((mention) => mention.entity)).toContain('MONDO:0005543');
  });
});
