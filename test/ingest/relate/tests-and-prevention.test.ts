// Tests named outside a plain diagnosis list: a screening test a prevention section offers finds
// the topic (or the subtype it names) while the section's advice links nothing; what spoils a
// test is no test; a diagnostic test "also used to monitor" both diagnoses and monitors. Real
// stages over articles of our own; ids as in /work/shared/data/vocab. A test listed for the
// treatment or the outlook diagnoses nothing, nor does the label of a lettered group.
import { describe, expect, it } from 'vitest';
import { makeEntry } from '../../../src/lexicon/model.js';
import { relateText } from '../article-fixture.js';

const entries = [
  makeEntry({ id: 'DOID:1459', kind: 'Disease', name: 'hypothyroidism', source: 'DOID' }),
  makeEntry({ id: 'DOID:0050328', kind: 'Disease', name: 'congenital hypothyroidism', source: 'DOID' }),
  makeEntry({ id: 'medkg:test:newborn-screening', kind: 'Test', name: 'newborn screening', source: 'medkg' }),
  makeEntry({ id: 'medkg:test:carrier-testing', kind: 'Test', name: 'carrier testing', synonyms: [{ name: 'carrier screening', scope: 'exact' }], source: 'medkg' }),
  makeEntry({ id: 'medkg:procedure:genetic-counselling', kind: 'Procedure', name: 'genetic counselling', source: 'medkg' }),
];

function relations(text: string): string[] {
  const graph = relateText(text, 'hypothyroidism.txt', 'Diseases', entries);
  return graph.edges.filter((edge) => edge.predicate !== 'MENTIONS' && edge.predicate !== 'ABOUT').map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);
}

const ARTICLE = `Hypothyroidism

Definition

Hypothyroidism is a condition in which the thyroid gland makes too little hormone.

Types

  1. Congenital hypothyroidism — present from birth.

Prevention and early detection

  1. Newborn screening: a heel-prick blood spot for congenital hypothyroidism.

  2. Carrier screening: offered to relatives before pregnancy.

  3. Genetic counselling: explains the results.

  4. Limit iodine supplements and stay active.
`;

describe('a prevention section', () => {
  const edges = relations(ARTICLE);

  it('gives a screening test the subtype its item names, else the topic', () => {
    expect(edges).toContain('medkg:test:newborn-screening DIAGNOSES DOID:0050328');
    expect(edges).not.toContain('medkg:test:newborn-screening DIAGNOSES DOID:1459');
    expect(edges).toContain('medkg:test:carrier-testing DIAGNOSES DOID:1459');
  });

  it('links no advice or counselling item to the topic', () => {
    expect(edges.filter((edge) => edge.startsWith('medkg:procedure:'))).toEqual([]);
    expect(edges.filter((edge) => / (?:TREATS|DIAGNOSES) /u.test(edge) && !edge.startsWith('medkg:test:'))).toEqual([]);
  });
});

describe('a prevention item whose test looks for another condition', () => {
  it('finds that condition, not the topic', () => {
    const edges = relateText(
      'Polymyalgia Rheumatica\n\nPrevention tips\n\n  1. Bone density scan (DXA) — at the start of long-term steroids to check for osteoporosis.\n',
      'polymyalgia-rheumatica.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0019735', kind: 'Disease', name: 'polymyalgia rheumatica', source: 'MONDO' }),
        makeEntry({ id: 'HP:0000939', kind: 'Phenotype', name: 'Osteoporosis', source: 'HPO' }),
        makeEntry({ id: 'medkg:test:bone-density-scan', kind: 'Test', name: 'bone density scan', source: 'medkg-seed', synonyms: [{ name: 'DXA', scope: 'exact' }] }),
      ],
    ).edges.filter((edge) => edge.predicate === 'DIAGNOSES').map((edge) => `${edge.subject} ${edge.object}`);
    expect(edges).toEqual(['medkg:test:bone-density-scan HP:0000939']);
  });
});

describe('a diagnostic test checked during treatment with a medicine', () => {
  it('monitors the medicine, not the topic', () => {
    const edges = relateText(
      'Alkaptonuria\n\nDiagnostic tests\n\n  1. Plasma tyrosine level — checked regularly during treatment with nitisinone.\n',
      'alkaptonuria.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0008753', kind: 'Disease', name: 'alkaptonuria', source: 'MONDO' }),
        makeEntry({ id: 'DRUGBANK:DB00348', kind: 'Drug', name: 'Nitisinone', source: 'DrugBank' }),
        makeEntry({ id: 'medkg:test:plasma-tyrosine', kind: 'Test', name: 'plasma tyrosine level', source: 'medkg' }),
      ],
    ).edges.filter((edge) => edge.predicate === 'MONITORS' || edge.predicate === 'DIAGNOSES').map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);
    expect(edges).toEqual(['medkg:test:plasma-tyrosine MONITORS DRUGBANK:DB00348']);
  });

  it('reads "during natalizumab treatment" the same way', () => {
    const edges = relateText(
      'Multiple Sclerosis\n\nDiagnostic tests\n\n  1. JC virus antibody test — done before and every 6 months during natalizumab treatment.\n',
      'multiple-sclerosis.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0005301', kind: 'Disease', name: 'multiple sclerosis', source: 'MONDO' }),
        makeEntry({ id: 'DRUGBANK:DB00108', kind: 'Drug', name: 'Natalizumab', source: 'DrugBank' }),
        makeEntry({ id: 'medkg:test:jc-virus-antibody-test', kind: 'Test', name: 'JC virus antibody test', source: 'medkg' }),
      ],
    ).edges.filter((edge) => edge.predicate === 'MONITORS' || edge.predicate === 'DIAGNOSES').map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);
    expect(edges).toEqual(['medkg:test:jc-virus-antibody-test MONITORS DRUGBANK:DB00108']);
  });
});

describe('a diagnostic test whose line says what it finds, then that it is repeated to monitor', () => {
  it('diagnoses and monitors the topic', () => {
    const edges = relateText(
      'Multiple Myeloma\n\nDiagnostic tests\n\n  1. Serum protein electrophoresis — finds and measures the M-protein; repeated every one to three months to monitor the response to treatment.\n',
      'multiple-myeloma.txt',
      'Cancer',
      [
        makeEntry({ id: 'MONDO:0009693', kind: 'Disease', name: 'multiple myeloma', source: 'MONDO' }),
        makeEntry({ id: 'medkg:test:serum-protein-electrophoresis', kind: 'Test', name: 'serum protein electrophoresis', source: 'medkg' }),
      ],
    ).edges.filter((edge) => edge.predicate === 'MONITORS' || edge.predicate === 'DIAGNOSES').map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`).sort();
    expect(edges).toEqual(['medkg:test:serum-protein-electrophoresis DIAGNOSES MONDO:0009693', 'medkg:test:serum-protein-electrophoresis MONITORS MONDO:0009693']);
  });
});

describe('a diagnosis section note on what spoils a test', () => {
  it('does not make the spoiler a test of the topic', () => {
    const graph = relateText(
      'Coeliac disease\n\nDiagnosis\n\nImportant: keep eating gluten before testing; tests done on a gluten-free diet can come back falsely normal.\n',
      'coeliac-disease.txt',
      'Diseases',
      [
        makeEntry({ id: 'DOID:10608', kind: 'Disease', name: 'celiac disease', source: 'DO', synonyms: [{ name: 'coeliac disease', scope: 'exact' }] }),
        makeEntry({ id: 'medkg:procedure:gluten-free-diet', kind: 'Procedure', name: 'gluten-free diet', source: 'medkg' }),
      ],
    );
    expect(graph.edges.filter((edge) => edge.predicate === 'DIAGNOSES')).toEqual([]);
  });
});

describe('a diagnostic test head with a word for how it is used', () => {
  it('is the vocabulary test, and diagnoses as well as monitors when "also used to monitor"', () => {
    const graph = relateText(
      'Asthma\n\nDiagnostic tests\n\n  1. Peak expiratory flow monitoring — home readings that vary a lot from day to day; also used to monitor control.\n',
      'asthma.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0004979', kind: 'Disease', name: 'asthma', source: 'MONDO' }),
        makeEntry({ id: 'medkg:test:peak-expiratory-flow', kind: 'Test', name: 'peak expiratory flow', source: 'medkg' }),
      ],
    );
    const edges = graph.edges.filter((edge) => edge.predicate === 'DIAGNOSES' || edge.predicate === 'MONITORS').map((edge) => `${edge.subject} ${edge.predicate}`);
    expect(edges.sort()).toEqual(['medkg:test:peak-expiratory-flow DIAGNOSES', 'medkg:test:peak-expiratory-flow MONITORS']);
  });

  it('only diagnoses when "repeated" describes how the examination is done', () => {
    const graph = relateText(
      'Myasthenia Gravis\n\nDiagnostic tests\n\n  1. Neurological examination — tests eye movements, speech and arm strength after repeated lifting.\n',
      'myasthenia-gravis.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0009688', kind: 'Disease', name: 'myasthenia gravis', source: 'MONDO' }),
        makeEntry({ id: 'medkg:test:neurological-examination', kind: 'Test', name: 'neurological examination', source: 'medkg' }),
      ],
    );
    const edges = graph.edges.filter((edge) => edge.predicate === 'DIAGNOSES' || edge.predicate === 'MONITORS').map((edge) => edge.predicate);
    expect(edges).toEqual(['DIAGNOSES']);
  });

  it('diagnoses as well as monitors when the line says the test "is repeated" to follow the topic', () => {
    const graph = relateText(
      'Glaucoma\n\nDiagnostic tests\n\n  1. Visual field test (perimetry) — maps the side vision; it is repeated every 6–12 months to monitor progression.\n',
      'glaucoma.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0005041', kind: 'Disease', name: 'glaucoma', source: 'MONDO' }),
        makeEntry({ id: 'medkg:test:visual-field-test', kind: 'Test', name: 'visual field test', source: 'medkg' }),
      ],
    );
    const edges = graph.edges.filter((edge) => edge.predicate === 'DIAGNOSES' || edge.predicate === 'MONITORS').map((edge) => `${edge.subject} ${edge.predicate}`);
    expect(edges.sort()).toEqual(['medkg:test:visual-field-test DIAGNOSES', 'medkg:test:visual-field-test MONITORS']);
  });
});

describe('a diagnostic test the line says is done again at intervals', () => {
  it('monitors the topic when done "at diagnosis and then" every year or every few years', () => {
    for (const interval of ['then once a year', 'then every 1–2 years', 'then yearly']) {
      const graph = relateText(
        `Marfan Syndrome\n\nDiagnostic tests\n\n  1. Echocardiogram — measures the width of the aortic root; done at diagnosis and ${interval}.\n`,
        'marfan-syndrome.txt',
        'Diseases',
        [
          makeEntry({ id: 'MONDO:0007947', kind: 'Disease', name: 'Marfan syndrome', source: 'MONDO' }),
          makeEntry({ id: 'medkg:test:echocardiogram', kind: 'Test', name: 'echocardiogram', source: 'medkg' }),
        ],
      );
      const edges = graph.edges.filter((edge) => edge.predicate === 'DIAGNOSES' || edge.predicate === 'MONITORS').map((edge) => `${edge.subject} ${edge.predicate}`);
      expect(edges, interval).toEqual(['medkg:test:echocardiogram MONITORS']);
    }
  });
});

describe('a test a diagnosis section lists for the treatment or the outlook', () => {
  it('finds that condition where the line names how, and never the topic', () => {
    const graph = relateText(
      'Melanoma\n\nDiagnostic tests\n\n  1. Skin biopsy — confirms melanoma.\n  2. Echocardiogram — checks heart function before chemotherapy.\n  3. Kidney function tests — creatinine and eGFR, which guide the choice and dose of medicines.\n  4. Lactate dehydrogenase — a high level signals a poorer outlook.\n  5. DPYD genotyping — done before fluorouracil to choose a safe dose.\n',
      'melanoma.txt',
      'Cancer',
      [
        makeEntry({ id: 'MONDO:0005105', kind: 'Disease', name: 'melanoma', source: 'MONDO' }),
        makeEntry({ id: 'medkg:procedure:skin-biopsy', kind: 'Procedure', name: 'skin biopsy', source: 'medkg' }),
        makeEntry({ id: 'medkg:test:echocardiogram', kind: 'Test', name: 'echocardiogram', source: 'medkg' }),
        makeEntry({ id: 'medkg:test:kidney-function-tests', kind: 'Test', name: 'kidney function tests', source: 'medkg' }),
        makeEntry({ id: 'medkg:test:lactate-dehydrogenase', kind: 'Test', name: 'lactate dehydrogenase', source: 'medkg' }),
        makeEntry({ id: 'medkg:test:dpyd-genotyping', kind: 'Test', name: 'DPYD genotyping', source: 'medkg' }),
      ],
    );
    expect(graph.edges.filter((edge) => edge.predicate === 'DIAGNOSES').map((edge) => edge.subject)).toEqual(['medkg:procedure:skin-biopsy']);
  });
});

describe('the label of a lettered group of tests', () => {
  it('relates nothing of its own, in either lettering', () => {
    const graph = relateText(
      'Familial hypercholesterolaemia\n\nDiagnostic tests\n\nA) Physical examination\n\n  1. Lipid panel — a very high LDL is the first clue.\n\nB. Blood tests\n\n  1. Lipid panel — repeated after a few weeks.\n',
      'familial-hypercholesterolaemia.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0005439', kind: 'Disease', name: 'familial hypercholesterolemia', source: 'MONDO', synonyms: [{ name: 'familial hypercholesterolaemia', scope: 'exact' }] }),
        makeEntry({ id: 'medkg:test:lipid-profile', kind: 'Test', name: 'lipid profile', source: 'medkg', synonyms: [{ name: 'lipid panel', scope: 'exact' }] }),
        makeEntry({ id: 'medkg:test:blood-test', kind: 'Test', name: 'blood test', source: 'medkg' }),
        makeEntry({ id: 'medkg:test:physical-examination', kind: 'Test', name: 'physical examination', source: 'medkg' }),
      ],
    );
    expect([...new Set(graph.edges.filter((edge) => edge.predicate === 'DIAGNOSES').map((edge) => edge.subject))]).toEqual(['medkg:test:lipid-profile']);
  });
});

describe('a tumour marker that follows the cancer but is not accurate enough to diagnose it', () => {
  it('monitors the topic and does not diagnose it', () => {
    const graph = relateText(
      'Colorectal cancer\n\nDiagnostic tests\n\n4) Carcinoembryonic antigen (CEA).\n\nA tumour marker measured before surgery and then every 3 to 6 months to watch for the cancer coming back; it is not accurate enough to diagnose the cancer.\n',
      'colorectal-cancer.txt',
      'Cancer',
      [
        makeEntry({ id: 'MONDO:0005575', kind: 'Disease', name: 'colorectal cancer', source: 'MONDO' }),
        makeEntry({ id: 'medkg:test:carcinoembryonic-antigen', kind: 'Test', name: 'carcinoembryonic antigen', source: 'medkg', synonyms: [{ name: 'CEA', scope: 'abbreviation' }] }),
      ],
    );
    const edges = graph.edges.filter((edge) => edge.predicate === 'DIAGNOSES' || edge.predicate === 'MONITORS').map((edge) => edge.predicate);
    expect([...new Set(edges)]).toEqual(['MONITORS']);
  });
});

describe("a reading of one of a test item's own analytes", () => {
  it('diagnoses nothing, for any test of the item', () => {
    const edges = relateText(
      'Autosomal recessive osteopetrosis\n\nDiagnostic tests\n\n  1. Calcium and parathyroid hormone — finds low calcium and the high hormone that goes with it.\n',
      'autosomal-recessive-osteopetrosis.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0019026', kind: 'Disease', name: 'autosomal recessive osteopetrosis', source: 'MONDO' }),
        makeEntry({ id: 'LOINC:17861-6', kind: 'Test', name: 'Calcium [Mass/volume] in Serum or Plasma', source: 'LOINC', synonyms: [{ name: 'calcium', scope: 'related' }] }),
        makeEntry({ id: 'LOINC:2731-8', kind: 'Test', name: 'Parathyrin.intact [Mass/volume] in Serum or Plasma', source: 'LOINC', synonyms: [{ name: 'parathyroid hormone', scope: 'related' }] }),
        makeEntry({ id: 'HP:0002901', kind: 'Phenotype', name: 'Hypocalcemia', source: 'HPO', synonyms: [{ name: 'Low calcium', scope: 'exact' }] }),
      ],
    ).edges.map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);
    expect(edges.filter((edge) => edge.includes('DIAGNOSES HP:0002901'))).toEqual([]);
  });
});

describe('prevention advice and the moments a monitoring line names', () => {
  const entries = [
    makeEntry({ id: 'MONDO:0008315', kind: 'Disease', name: 'prostate cancer', source: 'MONDO' }),
    makeEntry({ id: 'LOINC:29463-7', kind: 'Test', name: 'Body weight', source: 'LOINC', synonyms: [{ name: 'weight', scope: 'related' }] }),
    makeEntry({ id: 'LOINC:2857-1', kind: 'Test', name: 'Prostate specific Ag [Mass/volume] in Serum or Plasma', source: 'LOINC', synonyms: [{ name: 'PSA test', scope: 'exact' }, { name: 'PSA', scope: 'abbreviation' }] }),
    makeEntry({ id: 'medkg:procedure:radiation-therapy', kind: 'Procedure', name: 'radiation therapy', source: 'medkg-seed', synonyms: [{ name: 'radiotherapy', scope: 'exact' }] }),
    makeEntry({ id: 'medkg:procedure:active-surveillance', kind: 'Procedure', name: 'active surveillance', source: 'medkg-seed' }),
  ];
  const edges = relateText(
    `Prostate cancer

Monitoring

After surgery or radiotherapy the PSA test is repeated every 6 months. In active surveillance, PSA is checked every 3 months.

Prevention and screening

  1. Keep a healthy weight and stay active.
`,
    'prostate-cancer.txt',
    'Cancer',
    entries,
  ).edges.map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);

  it('offers no test in advice that names a measurement', () => {
    expect(edges.filter((edge) => edge.startsWith('LOINC:29463-7'))).toEqual([]);
  });

  it('takes the test as the monitor, not the treatment that says when', () => {
    expect(edges).toContain('LOINC:2857-1 MONITORS MONDO:0008315');
    expect(edges.filter((edge) => edge.startsWith('medkg:procedure:') && edge.includes('MONITORS'))).toEqual([]);
  });
});

describe('a test item that says what it rules out', () => {
  const entries = [
    makeEntry({ id: 'MONDO:0019735', kind: 'Disease', name: 'polymyalgia rheumatica', source: 'MONDO' }),
    makeEntry({ id: 'MONDO:0008383', kind: 'Disease', name: 'rheumatoid arthritis', source: 'MONDO' }),
    makeEntry({ id: 'MONDO:0008538', kind: 'Disease', name: 'temporal arteritis', source: 'MONDO', synonyms: [{ name: 'giant cell arteritis', scope: 'exact' }, { name: 'GCA', scope: 'exact' }] }),
    makeEntry({ id: 'MONDO:0005420', kind: 'Disease', name: 'hypothyroidism', source: 'MONDO' }),
    makeEntry({ id: 'HP:0002315', kind: 'Phenotype', name: 'headache', source: 'HPO' }),
    makeEntry({ id: 'medkg:test:rheumatoid-factor', kind: 'Test', name: 'rheumatoid factor', source: 'medkg-seed' }),
    makeEntry({ id: 'medkg:test:anti-ccp-antibodies', kind: 'Test', name: 'anti-CCP antibodies', source: 'medkg-seed' }),
    makeEntry({ id: 'medkg:test:pet-ct', kind: 'Test', name: 'PET-CT scan', source: 'medkg-seed' }),
    makeEntry({ id: 'medkg:test:ct-scan', kind: 'Test', name: 'CT scan', source: 'medkg-seed' }),
    makeEntry({ id: 'medkg:test:tsh', kind: 'Test', name: 'TSH', source: 'medkg-seed' }),
    makeEntry({ id: 'medkg:test:ferritin', kind: 'Test', name: 'ferritin', source: 'medkg-seed' }),
  ];
  const edges = relateText(
    'Polymyalgia rheumatica\n\nDiagnostic tests\n\n' +
      '  1. Rheumatoid factor and anti-CCP antibodies — usually negative; checked to rule out rheumatoid arthritis.\n\n' +
      '  2. PET-CT scan — used when GCA affecting the aorta is suspected.\n\n' +
      '  3. CT scan — helps rule out other causes of headache.\n\n' +
      '  4. TSH and ferritin — to exclude hypothyroidism and temporal arteritis.\n\n' +
      '  5. Ferritin — a normal result does not rule out rheumatoid arthritis.\n',
    'polymyalgia-rheumatica.txt',
    'Diseases',
    entries,
  ).edges.map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);

  it('diagnoses the condition the line says it is checked to rule out, as well as the topic', () => {
    expect(edges).toContain('medkg:test:rheumatoid-factor DIAGNOSES MONDO:0008383');
    expect(edges).toContain('medkg:test:anti-ccp-antibodies DIAGNOSES MONDO:0008383');
    expect(edges).toContain('medkg:test:rheumatoid-factor DIAGNOSES MONDO:0019735');
  });

  it('diagnoses the condition it is used for "when … is suspected"', () => {
    expect(edges).toContain('medkg:test:pet-ct DIAGNOSES MONDO:0008538');
  });

  it('diagnoses only that condition when the line opens "done when … is suspected"', () => {
    const found = relateText(
      'Autoimmune Hepatitis\n\nDiagnostic tests\n\n  1. MRCP (magnetic resonance cholangiopancreatography) — done when primary sclerosing cholangitis, which can overlap with AIH, is suspected.\n',
      'autoimmune-hepatitis.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0016264', kind: 'Disease', name: 'autoimmune hepatitis', source: 'MONDO', synonyms: [{ name: 'AIH', scope: 'abbreviation' }] }),
        makeEntry({ id: 'MONDO:0013433', kind: 'Disease', name: 'primary sclerosing cholangitis', source: 'MONDO' }),
        makeEntry({ id: 'medkg:test:mrcp', kind: 'Test', name: 'MRCP', source: 'medkg' }),
      ],
    ).edges.filter((edge) => edge.predicate === 'DIAGNOSES').map((edge) => `${edge.subject} ${edge.object}`);
    expect(found).toEqual(['medkg:test:mrcp MONDO:0013433']);
  });

  it('does not diagnose the sign whose "other causes" it rules out, nor pair several tests with several conditions, nor what a normal result "does not rule out"', () => {
    expect(edges).not.toContain('medkg:test:ct-scan DIAGNOSES HP:0002315');
    expect(edges.filter((edge) => edge.startsWith('medkg:test:tsh DIAGNOSES MONDO:0008538') || edge.startsWith('medkg:test:ferritin DIAGNOSES MONDO:0005420'))).toEqual([]);
    expect(edges).not.toContain('medkg:test:ferritin DIAGNOSES MONDO:0008383');
  });
});

describe("a test item whose line names a type of the topic", () => {
  it('finds that type, and follows it when the line says it monitors', () => {
    const graph = relateText(
      'Thyroid Cancer\n\nTypes\n\n  1. Medullary thyroid cancer (MTC) — starts in the C cells.\n\nDiagnostic tests\n\n  1. Calcitonin — high in medullary thyroid cancer; used both to find MTC and to monitor it after surgery.\n',
      'thyroid-cancer.txt',
      'Cancer',
      [
        makeEntry({ id: 'MONDO:0002108', kind: 'Disease', name: 'thyroid cancer', source: 'MONDO' }),
        makeEntry({ id: 'MONDO:0015277', kind: 'Disease', name: 'medullary thyroid carcinoma', source: 'MONDO', synonyms: [{ name: 'medullary thyroid cancer', scope: 'exact' }] }),
        makeEntry({ id: 'medkg:test:calcitonin', kind: 'Test', name: 'calcitonin', source: 'test' }),
      ],
    );
    const edges = graph.edges.map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);
    expect(edges).toEqual(expect.arrayContaining(['medkg:test:calcitonin DIAGNOSES MONDO:0015277', 'medkg:test:calcitonin MONITORS MONDO:0015277']));
  });
  it('finds only that type when the line ends by naming it as where its finding is seen', () => {
    const graph = relateText(
      'Thyroid Cancer\n\nTypes\n\n  1. Medullary thyroid cancer (MTC) — starts in the C cells.\n\nDiagnostic tests\n\n  1. Ultrasound of the thyroid — shows the nodule.\n\n  2. Calcitonin — a hormone of the C cells that is raised in MTC.\n',
      'thyroid-cancer.txt',
      'Cancer',
      [
        makeEntry({ id: 'MONDO:0002108', kind: 'Disease', name: 'thyroid cancer', source: 'MONDO' }),
        makeEntry({ id: 'MONDO:0015277', kind: 'Disease', name: 'medullary thyroid carcinoma', source: 'MONDO', synonyms: [{ name: 'medullary thyroid cancer', scope: 'exact' }] }),
        makeEntry({ id: 'medkg:test:calcitonin', kind: 'Test', name: 'calcitonin', source: 'test' }),
        makeEntry({ id: 'medkg:test:thyroid-ultrasound', kind: 'Test', name: 'ultrasound of the thyroid', source: 'test' }),
      ],
    );
    const diagnoses = graph.edges.filter((edge) => edge.predicate === 'DIAGNOSES').map((edge) => `${edge.subject} ${edge.object}`);
    expect(diagnoses.sort()).toEqual(['medkg:test:calcitonin MONDO:0015277', 'medkg:test:thyroid-ultrasound MONDO:0002108']);
  });
});

describe('a diagnosis item that opens with another condition it looks for', () => {
  const entries = [
    makeEntry({ id: 'MONDO:0009258', kind: 'Disease', name: 'classic galactosemia', source: 'MONDO', synonyms: [{ name: 'classic galactosaemia', scope: 'exact' }] }),
    makeEntry({ id: 'HP:0100806', kind: 'Phenotype', name: 'Sepsis', source: 'HPO' }),
    makeEntry({ id: 'HP:0000952', kind: 'Phenotype', name: 'Jaundice', source: 'HPO' }),
    makeEntry({ id: 'medkg:test:blood-culture', kind: 'Test', name: 'blood culture', source: 'medkg' }),
    makeEntry({ id: 'medkg:test:liver-function-tests', kind: 'Test', name: 'liver function tests', source: 'medkg' }),
  ];
  const edges = relateText(
    'Classic Galactosaemia\n\nSymptoms\n\n  1. Jaundice — yellow skin in the first week.\n\nDiagnostic tests\n\n  6. Blood culture — whenever sepsis is suspected in a sick newborn.\n\n  7. Liver function tests — look for jaundice and liver damage.\n',
    'classic-galactosaemia.txt',
    'Diseases',
    entries,
  ).edges.filter((edge) => edge.predicate === 'DIAGNOSES').map((edge) => `${edge.subject} ${edge.object}`);

  it('finds that condition, not the topic', () => {
    expect(edges).toContain('medkg:test:blood-culture HP:0100806');
    expect(edges).not.toContain('medkg:test:blood-culture MONDO:0009258');
  });

  it('finds no topic either for a test "done to rule out" a look-alike', () => {
    const sarcoidosis = relateText(
      'Sarcoidosis\n\nDiagnostic tests\n\n  1. Interferon-gamma release assay (IGRA) — done to rule out tuberculosis, which can look similar.\n',
      'sarcoidosis.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0019338', kind: 'Disease', name: 'sarcoidosis', source: 'MONDO' }),
        makeEntry({ id: 'MONDO:0018076', kind: 'Disease', name: 'tuberculosis', source: 'MONDO' }),
        makeEntry({ id: 'medkg:test:interferon-gamma-release-assay', kind: 'Test', name: 'interferon-gamma release assay', source: 'medkg', synonyms: [{ name: 'IGRA', scope: 'abbreviation' }] }),
      ],
    ).edges.filter((edge) => edge.predicate === 'DIAGNOSES' && edge.object === 'MONDO:0019338');
    expect(sarcoidosis).toEqual([]);
  });

  it('still finds the topic when what it looks for is one of the topic\'s own signs', () => {
    expect(edges).toContain('medkg:test:liver-function-tests MONDO:0009258');
  });
});

describe('a diagnosis item whose line says it is done to find or rule out another condition', () => {
  const entries = [
    makeEntry({ id: 'MONDO:0019497', kind: 'Disease', name: 'nonsyndromic genetic hearing loss', source: 'MONDO' }),
    makeEntry({ id: 'MONDO:0005441', kind: 'Disease', name: 'otitis media', source: 'MONDO' }),
    makeEntry({ id: 'medkg:test:otoscopy', kind: 'Test', name: 'otoscopy', source: 'medkg' }),
    makeEntry({ id: 'medkg:test:audiometry', kind: 'Test', name: 'audiometry', source: 'medkg' }),
    makeEntry({ id: 'medkg:test:tympanometry', kind: 'Test', name: 'tympanometry', source: 'medkg' }),
  ];
  it('finds that condition where the line names how, and never the topic', () => {
    const edges = relateText(
      'Nonsyndromic genetic hearing loss\n\nDiagnostic tests\n\n  1. Audiometry — measures how loud a sound must be to be heard.\n\n  2. Otoscopy — a look into the ear that rules out fluid behind the eardrum (otitis media).\n\n  3. Tympanometry — done in the first weeks of life to find otitis media.\n',
      'nonsyndromic-genetic-hearing-loss.txt',
      'Diseases',
      entries,
    )
      .edges.filter((edge) => edge.predicate === 'DIAGNOSES')
      .map((edge) => `${edge.subject} ${edge.object}`);
    expect(edges.sort()).toEqual(['medkg:test:audiometry MONDO:0019497', 'medkg:test:otoscopy MONDO:0005441', 'medkg:test:tympanometry MONDO:0005441']);
  });
});

describe('a test line that "checks how" something works', () => {
  it('is no monitoring; only "check how well" a treatment works is', () => {
    const graph = relateText(
      'Nonsyndromic genetic hearing loss\n\nDiagnostic tests\n\n  1. Tympanometry — checks how the eardrum moves.\n\n  2. Audiometry — repeated after fitting to check how well the hearing aids work.\n',
      'nonsyndromic-genetic-hearing-loss.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0019497', kind: 'Disease', name: 'nonsyndromic genetic hearing loss', source: 'MONDO' }),
        makeEntry({ id: 'medkg:test:tympanometry', kind: 'Test', name: 'tympanometry', source: 'medkg' }),
        makeEntry({ id: 'medkg:test:audiometry', kind: 'Test', name: 'audiometry', source: 'medkg' }),
      ],
    );
    const monitors = graph.edges.filter((edge) => edge.predicate === 'MONITORS').map((edge) => edge.subject);
    expect(monitors).toEqual(['medkg:test:audiometry']);
  });
});

describe('a diagnosis item done to rule out other causes of a sign', () => {
  it('finds no topic when it lists the look-alikes after "such as"', () => {
    const edges = relateText(
      'Charcot-Marie-Tooth Disease\n\nDiagnostic tests\n\n  1. Nerve conduction studies — show slow signals along the nerves.\n\n  2. Glucose check — to rule out other causes of neuropathy, such as diabetes mellitus.\n',
      'charcot-marie-tooth-disease.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0015626', kind: 'Disease', name: 'Charcot-Marie-Tooth disease', source: 'MONDO' }),
        makeEntry({ id: 'MONDO:0005015', kind: 'Disease', name: 'diabetes mellitus', source: 'MONDO' }),
        makeEntry({ id: 'medkg:test:nerve-conduction-studies', kind: 'Test', name: 'nerve conduction studies', source: 'medkg' }),
        makeEntry({ id: 'medkg:test:glucose-check', kind: 'Test', name: 'glucose check', source: 'medkg' }),
      ],
    )
      .edges.filter((edge) => edge.predicate === 'DIAGNOSES' && edge.object === 'MONDO:0015626')
      .map((edge) => edge.subject);
    expect(edges).toEqual(['medkg:test:nerve-conduction-studies']);
  });
});

describe('a diagnosis item that confirms another condition before treatment', () => {
  it('does not diagnose the topic', () => {
    const edges = relateText(
      'Rheumatoid Arthritis\n\nDiagnostic tests\n\n  1. Rheumatoid factor — positive in most people with the disease.\n\n  2. Chest X-ray — looks at the lungs and confirms tuberculosis before treatment starts.\n',
      'rheumatoid-arthritis.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0008383', kind: 'Disease', name: 'rheumatoid arthritis', source: 'MONDO' }),
        makeEntry({ id: 'MONDO:0018076', kind: 'Disease', name: 'tuberculosis', source: 'MONDO' }),
        makeEntry({ id: 'medkg:test:rheumatoid-factor', kind: 'Test', name: 'rheumatoid factor', source: 'medkg' }),
        makeEntry({ id: 'medkg:test:chest-x-ray', kind: 'Test', name: 'chest X-ray', source: 'medkg' }),
      ],
    )
      .edges.filter((edge) => edge.predicate === 'DIAGNOSES' && edge.object === 'MONDO:0008383')
      .map((edge) => edge.subject);
    expect(edges).toEqual(['medkg:test:rheumatoid-factor']);
  });
});

describe('a diagnostic test the line says is measured again or followed at intervals', () => {
  it('monitors the topic ("measured again after a year of treatment to judge the response", "followed every 3 to 6 months")', () => {
    for (const line of ['raised in almost everyone with PBC; it is measured again after a year of treatment to judge the response', 'shows how far the disease has gone and is followed every 3 to 6 months']) {
      const graph = relateText(
        `Primary biliary cholangitis\n\nDiagnostic tests\n\n  1. Alkaline phosphatase (ALP) — ${line}.\n`,
        'primary-biliary-cholangitis.txt',
        'Diseases',
        [
          makeEntry({ id: 'MONDO:0005388', kind: 'Disease', name: 'primary biliary cholangitis', source: 'MONDO', synonyms: [{ name: 'PBC', scope: 'abbreviation' }] }),
          makeEntry({ id: 'LOINC:6768-6', kind: 'Test', name: 'alkaline phosphatase', source: 'LOINC', synonyms: [{ name: 'ALP', scope: 'abbreviation' }] }),
        ],
      );
      expect(graph.edges.filter((edge) => edge.predicate === 'MONITORS').map((edge) => `${edge.subject} ${edge.object}`), line).toEqual(['LOINC:6768-6 MONDO:0005388']);
    }
  });
});

describe('a diagnosis line that says a test is not recommended, or names a treatment as a cause', () => {
  it('gives the topic no test', () => {
    const graph = relateText(
      "Lynch syndrome\n\nDiagnostic tests\n\n  1. Transvaginal ultrasound — is not recommended for screening, because it does not reliably find early womb cancer.\n\nDryness can have other causes that doctors rule out first: hepatitis C infection and radiotherapy to the head and neck.\n",
      'lynch-syndrome.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0005835', kind: 'Disease', name: 'Lynch syndrome', source: 'MONDO' }),
        makeEntry({ id: 'medkg:test:transvaginal-ultrasound', kind: 'Test', name: 'transvaginal ultrasound', source: 'medkg' }),
        makeEntry({ id: 'medkg:procedure:radiotherapy', kind: 'Procedure', name: 'radiotherapy', source: 'medkg-seed' }),
      ],
    );
    expect(graph.edges.filter((edge) => edge.predicate === 'DIAGNOSES' || edge.predicate === 'MONITORS')).toEqual([]);
  });
});

describe('a diagnostic test whose line opens with how often it is done', () => {
  it('monitors the topic ("Colonoscopy — every 1 to 2 years, starting at age 25")', () => {
    const graph = relateText(
      'Lynch syndrome\n\nDiagnostic tests\n\n  1. Colonoscopy — every 1 to 2 years, starting at age 25; polyps are removed during the test.\n',
      'lynch-syndrome.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0005835', kind: 'Disease', name: 'Lynch syndrome', source: 'MONDO' }),
        makeEntry({ id: 'medkg:test:colonoscopy', kind: 'Test', name: 'colonoscopy', source: 'medkg' }),
      ],
    );
    expect(graph.edges.filter((edge) => edge.predicate === 'DIAGNOSES' || edge.predicate === 'MONITORS').map((edge) => `${edge.subject} ${edge.predicate}`)).toEqual(['medkg:test:colonoscopy MONITORS']);
  });
});

describe('a diagnostic-section test done to find who cannot take a medicine', () => {
  it('does not diagnose the topic', () => {
    const graph = relateText(
      'Oesophageal cancer\n\nDiagnostic tests\n\n  6. DPYD genetic testing — done before fluorouracil or capecitabine to find people who cannot break these medicines down.\n',
      'oesophageal-cancer.txt',
      'Cancer',
      [
        makeEntry({ id: 'MONDO:0007576', kind: 'Disease', name: 'esophageal cancer', source: 'MONDO', synonyms: [{ name: 'oesophageal cancer', scope: 'exact' }] }),
        makeEntry({ id: 'medkg:test:dpyd-genetic-testing', kind: 'Test', name: 'DPYD genetic testing', source: 'medkg' }),
      ],
    );
    expect(graph.edges.filter((edge) => edge.predicate === 'DIAGNOSES' && edge.object === 'MONDO:0007576')).toEqual([]);
  });
});

describe('a class of tests whose line opens with its member tests', () => {
  it('gives each member what the line says, at diagnosis and through follow-up', () => {
    const graph = relateText(
      'Testicular cancer\n\nDiagnostic tests\n\n  1. Tumour markers — alpha-fetoprotein (AFP), beta-hCG and lactate dehydrogenase (LDH) are measured before surgery, after surgery and at every follow-up visit.\n  2. Echocardiogram — checks heart function before chemotherapy.\n',
      'testicular-cancer.txt',
      'Cancer',
      [
        makeEntry({ id: 'MONDO:0005447', kind: 'Disease', name: 'testicular cancer', source: 'MONDO' }),
        makeEntry({ id: 'LOINC:1834-1', kind: 'Test', name: 'alpha-fetoprotein', source: 'LOINC', synonyms: [{ name: 'AFP', scope: 'abbreviation' }] }),
        makeEntry({ id: 'LOINC:21198-7', kind: 'Test', name: 'beta-hCG', source: 'LOINC' }),
        makeEntry({ id: 'LOINC:2532-0', kind: 'Test', name: 'lactate dehydrogenase', source: 'LOINC', synonyms: [{ name: 'LDH', scope: 'abbreviation' }] }),
        makeEntry({ id: 'medkg:test:echocardiogram', kind: 'Test', name: 'echocardiogram', source: 'medkg' }),
      ],
    );
    const edges = graph.edges
      .filter((edge) => edge.predicate === 'DIAGNOSES' || edge.predicate === 'MONITORS')
      .map((edge) => `${edge.subject} ${edge.predicate}`)
      .sort();
    expect(edges).toEqual([
      'LOINC:1834-1 DIAGNOSES',
      'LOINC:1834-1 MONITORS',
      'LOINC:21198-7 DIAGNOSES',
      'LOINC:21198-7 MONITORS',
      'LOINC:2532-0 DIAGNOSES',
      'LOINC:2532-0 MONITORS',
      'medkg:test:tumour-markers DIAGNOSES',
      'medkg:test:tumour-markers MONITORS',
    ]);
  });
});

describe("a lab page's purpose line that opens 'To follow'", () => {
  it('monitors the condition it names, and diagnoses the one a line opening "To help diagnose" names', () => {
    const graph = relateText(
      'Lactate Dehydrogenase (LDH) Test\n\nWhy is the test done?\n\n  1. To help diagnose hemolytic anemia — LDH rises when red blood cells break down too early.\n\n  2. To follow advanced melanoma — a raised LDH is linked with a poorer outlook.\n',
      'ldh-test.txt',
      'Lab Tests',
      [
        makeEntry({ id: 'LOINC:2532-0', kind: 'Test', name: 'lactate dehydrogenase', source: 'LOINC', synonyms: [{ name: 'LDH', scope: 'abbreviation' }] }),
        makeEntry({ id: 'DOID:1909', kind: 'Disease', name: 'melanoma', source: 'DO' }),
        makeEntry({ id: 'HP:0001878', kind: 'Phenotype', name: 'Hemolytic anemia', source: 'HPO' }),
      ],
    );
    const edges = graph.edges.filter((edge) => edge.predicate === 'DIAGNOSES' || edge.predicate === 'MONITORS').map((edge) => `${edge.predicate} ${edge.object}`).sort();
    expect(edges).toEqual(['DIAGNOSES HP:0001878', 'MONITORS DOID:1909']);
  });
});

describe('a diagnostic score that gives points for findings', () => {
  it('diagnoses none of the findings it counts', () => {
    const graph = relateText(
      'Behcet disease\n\nDiagnostic tests\n\n  1. International Criteria for Behcet Disease (ICBD) — points are given for a mouth ulcer, genital ulcers and skin lesions; four points or more support the diagnosis.\n',
      'behcets-disease.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0007191', kind: 'Disease', name: 'Behcet disease', source: 'MONDO' }),
        makeEntry({ id: 'HP:0000155', kind: 'Phenotype', name: 'Oral ulcer', source: 'HPO', synonyms: [{ name: 'Mouth ulcer', scope: 'exact' }] }),
        makeEntry({ id: 'HP:0003249', kind: 'Phenotype', name: 'Genital ulcers', source: 'HPO' }),
      ],
    );
    const objects = graph.edges.filter((edge) => edge.predicate === 'DIAGNOSES').map((edge) => edge.object);
    expect(objects).not.toContain('HP:0000155');
    expect(objects).not.toContain('HP:0003249');
  });
});

describe('a test line repeated to watch for a complication', () => {
  it('monitors the complication and neither diagnoses it nor follows the topic', () => {
    const graph = relateText(
      'Giant cell arteritis (GCA)\n\nDiagnostic tests\n\n  1. Chest X-ray — pictures of the aorta; it is repeated every one to two years to watch for an aortic aneurysm.\n',
      'giant-cell-arteritis.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0008538', kind: 'Disease', name: 'temporal arteritis', source: 'MONDO', synonyms: [{ name: 'giant cell arteritis', scope: 'exact' }, { name: 'GCA', scope: 'abbreviation' }] }),
        makeEntry({ id: 'MONDO:0005160', kind: 'Disease', name: 'aortic aneurysm', source: 'MONDO' }),
        makeEntry({ id: 'medkg:test:chest-x-ray', kind: 'Test', name: 'chest X-ray', source: 'medkg' }),
      ],
    );
    const edges = graph.edges.filter((edge) => edge.predicate === 'DIAGNOSES' || edge.predicate === 'MONITORS').map((edge) => `${edge.predicate} ${edge.object}`);
    expect(edges).toEqual(['MONITORS MONDO:0005160']);
  });
});

describe("a lab page's lines on whom it is done for and what else must be looked for", () => {
  it('diagnoses neither the signs of the person it checks nor the look-alikes left to other tests', () => {
    const graph = relateText(
      `Ammonia Test

Why is the test done?

  1. To help find hepatic encephalopathy — a brain disturbance caused by a failing liver.
  2. To check a newborn baby with lethargy (being very sleepy), poor feeding or vomiting — a very high level points to a urea cycle disorder.

Understanding the results

  1. Normal ammonia in a confused person — makes hepatic encephalopathy less likely, so other causes such as low blood sugar (hypoglycaemia), stroke or alcohol withdrawal must be looked for.
`,
      'ammonia-test.txt',
      'Lab Tests',
      [
        makeEntry({ id: 'LOINC:22763-7', kind: 'Test', name: 'ammonia', source: 'LOINC', synonyms: [{ name: 'ammonia test', scope: 'exact' }] }),
        makeEntry({ id: 'MONDO:0001711', kind: 'Disease', name: 'hepatic encephalopathy', source: 'MONDO' }),
        makeEntry({ id: 'MONDO:0004739', kind: 'Disease', name: 'urea cycle disorder', source: 'MONDO' }),
        makeEntry({ id: 'HP:0001254', kind: 'Phenotype', name: 'Lethargy', source: 'HPO' }),
        makeEntry({ id: 'HP:0002013', kind: 'Phenotype', name: 'vomiting', source: 'HPO' }),
        makeEntry({ id: 'HP:0001943', kind: 'Phenotype', name: 'hypoglycemia', source: 'HPO', synonyms: [{ name: 'hypoglycaemia', scope: 'exact' }] }),
        makeEntry({ id: 'HP:0001297', kind: 'Phenotype', name: 'stroke', source: 'HPO' }),
        makeEntry({ id: 'MONDO:0005433', kind: 'Disease', name: 'alcohol withdrawal', source: 'MONDO' }),
      ],
    );
    const objects = graph.edges.filter((edge) => edge.predicate === 'DIAGNOSES').map((edge) => edge.object);
    expect([...new Set(objects)].sort()).toEqual(['MONDO:0001711', 'MONDO:0004739']);
  });
});

describe('a test a diagnosis section lists before a named medicine', () => {
  it('diagnoses no topic when done before that medicine or to show who may be harmed by one', () => {
    const graph = relateText(
      `Pemphigus vulgaris (PV)

Diagnostic tests

  1. Skin biopsy — shows skin cells separating just above the basal layer.
  2. Hepatitis B screening — done before rituximab, because the medicine can wake up a hidden hepatitis B infection.
  3. Thiopurine methyltransferase test (TPMT test) — shows who may get dangerously low blood counts on azathioprine.
`,
      'pemphigus-vulgaris.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0008219', kind: 'Disease', name: 'pemphigus vulgaris', source: 'MONDO', synonyms: [{ name: 'PV', scope: 'abbreviation' }] }),
        makeEntry({ id: 'medkg:procedure:skin-biopsy', kind: 'Procedure', name: 'skin biopsy', source: 'medkg' }),
        makeEntry({ id: 'medkg:test:hepatitis-b-screening', kind: 'Test', name: 'hepatitis B screening', source: 'medkg' }),
        makeEntry({ id: 'medkg:test:tpmt-test', kind: 'Test', name: 'thiopurine methyltransferase test', source: 'medkg', synonyms: [{ name: 'TPMT test', scope: 'abbreviation' }] }),
        makeEntry({ id: 'DRUGBANK:DB00073', kind: 'Drug', name: 'Rituximab', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB00993', kind: 'Drug', name: 'Azathioprine', source: 'DrugBank' }),
      ],
    );
    expect(graph.edges.filter((edge) => edge.predicate === 'DIAGNOSES' && edge.object === 'MONDO:0008219').map((edge) => edge.subject)).toEqual(['medkg:procedure:skin-biopsy']);
  });
});

describe("a lab page's note on how a condition a result shows is treated", () => {
  it('treats the condition the clause makes the subject of "is treated with", not a person "treated with" a drug, nor the substance measured', () => {
    const graph = relateText(
      `Ammonia Test

What happens next

If ammonia is high because of liver disease, hepatic encephalopathy is treated with lactulose, a syrup that draws ammonia into the bowel, often together with rifaximin.

Why is the test done?

  1. To check for low blood sugar (hypoglycaemia) in someone who is drowsy, especially a person treated with gliclazide.
`,
      'ammonia-test.txt',
      'Lab Tests',
      [
        makeEntry({ id: 'LOINC:22763-7', kind: 'Test', name: 'ammonia level', source: 'LOINC', synonyms: [{ name: 'ammonia test', scope: 'exact' }] }),
        makeEntry({ id: 'DRUGBANK:DB11118', kind: 'Drug', name: 'Ammonia', source: 'DrugBank' }),
        makeEntry({ id: 'HP:0002480', kind: 'Phenotype', name: 'Hepatic encephalopathy', source: 'HPO' }),
        makeEntry({ id: 'DRUGBANK:DB00581', kind: 'Drug', name: 'Lactulose', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB01220', kind: 'Drug', name: 'Rifaximin', source: 'DrugBank' }),
        makeEntry({ id: 'HP:0001943', kind: 'Phenotype', name: 'Hypoglycemia', source: 'HPO', synonyms: [{ name: 'hypoglycaemia', scope: 'exact' }] }),
        makeEntry({ id: 'HP:0002329', kind: 'Phenotype', name: 'Drowsiness', source: 'HPO', synonyms: [{ name: 'drowsy', scope: 'exact' }] }),
        makeEntry({ id: 'DRUGBANK:DB01120', kind: 'Drug', name: 'Gliclazide', source: 'DrugBank' }),
      ],
    );
    const treats = graph.edges.filter((edge) => edge.predicate === 'TREATS').map((edge) => `${edge.subject} ${edge.object}`).sort();
    expect(treats).toEqual(['DRUGBANK:DB00581 HP:0002480', 'DRUGBANK:DB01220 HP:0002480']);
  });
});

describe('a lab page that says who must not be given a medicine it names', () => {
  it('contraindicates the medicine in the conditions of who must not have it, not in the harm it would do', () => {
    const graph = relateText(
      `Ammonia Test

Why is the test done?

  1. To look for Reye syndrome — a rare illness in children who are recovering from flu (influenza) or chickenpox. For this reason aspirin should not be given to children or teenagers who have flu or chickenpox.
  2. Rasburicase — it keeps working in the blood tube. Rasburicase must not be given to people with G6PD deficiency, in whom it can cause haemolytic anaemia.
`,
      'ammonia-test.txt',
      'Lab Tests',
      [
        makeEntry({ id: 'LOINC:22763-7', kind: 'Test', name: 'ammonia level', source: 'LOINC', synonyms: [{ name: 'ammonia test', scope: 'exact' }] }),
        makeEntry({ id: 'DRUGBANK:DB00945', kind: 'Drug', name: 'aspirin', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB00049', kind: 'Drug', name: 'Rasburicase', source: 'DrugBank' }),
        makeEntry({ id: 'MONDO:0005812', kind: 'Disease', name: 'influenza', source: 'MONDO', synonyms: [{ name: 'flu', scope: 'exact' }] }),
        makeEntry({ id: 'MONDO:0005700', kind: 'Disease', name: 'chickenpox', source: 'MONDO' }),
        makeEntry({ id: 'MONDO:0005942', kind: 'Disease', name: 'Reye syndrome', source: 'MONDO' }),
        makeEntry({ id: 'MONDO:0005775', kind: 'Disease', name: 'G6PD deficiency', source: 'MONDO' }),
        makeEntry({ id: 'HP:0001878', kind: 'Phenotype', name: 'Hemolytic anemia', source: 'HPO', synonyms: [{ name: 'haemolytic anaemia', scope: 'exact' }] }),
      ],
    );
    const avoided = graph.edges.filter((edge) => edge.predicate === 'CONTRAINDICATED_IN').map((edge) => `${edge.subject} ${edge.object}`).sort();
    expect(avoided).toEqual(['DRUGBANK:DB00049 MONDO:0005775', 'DRUGBANK:DB00945 MONDO:0005700', 'DRUGBANK:DB00945 MONDO:0005812']);
  });
});

describe('a monitoring line too long for a head phrase, that opens with its test', () => {
  it('lets the test find the condition the line looks for, and not follow the topic', () => {
    const graph = relateText(
      `Primary sclerosing cholangitis (PSC)

Monitoring

  1. Liver function tests every 6 to 12 months to follow PSC.

  2. MRCP once a year, often with a CA 19-9 level, to look for early cholangiocarcinoma; CA 19-9 can also rise during bacterial cholangitis, so it is not reliable on its own.

  3. Colonoscopy every year in people with PSC and inflammatory bowel disease, to find colorectal cancer early.
`,
      'primary-sclerosing-cholangitis.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0013433', kind: 'Disease', name: 'primary sclerosing cholangitis', source: 'MONDO', synonyms: [{ name: 'PSC', scope: 'abbreviation' }] }),
        makeEntry({ id: 'medkg:test:mrcp', kind: 'Test', name: 'MRCP', source: 'medkg' }),
        makeEntry({ id: 'medkg:test:liver-function-tests', kind: 'Test', name: 'liver function tests', source: 'medkg' }),
        makeEntry({ id: 'medkg:procedure:colonoscopy', kind: 'Procedure', name: 'colonoscopy', source: 'medkg' }),
        makeEntry({ id: 'MONDO:0019087', kind: 'Disease', name: 'cholangiocarcinoma', source: 'MONDO' }),
        makeEntry({ id: 'MONDO:0005575', kind: 'Disease', name: 'colorectal cancer', source: 'MONDO' }),
        makeEntry({ id: 'MONDO:0005265', kind: 'Disease', name: 'inflammatory bowel disease', source: 'MONDO' }),
      ],
    );
    const edges = graph.edges.filter((edge) => edge.predicate === 'DIAGNOSES' || edge.predicate === 'MONITORS').map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`).sort();
    expect(edges).toEqual([
      'medkg:procedure:colonoscopy DIAGNOSES MONDO:0005575',
      'medkg:test:liver-function-tests MONITORS MONDO:0013433',
      'medkg:test:mrcp DIAGNOSES MONDO:0019087',
    ]);
  });
});

describe("a lab page's lines on a state of life, cells, whom it is checked in, and what a medicine eases", () => {
  it('diagnoses none of them, and still what the line says the test is for', () => {
    const graph = relateText(
      `Uric Acid Test

Why is the test done?

  1. To check for tumour lysis syndrome — dying cancer cells release large amounts of uric acid.
  2. In pregnancy — the level is sometimes checked in women with high blood pressure.

Understanding the results

Colchicine, often used to calm a gout attack, eases the pain and swelling but does not lower uric acid.
`,
      'uric-acid-test.txt',
      'Lab Tests',
      [
        makeEntry({ id: 'LOINC:3084-1', kind: 'Test', name: 'uric acid', source: 'LOINC', synonyms: [{ name: 'uric acid test', scope: 'exact' }] }),
        makeEntry({ id: 'MONDO:0043875', kind: 'Disease', name: 'tumor lysis syndrome', source: 'MONDO', synonyms: [{ name: 'tumour lysis syndrome', scope: 'exact' }] }),
        makeEntry({ id: 'MONDO:0004992', kind: 'Disease', name: 'cancer', source: 'MONDO' }),
        makeEntry({ id: 'medkg:phenotype:pregnancy', kind: 'Phenotype', name: 'pregnancy', source: 'medkg' }),
        makeEntry({ id: 'HP:0000822', kind: 'Phenotype', name: 'Hypertension', source: 'HPO', synonyms: [{ name: 'high blood pressure', scope: 'exact' }] }),
        makeEntry({ id: 'DRUGBANK:DB01394', kind: 'Drug', name: 'Colchicine', source: 'DrugBank' }),
        makeEntry({ id: 'HP:0012531', kind: 'Phenotype', name: 'Pain', source: 'HPO' }),
        makeEntry({ id: 'HP:0000969', kind: 'Phenotype', name: 'Edema', source: 'HPO', synonyms: [{ name: 'swelling', scope: 'exact' }] }),
      ],
    );
    expect(graph.edges.filter((edge) => edge.predicate === 'DIAGNOSES').map((edge) => edge.object)).toEqual(['MONDO:0043875']);
  });
});

describe('a medicine a lab page names as "used to prevent and treat" a condition', () => {
  it('treats that condition, which the test does not thereby diagnose', () => {
    const graph = relateText(
      `Uric Acid Test

How to prepare

  1. Rasburicase (ELITEK®) — a medicine used to prevent and treat tumour lysis syndrome. It keeps breaking down uric acid inside the blood tube.
`,
      'uric-acid-test.txt',
      'Lab Tests',
      [
        makeEntry({ id: 'LOINC:3084-1', kind: 'Test', name: 'uric acid', source: 'LOINC', synonyms: [{ name: 'uric acid test', scope: 'exact' }] }),
        makeEntry({ id: 'MONDO:0043875', kind: 'Disease', name: 'tumor lysis syndrome', source: 'MONDO', synonyms: [{ name: 'tumour lysis syndrome', scope: 'exact' }] }),
        makeEntry({ id: 'DRUGBANK:DB00049', kind: 'Drug', name: 'Rasburicase', source: 'DrugBank' }),
      ],
    );
    const edges = graph.edges.filter((edge) => edge.predicate === 'TREATS' || edge.predicate === 'DIAGNOSES').map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);
    expect(edges).toEqual(['DRUGBANK:DB00049 TREATS MONDO:0043875']);
  });
});

describe("a lab page's purpose that names a reading of the test as what it is done to find", () => {
  it('diagnoses that condition, though its names are a low level of what the test measures', () => {
    const graph = relateText(
      `Magnesium Blood Test

Why is the test done?

  1. To diagnose hypomagnesaemia (low blood magnesium) — in people with an irregular heartbeat.
`,
      'magnesium-test.txt',
      'Lab Tests',
      [
        makeEntry({ id: 'LOINC:19123-9', kind: 'Test', name: 'magnesium', source: 'LOINC', synonyms: [{ name: 'magnesium blood test', scope: 'exact' }] }),
        makeEntry({ id: 'HP:0002917', kind: 'Phenotype', name: 'Hypomagnesemia', source: 'HPO', synonyms: [{ name: 'hypomagnesaemia', scope: 'exact' }, { name: 'low magnesium', scope: 'exact' }] }),
      ],
    );
    expect(graph.edges.filter((edge) => edge.predicate === 'DIAGNOSES').map((edge) => edge.object)).toEqual(['HP:0002917']);
  });
});

describe('a lab page\'s purpose line that describes the condition it looks for "with" its signs', () => {
  it('diagnoses the condition and gives it those signs, without diagnosing the signs', () => {
    const graph = relateText(
      `Cortisol Test

Why is the test done?

  1. To diagnose Cushing syndrome — too much cortisol over a long time, with weight gain, a round face and muscle weakness.
`,
      'cortisol-test.txt',
      'Lab Tests',
      [
        makeEntry({ id: 'LOINC:2143-6', kind: 'Test', name: 'cortisol level', source: 'LOINC', synonyms: [{ name: 'cortisol test', scope: 'exact' }] }),
        makeEntry({ id: 'MONDO:0018912', kind: 'Disease', name: 'Cushing syndrome', source: 'MONDO' }),
        makeEntry({ id: 'HP:0004324', kind: 'Phenotype', name: 'Increased body weight', source: 'HPO', synonyms: [{ name: 'weight gain', scope: 'exact' }] }),
        makeEntry({ id: 'HP:0000311', kind: 'Phenotype', name: 'Round face', source: 'HPO' }),
        makeEntry({ id: 'HP:0001324', kind: 'Phenotype', name: 'Muscle weakness', source: 'HPO' }),
      ],
    );
    const edges = graph.edges.filter((edge) => edge.predicate !== 'MENTIONS' && edge.predicate !== 'ABOUT').map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);
    expect(edges.sort()).toEqual([
      'LOINC:2143-6 DIAGNOSES MONDO:0018912',
      'MONDO:0018912 HAS_PHENOTYPE HP:0000311',
      'MONDO:0018912 HAS_PHENOTYPE HP:0001324',
      'MONDO:0018912 HAS_PHENOTYPE HP:0004324',
    ]);
  });
});

describe("a lab page's related tests that a line says suggest or screen for a condition", () => {
  it('diagnose that condition', () => {
    const graph = relateText(
      `Cortisol Test

Related tests

  1. 24-hour urinary free cortisol — measures the cortisol in all the urine passed in a day; used to screen for Cushing syndrome.
  2. Late-night salivary cortisol — a saliva sample collected at home; a high value suggests Cushing syndrome.
`,
      'cortisol-test.txt',
      'Lab Tests',
      [
        makeEntry({ id: 'LOINC:2143-6', kind: 'Test', name: 'cortisol level', source: 'LOINC', synonyms: [{ name: 'cortisol test', scope: 'exact' }] }),
        makeEntry({ id: 'MONDO:0018912', kind: 'Disease', name: 'Cushing syndrome', source: 'MONDO' }),
      ],
    );
    const names = new Map(graph.nodes.map((node) => [node.id, node.name]));
    const edges = graph.edges.filter((edge) => edge.predicate === 'DIAGNOSES').map((edge) => `${names.get(edge.subject)} DIAGNOSES ${names.get(edge.object)}`);
    expect(edges.sort()).toEqual(['24-hour urinary free cortisol DIAGNOSES Cushing syndrome', 'Late-night salivary cortisol DIAGNOSES Cushing syndrome']);
  });
});

describe("a lab page's result line that names signs coming with a result", () => {
  it('does not make the test diagnose those signs ("Very low cortisol with vomiting, dizziness and low blood pressure")', () => {
    const graph = relateText(
      `Cortisol Test

Understanding the results

  1. Very low cortisol with vomiting, dizziness and low blood pressure (hypotension) — this can be an adrenal crisis, an emergency.
`,
      'cortisol-test.txt',
      'Lab Tests',
      [
        makeEntry({ id: 'LOINC:2143-6', kind: 'Test', name: 'cortisol level', source: 'LOINC', synonyms: [{ name: 'cortisol test', scope: 'exact' }] }),
        makeEntry({ id: 'HP:0002013', kind: 'Phenotype', name: 'Vomiting', source: 'HPO' }),
        makeEntry({ id: 'HP:0002615', kind: 'Phenotype', name: 'Hypotension', source: 'HPO', synonyms: [{ name: 'low blood pressure', scope: 'exact' }] }),
      ],
    );
    expect(graph.edges.filter((edge) => edge.predicate === 'DIAGNOSES').map((edge) => edge.object)).toEqual([]);
  });
});

describe("a lab page's medicines that lower the substance it measures", () => {
  it('bring on the low reading the page names ("medicines that lower magnesium — for example … omeprazole")', () => {
    const graph = relateText(
      `Magnesium Test

Why is the test done?

  1. To diagnose hypomagnesaemia (low blood magnesium) — in people with muscle cramps.
  2. To monitor people taking medicines that lower magnesium — for example proton pump inhibitors such as omeprazole used for more than a year.
`,
      'magnesium-test.txt',
      'Lab Tests',
      [
        makeEntry({ id: 'LOINC:2601-3', kind: 'Test', name: 'serum magnesium', source: 'LOINC', synonyms: [{ name: 'magnesium test', scope: 'exact' }] }),
        makeEntry({ id: 'HP:0002917', kind: 'Phenotype', name: 'Hypomagnesemia', source: 'HPO', synonyms: [{ name: 'low blood magnesium', scope: 'exact' }] }),
        makeEntry({ id: 'DRUGBANK:DB00338', kind: 'Drug', name: 'Omeprazole', source: 'DrugBank' }),
      ],
    );
    expect(graph.edges.filter((edge) => edge.predicate === 'HAS_ADVERSE_EFFECT').map((edge) => `${edge.subject} ${edge.object}`)).toContain('DRUGBANK:DB00338 HP:0002917');
  });
});

describe("a lab page's result item that says how cases of its condition are treated", () => {
  it('makes each medicine treat that condition ("Mild cases are treated with magnesium oxide tablets; severe cases with magnesium sulfate")', () => {
    const graph = relateText(
      `Magnesium Test

Understanding the results

  1. Low magnesium (hypomagnesaemia) — common causes are poor intake and chronic diarrhoea. Mild cases are treated with magnesium oxide tablets by mouth; severe cases with magnesium sulfate into a vein.
`,
      'magnesium-test.txt',
      'Lab Tests',
      [
        makeEntry({ id: 'LOINC:2601-3', kind: 'Test', name: 'serum magnesium', source: 'LOINC', synonyms: [{ name: 'magnesium test', scope: 'exact' }] }),
        makeEntry({ id: 'HP:0002917', kind: 'Phenotype', name: 'Hypomagnesemia', source: 'HPO', synonyms: [{ name: 'low magnesium', scope: 'exact' }] }),
        makeEntry({ id: 'DRUGBANK:DB01377', kind: 'Drug', name: 'Magnesium oxide', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB00653', kind: 'Drug', name: 'Magnesium sulfate', source: 'DrugBank' }),
      ],
    );
    const treats = graph.edges.filter((edge) => edge.predicate === 'TREATS').map((edge) => `${edge.subject} ${edge.object}`);
    expect(treats.sort()).toEqual(['DRUGBANK:DB00653 HP:0002917', 'DRUGBANK:DB01377 HP:0002917']);
  });
});

describe("a lab page's result item that says what brings its reading about", () => {
  const graph = relateText(
    `Potassium Test

Understanding the results

  1. High potassium (hyperkalaemia) — usually from kidney disease or medicines such as spironolactone; a level of 6.5 mmol/L or more is an emergency.
`,
    'potassium-test.txt',
    'Lab Tests',
    [
      makeEntry({ id: 'LOINC:2823-3', kind: 'Test', name: 'serum potassium', source: 'LOINC', synonyms: [{ name: 'potassium test', scope: 'exact' }] }),
      makeEntry({ id: 'HP:0002153', kind: 'Phenotype', name: 'Hyperkalemia', source: 'HPO', synonyms: [{ name: 'hyperkalaemia', scope: 'exact' }] }),
      makeEntry({ id: 'MONDO:0005240', kind: 'Disease', name: 'kidney disorder', source: 'MONDO', synonyms: [{ name: 'kidney disease', scope: 'exact' }] }),
      makeEntry({ id: 'DRUGBANK:DB00421', kind: 'Drug', name: 'Spironolactone', source: 'DrugBank' }),
    ],
  );

  it('does not make the test diagnose the cause ("usually from kidney disease")', () => {
    expect(graph.edges.filter((edge) => edge.predicate === 'DIAGNOSES').map((edge) => edge.object)).toEqual(['HP:0002153']);
  });

  it('gives the medicines named as a cause that reading as their harm', () => {
    expect(graph.edges.filter((edge) => edge.predicate === 'HAS_ADVERSE_EFFECT').map((edge) => `${edge.subject} ${edge.object}`)).toEqual(['DRUGBANK:DB00421 HP:0002153']);
  });
});

describe("a lab page's line that says where a condition is treated with a medicine", () => {
  it('makes the medicine treat the condition ("Severe hyperkalaemia is treated in hospital with calcium gluconate")', () => {
    const graph = relateText(
      `Potassium Test

Understanding the results

  1. High potassium (hyperkalaemia) — a level of 6.5 mmol/L or more is an emergency. Severe hyperkalaemia is treated in hospital with calcium gluconate to protect the heart.
`,
      'potassium-test.txt',
      'Lab Tests',
      [
        makeEntry({ id: 'LOINC:2823-3', kind: 'Test', name: 'serum potassium', source: 'LOINC', synonyms: [{ name: 'potassium test', scope: 'exact' }] }),
        makeEntry({ id: 'HP:0002153', kind: 'Phenotype', name: 'Hyperkalemia', source: 'HPO', synonyms: [{ name: 'hyperkalaemia', scope: 'exact' }] }),
        makeEntry({ id: 'DRUGBANK:DB11126', kind: 'Drug', name: 'Calcium gluconate', source: 'DrugBank' }),
      ],
    );
    expect(graph.edges.filter((edge) => edge.predicate === 'TREATS').map((edge) => `${edge.subject} ${edge.object}`)).toEqual(['DRUGBANK:DB11126 HP:0002153']);
  });
});

describe("a lab page's result item listing what a reading can come from, and the other test that looks for one of them", () => {
  const graph = relateText(
    `Prolactin Test

Understanding the results

  1. Mildly raised — can come from stress, pregnancy, medicines, an underactive thyroid (hypothyroidism), chronic kidney disease or polycystic ovary syndrome (PCOS); a TSH test is done to look for hypothyroidism.

  2. Low — may be seen when the pituitary gland is damaged, for example after severe blood loss during childbirth (Sheehan syndrome).
`,
    'prolactin-test.txt',
    'Lab Tests',
    [
      makeEntry({ id: 'LOINC:2842-3', kind: 'Test', name: 'Prolactin', source: 'LOINC', synonyms: [{ name: 'prolactin test', scope: 'exact' }] }),
      makeEntry({ id: 'LOINC:3016-3', kind: 'Test', name: 'thyroid stimulating hormone', source: 'LOINC', synonyms: [{ name: 'TSH', scope: 'abbreviation' }] }),
      makeEntry({ id: 'MONDO:0005420', kind: 'Disease', name: 'hypothyroidism', source: 'MONDO', synonyms: [{ name: 'underactive thyroid', scope: 'exact' }] }),
      makeEntry({ id: 'MONDO:0005300', kind: 'Disease', name: 'chronic kidney disease', source: 'MONDO' }),
      makeEntry({ id: 'MONDO:0008487', kind: 'Disease', name: 'polycystic ovary syndrome', source: 'MONDO', synonyms: [{ name: 'PCOS', scope: 'abbreviation' }] }),
      makeEntry({ id: 'MONDO:0019618', kind: 'Disease', name: 'Sheehan syndrome', source: 'MONDO' }),
    ],
  );
  const diagnoses = graph.edges.filter((edge) => edge.predicate === 'DIAGNOSES').map((edge) => `${edge.subject} ${edge.object}`);

  it('does not make the test diagnose the causes it lists ("can come from …", "for example after … (Sheehan syndrome)")', () => {
    expect(diagnoses.filter((pair) => pair.startsWith('LOINC:2842-3'))).toEqual([]);
  });

  it('gives the diagnosis to the other test the clause says "is done to look for" it', () => {
    expect(diagnoses).toEqual(['LOINC:3016-3 MONDO:0005420']);
  });
});

describe("a lab page's preparation line that names, after a colon, the medicines that can cause a condition", () => {
  it('gives each medicine of the list, and the class it opens with, that condition as its harm', () => {
    const graph = relateText(
      `Prolactin Test

How to prepare

Tell your doctor about all your medicines. Some of them raise prolactin and can cause hyperprolactinaemia: antipsychotic medicines such as risperidone and haloperidol, and metoclopramide (an anti-sickness medicine).
`,
      'prolactin-test.txt',
      'Lab Tests',
      [
        makeEntry({ id: 'LOINC:2842-3', kind: 'Test', name: 'Prolactin', source: 'LOINC', synonyms: [{ name: 'prolactin test', scope: 'exact' }] }),
        makeEntry({ id: 'HP:0000870', kind: 'Phenotype', name: 'Prolactin excess', source: 'HPO', synonyms: [{ name: 'Hyperprolactinaemia', scope: 'exact' }] }),
        makeEntry({ id: 'DRUGBANK:DB00734', kind: 'Drug', name: 'Risperidone', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB00502', kind: 'Drug', name: 'Haloperidol', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB01233', kind: 'Drug', name: 'Metoclopramide', source: 'DrugBank' }),
      ],
    );
    const harms = graph.edges.filter((edge) => edge.predicate === 'HAS_ADVERSE_EFFECT').map((edge) => `${edge.subject} ${edge.object}`);
    expect(harms.sort()).toEqual(['DRUGBANK:DB00502 HP:0000870', 'DRUGBANK:DB00734 HP:0000870', 'DRUGBANK:DB01233 HP:0000870', 'medkg:drug:antipsychotic-medicines HP:0000870']);
  });
});

describe("a disease page's monitoring test whose line says it guides a medicine's dose", () => {
  it('watches that medicine as well as the disease ("Plasma renin activity — guides the fludrocortisone dose")', () => {
    const graph = relateText(
      '# Congenital adrenal hyperplasia\n\n## Monitoring\n\n1. Plasma renin activity — guides the fludrocortisone dose.\n',
      'congenital-adrenal-hyperplasia.md',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0018479', kind: 'Disease', name: 'congenital adrenal hyperplasia', source: 'MONDO' }),
        makeEntry({ id: 'DRUGBANK:DB00687', kind: 'Drug', name: 'Fludrocortisone', source: 'DrugBank' }),
      ],
    );
    const monitors = graph.edges.filter((edge) => edge.predicate === 'MONITORS').map((edge) => edge.object);
    expect(monitors.sort()).toEqual(['DRUGBANK:DB00687', 'MONDO:0018479']);
  });
});

describe("a disease page's diagnostic test offered to people with the topic to look for another condition", () => {
  it('finds that condition, not the topic ("Genetic testing — offered when a child has osteosarcoma …, to look for Li-Fraumeni syndrome")', () => {
    const graph = relateText(
      '# Osteosarcoma\n\n## Diagnostic tests\n\n1. Genetic testing — offered when a child has osteosarcoma and many relatives have had cancer, to look for Li-Fraumeni syndrome.\n',
      'osteosarcoma.md',
      'Cancer',
      [
        makeEntry({ id: 'MONDO:0009807', kind: 'Disease', name: 'osteosarcoma', source: 'MONDO' }),
        makeEntry({ id: 'MONDO:0018875', kind: 'Disease', name: 'Li-Fraumeni syndrome', source: 'MONDO' }),
        makeEntry({ id: 'medkg:test:genetic-testing', kind: 'Test', name: 'genetic testing', source: 'medkg' }),
      ],
    );
    expect(graph.edges.filter((edge) => edge.predicate === 'DIAGNOSES').map((edge) => edge.object)).toEqual(['MONDO:0018875']);
  });
});

describe("a lab page's purpose items about people taking medicines and about conditions that use up what the test measures", () => {
  const graph = relateText(
    `Folate Test

Why is the test done?

  5. To check people taking medicines that lower folate, such as methotrexate and phenytoin, when they develop mouth ulcers.

  6. In conditions that use up folate quickly — for example sickle cell disease, and severe psoriasis; these conditions raise the body's need for folate.
`,
    'folate-test.txt',
    'Lab Tests',
    [
      makeEntry({ id: 'LOINC:2284-8', kind: 'Test', name: 'Folate', source: 'LOINC', synonyms: [{ name: 'folate test', scope: 'exact' }] }),
      makeEntry({ id: 'DRUGBANK:DB00563', kind: 'Drug', name: 'Methotrexate', source: 'DrugBank' }),
      makeEntry({ id: 'DRUGBANK:DB00252', kind: 'Drug', name: 'Phenytoin', source: 'DrugBank' }),
      makeEntry({ id: 'HP:0000155', kind: 'Phenotype', name: 'Oral ulcer', source: 'HPO', synonyms: [{ name: 'mouth ulcers', scope: 'exact' }] }),
      makeEntry({ id: 'MONDO:0011382', kind: 'Disease', name: 'sickle cell disease', source: 'MONDO' }),
      makeEntry({ id: 'MONDO:0005083', kind: 'Disease', name: 'psoriasis', source: 'MONDO' }),
    ],
  );

  it('makes the test watch the medicines those people take', () => {
    expect(graph.edges.filter((edge) => edge.predicate === 'MONITORS').map((edge) => edge.object).sort()).toEqual(['DRUGBANK:DB00252', 'DRUGBANK:DB00563']);
  });

  it('diagnoses neither the sign that leads to the test nor the conditions it is done in', () => {
    expect(graph.edges.filter((edge) => edge.predicate === 'DIAGNOSES')).toEqual([]);
  });
});
