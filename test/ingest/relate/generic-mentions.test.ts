// Mentions that name no further relation: a cancer article's generic word for its own topic, and
// a test article's reasons for testing. Real read → clean → segment → recognise → relate stages
// over articles of our own; entries are real (ids and names as in /work/shared/data/vocab).
import { describe, expect, it } from 'vitest';
import type { VocabEntry } from '../../../src/domain/vocabulary.js';
import { recogniseArticle } from '../../../src/ingest/recognise/recognise.js';
import { relateArticle } from '../../../src/ingest/relate/relate.js';
import { createLexicon } from '../../../src/lexicon/create.js';
import { makeEntry } from '../../../src/lexicon/model.js';
import { segmentText } from '../article-fixture.js';

function relations(text: string, file: string, category: string, entries: VocabEntry[]): string[] {
  const graph = relateArticle(recogniseArticle(segmentText(text, file, category), createLexicon(entries)), { contentHash: 'h' });
  return graph.edges.filter((edge) => edge.predicate !== 'MENTIONS' && edge.predicate !== 'ABOUT').map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);
}

describe('a cancer article', () => {
  const entries = [
    makeEntry({ id: 'MONDO:0005105', kind: 'Disease', name: 'melanoma', source: 'MONDO' }),
    makeEntry({ id: 'MONDO:0004992', kind: 'Disease', name: 'cancer', source: 'MONDO' }),
    makeEntry({ id: 'DRUGBANK:DB09035', kind: 'Drug', name: 'Nivolumab', source: 'DrugBank' }),
  ];
  const text = `Melanoma

Definition

Melanoma is a cancer of the pigment cells of the skin.

Diagnostic tests

  1. Sentinel lymph node biopsy — checks for cancer in the nearest lymph node.

Drug treatments

Nivolumab is used after surgery to lower the chance of the cancer coming back, and for melanoma that has spread.
`;
  const edges = relations(text, 'melanoma.txt', 'Cancer', entries);

  it('reads "the cancer" as the topic itself: no relation to a separate cancer node', () => {
    expect(edges).toContain('DRUGBANK:DB09035 TREATS MONDO:0005105');
    expect(edges.filter((edge) => edge.includes('MONDO:0004992'))).toEqual([]);
  });

  it('keeps cancer as a relation object in an article about something else', () => {
    const other = relations(
      'Familial Cylindromatosis\n\nSymptoms\n\n  1. Skin tumours — a few of them become cancer.\n\nComplications\n\n  1. Cancer — a tumour can turn malignant.\n',
      'familial-cylindromatosis.txt',
      'Diseases',
      [makeEntry({ id: 'MONDO:0007565', kind: 'Disease', name: 'familial cylindromatosis', source: 'MONDO' }), entries[1] as VocabEntry],
    );
    expect(other).toContain('MONDO:0007565 HAS_COMPLICATION MONDO:0004992');
  });

  it('reads "the tumour" as the topic too when the vocabulary has it as a sign', () => {
    const withSign = relations(
      'Melanoma\n\nDrug treatments\n\nNivolumab shrinks the tumour in many people.\n',
      'melanoma.txt',
      'Cancer',
      [...entries, makeEntry({ id: 'HP:0002664', kind: 'Phenotype', name: 'Neoplasm', source: 'HPO', synonyms: [{ name: 'tumour', scope: 'exact' }] })],
    );
    expect(withSign.filter((edge) => edge.includes('HP:0002664'))).toEqual([]);
  });

  it('keeps a specific cancer a gloss explains with the word "cancer"', () => {
    const text = `Breast Cancer

Medicines

Drug 1. Tamoxifen (NOLVADEX)
• Purpose: treats breast cancer.
• Side effects: hot flushes and, rarely, cancer of the womb lining (endometrial cancer).
`;
    const breast = [
      makeEntry({ id: 'MONDO:0007254', kind: 'Disease', name: 'breast cancer', source: 'MONDO' }),
      makeEntry({ id: 'MONDO:0011962', kind: 'Disease', name: 'endometrial cancer', source: 'MONDO' }),
      makeEntry({ id: 'DRUGBANK:DB00675', kind: 'Drug', name: 'Tamoxifen', source: 'DrugBank' }),
      entries[1] as VocabEntry,
    ];
    expect(relations(text, 'breast-cancer.txt', 'Cancer', breast)).toContain('DRUGBANK:DB00675 HAS_ADVERSE_EFFECT MONDO:0011962');
  });
});

describe('a lab test article', () => {
  const entries = [
    makeEntry({ id: 'LOINC:5902-2', kind: 'Test', name: 'Prothrombin time (PT)', source: 'LOINC', synonyms: [{ name: 'prothrombin time', scope: 'exact' }] }),
    makeEntry({ id: 'HP:0000421', kind: 'Phenotype', name: 'Epistaxis', source: 'HPO', synonyms: [{ name: 'nosebleeds', scope: 'layperson' }] }),
    makeEntry({ id: 'DOID:5082', kind: 'Disease', name: 'liver cirrhosis', source: 'DO', synonyms: [{ name: 'cirrhosis', scope: 'exact' }] }),
  ];
  const text = `Prothrombin Time Test

What is the test?

The prothrombin time test measures how long blood takes to clot.

Why is this test done?

  1. To look for a bleeding disorder — in someone who has nosebleeds or bleeds for a long time after a cut.

  2. To assess liver disease — a long prothrombin time in cirrhosis shows that the liver makes too few clotting factors.
`;
  const edges = relations(text, 'prothrombin-time-test.txt', 'Lab Tests', entries);

  it('takes the measurement a vocabulary knows for the topic of "<measurement> Test"', () => {
    const graph = relateArticle(recogniseArticle(segmentText(text, 'prothrombin-time-test.txt', 'Lab Tests'), createLexicon(entries)), { contentHash: 'h' });
    expect(graph.article.primaryEntity).toBe('LOINC:5902-2');
  });

  it("leaves what another test's item finds to that test", () => {
    const withRelated = `${text}\nRelated tests\n\n  1. Creatine kinase — checked if muscle aches develop on a statin.\n`;
    const edges = relations(withRelated, 'prothrombin-time-test.txt', 'Lab Tests', [
      ...entries,
      makeEntry({ id: 'HP:0003326', kind: 'Phenotype', name: 'Myalgia', source: 'HPO', synonyms: [{ name: 'muscle aches', scope: 'layperson' }] }),
    ]);
    expect(edges.filter((edge) => edge.includes('HP:0003326'))).toEqual([]);
  });

  it("gives another test's item what it says that test monitors", () => {
    const withRelated = `${text}\nRelated tests\n\n  1. Activated partial thromboplastin time (aPTT) — checks the other arm of clotting and is used to monitor heparin.\n`;
    const edges = relations(withRelated, 'prothrombin-time-test.txt', 'Lab Tests', [
      ...entries,
      makeEntry({ id: 'LOINC:14979-9', kind: 'Test', name: 'aPTT in Platelet poor plasma by Coagulation assay', source: 'LOINC', synonyms: [{ name: 'activated partial thromboplastin time', scope: 'exact' }, { name: 'aPTT', scope: 'abbreviation' }] }),
      makeEntry({ id: 'DRUGBANK:DB01109', kind: 'Drug', name: 'Heparin', source: 'DrugBank' }),
    ]);
    expect(edges).toContain('LOINC:14979-9 MONITORS DRUGBANK:DB01109');
    expect(edges).not.toContain('LOINC:5902-2 MONITORS DRUGBANK:DB01109');
  });

  it('does not let a negation in what a result shows deny the condition the test assesses', () => {
    const assessed = relations(
      `${text}\n  3. To check for vitamin K deficiency — a long prothrombin time then shows that the liver cannot make enough clotting factors.\n`,
      'prothrombin-time-test.txt',
      'Lab Tests',
      [...entries, makeEntry({ id: 'HP:0011892', kind: 'Phenotype', name: 'Vitamin K deficiency', source: 'HPO' })],
    );
    expect(assessed).toContain('LOINC:5902-2 DIAGNOSES HP:0011892');
  });

  it('monitors a treatment the purpose says it checks is working', () => {
    const working = relations(
      `${text}\n  3. To check whether treatment, such as warfarin, is working.\n`,
      'prothrombin-time-test.txt',
      'Lab Tests',
      [...entries, makeEntry({ id: 'DRUGBANK:DB00682', kind: 'Drug', name: 'Warfarin', source: 'DrugBank' })],
    );
    expect(working).toContain('LOINC:5902-2 MONITORS DRUGBANK:DB00682');
  });

  it('finds what the test diagnoses, not the signs that send someone to be tested', () => {
    expect(edges).toContain('LOINC:5902-2 DIAGNOSES DOID:5082');
    expect(edges.filter((edge) => edge.includes('HP:0000421'))).toEqual([]);
  });

  it('finds no cause named in passing and nothing a treatment corrects', () => {
    const passing = relations(
      `${text}\n  3. To help find DIC, a serious complication of sepsis.\n\nResults\n\nVitamin K can correct the nosebleeds while the liver recovers.\n`,
      'prothrombin-time-test.txt',
      'Lab Tests',
      [...entries, makeEntry({ id: 'HP:0100806', kind: 'Phenotype', name: 'Sepsis', source: 'HPO' })],
    );
    expect(passing.filter((edge) => edge.includes('HP:0100806') || edge.includes('HP:0000421'))).toEqual([]);
  });

  it('monitors the medicine, not the condition naming its kind ("the tuberculosis medicine isoniazid")', () => {
    const medicine = relations(
      `${text}\n  3. To monitor medicines that can harm the liver, such as the tuberculosis medicine isoniazid.\n`,
      'prothrombin-time-test.txt',
      'Lab Tests',
      [...entries, makeEntry({ id: 'DOID:399', kind: 'Disease', name: 'tuberculosis', source: 'DO' }), makeEntry({ id: 'DRUGBANK:DB00951', kind: 'Drug', name: 'Isoniazid', source: 'DrugBank' })],
    );
    expect(medicine).toContain('LOINC:5902-2 MONITORS DRUGBANK:DB00951');
    expect(medicine.filter((edge) => edge.includes('DOID:399'))).toEqual([]);
  });

  it('monitors what a sentence of any section says the test is used to monitor', () => {
    const monitored = relations(
      'Prothrombin Time Test\n\nSummary\n\nThe prothrombin time test measures how long blood takes to clot. Doctors also use it to monitor cirrhosis.\n',
      'prothrombin-time-test.txt',
      'Lab Tests',
      entries,
    );
    expect(monitored).toContain('LOINC:5902-2 MONITORS DOID:5082');
  });

  it('reads what a low result explains as signs, and "this <condition>" as pointing back', () => {
    const more = relations(
      `${text}
  3. To find a clotting factor deficiency — a low level explains nosebleeds. In this autoimmune disease the clotting factors fall.
`,
      'prothrombin-time-test.txt',
      'Lab Tests',
      [...entries, makeEntry({ id: 'DOID:417', kind: 'Disease', name: 'autoimmune disease', source: 'DO' })],
    );
    expect(more.filter((edge) => edge.includes('HP:0000421') || edge.includes('DOID:417'))).toEqual([]);
  });
});

describe('a drug article item about another treatment', () => {
  const WARFARIN = 'DRUGBANK:DB00682';
  const edges = relations(
    `Warfarin

About warfarin

Warfarin is an anticoagulant tablet.

Reversing the effect

  1. Prothrombin complex concentrate (PCC) — for serious bleeding, works within minutes.
`,
    'warfarin.txt',
    'Drugs',
    [
      makeEntry({ id: WARFARIN, kind: 'Drug', name: 'Warfarin', source: 'DrugBank' }),
      makeEntry({ id: 'medkg:drug:prothrombin-complex-concentrate', kind: 'Drug', name: 'Prothrombin complex concentrate', source: 'medkg' }),
      makeEntry({ id: 'HP:0001892', kind: 'Phenotype', name: 'Abnormal bleeding', source: 'HPO', synonyms: [{ name: 'bleeding', scope: 'exact' }] }),
    ],
  );

  it('gives what the item treats to the item, not to the topic', () => {
    expect(edges).toContain('medkg:drug:prothrombin-complex-concentrate TREATS HP:0001892');
    expect(edges).not.toContain(`${WARFARIN} TREATS HP:0001892`);
  });
});

describe("a drug article's indications and cautions", () => {
  const ALLOPURINOL = 'DRUGBANK:DB00437';
  const edges = relations(
    `Allopurinol

What is it used for?

  1. Gout — lowers uric acid and prevents attacks.
  2. Tumour lysis syndrome prevention — started a day or two before chemotherapy for leukaemia.

Cautions

Chronic kidney disease: start at a lower dose and increase slowly.
`,
    'allopurinol.txt',
    'Drugs',
    [
      makeEntry({ id: ALLOPURINOL, kind: 'Drug', name: 'Allopurinol', source: 'DrugBank' }),
      makeEntry({ id: 'MONDO:0005393', kind: 'Disease', name: 'gout', source: 'MONDO' }),
      makeEntry({ id: 'MONDO:0043875', kind: 'Disease', name: 'tumor lysis syndrome', source: 'MONDO', synonyms: [{ name: 'tumour lysis syndrome', scope: 'exact' }] }),
      makeEntry({ id: 'MONDO:0005059', kind: 'Disease', name: 'leukemia', source: 'MONDO', synonyms: [{ name: 'leukaemia', scope: 'exact' }] }),
      makeEntry({ id: 'MONDO:0005300', kind: 'Disease', name: 'chronic kidney disease', source: 'MONDO' }),
    ],
  );

  it('treats the indication an item names, not the setting its explanation describes', () => {
    expect(edges).toContain(`${ALLOPURINOL} TREATS MONDO:0005393`);
    expect(edges).toContain(`${ALLOPURINOL} TREATS MONDO:0043875`);
    expect(edges).not.toContain(`${ALLOPURINOL} TREATS MONDO:0005059`);
  });

  it('reads a dose caution as no indication and no contraindication', () => {
    expect(edges.filter((edge) => edge.includes('MONDO:0005300'))).toEqual([]);
  });
});

describe("a test's own result", () => {
  const edges = relations(
    `Serum Ferritin Test

Why is this test done?

  1. To look for iron deficiency — a low ferritin shows the iron stores are empty.
  2. To look for iron overload — an increased serum ferritin can point to haemochromatosis.
`,
    'serum-ferritin-test.txt',
    'Lab Tests',
    [
      makeEntry({ id: 'LOINC:2276-4', kind: 'Test', name: 'Ferritin [Mass/volume] in Serum or Plasma', source: 'LOINC', synonyms: [{ name: 'serum ferritin', scope: 'exact' }] }),
      makeEntry({ id: 'HP:0003281', kind: 'Phenotype', name: 'Increased serum ferritin', source: 'HPO' }),
      makeEntry({ id: 'DOID:2352', kind: 'Disease', name: 'hemochromatosis', source: 'DO', synonyms: [{ name: 'haemochromatosis', scope: 'exact' }] }),
    ],
  );

  it('is no condition the test diagnoses; what the result points to is', () => {
    expect(edges).toContain('LOINC:2276-4 DIAGNOSES DOID:2352');
    expect(edges).not.toContain('LOINC:2276-4 DIAGNOSES HP:0003281');
  });
});

describe("a level of an analyte a panel's page names as a test of its own", () => {
  const panel = [
    makeEntry({ id: 'medkg:test:liver-function-tests', kind: 'Test', name: 'liver function tests', source: 'medkg', synonyms: [{ name: 'LFTs', scope: 'abbreviation' }] }),
    makeEntry({ id: 'LOINC:1751-7', kind: 'Test', name: 'Albumin [Mass/volume] in Serum or Plasma', source: 'LOINC', synonyms: [{ name: 'serum albumin', scope: 'exact' }] }),
    makeEntry({ id: 'HP:0003073', kind: 'Phenotype', name: 'Hypoalbuminemia', source: 'HPO', synonyms: [{ name: 'Low blood albumin', scope: 'exact' }] }),
    makeEntry({ id: 'HP:0002155', kind: 'Phenotype', name: 'Hypertriglyceridemia', source: 'HPO', synonyms: [{ name: 'Increased triglycerides', scope: 'exact' }] }),
    makeEntry({ id: 'LOINC:2571-8', kind: 'Test', name: 'Triglyceride [Mass/volume] in Serum or Plasma', source: 'LOINC', synonyms: [{ name: 'triglycerides', scope: 'exact' }] }),
  ];
  const edges = (results: string) =>
    relations(
      `Liver Function Tests\n\nWhat the test measures\n\n  1. Serum albumin — the main blood protein made by the liver.\n  2. Triglycerides — fats in the blood.\n\nWhat the results mean\n\n${results}\n`,
      'liver-function-tests.txt',
      'Lab Tests',
      panel,
    );

  it('reads "low blood albumin" as a reading of the albumin test, not a diagnosis of the panel', () => {
    expect(edges('  1. Low blood albumin with a long prothrombin time — the liver is not making enough protein.').filter((edge) => edge.includes('HP:0003073'))).toEqual([]);
  });

  it('still diagnoses a level the page says the test is done to find', () => {
    expect(edges('  1. To find increased triglycerides before they inflame the pancreas.')).toContain('medkg:test:liver-function-tests DIAGNOSES HP:0002155');
  });
});

describe('pregnancy, a state of life', () => {
  const entries = [
    makeEntry({ id: 'DOID:0050425', kind: 'Disease', name: 'restless legs syndrome', source: 'DOID' }),
    makeEntry({ id: 'DRUGBANK:DB00682', kind: 'Drug', name: 'Warfarin', source: 'DrugBank' }),
    makeEntry({ id: 'medkg:phenotype:pregnancy', kind: 'Phenotype', name: 'pregnancy', synonyms: [{ name: 'pregnant', scope: 'exact' }], source: 'medkg' }),
  ];

  it('is no sign of a disease whose symptoms section names it', () => {
    const text = `Restless legs syndrome

Definition

Restless legs syndrome is a condition that causes an urge to move the legs.

Symptoms

Symptoms often get worse during pregnancy and in pregnant women with low iron.
`;
    expect(relations(text, 'restless-legs-syndrome.txt', 'Diseases', entries).filter((edge) => edge.includes('pregnancy'))).toEqual([]);
  });

  it('is where a medicine must not be used', () => {
    const text = `Warfarin

What it is

Warfarin is a medicine that stops blood from clotting too easily.

Cautions

Warfarin must not be taken during pregnancy, because it can harm the baby.
`;
    expect(relations(text, 'warfarin.txt', 'Drugs', entries)).toContain('DRUGBANK:DB00682 CONTRAINDICATED_IN medkg:phenotype:pregnancy');
  });
});

describe('conditions a definition says the topic has been linked to', () => {
  it('are no signs of it', () => {
    const edges = relations(
      'Restless legs syndrome\n\nWhat is restless legs syndrome?\n\nRestless legs syndrome causes an urge to move the legs. The disorder has been linked to kidney failure and pregnancy. It may cause falls.\n',
      'restless-legs-syndrome.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0005391', kind: 'Disease', name: 'restless legs syndrome', source: 'MONDO' }),
        makeEntry({ id: 'HP:0000083', kind: 'Phenotype', name: 'Renal insufficiency', source: 'HPO', synonyms: [{ name: 'kidney failure', scope: 'exact' }] }),
        makeEntry({ id: 'HP:0002527', kind: 'Phenotype', name: 'Falls', source: 'HPO' }),
      ],
    );
    expect(edges).toContain('MONDO:0005391 HAS_PHENOTYPE HP:0002527');
    expect(edges.filter((edge) => edge.includes('HP:0000083'))).toEqual([]);
  });
});

describe("a drug's use headed by its aim", () => {
  it('treats the condition after "Prevention of", and makes no condition of who it is for', () => {
    const edges = relations(
      'Tamoxifen\n\nUses\n\n  1. Prevention of breast cancer — in women with a strong family history.\n\n  2. Prevention in women at high risk — taken for 5 years.\n',
      'tamoxifen.txt',
      'Drugs',
      [makeEntry({ id: 'DRUGBANK:DB00675', kind: 'Drug', name: 'Tamoxifen', source: 'DrugBank' }), makeEntry({ id: 'MONDO:0007254', kind: 'Disease', name: 'breast cancer', source: 'MONDO' })],
    );
    expect(edges).toEqual(['DRUGBANK:DB00675 TREATS MONDO:0007254']);
  });
});

describe('a complication item whose explanation defines its head', () => {
  it('adds no finding from the definition', () => {
    const edges = relations(
      'Hereditary haemochromatosis\n\nComplications\n\n  1. Cirrhosis — scarring of the liver, in people with very high iron.\n',
      'hereditary-haemochromatosis.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0006507', kind: 'Disease', name: 'hereditary hemochromatosis', source: 'MONDO', synonyms: [{ name: 'hereditary haemochromatosis', scope: 'exact' }] }),
        makeEntry({ id: 'HP:0001394', kind: 'Phenotype', name: 'Cirrhosis', source: 'HPO' }),
        makeEntry({ id: 'HP:0100699', kind: 'Phenotype', name: 'Scarring', source: 'HPO' }),
      ],
    );
    expect(edges).toEqual(['MONDO:0006507 HAS_COMPLICATION HP:0001394']);
  });
});

describe("a symptom item whose explanation takes up its head's own word", () => {
  it('reads the word as the head again, not as a further finding', () => {
    const edges = relations(
      'Cystic fibrosis\n\nSymptoms\n\n  1. Repeated chest infections — infections with bacteria damage the airways over time.\n',
      'cystic-fibrosis.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0009061', kind: 'Disease', name: 'cystic fibrosis', source: 'MONDO' }),
        makeEntry({ id: 'HP:0002205', kind: 'Phenotype', name: 'Recurrent respiratory infections', source: 'HPO', synonyms: [{ name: 'repeated chest infections', scope: 'exact' }] }),
        makeEntry({ id: 'HP:0002719', kind: 'Phenotype', name: 'recurrent infections', source: 'medkg-seed', synonyms: [{ name: 'infections', scope: 'exact' }] }),
      ],
    );
    expect(edges).toEqual(['MONDO:0009061 HAS_PHENOTYPE HP:0002205']);
  });
});

describe('a complication item headed by a named disease', () => {
  it('takes the signs its explanation lists as that disease\'s, not the topic\'s', () => {
    const edges = relations(
      "Rheumatoid arthritis\n\nComplications\n\n  1. Secondary Sjögren's syndrome — dry eyes and a dry mouth.\n",
      'rheumatoid-arthritis.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0008383', kind: 'Disease', name: 'rheumatoid arthritis', source: 'MONDO' }),
        makeEntry({ id: 'HP:0001097', kind: 'Phenotype', name: 'Keratoconjunctivitis sicca', source: 'HPO', synonyms: [{ name: 'dry eyes', scope: 'layperson' }] }),
      ],
    );
    expect(edges.filter((edge) => edge.includes('HP:0001097'))).toEqual([]);
    expect(edges.some((edge) => edge.startsWith('MONDO:0008383 HAS_COMPLICATION medkg:disease:'))).toBe(true);
  });
});

describe("a drug page's side effects, monitoring and dose notes", () => {
  const MTX = 'DRUGBANK:DB00563';
  const edges = relations(
    `Methotrexate

Side effects

  1. Bone marrow suppression — low platelets (thrombocytopenia); more likely in older people and in kidney disease.

Monitoring

  1. Chest X-ray — before starting, as a baseline for later lung problems.
  2. Serum creatinine — the dose is lowered when kidney function falls.
`,
    'methotrexate.txt',
    'Drugs',
    [
      makeEntry({ id: MTX, kind: 'Drug', name: 'Methotrexate', source: 'DrugBank' }),
      makeEntry({ id: 'HP:0001873', kind: 'Phenotype', name: 'Thrombocytopenia', source: 'HPO' }),
      makeEntry({ id: 'MONDO:0005240', kind: 'Disease', name: 'kidney disease', source: 'MONDO' }),
      makeEntry({ id: 'HP:0002088', kind: 'Phenotype', name: 'Abnormality of lung morphology', source: 'HPO', synonyms: [{ name: 'lung problems', scope: 'layperson' }] }),
      makeEntry({ id: 'HP:0002527', kind: 'Phenotype', name: 'Falls', source: 'HPO' }),
    ],
  );

  it('takes the listed effect, not who is at risk of it', () => {
    expect(edges).toContain(`${MTX} HAS_ADVERSE_EFFECT HP:0001873`);
    expect(edges.filter((edge) => edge.includes('MONDO:0005240'))).toEqual([]);
  });

  it('treats nothing a monitoring item watches for, and reads "kidney function falls" as no fall', () => {
    expect(edges.filter((edge) => edge.includes(' TREATS '))).toEqual([]);
    expect(edges.filter((edge) => edge.includes('HP:0002527'))).toEqual([]);
  });
});

describe('a condition that says who has a sign', () => {
  it('is no sign itself', () => {
    const edges = relations(
      'Alpha-1 antitrypsin deficiency\n\nSymptoms\n\n  1. Tiredness and a swollen belly from fluid (ascites) in adults with liver disease.\n',
      'alpha-1-antitrypsin-deficiency.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0013282', kind: 'Disease', name: 'alpha 1-antitrypsin deficiency', source: 'MONDO', synonyms: [{ name: 'alpha-1 antitrypsin deficiency', scope: 'exact' }] }),
        makeEntry({ id: 'HP:0001541', kind: 'Phenotype', name: 'Ascites', source: 'HPO' }),
        makeEntry({ id: 'HP:0001392', kind: 'Phenotype', name: 'Abnormality of the liver', source: 'HPO', synonyms: [{ name: 'liver disease', scope: 'layperson' }] }),
      ],
    );
    expect(edges).toContain('MONDO:0013282 HAS_PHENOTYPE HP:0001541');
    expect(edges.filter((edge) => edge.includes('HP:0001392'))).toEqual([]);
  });
});

describe('side-effect lines that name who is at risk, a level in the body and everyday words', () => {
  const LISINOPRIL = 'DRUGBANK:DB00722';
  const entries = [
    makeEntry({ id: LISINOPRIL, kind: 'Drug', name: 'Lisinopril', source: 'DrugBank' }),
    makeEntry({ id: 'DRUGBANK:DB04945', kind: 'Drug', name: 'Hemoglobin', source: 'DrugBank', synonyms: [{ name: 'haemoglobin', scope: 'exact' }] }),
    makeEntry({ id: 'HP:0001944', kind: 'Phenotype', name: 'Dehydration', source: 'HPO' }),
    makeEntry({ id: 'HP:0001297', kind: 'Phenotype', name: 'Stroke', source: 'HPO' }),
    makeEntry({ id: 'MONDO:0005015', kind: 'Disease', name: 'diabetes mellitus', source: 'MONDO', synonyms: [{ name: 'diabetes', scope: 'exact' }] }),
    makeEntry({ id: 'HP:0001953', kind: 'Phenotype', name: 'Diabetic ketoacidosis', source: 'HPO' }),
    makeEntry({ id: 'HP:0002527', kind: 'Phenotype', name: 'Falls', source: 'HPO', synonyms: [{ name: 'fall', scope: 'exact' }] }),
    makeEntry({ id: 'medkg:disease:renal-artery-stenosis', kind: 'Disease', name: 'renal artery stenosis', source: 'medkg-seed' }),
  ];
  const edges = relations(
    `Lisinopril

Side effects

  1. Worsening kidney function — a large rise in creatinine, especially with dehydration.
  2. High potassium — more likely with kidney disease, diabetes or supplements.
  3. Stroke — when haemoglobin is pushed too high.

Cautions

It is avoided in people with renal artery stenosis, because kidney function can fall suddenly.
`,
    'lisinopril.txt',
    'Drugs',
    entries,
  );

  it('takes no adverse effect from who is at risk', () => {
    expect(edges.filter((edge) => edge.includes('HP:0001944') || edge.includes('MONDO:0005015'))).toEqual([]);
  });

  it("takes no adverse effect from who is at risk in a disease article's drug item either", () => {
    const drugItem = relations(
      'Chronic kidney disease\n\nDrug treatments\n\nDrug 1. Lisinopril (ZESTRIL)\n• Purpose: slows CKD.\n• Side effects: rarely, diabetic ketoacidosis in people with diabetes.\n',
      'chronic-kidney-disease.txt',
      'Diseases',
      [...entries, makeEntry({ id: 'MONDO:0005300', kind: 'Disease', name: 'chronic kidney disease', source: 'MONDO', synonyms: [{ name: 'CKD', scope: 'abbreviation' }] })],
    );
    expect(drugItem).toContain(`${LISINOPRIL} HAS_ADVERSE_EFFECT HP:0001953`);
    expect(drugItem.filter((edge) => edge.includes('MONDO:0005015'))).toEqual([]);
  });

  it('reads a level in the body as no medicine', () => {
    expect(edges).toContain(`${LISINOPRIL} HAS_ADVERSE_EFFECT HP:0001297`);
    expect(edges.filter((edge) => edge.startsWith('DRUGBANK:DB04945'))).toEqual([]);
  });

  it('reads "kidney function can fall" as no finding', () => {
    expect(edges.filter((edge) => edge.includes('HP:0002527'))).toEqual([]);
  });
});

describe('a complication item headed by a class of organ disease', () => {
  it('takes the members its explanation lists as complications of the topic', () => {
    const edges = relations(
      'Chronic kidney disease\n\nComplications\n\n  1. Cardiovascular disease — stroke and heart failure are the commonest causes of death.\n',
      'chronic-kidney-disease.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0005300', kind: 'Disease', name: 'chronic kidney disease', source: 'MONDO' }),
        makeEntry({ id: 'MONDO:0004995', kind: 'Disease', name: 'cardiovascular disorder', source: 'MONDO', synonyms: [{ name: 'cardiovascular disease', scope: 'exact' }] }),
        makeEntry({ id: 'HP:0001297', kind: 'Phenotype', name: 'Stroke', source: 'HPO' }),
      ],
    );
    expect(edges).toContain('MONDO:0005300 HAS_COMPLICATION HP:0001297');
  });
});

describe("the topic's own class and a relative's condition", () => {
  it('are no complication or sign of the topic', () => {
    const edges = relations(
      'Type 2 diabetes\n\nDefinition\n\nIt is often found only after a relative has an early heart attack.\n\nComplications\n\n  1. Heart attack and stroke — diabetes doubles the risk of both.\n',
      'type-2-diabetes.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0005148', kind: 'Disease', name: 'type 2 diabetes mellitus', source: 'MONDO', synonyms: [{ name: 'type 2 diabetes', scope: 'exact' }] }),
        makeEntry({ id: 'MONDO:0005015', kind: 'Disease', name: 'diabetes mellitus', source: 'MONDO', synonyms: [{ name: 'diabetes', scope: 'exact' }] }),
        makeEntry({ id: 'HP:0001658', kind: 'Phenotype', name: 'Myocardial infarction', source: 'HPO', synonyms: [{ name: 'heart attack', scope: 'layperson' }] }),
        makeEntry({ id: 'HP:0001297', kind: 'Phenotype', name: 'Stroke', source: 'HPO' }),
      ],
    );
    expect(edges).toContain('MONDO:0005148 HAS_COMPLICATION HP:0001658');
    expect(edges).not.toContain('MONDO:0005148 HAS_PHENOTYPE HP:0001658');
    expect(edges.filter((edge) => edge.includes('MONDO:0005015'))).toEqual([]);
  });
});

describe("a drug page's indication items that list forms or say who has the condition", () => {
  const PRED = 'DRUGBANK:DB00860';
  const edges = relations(
    `Prednisolone

What is it used for?

  1. Inflammatory bowel disease — flares of ulcerative colitis and Crohn's disease.
  2. Nephrotic syndrome in children — the first treatment for the common form.
  3. Antiphospholipid syndrome — for people who have had clots with Crohn's disease.
`,
    'prednisolone.txt',
    'Drugs',
    [
      makeEntry({ id: PRED, kind: 'Drug', name: 'Prednisolone', source: 'DrugBank' }),
      makeEntry({ id: 'MONDO:0005265', kind: 'Disease', name: 'inflammatory bowel disease', source: 'MONDO' }),
      makeEntry({ id: 'MONDO:0005101', kind: 'Disease', name: 'ulcerative colitis', source: 'MONDO' }),
      makeEntry({ id: 'MONDO:0005011', kind: 'Disease', name: 'Crohn disease', source: 'MONDO', synonyms: [{ name: "Crohn's disease", scope: 'exact' }] }),
      makeEntry({ id: 'MONDO:0005377', kind: 'Disease', name: 'nephrotic syndrome', source: 'MONDO' }),
    ],
  );

  it('treats each form the explanation lists', () => {
    expect(edges).toEqual(expect.arrayContaining([`${PRED} TREATS MONDO:0005265`, `${PRED} TREATS MONDO:0005101`, `${PRED} TREATS MONDO:0005011`]));
  });

  it('treats the condition a head names with who has it', () => {
    expect(edges).toContain(`${PRED} TREATS MONDO:0005377`);
  });
});

describe("a drug page's indication item whose list holds parts no vocabulary knows", () => {
  it('treats the known forms the list goes on to name ("intra-abdominal infections, pelvic inflammatory disease, …")', () => {
    const edges = relations(
      `Metronidazole

What is it used for?

  1. Anaerobic infections — intra-abdominal infections, pelvic inflammatory disease, infected wounds and dental abscesses, usually together with another antibiotic.
`,
      'metronidazole.txt',
      'Drugs',
      [
        makeEntry({ id: 'DRUGBANK:DB00916', kind: 'Drug', name: 'Metronidazole', source: 'DrugBank' }),
        makeEntry({ id: 'MONDO:0000922', kind: 'Disease', name: 'pelvic inflammatory disease', source: 'MONDO' }),
        makeEntry({ id: 'MONDO:0000750', kind: 'Disease', name: 'dental abscess', source: 'MONDO' }),
      ],
    );
    expect(edges).toEqual(expect.arrayContaining(['DRUGBANK:DB00916 TREATS MONDO:0000922', 'DRUGBANK:DB00916 TREATS MONDO:0000750']));
  });
});

describe("a drug page's caution about other drugs, said with 'they'", () => {
  it('contraindicates the drugs the sentence opens with, not the page\'s drug ("Spironolactone and amiloride, unlike furosemide, …; they should not be used in people with high potassium")', () => {
    const edges = relations(
      'Furosemide\n\nCautions and interactions\n\nSpironolactone and amiloride, unlike furosemide, keep potassium in the body; they should not be used in people with high potassium (hyperkalaemia).\n',
      'furosemide.txt',
      'Drugs',
      [
        makeEntry({ id: 'DRUGBANK:DB00695', kind: 'Drug', name: 'Furosemide', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB00421', kind: 'Drug', name: 'Spironolactone', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB00594', kind: 'Drug', name: 'Amiloride', source: 'DrugBank' }),
        makeEntry({ id: 'HP:0002153', kind: 'Phenotype', name: 'Hyperkalemia', source: 'HPO', synonyms: [{ name: 'hyperkalaemia', scope: 'exact' }] }),
      ],
    ).filter((edge) => edge.includes('CONTRAINDICATED_IN'));
    expect(edges.sort()).toEqual(['DRUGBANK:DB00421 CONTRAINDICATED_IN HP:0002153', 'DRUGBANK:DB00594 CONTRAINDICATED_IN HP:0002153']);
  });
});

describe("a drug page's caution to avoid contact with an infection", () => {
  it('is a limit on an activity, no contraindication', () => {
    const edges = relations(
      'Prednisolone\n\nCautions and interactions\n\nPeople who have never had chickenpox should avoid contact with it during treatment.\n',
      'prednisolone.txt',
      'Drugs',
      [makeEntry({ id: 'DRUGBANK:DB00860', kind: 'Drug', name: 'Prednisolone', source: 'DrugBank' }), makeEntry({ id: 'MONDO:0005700', kind: 'Disease', name: 'chickenpox', source: 'MONDO' })],
    );
    expect(edges.filter((edge) => edge.includes('MONDO:0005700'))).toEqual([]);
  });
});

describe("a drug page's caution that a drug 'should not be started' in a condition", () => {
  it('contraindicates it there', () => {
    const edges = relations(
      'Prednisolone\n\nCautions and interactions\n\nPrednisolone should not be started in people with untreated tuberculosis.\n',
      'prednisolone.txt',
      'Drugs',
      [makeEntry({ id: 'DRUGBANK:DB00860', kind: 'Drug', name: 'Prednisolone', source: 'DrugBank' }), makeEntry({ id: 'MONDO:0018076', kind: 'Disease', name: 'tuberculosis', source: 'MONDO' })],
    );
    expect(edges).toContain('DRUGBANK:DB00860 CONTRAINDICATED_IN MONDO:0018076');
  });
});

describe("a drug page's risk lowered, a side effect's description and a baseline test", () => {
  const ATORVASTATIN = 'DRUGBANK:DB01076';
  const edges = relations(
    `Atorvastatin

What is atorvastatin?

Atorvastatin is a statin that lowers cholesterol and reduces the risk of heart attack and stroke.

Side effects

  1. Rhabdomyolysis — a rare breakdown of muscle with severe pain and dark urine.

Monitoring tests

  1. TSH — before starting, to find an underactive thyroid (hypothyroidism).
  2. Liver function tests — repeated to monitor the liver during treatment.
`,
    'atorvastatin.txt',
    'Drugs',
    [
      makeEntry({ id: ATORVASTATIN, kind: 'Drug', name: 'Atorvastatin', source: 'DrugBank' }),
      makeEntry({ id: 'HP:0001658', kind: 'Phenotype', name: 'Myocardial infarction', source: 'HPO', synonyms: [{ name: 'heart attack', scope: 'layperson' }] }),
      makeEntry({ id: 'HP:0001297', kind: 'Phenotype', name: 'Stroke', source: 'HPO' }),
      makeEntry({ id: 'HP:0003201', kind: 'Phenotype', name: 'Rhabdomyolysis', source: 'HPO' }),
      makeEntry({ id: 'HP:0012531', kind: 'Phenotype', name: 'Pain', source: 'HPO' }),
      makeEntry({ id: 'LOINC:3016-3', kind: 'Test', name: 'Thyrotropin [Units/volume] in Serum or Plasma', source: 'LOINC', synonyms: [{ name: 'TSH', scope: 'abbreviation' }] }),
      makeEntry({ id: 'HP:0000821', kind: 'Phenotype', name: 'Hypothyroidism', source: 'HPO' }),
      makeEntry({ id: 'medkg:test:liver-function-tests', kind: 'Test', name: 'liver function tests', source: 'medkg-seed' }),
    ],
  );

  it('reads a risk the drug reduces as an aim, not a harm', () => {
    expect(edges).toContain(`${ATORVASTATIN} TREATS HP:0001658`);
    expect(edges.filter((edge) => edge.includes('HAS_ADVERSE_EFFECT HP:0001658') || edge.includes('HAS_ADVERSE_EFFECT HP:0001297'))).toEqual([]);
  });

  it('takes the side effect, not the words that describe it', () => {
    expect(edges).toContain(`${ATORVASTATIN} HAS_ADVERSE_EFFECT HP:0003201`);
    expect(edges).not.toContain(`${ATORVASTATIN} HAS_ADVERSE_EFFECT HP:0012531`);
  });

  it('reads a baseline test as looking for its condition, not watching the drug', () => {
    expect(edges).toContain('LOINC:3016-3 DIAGNOSES HP:0000821');
    expect(edges).not.toContain(`LOINC:3016-3 MONITORS ${ATORVASTATIN}`);
    expect(edges).toContain(`medkg:test:liver-function-tests MONITORS ${ATORVASTATIN}`);
  });
});

describe("a drug page's caution that names the harm after 'because', and a non-drug item 'for the family'", () => {
  it('contraindicates the drug in who must not take it, not in the harm', () => {
    const edges = relations(
      'Amoxicillin\n\nCautions and interactions\n\nAmoxicillin should not be given to people with glandular fever (infectious mononucleosis), because it very often causes a widespread rash in them.\n',
      'amoxicillin.txt',
      'Drugs',
      [
        makeEntry({ id: 'DRUGBANK:DB01060', kind: 'Drug', name: 'Amoxicillin', source: 'DrugBank' }),
        makeEntry({ id: 'MONDO:0005810', kind: 'Disease', name: 'infectious mononucleosis', source: 'MONDO', synonyms: [{ name: 'glandular fever', scope: 'exact' }] }),
        makeEntry({ id: 'HP:0000988', kind: 'Phenotype', name: 'Skin rash', source: 'HPO', synonyms: [{ name: 'rash', scope: 'exact' }] }),
      ],
    );
    expect(edges).toContain('DRUGBANK:DB01060 CONTRAINDICATED_IN MONDO:0005810');
    expect(edges.filter((edge) => edge.includes('CONTRAINDICATED_IN HP:0000988'))).toEqual([]);
  });

  it('makes no condition of who an item is for', () => {
    const edges = relations(
      'Epilepsy\n\nNon-pharmacological treatments\n\n  1. Seizure first-aid training for the family — time the seizure and cushion the head.\n',
      'epilepsy.txt',
      'Diseases',
      [makeEntry({ id: 'MONDO:0005027', kind: 'Disease', name: 'epilepsy', source: 'MONDO' })],
    );
    expect(edges.filter((edge) => edge.includes('family'))).toEqual([]);
  });
});

describe("a leukaemia article's bare 'the leukaemia'", () => {
  it('is the topic, so no relation goes to leukaemia in general', () => {
    const edges = relations(
      'Chronic Lymphocytic Leukaemia (CLL)\n\nDefinition\n\nChronic lymphocytic leukaemia is a slow-growing cancer of B lymphocytes.\n\nDrug treatments\n\nDrug 1. Venetoclax (VENCLEXTA)\n• Purpose: a 12-month course that can clear the leukaemia to very low levels.\n',
      'chronic-lymphocytic-leukaemia.txt',
      'Cancer',
      [
        makeEntry({ id: 'MONDO:0004948', kind: 'Disease', name: 'chronic lymphocytic leukemia', source: 'MONDO', synonyms: [{ name: 'chronic lymphocytic leukaemia', scope: 'exact' }] }),
        makeEntry({ id: 'MONDO:0005059', kind: 'Disease', name: 'leukemia', source: 'MONDO', synonyms: [{ name: 'leukaemia', scope: 'exact' }] }),
        makeEntry({ id: 'DRUGBANK:DB11581', kind: 'Drug', name: 'Venetoclax', source: 'DrugBank' }),
      ],
    );
    expect(edges).toContain('DRUGBANK:DB11581 TREATS MONDO:0004948');
    expect(edges.filter((edge) => edge.includes('MONDO:0005059'))).toEqual([]);
  });
});

describe('a lab test article naming conditions that raise its result', () => {
  it('does not read them as conditions the test finds', () => {
    const edges = relations(
      'PSA Test\n\nUnderstanding the results\n\n  1. A raised PSA — an enlarged prostate, prostatitis or a urinary tract infection can all raise it.\n\n  2. A high PSA can point to prostate cancer.\n',
      'psa-test.txt',
      'Lab Tests',
      [
        makeEntry({ id: 'LOINC:2857-1', kind: 'Test', name: 'prostate-specific antigen', source: 'LOINC', synonyms: [{ name: 'PSA', scope: 'abbreviation' }] }),
        makeEntry({ id: 'MONDO:0100338', kind: 'Disease', name: 'urinary tract infection', source: 'MONDO' }),
        makeEntry({ id: 'MONDO:0008315', kind: 'Disease', name: 'prostate cancer', source: 'MONDO' }),
      ],
    );
    expect(edges).toContain('LOINC:2857-1 DIAGNOSES MONDO:0008315');
    expect(edges.filter((edge) => edge.includes('MONDO:0100338'))).toEqual([]);
  });
});

describe('a lab test article on muscle disease', () => {
  const edges = relations(
    'Creatine Kinase Test\n\nWhy is the test done?\n\n  1. To diagnose and monitor inflammatory myopathies (myositis) — such as polymyositis and dermatomyositis; falling levels show that treatment is working.\n\n  2. To check for statin-associated muscle problems — statins can cause muscle damage and, rarely, rhabdomyolysis.\n\nRelated tests\n\n  1. Urine myoglobin — positive in rhabdomyolysis, when the urine looks dark.\n',
    'creatine-kinase-test.txt',
    'Lab Tests',
    [
      makeEntry({ id: 'LOINC:2157-6', kind: 'Test', name: 'creatine kinase', source: 'LOINC' }),
      makeEntry({ id: 'MONDO:0019127', kind: 'Disease', name: 'polymyositis', source: 'MONDO' }),
      makeEntry({ id: 'MONDO:0016367', kind: 'Disease', name: 'dermatomyositis', source: 'MONDO' }),
      makeEntry({ id: 'HP:0003201', kind: 'Phenotype', name: 'Rhabdomyolysis', source: 'HPO' }),
      makeEntry({ id: 'medkg:drug:statins', kind: 'Drug', name: 'statins', source: 'medkg' }),
      makeEntry({ id: 'medkg:test:urine-myoglobin', kind: 'Test', name: 'urine myoglobin', source: 'medkg' }),
    ],
  );

  it('diagnoses as well as monitors the forms a "to diagnose and monitor" line lists', () => {
    expect(edges).toEqual(expect.arrayContaining(['LOINC:2157-6 DIAGNOSES MONDO:0019127', 'LOINC:2157-6 MONITORS MONDO:0019127', 'LOINC:2157-6 DIAGNOSES MONDO:0016367']));
  });

  it('gives a medicine the harm its sentence says it "can cause"', () => {
    expect(edges).toContain('medkg:drug:statins HAS_ADVERSE_EFFECT HP:0003201');
  });

  it('gives a related test the condition it is "positive in"', () => {
    expect(edges).toContain('medkg:test:urine-myoglobin DIAGNOSES HP:0003201');
  });
});

describe('a lab test article on autoimmune disease', () => {
  const edges = relations(
    'ANA Test\n\nWhy is the test done?\n\n  1. To help diagnose systemic lupus erythematosus (SLE).\n\n  6. To look for drug-induced lupus — in people taking hydralazine who develop joint pain.\n\nThe test is usually ordered for symptoms such as a butterfly-shaped rash across the cheeks (malar rash) or joint pain.\n\nRelated tests\n\n  1. Anti-double-stranded DNA (anti-dsDNA) — highly specific for SLE.\n\n  5. Complement C3 — low during active lupus; used with anti-dsDNA to monitor SLE.\n',
    'ana-test.txt',
    'Lab Tests',
    [
      makeEntry({ id: 'medkg:test:antinuclear-antibody-test', kind: 'Test', name: 'ANA test', source: 'medkg' }),
      makeEntry({ id: 'MONDO:0007915', kind: 'Disease', name: 'systemic lupus erythematosus', source: 'MONDO', synonyms: [{ name: 'SLE', scope: 'abbreviation' }] }),
      makeEntry({ id: 'HP:0025300', kind: 'Phenotype', name: 'Malar rash', source: 'HPO' }),
      makeEntry({ id: 'HP:0002829', kind: 'Phenotype', name: 'Arthralgia', source: 'HPO', synonyms: [{ name: 'joint pain', scope: 'exact' }] }),
      makeEntry({ id: 'medkg:test:anti-dsdna', kind: 'Test', name: 'anti-dsDNA', source: 'medkg' }),
      makeEntry({ id: 'medkg:test:complement-c3', kind: 'Test', name: 'complement C3', source: 'medkg' }),
    ],
  );

  it('finds no diagnosis in the symptoms the test is ordered for, or that people who take a medicine develop', () => {
    expect(edges.filter((edge) => edge.includes('HP:0025300') || edge.includes('HP:0002829'))).toEqual([]);
  });

  it('gives a related test the disease it is "highly specific for", and one "used … to monitor" the disease that follow-up', () => {
    expect(edges).toContain('medkg:test:anti-dsdna DIAGNOSES MONDO:0007915');
    expect(edges).toContain('medkg:test:complement-c3 MONITORS MONDO:0007915');
  });
});

describe('a lab test article saying when it is ordered', () => {
  it('finds no diagnosis in what someone has, or in the symptoms of a condition it is ordered for', () => {
    const edges = relations(
      'Thyroid Antibodies Test\n\nWhen is the test ordered?\n\nIt is ordered when TSH is abnormal, or when someone has a goitre or symptoms of an overactive thyroid such as weight loss and tremor.\n',
      'thyroid-antibodies-test.txt',
      'Lab Tests',
      [
        makeEntry({ id: 'medkg:test:thyroid-antibodies-test', kind: 'Test', name: 'thyroid antibodies test', source: 'medkg' }),
        makeEntry({ id: 'HP:0000853', kind: 'Phenotype', name: 'Goiter', source: 'HPO', synonyms: [{ name: 'goitre', scope: 'exact' }] }),
        makeEntry({ id: 'HP:0000836', kind: 'Phenotype', name: 'Hyperthyroidism', source: 'HPO', synonyms: [{ name: 'overactive thyroid', scope: 'exact' }] }),
        makeEntry({ id: 'HP:0001337', kind: 'Phenotype', name: 'Tremor', source: 'HPO' }),
      ],
    );
    expect(edges.filter((edge) => edge.includes('DIAGNOSES'))).toEqual([]);
  });
});

describe('a lab test article naming other causes of a result', () => {
  it('does not read them as conditions the test finds', () => {
    const edges = relations(
      'Blood Glucose Test\n\nUnderstanding the results\n\n  1. High — a fasting level of 7.0 mmol/L or more on two occasions means diabetes.\n\nA high result can also come from diseases of the pancreas such as pancreatitis or pancreatic cancer.\n\nOther causes of a raised level — pregnancy and cancer.\n',
      'blood-glucose-test.txt',
      'Lab Tests',
      [
        makeEntry({ id: 'LOINC:2345-7', kind: 'Test', name: 'blood glucose', source: 'LOINC' }),
        makeEntry({ id: 'MONDO:0005015', kind: 'Disease', name: 'diabetes mellitus', source: 'MONDO', synonyms: [{ name: 'diabetes', scope: 'exact' }] }),
        makeEntry({ id: 'HP:0001733', kind: 'Phenotype', name: 'pancreatitis', source: 'HPO' }),
        makeEntry({ id: 'MONDO:0009831', kind: 'Disease', name: 'pancreatic cancer', source: 'MONDO' }),
        makeEntry({ id: 'MONDO:0004992', kind: 'Disease', name: 'cancer', source: 'MONDO' }),
      ],
    );
    expect(edges.filter((edge) => edge.includes('DIAGNOSES'))).toEqual(['LOINC:2345-7 DIAGNOSES MONDO:0005015']);
  });
});

describe('a lab test article naming what can hide a result', () => {
  it('relates neither what hides it nor what it hides, even where the test is repeated afterwards', () => {
    const edges = relations(
      'Ferritin Test\n\nUnderstanding the results\n\n  1. Low — a level under 30 µg/L means iron deficiency anaemia.\n\nInflammation such as rheumatoid arthritis can raise ferritin and hide iron deficiency anaemia, so the test is repeated when the illness settles.\n',
      'ferritin-test.txt',
      'Lab Tests',
      [
        makeEntry({ id: 'LOINC:2276-4', kind: 'Test', name: 'ferritin', source: 'LOINC' }),
        makeEntry({ id: 'MONDO:0001356', kind: 'Disease', name: 'iron deficiency anemia', source: 'MONDO', synonyms: [{ name: 'iron deficiency anaemia', scope: 'exact' }] }),
        makeEntry({ id: 'MONDO:0008383', kind: 'Disease', name: 'rheumatoid arthritis', source: 'MONDO' }),
      ],
    );
    expect(edges.filter((edge) => edge.includes('DIAGNOSES') || edge.includes('MONITORS'))).toEqual(['LOINC:2276-4 DIAGNOSES MONDO:0001356']);
  });
});

describe("a lab test article's related tests", () => {
  it('give another test or a biopsy the diagnosis its line says it confirms', () => {
    const edges = relations(
      'PSA Test\n\nRelated tests\n\n  1. Prostate biopsy — the only test that confirms prostate cancer.\n\n  2. Free PSA — a low share of free PSA points to a larger prostate.\n',
      'psa-test.txt',
      'Lab Tests',
      [
        makeEntry({ id: 'LOINC:2857-1', kind: 'Test', name: 'prostate-specific antigen', source: 'LOINC', synonyms: [{ name: 'PSA', scope: 'abbreviation' }] }),
        makeEntry({ id: 'medkg:procedure:prostate-biopsy', kind: 'Procedure', name: 'prostate biopsy', source: 'test' }),
        makeEntry({ id: 'MONDO:0008315', kind: 'Disease', name: 'prostate cancer', source: 'MONDO' }),
      ],
    );
    expect(edges).toContain('medkg:procedure:prostate-biopsy DIAGNOSES MONDO:0008315');
    expect(edges).not.toContain('LOINC:2857-1 DIAGNOSES MONDO:0008315');
  });
  it('give another test the condition its line calls it a test for, looks for, points to or reads from a high level', () => {
    const edges = relations(
      'Lipase Test\n\nRelated tests\n\n  1. Amylase — an older test for acute pancreatitis.\n\n  2. Abdominal ultrasound — looks for gallstones.\n\n  3. Triglycerides — a very high level (hypertriglyceridaemia) can itself cause pancreatitis.\n',
      'lipase-test.txt',
      'Lab Tests',
      [
        makeEntry({ id: 'LOINC:3040-3', kind: 'Test', name: 'lipase', source: 'LOINC' }),
        makeEntry({ id: 'LOINC:1798-8', kind: 'Test', name: 'amylase', source: 'LOINC' }),
        makeEntry({ id: 'medkg:test:abdominal-ultrasound', kind: 'Test', name: 'abdominal ultrasound', source: 'test' }),
        makeEntry({ id: 'medkg:test:triglycerides', kind: 'Test', name: 'triglycerides', source: 'test' }),
        makeEntry({ id: 'HP:0001735', kind: 'Phenotype', name: 'Acute pancreatitis', source: 'HPO' }),
        makeEntry({ id: 'medkg:disease:gallstones', kind: 'Disease', name: 'gallstones', source: 'test' }),
        makeEntry({ id: 'HP:0002155', kind: 'Phenotype', name: 'Hypertriglyceridemia', source: 'HPO', synonyms: [{ name: 'hypertriglyceridaemia', scope: 'exact' }] }),
      ],
    );
    expect(edges).toEqual(
      expect.arrayContaining(['LOINC:1798-8 DIAGNOSES HP:0001735', 'medkg:test:abdominal-ultrasound DIAGNOSES medkg:disease:gallstones', 'medkg:test:triglycerides DIAGNOSES HP:0002155']),
    );
    expect(edges.filter((edge) => edge.startsWith('LOINC:3040-3 DIAGNOSES'))).toEqual([]);
  });
  it('give the examples of medicines a line says can cause a condition that side effect', () => {
    const edges = relations(
      'Lipase Test\n\nHow to prepare\n\nTell your doctor about medicines that can cause pancreatitis, such as azathioprine, valproate and semaglutide.\n',
      'lipase-test.txt',
      'Lab Tests',
      [
        makeEntry({ id: 'LOINC:3040-3', kind: 'Test', name: 'lipase', source: 'LOINC' }),
        makeEntry({ id: 'HP:0001733', kind: 'Phenotype', name: 'Pancreatitis', source: 'HPO' }),
        makeEntry({ id: 'DRUGBANK:DB00993', kind: 'Drug', name: 'Azathioprine', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB00313', kind: 'Drug', name: 'Valproic acid', source: 'DrugBank', synonyms: [{ name: 'valproate', scope: 'exact' }] }),
        makeEntry({ id: 'DRUGBANK:DB13928', kind: 'Drug', name: 'Semaglutide', source: 'DrugBank' }),
      ],
    );
    expect(edges.filter((edge) => edge.includes('HAS_ADVERSE_EFFECT')).sort()).toEqual([
      'DRUGBANK:DB00313 HAS_ADVERSE_EFFECT HP:0001733',
      'DRUGBANK:DB00993 HAS_ADVERSE_EFFECT HP:0001733',
      'DRUGBANK:DB13928 HAS_ADVERSE_EFFECT HP:0001733',
    ]);
    expect(edges.filter((edge) => edge.startsWith('LOINC:3040-3 DIAGNOSES'))).toEqual([]);
  });
  it('give every test an item names the diagnosis its line tells, and the follow-up it says', () => {
    const edges = relations(
      'Troponin Test\n\nRelated tests\n\n  1. BNP or NT-proBNP — shows strain on the heart; used to diagnose and monitor heart failure.\n\n  2. Coronary angiography — an X-ray of the heart arteries that shows narrowed or blocked arteries (coronary artery disease).\n',
      'troponin-test.txt',
      'Lab Tests',
      [
        makeEntry({ id: 'LOINC:6598-7', kind: 'Test', name: 'troponin T', source: 'LOINC', synonyms: [{ name: 'troponin', scope: 'exact' }] }),
        makeEntry({ id: 'LOINC:30934-4', kind: 'Test', name: 'B-type natriuretic peptide', source: 'LOINC', synonyms: [{ name: 'BNP', scope: 'abbreviation' }] }),
        makeEntry({ id: 'LOINC:33762-6', kind: 'Test', name: 'natriuretic peptide B prohormone', source: 'LOINC', synonyms: [{ name: 'NT-proBNP', scope: 'abbreviation' }] }),
        makeEntry({ id: 'medkg:test:coronary-angiography', kind: 'Test', name: 'coronary angiography', source: 'test' }),
        makeEntry({ id: 'HP:0001635', kind: 'Phenotype', name: 'heart failure', source: 'HPO' }),
        makeEntry({ id: 'MONDO:0005010', kind: 'Disease', name: 'coronary artery disease', source: 'MONDO' }),
      ],
    );
    expect(edges).toEqual(
      expect.arrayContaining([
        'LOINC:30934-4 DIAGNOSES HP:0001635',
        'LOINC:30934-4 MONITORS HP:0001635',
        'LOINC:33762-6 DIAGNOSES HP:0001635',
        'LOINC:33762-6 MONITORS HP:0001635',
        'medkg:test:coronary-angiography DIAGNOSES MONDO:0005010',
      ]),
    );
  });
});

describe("a lab test page's purpose item that describes its condition", () => {
  it('finds the condition, not the signs the line says it causes', () => {
    const edges = relations(
      'D-Dimer Test\n\nWhy is the test done?\n\n  1. To rule out pulmonary embolism (PE) — a clot that has travelled to the lungs and causes sudden breathlessness or coughing up blood.\n',
      'd-dimer-test.txt',
      'Lab Tests',
      [
        makeEntry({ id: 'HP:0002204', kind: 'Phenotype', name: 'Pulmonary embolism', source: 'HPO', synonyms: [{ name: 'PE', scope: 'abbreviation' }] }),
        makeEntry({ id: 'HP:0002094', kind: 'Phenotype', name: 'Dyspnea', source: 'HPO', synonyms: [{ name: 'breathlessness', scope: 'exact' }] }),
        makeEntry({ id: 'HP:0002105', kind: 'Phenotype', name: 'Hemoptysis', source: 'HPO', synonyms: [{ name: 'coughing up blood', scope: 'exact' }] }),
      ],
    );
    expect(edges.filter((edge) => edge.includes('DIAGNOSES')).map((edge) => edge.split(' ').at(-1))).toEqual(['HP:0002204']);
  });
});

describe('diet advice to avoid a supplement', () => {
  it('contraindicates it in the topic, but not when the advice lasts only while a state does', () => {
    const edges = relations(
      'Sarcoidosis\n\nDiet\n\n  1. Avoid — vitamin D supplements, which can raise the calcium further.\n\n  2. Avoid — calcium supplements while your calcium is high.\n',
      'sarcoidosis.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0019338', kind: 'Disease', name: 'sarcoidosis', source: 'MONDO' }),
        makeEntry({ id: 'medkg:drug:vitamin-d-supplements', kind: 'Drug', name: 'vitamin D supplements', source: 'medkg' }),
        makeEntry({ id: 'medkg:drug:calcium-supplements', kind: 'Drug', name: 'calcium supplements', source: 'medkg' }),
      ],
    );
    expect(edges.filter((edge) => edge.includes('CONTRAINDICATED_IN'))).toEqual(['medkg:drug:vitamin-d-supplements CONTRAINDICATED_IN MONDO:0019338']);
  });
});

describe("a lab test page's checks before a drug and the cases that prompt the test", () => {
  const entries = [
    makeEntry({ id: 'medkg:test:g6pd-test', kind: 'Test', name: 'G6PD test', source: 'medkg' }),
    makeEntry({ id: 'DRUGBANK:DB01087', kind: 'Drug', name: 'Primaquine', source: 'DrugBank' }),
    makeEntry({ id: 'DRUGBANK:DB00250', kind: 'Drug', name: 'Dapsone', source: 'DrugBank' }),
    makeEntry({ id: 'MONDO:0005775', kind: 'Disease', name: 'G6PD deficiency', source: 'MONDO' }),
    makeEntry({ id: 'HP:0001878', kind: 'Phenotype', name: 'Hemolytic anemia', source: 'HPO', synonyms: [{ name: 'haemolytic anaemia', scope: 'exact' }] }),
  ];
  const edges = relations(
    'G6PD Test\n\nWhy the test is done\n\n  1. Before starting primaquine — to choose a safe way to give it.\n\n  2. To find the cause of anaemia — when a person on dapsone develops haemolytic anaemia, the test looks for G6PD deficiency.\n',
    'g6pd-test.txt',
    'Lab Tests',
    entries,
  );

  it('monitors the drug a check is done before', () => {
    expect(edges).toContain('medkg:test:g6pd-test MONITORS DRUGBANK:DB01087');
  });

  it('does not diagnose what a person "develops" that prompts the test', () => {
    expect(edges.filter((edge) => edge.endsWith('HP:0001878'))).toEqual([]);
    expect(edges).toContain('medkg:test:g6pd-test DIAGNOSES MONDO:0005775');
  });
});

describe("a drug page's caution that names the aim and then who must avoid it", () => {
  it('contraindicates the drug in who must avoid it, not in the aim; an aim alone is still contraindicated', () => {
    const edges = relations(
      'Methotrexate\n\nPrecautions\n\nMethotrexate should not be used to treat psoriasis during pregnancy.\n\nIt should not be used to treat obesity.\n',
      'methotrexate.txt',
      'Drugs',
      [
        makeEntry({ id: 'DRUGBANK:DB00563', kind: 'Drug', name: 'Methotrexate', source: 'DrugBank' }),
        makeEntry({ id: 'MONDO:0005083', kind: 'Disease', name: 'psoriasis', source: 'MONDO' }),
        makeEntry({ id: 'medkg:phenotype:pregnancy', kind: 'Phenotype', name: 'pregnancy', source: 'medkg' }),
        makeEntry({ id: 'MONDO:0011122', kind: 'Disease', name: 'obesity', source: 'MONDO' }),
      ],
    );
    expect(edges.filter((edge) => edge.includes('CONTRAINDICATED_IN')).sort()).toEqual([
      'DRUGBANK:DB00563 CONTRAINDICATED_IN MONDO:0011122',
      'DRUGBANK:DB00563 CONTRAINDICATED_IN medkg:phenotype:pregnancy',
    ]);
  });

  it('reads every aim of a list "for X or Y during pregnancy" as an aim', () => {
    const edges = relations(
      'Sodium valproate\n\nPregnancy\n\nIt must not be used for bipolar disorder or migraine during pregnancy.\n',
      'sodium-valproate.txt',
      'Drugs',
      [
        makeEntry({ id: 'DRUGBANK:DB00313', kind: 'Drug', name: 'Valproic acid', source: 'DrugBank', synonyms: [{ name: 'sodium valproate', scope: 'exact' }] }),
        makeEntry({ id: 'MONDO:0004985', kind: 'Disease', name: 'bipolar disorder', source: 'MONDO' }),
        makeEntry({ id: 'MONDO:0005277', kind: 'Disease', name: 'migraine disorder', source: 'MONDO', synonyms: [{ name: 'migraine', scope: 'exact' }] }),
        makeEntry({ id: 'medkg:phenotype:pregnancy', kind: 'Phenotype', name: 'pregnancy', source: 'medkg' }),
      ],
    );
    expect(edges.filter((edge) => edge.includes('CONTRAINDICATED_IN'))).toEqual(['DRUGBANK:DB00313 CONTRAINDICATED_IN medkg:phenotype:pregnancy']);
  });
});

describe("a drug page's indication item whose line names more it is used for", () => {
  it('treats the forms the drug "works for", the "first choice" and what it is given "to treat"', () => {
    const edges = relations(
      'Sodium valproate\n\nWhat is it used for?\n\n1. Epilepsy — it works for all the main seizure types: generalised tonic-clonic seizures, absence seizures and focal seizures. It is often a first choice for juvenile myoclonic epilepsy in boys and men.\n\n2. Bipolar disorder — to treat episodes of mania and to help prevent relapse.\n',
      'sodium-valproate.txt',
      'Drugs',
      [
        makeEntry({ id: 'DRUGBANK:DB00313', kind: 'Drug', name: 'Valproic acid', source: 'DrugBank', synonyms: [{ name: 'sodium valproate', scope: 'exact' }] }),
        makeEntry({ id: 'MONDO:0005027', kind: 'Disease', name: 'epilepsy', source: 'MONDO' }),
        makeEntry({ id: 'HP:0002069', kind: 'Phenotype', name: 'Generalized tonic-clonic seizures', source: 'HPO', synonyms: [{ name: 'Generalised tonic-clonic seizures', scope: 'exact' }] }),
        makeEntry({ id: 'HP:0002121', kind: 'Phenotype', name: 'Absence seizures', source: 'HPO' }),
        makeEntry({ id: 'HP:0007359', kind: 'Phenotype', name: 'Focal seizures', source: 'HPO' }),
        makeEntry({ id: 'MONDO:0009696', kind: 'Disease', name: 'juvenile myoclonic epilepsy', source: 'MONDO' }),
        makeEntry({ id: 'MONDO:0004985', kind: 'Disease', name: 'bipolar disorder', source: 'MONDO' }),
        makeEntry({ id: 'HP:0100754', kind: 'Phenotype', name: 'Mania', source: 'HPO' }),
      ],
    );
    expect(edges.filter((edge) => edge.includes('TREATS')).map((edge) => edge.split(' ')[2]).sort()).toEqual(
      ['HP:0002069', 'HP:0002121', 'HP:0007359', 'HP:0100754', 'MONDO:0004985', 'MONDO:0005027', 'MONDO:0009696'].sort(),
    );
  });
});

describe("a drug page's list headed 'Who should not take it'", () => {
  it('contraindicates the drug in what each line opens with, not in a harm its reason names or a relative\'s condition', () => {
    const edges = relations(
      'Sodium valproate\n\nWho should not take it\n\n1. Active liver disease, or a close relative with severe liver problems.\n\n2. A mitochondrial disorder caused by variants in the POLG gene, such as Alpers-Huttenlocher syndrome — valproate can trigger fatal liver failure in these people.\n\n3. A urea cycle disorder — because of the risk of severe hyperammonaemia.\n\n4. Acute porphyria.\n',
      'sodium-valproate.txt',
      'Drugs',
      [
        makeEntry({ id: 'DRUGBANK:DB00313', kind: 'Drug', name: 'Valproic acid', source: 'DrugBank', synonyms: [{ name: 'sodium valproate', scope: 'exact' }, { name: 'valproate', scope: 'exact' }] }),
        makeEntry({ id: 'MONDO:0005154', kind: 'Disease', name: 'liver disorder', source: 'MONDO', synonyms: [{ name: 'liver disease', scope: 'exact' }] }),
        makeEntry({ id: 'HP:0001392', kind: 'Phenotype', name: 'Abnormality of the liver', source: 'HPO', synonyms: [{ name: 'liver problems', scope: 'exact' }] }),
        makeEntry({ id: 'MONDO:0044970', kind: 'Disease', name: 'mitochondrial disease', source: 'MONDO', synonyms: [{ name: 'mitochondrial disorder', scope: 'exact' }] }),
        makeEntry({ id: 'HGNC:9179', kind: 'Gene', name: 'POLG', source: 'HGNC' }),
        makeEntry({ id: 'MONDO:0008758', kind: 'Disease', name: 'mitochondrial DNA depletion syndrome 4a', source: 'MONDO', synonyms: [{ name: 'Alpers-Huttenlocher syndrome', scope: 'exact' }] }),
        makeEntry({ id: 'HP:0006554', kind: 'Phenotype', name: 'Acute hepatic failure', source: 'HPO', synonyms: [{ name: 'liver failure', scope: 'exact' }] }),
        makeEntry({ id: 'MONDO:0004739', kind: 'Disease', name: 'urea cycle disorder', source: 'MONDO' }),
        makeEntry({ id: 'HP:0001987', kind: 'Phenotype', name: 'Hyperammonemia', source: 'HPO', synonyms: [{ name: 'hyperammonaemia', scope: 'exact' }] }),
        makeEntry({ id: 'MONDO:0002520', kind: 'Disease', name: 'hepatic porphyria', source: 'MONDO', synonyms: [{ name: 'acute porphyria', scope: 'exact' }] }),
      ],
    );
    expect(edges.filter((edge) => edge.includes('CONTRAINDICATED_IN')).map((edge) => edge.split(' ')[2]).sort()).toEqual(
      ['MONDO:0002520', 'MONDO:0004739', 'MONDO:0005154', 'MONDO:0008758', 'MONDO:0044970'].sort(),
    );
  });
});

describe("a drug page's caution whose subject is a pair of other drugs", () => {
  it('contraindicates both drugs of the pair, not the topic', () => {
    const edges = relations(
      'Sodium valproate\n\nWhat is it used for?\n\nCarbamazepine and phenytoin should not be given to people with absence seizures; valproate is preferred for them.\n',
      'sodium-valproate.txt',
      'Drugs',
      [
        makeEntry({ id: 'DRUGBANK:DB00313', kind: 'Drug', name: 'Valproic acid', source: 'DrugBank', synonyms: [{ name: 'sodium valproate', scope: 'exact' }, { name: 'valproate', scope: 'exact' }] }),
        makeEntry({ id: 'DRUGBANK:DB00564', kind: 'Drug', name: 'Carbamazepine', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB00252', kind: 'Drug', name: 'Phenytoin', source: 'DrugBank' }),
        makeEntry({ id: 'HP:0002121', kind: 'Phenotype', name: 'Absence seizures', source: 'HPO' }),
      ],
    );
    expect(edges.filter((edge) => edge.includes('CONTRAINDICATED_IN')).sort()).toEqual(['DRUGBANK:DB00252 CONTRAINDICATED_IN HP:0002121', 'DRUGBANK:DB00564 CONTRAINDICATED_IN HP:0002121']);
  });
});

describe("a drug page's use that was given up", () => {
  it('treats nothing it "was once given" for', () => {
    const edges = relations(
      'Sodium valproate\n\nWhat is it used for?\n\n1. Epilepsy — all main types of seizures.\n\nValproate was once given every day to young children to prevent febrile seizures, but it is no longer used for this because the risks outweigh the benefits.\n',
      'sodium-valproate.txt',
      'Drugs',
      [
        makeEntry({ id: 'DRUGBANK:DB00313', kind: 'Drug', name: 'Valproic acid', source: 'DrugBank', synonyms: [{ name: 'sodium valproate', scope: 'exact' }, { name: 'valproate', scope: 'exact' }] }),
        makeEntry({ id: 'MONDO:0005027', kind: 'Disease', name: 'epilepsy', source: 'MONDO' }),
        makeEntry({ id: 'HP:0002373', kind: 'Phenotype', name: 'Febrile seizures', source: 'HPO' }),
      ],
    );
    expect(edges.filter((edge) => edge.includes('TREATS'))).toEqual(['DRUGBANK:DB00313 TREATS MONDO:0005027']);
  });
});

describe("a drug page's indication item that labels a group", () => {
  it('treats the members the line names, not the label', () => {
    const edges = relations(
      'Methotrexate\n\nUses\n\n  1. Other autoimmune conditions — lupus and myasthenia gravis.\n',
      'methotrexate.txt',
      'Drugs',
      [
        makeEntry({ id: 'DRUGBANK:DB00563', kind: 'Drug', name: 'Methotrexate', source: 'DrugBank' }),
        makeEntry({ id: 'HP:0002960', kind: 'Phenotype', name: 'Autoimmunity', source: 'HPO', synonyms: [{ name: 'Autoimmune condition', scope: 'exact' }] }),
        makeEntry({ id: 'MONDO:0007915', kind: 'Disease', name: 'systemic lupus erythematosus', source: 'MONDO', synonyms: [{ name: 'lupus', scope: 'exact' }] }),
        makeEntry({ id: 'MONDO:0009688', kind: 'Disease', name: 'myasthenia gravis', source: 'MONDO' }),
      ],
    );
    expect(edges.filter((edge) => edge.includes('TREATS')).sort()).toEqual(['DRUGBANK:DB00563 TREATS MONDO:0007915', 'DRUGBANK:DB00563 TREATS MONDO:0009688']);
  });
});

describe("a drug article's indication named as a class by its example", () => {
  const text = 'Metoprolol\n\nWhat is it used for?\n\n  1. Fast heart rhythms such as atrial fibrillation — to control the heart rate.\n';
  const entries = [
    makeEntry({ id: 'DRUGBANK:DB00264', kind: 'Drug', name: 'Metoprolol', source: 'DrugBank' }),
    makeEntry({ id: 'HP:0005110', kind: 'Phenotype', name: 'Atrial fibrillation', source: 'HPO' }),
  ];

  it('treats the example, and makes no entity of the whole phrase', () => {
    expect(relations(text, 'metoprolol.txt', 'Drugs', entries)).toContain('DRUGBANK:DB00264 TREATS HP:0005110');
    const recognised = recogniseArticle(segmentText(text, 'metoprolol.txt', 'Drugs'), createLexicon(entries));
    expect([...recognised.entities.values()].filter((entity) => /such as/iu.test(entity.name))).toEqual([]);
  });
});

describe("a drug article's side effect whose line says what it brings", () => {
  const text =
    'Metformin\n\nSide effects\n\n  1. Vitamin B12 deficiency — with long-term use; it can cause numbness in the feet.\n\n  2. Lactic acidosis — rare but serious; symptoms are muscle cramps and fast breathing.\n\nWarnings\n\nMetformin should not be used for weight loss.\n';
  const edges = relations(text, 'metformin.txt', 'Drugs', [
    makeEntry({ id: 'DRUGBANK:DB00331', kind: 'Drug', name: 'Metformin', source: 'DrugBank' }),
    makeEntry({ id: 'HP:0100502', kind: 'Phenotype', name: 'Vitamin B12 deficiency', source: 'HPO' }),
    makeEntry({ id: 'HP:0003128', kind: 'Phenotype', name: 'Lactic acidosis', source: 'HPO' }),
    makeEntry({ id: 'HP:0003401', kind: 'Phenotype', name: 'Paresthesia', source: 'HPO', synonyms: [{ name: 'numbness', scope: 'exact' }] }),
    makeEntry({ id: 'HP:0003394', kind: 'Phenotype', name: 'Muscle cramps', source: 'HPO' }),
    makeEntry({ id: 'HP:0001824', kind: 'Phenotype', name: 'Weight loss', source: 'HPO' }),
  ]);

  it('makes the head an adverse effect, and not what the head brings ("it can cause numbness", "symptoms are muscle cramps")', () => {
    expect(edges).toEqual(expect.arrayContaining(['DRUGBANK:DB00331 HAS_ADVERSE_EFFECT HP:0100502', 'DRUGBANK:DB00331 HAS_ADVERSE_EFFECT HP:0003128']));
    expect(edges).not.toContain('DRUGBANK:DB00331 HAS_ADVERSE_EFFECT HP:0003401');
    expect(edges).not.toContain('DRUGBANK:DB00331 HAS_ADVERSE_EFFECT HP:0003394');
  });

  it('reads "should not be used for weight loss" as no use, not a contraindication in weight loss', () => {
    expect(edges).not.toContain('DRUGBANK:DB00331 CONTRAINDICATED_IN HP:0001824');
  });
});

describe("a drug page's indication item whose line names more conditions the drug is used for", () => {
  it('treats those named after "including" and after "the drops treat"', () => {
    const treated = relations(
      'Ciprofloxacin\n\nWhat is it used for?\n\n1. Urinary tract infections (UTIs) — including kidney infection (pyelonephritis).\n\n7. Eye and ear infections — the drops treat bacterial conjunctivitis and outer-ear infection (otitis externa).\n',
      'ciprofloxacin.txt',
      'Drugs',
      [
        makeEntry({ id: 'DRUGBANK:DB00537', kind: 'Drug', name: 'Ciprofloxacin', source: 'DrugBank' }),
        makeEntry({ id: 'MONDO:0100338', kind: 'Disease', name: 'urinary tract infection', source: 'MONDO', synonyms: [{ name: 'UTI', scope: 'abbreviation' }] }),
        makeEntry({ id: 'MONDO:0006939', kind: 'Disease', name: 'pyelonephritis', source: 'MONDO' }),
        makeEntry({ id: 'MONDO:0006668', kind: 'Disease', name: 'bacterial conjunctivitis', source: 'MONDO' }),
        makeEntry({ id: 'MONDO:0004795', kind: 'Disease', name: 'otitis externa', source: 'MONDO' }),
        makeEntry({ id: 'medkg:disease:eye-and-ear-infections', kind: 'Disease', name: 'eye and ear infections', source: 'medkg' }),
      ],
    );
    expect(treated).toEqual(expect.arrayContaining(['DRUGBANK:DB00537 TREATS MONDO:0006939', 'DRUGBANK:DB00537 TREATS MONDO:0006668', 'DRUGBANK:DB00537 TREATS MONDO:0004795']));
  });

  it('keeps a side effect whose line then says what to avoid ("— avoid strong sun and sunbeds") a side effect, not a contraindication', () => {
    const found = relations(
      'Ciprofloxacin\n\nSide effects\n\n3. Rash and sensitivity to sunlight (photosensitivity) — avoid strong sun and sunbeds during the course.\n',
      'ciprofloxacin.txt',
      'Drugs',
      [
        makeEntry({ id: 'DRUGBANK:DB00537', kind: 'Drug', name: 'Ciprofloxacin', source: 'DrugBank' }),
        makeEntry({ id: 'HP:0000992', kind: 'Phenotype', name: 'Cutaneous photosensitivity', source: 'HPO', synonyms: [{ name: 'photosensitivity', scope: 'exact' }] }),
        makeEntry({ id: 'HP:0000988', kind: 'Phenotype', name: 'Skin rash', source: 'HPO', synonyms: [{ name: 'rash', scope: 'exact' }] }),
      ],
    );
    expect(found).toContain('DRUGBANK:DB00537 HAS_ADVERSE_EFFECT HP:0000992');
    expect(found.filter((relation) => relation.includes('CONTRAINDICATED_IN'))).toEqual([]);
  });

  it('treats nothing the page says it is "no longer recommended for"', () => {
    const treated = relations(
      'Ciprofloxacin\n\nWhat is it used for?\n\n1. Urinary tract infections — most bladder infections.\n\nIt is no longer recommended for gonorrhoea, because most strains have become resistant.\n',
      'ciprofloxacin.txt',
      'Drugs',
      [
        makeEntry({ id: 'DRUGBANK:DB00537', kind: 'Drug', name: 'Ciprofloxacin', source: 'DrugBank' }),
        makeEntry({ id: 'MONDO:0100338', kind: 'Disease', name: 'urinary tract infection', source: 'MONDO', synonyms: [{ name: 'urinary tract infections', scope: 'exact' }] }),
        makeEntry({ id: 'MONDO:0004277', kind: 'Disease', name: 'gonorrhea', source: 'MONDO', synonyms: [{ name: 'gonorrhoea', scope: 'exact' }] }),
      ],
    );
    expect(treated.filter((relation) => relation.endsWith('MONDO:0004277'))).toEqual([]);
  });
});
