// Whether a negation in a sentence reaches a mention (isNegatedAround in relate/cues.ts), for
// the shapes where a "not" describes the thing named rather than denying it; and treatments an
// article denies for its topic (relate/denials.ts), through the real stages.
import { describe, expect, it } from 'vitest';
import { isNegatedAround } from '../../../src/ingest/relate/cues.js';
import { recogniseArticle } from '../../../src/ingest/recognise/recognise.js';
import { relateArticle } from '../../../src/ingest/relate/relate.js';
import { createLexicon } from '../../../src/lexicon/create.js';
import { makeEntry } from '../../../src/lexicon/model.js';
import { loadSeedEntries } from '../../../src/lexicon/seed.js';
import { relateText, segmentText } from '../article-fixture.js';

const negated = (sentence: string, mention: string): boolean => isNegatedAround(sentence, sentence.indexOf(mention));

describe('a bracketed term after its description', () => {
  it('is not denied by a "not" inside the description', () => {
    const sentence = 'Many affected females do not begin menstruation by age 16 (primary amenorrhea) or their periods may be light.';
    expect(negated(sentence, 'primary amenorrhea')).toBe(false);
  });

  it('is denied when the sentence denies a cause of it', () => {
    const sentence = 'Unlike heparin, warfarin does not cause a low platelet count (thrombocytopenia).';
    expect(negated(sentence, 'thrombocytopenia')).toBe(true);
    expect(negated('It does not make the eyes move on their own (nystagmus).', 'nystagmus')).toBe(true);
  });

  it('is denied when the sentence denies that a medicine acts on it', () => {
    expect(negated('Doxycycline does not work against viral infections such as the common cold or flu (influenza).', 'influenza')).toBe(true);
  });

  it('leaves other negated mentions negated', () => {
    expect(negated('Warfarin does not cause hair loss.', 'hair loss')).toBe(true);
  });
});

describe('a sign described by what it does not do', () => {
  it('is still named ("a cough that does not go away", "a sore that won\'t heal")', () => {
    expect(negated('A cough that does not go away — or a smoker\'s cough that changes.', 'cough')).toBe(false);
    expect(negated("A sore that won't heal.", 'sore')).toBe(false);
    expect(negated('Antibiotics do not help a cough.', 'cough')).toBe(true);
  });
});

describe('a contrast', () => {
  it('denies what follows it, not what comes before', () => {
    const sentence = 'They have a small nose and nostrils that open to the front rather than downward, instead of a long face.';
    expect(negated(sentence, 'small nose')).toBe(false);
    expect(negated(sentence, 'long face')).toBe(true);
  });
});

describe('a treatment "not shown to increase" what it aims at', () => {
  it('treats the topic nowhere in the article', () => {
    const edges = relateText(
      'Achondroplasia\n\nDrug treatments\n\nDrug 2. Growth hormone (somatropin)\n• Growth hormone has not been shown to increase final adult height in achondroplasia.\n',
      'achondroplasia.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0007037', kind: 'Disease', name: 'achondroplasia', source: 'MONDO' }),
        makeEntry({ id: 'DRUGBANK:DB00052', kind: 'Drug', name: 'Somatotropin', source: 'DrugBank', synonyms: [{ name: 'growth hormone', scope: 'exact' }, { name: 'somatropin', scope: 'exact' }] }),
      ],
    ).edges.filter((edge) => edge.predicate === 'TREATS');
    expect(edges).toEqual([]);
  });
});

describe('a treatment "not shown to help" a group named by a qualifier before the topic', () => {
  it('still treats the topic', () => {
    const edges = relateText(
      'Myasthenia Gravis (MG)\n\nSurgeries and procedures\n\n  1. Thymectomy — removal of the thymus gland.\n\nThymectomy has not been shown to help people with MuSK antibody-positive MG, and it is not usually offered to them.\n',
      'myasthenia-gravis.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0009688', kind: 'Disease', name: 'myasthenia gravis', source: 'MONDO', synonyms: [{ name: 'MG', scope: 'abbreviation' }] }),
        makeEntry({ id: 'medkg:procedure:thymectomy', kind: 'Procedure', name: 'thymectomy', source: 'medkg' }),
      ],
    ).edges.filter((edge) => edge.predicate === 'TREATS');
    expect(edges.map((edge) => `${edge.subject} ${edge.object}`)).toEqual(['medkg:procedure:thymectomy MONDO:0009688']);
  });
});

describe('a relative clause that denies after a name', () => {
  it('qualifies the name before it and denies only what it names itself', () => {
    const sentence = 'Fever and night sweats that are not caused by an infection.';
    expect(negated(sentence, 'Fever')).toBe(false);
    expect(negated(sentence, 'night sweats')).toBe(false);
    expect(negated(sentence, 'infection')).toBe(true);
    expect(negated('Night sweats are not caused by the cancer.', 'Night sweats')).toBe(true);
  });
});

describe('a treatment the article says does not treat its topic', () => {
  const cancer = [
    makeEntry({ id: 'MONDO:0008315', kind: 'Disease', name: 'prostate cancer', source: 'MONDO' }),
    makeEntry({ id: 'DRUGBANK:DB01216', kind: 'Drug', name: 'Finasteride', source: 'DrugBank' }),
    makeEntry({ id: 'DRUGBANK:DB01126', kind: 'Drug', name: 'Dutasteride', source: 'DrugBank' }),
    makeEntry({ id: 'DRUGBANK:DB00624', kind: 'Drug', name: 'Testosterone', source: 'DrugBank' }),
  ];
  const treats = (text: string, entries = cancer, file = 'prostate-cancer.txt') =>
    relateText(text, file, 'Cancer', entries)
      .edges.filter((edge) => edge.predicate === 'TREATS')
      .map((edge) => edge.subject);

  it('drops every subject of the denial, in a later clause of the sentence', () => {
    expect(treats('Prostate cancer\n\nDrug treatments\n\nFinasteride and dutasteride, taken for an enlarged prostate, lower the PSA level but do not treat prostate cancer.\n')).toEqual([]);
  });

  it('drops a head treatment whose explanation says it does not remove "the cancer"', () => {
    const entries = [...cancer, makeEntry({ id: 'medkg:procedure:turp', kind: 'Procedure', name: 'transurethral resection of the prostate', source: 'medkg-seed' })];
    expect(treats('Prostate cancer\n\nSurgeries and procedures\n\n  1. Transurethral resection of the prostate — relieves a blocked flow of urine; it does not remove the cancer.\n', entries)).not.toContain('medkg:procedure:turp');
  });

  it('keeps the treatment a later clause names as working', () => {
    expect(treats('Prostate cancer\n\nDrug treatments\n\nFinasteride does not treat prostate cancer, but dutasteride is used for prostate cancer in trials.\n')).toEqual(['DRUGBANK:DB01126']);
  });

  it('drops a drug of a combination head that a sub-point denies on its own', () => {
    const pompe = [
      makeEntry({ id: 'MONDO:0009290', kind: 'Disease', name: 'glycogen storage disease II', source: 'MONDO', synonyms: [{ name: 'Pompe disease', scope: 'exact' }] }),
      makeEntry({ id: 'DRUGBANK:DB01272', kind: 'Drug', name: 'Alglucosidase alfa', source: 'DrugBank' }),
      makeEntry({ id: 'DRUGBANK:DB00419', kind: 'Drug', name: 'Miglustat', source: 'DrugBank' }),
    ];
    const subjects = treats('Pompe disease\n\nDrug treatments\n\nDrug 1. Alglucosidase alfa with miglustat\n• Purpose: replaces the missing enzyme.\n• Dose & timing: miglustat on its own does not treat Pompe disease.\n', pompe, 'pompe-disease.txt');
    expect(subjects).toContain('DRUGBANK:DB01272');
    expect(subjects).not.toContain('DRUGBANK:DB00419');
  });

  it('drops a head treatment its own line calls by the last words of its name ("Eradication therapy does not cure …")', () => {
    const stomach = [
      makeEntry({ id: 'MONDO:0001056', kind: 'Disease', name: 'gastric cancer', source: 'MONDO', synonyms: [{ name: 'stomach cancer', scope: 'exact' }] }),
      makeEntry({ id: 'medkg:drug:helicobacter-pylori-eradication-therapy', kind: 'Drug', name: 'Helicobacter pylori eradication therapy', source: 'medkg' }),
      makeEntry({ id: 'DRUGBANK:DB00515', kind: 'Drug', name: 'Cisplatin', source: 'DrugBank' }),
    ];
    const subjects = treats(
      'Stomach cancer\n\nDrug treatments\n\nDrug 1. Cisplatin\n• Purpose: kills cancer cells.\n\nDrug 2. Helicobacter pylori eradication therapy\n• Purpose: a 14-day course given after removal of an early cancer. NCBI+1Eradication therapy does not cure stomach cancer, but it lowers the chance of a new cancer.\n',
      stomach,
      'stomach-cancer.txt',
    );
    expect(subjects).toContain('DRUGBANK:DB00515');
    expect(subjects).not.toContain('medkg:drug:helicobacter-pylori-eradication-therapy');
  });
});

describe('treatments that "should not be used as long-term treatment of" the topic', () => {
  it('treat it nowhere, each of the ones the clause joins', () => {
    const subjects = relateText(
      'Idiopathic pulmonary fibrosis (IPF)\n\nDrug treatments\n\n(Note: prednisolone combined with azathioprine was once used for IPF, but a large trial found more deaths, so prednisolone and azathioprine should not be used as long-term treatment of stable IPF.)\n',
      'idiopathic-pulmonary-fibrosis.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0800504', kind: 'Disease', name: 'idiopathic pulmonary fibrosis', source: 'MONDO', synonyms: [{ name: 'IPF', scope: 'abbreviation' }] }),
        makeEntry({ id: 'DRUGBANK:DB00860', kind: 'Drug', name: 'Prednisolone', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB00993', kind: 'Drug', name: 'Azathioprine', source: 'DrugBank' }),
      ],
    )
      .edges.filter((edge) => edge.predicate === 'TREATS')
      .map((edge) => edge.subject);
    expect(subjects).toEqual([]);
  });

  it('gives the class its example stands for no treatment either, when it "was once used"', () => {
    const subjects = relateText(
      'Idiopathic pulmonary fibrosis (IPF)\n\nDrug treatments\n\n(Note: corticosteroids such as prednisolone were once used for IPF, but a large trial found more deaths.)\n',
      'idiopathic-pulmonary-fibrosis.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0800504', kind: 'Disease', name: 'idiopathic pulmonary fibrosis', source: 'MONDO', synonyms: [{ name: 'IPF', scope: 'abbreviation' }] }),
        makeEntry({ id: 'DRUGBANK:DB00860', kind: 'Drug', name: 'Prednisolone', source: 'DrugBank' }),
        makeEntry({ id: 'medkg:drug:corticosteroids', kind: 'Drug', name: 'corticosteroids', source: 'medkg-seed' }),
      ],
    )
      .edges.filter((edge) => edge.predicate === 'TREATS')
      .map((edge) => edge.subject);
    expect(subjects).toEqual([]);
  });
});

describe('an operation a trial "showed no survival benefit" for', () => {
  it('treats the topic nowhere', () => {
    const subjects = relateText(
      'Mesothelioma\n\nSurgeries and procedures\n\n  1. Extrapleural pneumonectomy — removal of the whole lung with its lining; now rarely done because a trial showed no survival benefit.\n',
      'mesothelioma.txt',
      'Cancer',
      [
        makeEntry({ id: 'MONDO:0005065', kind: 'Disease', name: 'mesothelioma', source: 'MONDO' }),
        makeEntry({ id: 'medkg:procedure:extrapleural-pneumonectomy', kind: 'Procedure', name: 'extrapleural pneumonectomy', source: 'medkg' }),
      ],
    )
      .edges.filter((edge) => edge.predicate === 'TREATS')
      .map((edge) => edge.subject);
    expect(subjects).toEqual([]);
  });
});

describe('medicines that cause a look-alike "diagnosed and treated differently"', () => {
  const entries = [
    makeEntry({ id: 'MONDO:0800504', kind: 'Disease', name: 'idiopathic pulmonary fibrosis', source: 'MONDO', synonyms: [{ name: 'IPF', scope: 'abbreviation' }] }),
    makeEntry({ id: 'DRUGBANK:DB01118', kind: 'Drug', name: 'Amiodarone', source: 'DrugBank' }),
    makeEntry({ id: 'DRUGBANK:DB00563', kind: 'Drug', name: 'Methotrexate', source: 'DrugBank' }),
  ];
  const adverse = (sentence: string) =>
    relateText(`Idiopathic pulmonary fibrosis (IPF)\n\nCauses\n\n${sentence}\n`, 'idiopathic-pulmonary-fibrosis.txt', 'Diseases', entries)
      .edges.filter((edge) => edge.predicate === 'HAS_ADVERSE_EFFECT')
      .map((edge) => `${edge.subject} ${edge.object}`);

  it('cause the topic when the sentence says so', () => {
    expect(adverse('Lung scarring can be caused by medicines such as amiodarone or methotrexate.')).toContain('DRUGBANK:DB01118 MONDO:0800504');
  });

  it('do not cause the topic', () => {
    expect(adverse('Scarring caused by medicines such as amiodarone or methotrexate and scarring after radiotherapy are diagnosed and treated differently, so doctors look for them first.')).toEqual([]);
  });
});

describe('treatments an article says are not used as treatments, or showed no benefit', () => {
  it('treat the topic nowhere', () => {
    const edges = relateText(
      `Niemann-Pick disease type C (NPC)

Surgeries and procedures

  1. Liver transplantation — has been tried in a few children, but it is not used as a treatment for NPC.

Experimental treatments

  1. Gene therapy — given in trials; a large trial did not show a clear benefit.
`,
      'niemann-pick-disease-type-c.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0018982', kind: 'Disease', name: 'Niemann-Pick disease type C', source: 'MONDO', synonyms: [{ name: 'NPC', scope: 'abbreviation' }] }),
        makeEntry({ id: 'medkg:procedure:liver-transplantation', kind: 'Procedure', name: 'liver transplantation', source: 'medkg-seed' }),
        makeEntry({ id: 'medkg:procedure:gene-therapy', kind: 'Procedure', name: 'gene therapy', source: 'medkg-seed' }),
      ],
    ).edges.filter((edge) => edge.predicate === 'TREATS');
    expect(edges).toEqual([]);
  });
});

describe('supplements whose item denies they help the topic', () => {
  it('treat the topic nowhere, under either of their names', () => {
    const edges = relateText(
      `Psoriasis

Supplements

  1. Vitamin D tablets — correct a low vitamin D level, but they do not treat the plaques themselves.
  2. Fish oil (omega-3 fatty acids) — studies are small; fish oil has not been shown to clear psoriasis.
`,
      'psoriasis.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0005083', kind: 'Disease', name: 'psoriasis', source: 'MONDO' }),
        makeEntry({ id: 'DRUGBANK:DB11094', kind: 'Drug', name: 'Vitamin D', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB13961', kind: 'Drug', name: 'Fish oil', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB11133', kind: 'Drug', name: 'Omega-3 fatty acids', source: 'DrugBank' }),
      ],
    ).edges.filter((edge) => edge.predicate === 'TREATS' && edge.object === 'MONDO:0005083');
    expect(edges).toEqual([]);
  });
});

describe('supplements and therapies of which none or no such treatment has been shown to help', () => {
  it('treat the topic nowhere', () => {
    const edges = relateText(
      `Amyotrophic lateral sclerosis

Supplements

  1. Vitamin E, coenzyme Q10 and creatine — tested in trials, but none has been shown to slow ALS.

Stem-cell drug concepts

  1. Stem cell therapy — still experimental; no stem cell treatment has been shown to slow or stop ALS, so it is offered only inside clinical trials.
`,
      'amyotrophic-lateral-sclerosis.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0004976', kind: 'Disease', name: 'amyotrophic lateral sclerosis', source: 'MONDO', synonyms: [{ name: 'ALS', scope: 'abbreviation' }] }),
        makeEntry({ id: 'DRUGBANK:DB00163', kind: 'Drug', name: 'Vitamin E', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB09270', kind: 'Drug', name: 'Ubidecarenone', source: 'DrugBank', synonyms: [{ name: 'Coenzyme Q10', scope: 'exact' }] }),
        makeEntry({ id: 'DRUGBANK:DB00148', kind: 'Drug', name: 'Creatine', source: 'DrugBank' }),
        makeEntry({ id: 'medkg:procedure:stem-cell-therapy', kind: 'Procedure', name: 'stem cell therapy', source: 'medkg-seed' }),
      ],
    ).edges.filter((edge) => edge.predicate === 'TREATS');
    expect(edges).toEqual([]);
  });
});

describe('a class and its example that a note says do not treat the cancer', () => {
  it('treat the topic nowhere, the class as well as the example', () => {
    const edges = relateText(
      'Oesophageal cancer\n\nMedicines\n\n(Note: proton pump inhibitors such as omeprazole ease reflux symptoms but do not treat the cancer.)\n',
      'oesophageal-cancer.txt',
      'Cancer',
      [
        makeEntry({ id: 'MONDO:0007576', kind: 'Disease', name: 'esophageal cancer', source: 'MONDO', synonyms: [{ name: 'oesophageal cancer', scope: 'exact' }] }),
        makeEntry({ id: 'medkg:drug:proton-pump-inhibitors', kind: 'Drug', name: 'proton pump inhibitors', source: 'medkg-seed' }),
        makeEntry({ id: 'DRUGBANK:DB00338', kind: 'Drug', name: 'Omeprazole', source: 'DrugBank' }),
      ],
    ).edges.filter((edge) => edge.predicate === 'TREATS' && edge.object === 'MONDO:0007576');
    expect(edges).toEqual([]);
  });
});

describe('a test the article says cannot diagnose a condition', () => {
  const entries = [
    makeEntry({ id: 'medkg:test:urinalysis', kind: 'Test', name: 'urinalysis', source: 'medkg-seed' }),
    makeEntry({ id: 'MONDO:0005015', kind: 'Disease', name: 'diabetes mellitus', source: 'MONDO', synonyms: [{ name: 'diabetes', scope: 'exact' }] }),
  ];
  const diagnoses = (text: string) =>
    relateText(text, 'urinalysis.txt', 'Lab Tests', entries)
      .edges.filter((edge) => edge.predicate === 'DIAGNOSES')
      .map((edge) => `${edge.subject} ${edge.object}`);

  it('diagnoses it nowhere in the article', () => {
    expect(diagnoses('Urinalysis\n\nWhy is the test done?\n\n  1. Glucose — glucose in the urine is most often due to poorly controlled diabetes.\n  2. To check people with diabetes — a urinalysis alone cannot diagnose diabetes: a blood test is needed.\n')).toEqual([]);
  });

  it('denies the narrower forms the sentence goes on to name, not conditions that only use the word', () => {
    const lexicon = [
      makeEntry({ id: 'LOINC:6598-7', kind: 'Test', name: 'troponin T', source: 'LOINC', synonyms: [{ name: 'troponin', scope: 'exact' }] }),
      makeEntry({ id: 'MONDO:0005240', kind: 'Disease', name: 'kidney disease', source: 'MONDO' }),
      makeEntry({ id: 'MONDO:0005300', kind: 'Disease', name: 'chronic kidney disease', source: 'MONDO' }),
      makeEntry({ id: 'medkg:disease:kidney-disease-mineral-and-bone-disorder', kind: 'Disease', name: 'kidney disease mineral and bone disorder', source: 'medkg' }),
    ];
    const edges = relateText(
      'Troponin Test\n\nUnderstanding the results\n\nThe test is not used to diagnose kidney disease: in chronic kidney disease a mildly raised troponin is common.\n\nA raised level can also point to kidney disease mineral and bone disorder.\n',
      'troponin-test.txt',
      'Lab Tests',
      lexicon,
    ).edges.filter((edge) => edge.predicate === 'DIAGNOSES');
    expect(edges.map((edge) => edge.object)).toEqual(['medkg:disease:kidney-disease-mineral-and-bone-disorder']);
  });

  it('still diagnoses a condition a normal result "does not rule out"', () => {
    expect(diagnoses('Urinalysis\n\nWhy is the test done?\n\n  1. To find diabetes — a normal result does not rule out diabetes.\n')).toEqual(['medkg:test:urinalysis MONDO:0005015']);
  });
});

describe('more shapes of denial', () => {
  it('drops a test item the article says is "no longer used to diagnose" the topic, and "it does not detect"', () => {
    const edges = relateText(
      `Fragile X syndrome (FXS)

Diagnostic tests

  1) Karyotype.
The old chromosome test is no longer used to diagnose FXS, because it misses many cases.
  2) Chromosomal microarray.
Often ordered for a child with developmental delay, but it does not detect FXS.
`,
      'fragile-x-syndrome.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0010383', kind: 'Disease', name: 'fragile X syndrome', source: 'MONDO', synonyms: [{ name: 'FXS', scope: 'abbreviation' }] }),
        makeEntry({ id: 'medkg:test:karyotype', kind: 'Test', name: 'karyotype', source: 'medkg-seed' }),
        makeEntry({ id: 'medkg:test:chromosomal-microarray', kind: 'Test', name: 'chromosomal microarray', source: 'medkg-seed' }),
      ],
    ).edges.filter((edge) => edge.predicate === 'DIAGNOSES' && edge.object === 'MONDO:0010383');
    expect(edges).toEqual([]);
  });

  it('drops a test "no longer used just to diagnose" the topic, or "not used to make the diagnosis", and a procedure that "does not slow or cure" it', () => {
    const edges = relateText(
      `Primary sclerosing cholangitis (PSC)

Diagnostic tests

  1. MRCP (magnetic resonance cholangiopancreatography) — shows the beaded bile ducts of PSC.
  2. p-ANCA — positive in many people with PSC, but the result is not specific, and p-ANCA is not used to make the diagnosis.
ERCP is no longer used just to diagnose PSC, because it can cause pancreatitis.

Surgeries and procedures

  1. Colectomy — removal of the colon may be needed for severe colitis, but it does not slow or cure PSC.
  2. Liver transplant — the only treatment that cures PSC.
`,
      'primary-sclerosing-cholangitis.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0013433', kind: 'Disease', name: 'primary sclerosing cholangitis', source: 'MONDO', synonyms: [{ name: 'PSC', scope: 'abbreviation' }] }),
        makeEntry({ id: 'medkg:test:mrcp', kind: 'Test', name: 'magnetic resonance cholangiopancreatography', source: 'medkg-seed', synonyms: [{ name: 'MRCP', scope: 'abbreviation' }] }),
        makeEntry({ id: 'medkg:test:p-anca', kind: 'Test', name: 'p-ANCA', source: 'medkg-seed' }),
        makeEntry({ id: 'medkg:procedure:ercp', kind: 'Procedure', name: 'ERCP', source: 'medkg-seed' }),
        makeEntry({ id: 'medkg:procedure:colectomy', kind: 'Procedure', name: 'colectomy', source: 'medkg-seed' }),
        makeEntry({ id: 'medkg:procedure:liver-transplant', kind: 'Procedure', name: 'liver transplant', source: 'medkg-seed' }),
      ],
    ).edges.filter((edge) => (edge.predicate === 'DIAGNOSES' || edge.predicate === 'TREATS') && edge.object === 'MONDO:0013433');
    expect(edges.map((edge) => `${edge.subject} ${edge.predicate}`).sort()).toEqual(['medkg:procedure:liver-transplant TREATS', 'medkg:test:mrcp DIAGNOSES']);
  });

  it('drops, across the page, a lab test\'s diagnosis of what the page says it "is not used to screen healthy people for"', () => {
    const edges = relateText(
      'Ammonia Test\n\nWhy is the test done?\n\n  1. To help find hepatic encephalopathy.\n\nThe test is not used to screen healthy people for liver problems, and it does not diagnose viral hepatitis.\n\nWhat happens next\n\nIf ammonia is high because of liver problems, hepatic encephalopathy is treated in hospital.\n',
      'ammonia-test.txt',
      'Lab Tests',
      [
        makeEntry({ id: 'LOINC:22763-7', kind: 'Test', name: 'ammonia level', source: 'LOINC', synonyms: [{ name: 'ammonia test', scope: 'exact' }] }),
        makeEntry({ id: 'HP:0002480', kind: 'Phenotype', name: 'Hepatic encephalopathy', source: 'HPO' }),
        makeEntry({ id: 'MONDO:0005154', kind: 'Disease', name: 'liver disorder', source: 'MONDO', synonyms: [{ name: 'liver problems', scope: 'exact' }] }),
        makeEntry({ id: 'MONDO:0006011', kind: 'Disease', name: 'viral hepatitis', source: 'MONDO' }),
      ],
    ).edges.filter((edge) => edge.predicate === 'DIAGNOSES');
    expect(edges.map((edge) => edge.object)).toEqual(['HP:0002480']);
  });

  it('drops a card\'s drug whose Purpose says "it does not correct" the topic, and a supplement "not shown to raise the platelet count" in it', () => {
    const treats = (text: string, slug: string, entries: Parameters<typeof relateText>[3]): string[] =>
      relateText(text, `${slug}.txt`, 'Diseases', entries).edges.filter((edge) => edge.predicate === 'TREATS').map((edge) => `${edge.subject} ${edge.object}`);
    expect(
      treats('Ornithine transcarbamylase deficiency (OTC deficiency)\n\nDrug treatments\n\n**Drug 5. Carglumic acid (CARBAGLU®)**\n- Purpose: the treatment of NAGS deficiency; it does not correct OTC deficiency and is not used for it.\n', 'ornithine-transcarbamylase-deficiency', [
        makeEntry({ id: 'MONDO:0010703', kind: 'Disease', name: 'ornithine carbamoyltransferase deficiency', source: 'MONDO', synonyms: [{ name: 'ornithine transcarbamylase deficiency', scope: 'exact' }, { name: 'OTC deficiency', scope: 'exact' }] }),
        makeEntry({ id: 'DRUGBANK:DB06775', kind: 'Drug', name: 'Carglumic acid', source: 'DrugBank' }),
      ]).filter((edge) => edge.endsWith('MONDO:0010703')),
    ).toEqual([]);
    expect(
      treats('Immune thrombocytopenia (ITP)\n\nDietary molecular supplements\n\n  1. Papaya leaf extract — often promoted online, but it has not been shown to raise the platelet count in ITP and should not replace treatment.\n', 'immune-thrombocytopenia', [
        makeEntry({ id: 'MONDO:0002048', kind: 'Disease', name: 'thrombocytopenia due to immune destruction', source: 'MONDO', synonyms: [{ name: 'immune thrombocytopenia', scope: 'exact' }, { name: 'ITP', scope: 'abbreviation' }] }),
        makeEntry({ id: 'medkg:drug:papaya-leaf-extract', kind: 'Drug', name: 'papaya leaf extract', source: 'medkg' }),
      ]),
    ).toEqual([]);
  });

  it('drops the card\'s own drug, not another drug its line names, when the line says "it does not act on the tumour"', () => {
    const edges = relateText(
      '# Medulloblastoma\n\n## Drug treatments\n\n**Drug 1. Cisplatin**\n- Purpose: one of the main medicines after surgery and radiotherapy.\n\n**Drug 6. Sodium thiosulfate (PEDMARK®)**\n- Purpose: given 6 hours after each cisplatin dose to lower the risk of hearing loss in children; it does not act on the tumour.\n',
      'medulloblastoma.md',
      'Cancer',
      [
        makeEntry({ id: 'MONDO:0007959', kind: 'Disease', name: 'medulloblastoma', source: 'MONDO' }),
        makeEntry({ id: 'DRUGBANK:DB00515', kind: 'Drug', name: 'Cisplatin', source: 'DrugBank' }),
        makeEntry({ id: 'medkg:drug:sodium-thiosulfate', kind: 'Drug', name: 'sodium thiosulfate', source: 'medkg' }),
      ],
    ).edges.filter((edge) => edge.predicate === 'TREATS' && edge.object === 'MONDO:0007959');
    expect(edges.map((edge) => edge.subject)).toEqual(['DRUGBANK:DB00515']);
  });

  it('drops every drug a card\'s head names when its Purpose says "they do not treat the underlying" topic, or that in a trial "it did not slow" it', () => {
    const stargardt = makeEntry({ id: 'MONDO:0019353', kind: 'Disease', name: 'Stargardt disease', source: 'MONDO' });
    const edges = relateText(
      '# Stargardt disease\n\n## Drug treatments\n\n**Drug 2. Emixustat**\n- Purpose: a visual cycle modulator taken by mouth; in a large trial it did not slow the growth of macular atrophy in Stargardt disease.\n\n**Drug 3. Anti-VEGF injections (ranibizumab, LUCENTIS®; aflibercept, EYLEA®)**\n- Purpose: injections into the eye used only for choroidal neovascularisation; they do not treat the underlying Stargardt disease.\n',
      'stargardt-disease.md',
      'Diseases',
      [
        stargardt,
        makeEntry({ id: 'DRUGBANK:DB12608', kind: 'Drug', name: 'Emixustat', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB01270', kind: 'Drug', name: 'Ranibizumab', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB08885', kind: 'Drug', name: 'Aflibercept', source: 'DrugBank' }),
      ],
    ).edges.filter((edge) => edge.predicate === 'TREATS' && edge.object === 'MONDO:0019353');
    expect(edges).toEqual([]);
  });

  it('keeps a card treating the topic when "they do not cure" it only after a benefit ("…, but they do not cure AS"), or when it "does not slow" it', () => {
    const graph = relateText(
      '# Ankylosing spondylitis (AS)\n\n## Drug treatments\n\n**Drug 2. TNF inhibitors (adalimumab HUMIRA®, etanercept ENBREL®)**\n- Purpose: used when two NSAIDs have not controlled the disease. They reduce pain and stiffness, but they do not cure AS.\n\n## Surgeries and procedures\n\n- Total hip replacement — relieves pain from a badly damaged hip. It does not slow the disease.\n',
      'ankylosing-spondylitis.md',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0005306', kind: 'Disease', name: 'ankylosing spondylitis', source: 'MONDO', synonyms: [{ name: 'AS', scope: 'abbreviation' }] }),
        makeEntry({ id: 'DRUGBANK:DB00051', kind: 'Drug', name: 'Adalimumab', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB00005', kind: 'Drug', name: 'Etanercept', source: 'DrugBank' }),
        makeEntry({ id: 'medkg:procedure:total-hip-replacement', kind: 'Procedure', name: 'total hip replacement', source: 'medkg' }),
      ],
    );
    const treating = graph.edges.filter((edge) => edge.predicate === 'TREATS' && edge.object === 'MONDO:0005306').map((edge) => edge.subject);
    expect(treating).toEqual(expect.arrayContaining(['DRUGBANK:DB00051', 'DRUGBANK:DB00005', 'medkg:procedure:total-hip-replacement']));
  });

  it('drops the card\'s own drug when its Purpose says "it does not lower PTH and does not cure PHPT"', () => {
    const edges = relateText(
      '# Primary hyperparathyroidism (PHPT)\n\n## Drug treatments\n\n**Drug 2. Alendronic acid (FOSAMAX®)**\n- Purpose: strengthens bones in people with osteoporosis who do not have surgery; it does not lower PTH and does not cure PHPT.\n',
      'primary-hyperparathyroidism.md',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0010837', kind: 'Disease', name: 'primary hyperparathyroidism', source: 'MONDO', synonyms: [{ name: 'PHPT', scope: 'abbreviation' }] }),
        makeEntry({ id: 'DRUGBANK:DB00630', kind: 'Drug', name: 'Alendronic acid', source: 'DrugBank' }),
      ],
    ).edges.filter((edge) => edge.predicate === 'TREATS' && edge.object === 'MONDO:0010837');
    expect(edges).toEqual([]);
  });

  it("drops a drug page's treatment of a condition it says it is not a treatment for, and of its forms", () => {
    const edges = relateText(
      'Atorvastatin\n\nWhat is it used for?\n\n  1. Type 2 diabetes — adults over 40 are offered it to protect the heart; it does not lower blood sugar and is not a treatment for diabetes itself.\n',
      'atorvastatin.txt',
      'Drugs',
      [
        makeEntry({ id: 'DRUGBANK:DB01076', kind: 'Drug', name: 'Atorvastatin', source: 'DrugBank' }),
        makeEntry({ id: 'MONDO:0005148', kind: 'Disease', name: 'type 2 diabetes mellitus', source: 'MONDO', synonyms: [{ name: 'type 2 diabetes', scope: 'exact' }] }),
        makeEntry({ id: 'MONDO:0005015', kind: 'Disease', name: 'diabetes mellitus', source: 'MONDO', synonyms: [{ name: 'diabetes', scope: 'exact' }] }),
      ],
    ).edges.filter((edge) => edge.predicate === 'TREATS');
    expect(edges).toEqual([]);
  });

  it('drops a supplement whose head line says trials have not shown a benefit, under both names', () => {
    const edges = relateText(
      'Multiple sclerosis\n\nSupplements\n\n  1. Omega-3 fatty acids (fish oil) — trials have not shown that they reduce relapses.\n',
      'multiple-sclerosis.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0005301', kind: 'Disease', name: 'multiple sclerosis', source: 'MONDO' }),
        makeEntry({ id: 'DRUGBANK:DB11133', kind: 'Drug', name: 'Omega-3 fatty acids', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB13961', kind: 'Drug', name: 'Fish oil', source: 'DrugBank' }),
      ],
    ).edges.filter((edge) => edge.predicate === 'TREATS');
    expect(edges).toEqual([]);
  });
});

describe('a medicine that "has no role in" the topic, and a note that avoids something else', () => {
  const entries = [
    makeEntry({ id: 'MONDO:0004948', kind: 'Disease', name: 'chronic lymphocytic leukemia', source: 'MONDO', synonyms: [{ name: 'chronic lymphocytic leukaemia', scope: 'exact' }, { name: 'CLL', scope: 'abbreviation' }] }),
    makeEntry({ id: 'DRUGBANK:DB00619', kind: 'Drug', name: 'Imatinib', source: 'DrugBank' }),
    makeEntry({ id: 'DRUGBANK:DB00787', kind: 'Drug', name: 'Acyclovir', source: 'DrugBank', synonyms: [{ name: 'aciclovir', scope: 'exact' }] }),
    makeEntry({ id: 'DRUGBANK:DB01254', kind: 'Drug', name: 'Dasatinib', source: 'DrugBank' }),
    makeEntry({ id: 'DRUGBANK:DB00899', kind: 'Drug', name: 'Remifentanil', source: 'DrugBank' }),
  ];
  const edges = relateText(
    'Chronic Lymphocytic Leukaemia (CLL)\n\nDrug treatments\n\nImatinib, which transformed the treatment of another leukaemia, has no role in CLL, because CLL cells are not driven by BCR-ABL1.\n\nPeople taking these medicines are often given aciclovir, and live vaccines should be avoided in people with CLL.\n\nDasatinib and other tablets, and the painkiller remifentanil, should be avoided in people with CLL.\n',
    'chronic-lymphocytic-leukaemia.txt',
    'Cancer',
    entries,
  ).edges.map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);

  it('treats nothing with it', () => {
    expect(edges).not.toContain('DRUGBANK:DB00619 TREATS MONDO:0004948');
  });

  it('gives an avoid cue after ", and" to the new subject, not the medicine before it, unless a comma closes a list', () => {
    expect(edges).not.toContain('DRUGBANK:DB00787 CONTRAINDICATED_IN MONDO:0004948');
    expect(edges).toEqual(expect.arrayContaining(['DRUGBANK:DB01254 CONTRAINDICATED_IN MONDO:0004948', 'DRUGBANK:DB00899 CONTRAINDICATED_IN MONDO:0004948']));
  });
});

describe('a note that avoids one medicine and limits the dose of another', () => {
  const edges = relateText(
    'Hypertrophic Cardiomyopathy\n\nDrug treatments\n\nDrug 1. Bisoprolol\n• Purpose: slows the heart.\n\n(Note: digoxin is also generally avoided in hypertrophic cardiomyopathy, and furosemide is used only in small doses for fluid build-up.)\n\nSurgeries and procedures\n\n  1. Septal myectomy — open-heart surgery that removes part of the thick septum.\n',
    'hypertrophic-cardiomyopathy.txt',
    'Diseases',
    [
      makeEntry({ id: 'MONDO:0005045', kind: 'Disease', name: 'hypertrophic cardiomyopathy', source: 'MONDO' }),
      makeEntry({ id: 'DRUGBANK:DB00612', kind: 'Drug', name: 'Bisoprolol', source: 'DrugBank' }),
      makeEntry({ id: 'DRUGBANK:DB00390', kind: 'Drug', name: 'Digoxin', source: 'DrugBank' }),
      makeEntry({ id: 'DRUGBANK:DB00695', kind: 'Drug', name: 'Furosemide', source: 'DrugBank' }),
      makeEntry({ id: 'medkg:procedure:open-heart-surgery', kind: 'Procedure', name: 'open-heart surgery', source: 'test' }),
    ],
  ).edges.map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);

  it('keeps each cue to its own coordinated clause', () => {
    expect(edges).toContain('DRUGBANK:DB00390 CONTRAINDICATED_IN MONDO:0005045');
    expect(edges).not.toContain('DRUGBANK:DB00390 TREATS MONDO:0005045');
    expect(edges).not.toContain('DRUGBANK:DB00695 CONTRAINDICATED_IN MONDO:0005045');
  });

  it('reads what a procedure head is ("open-heart surgery that removes …") as no second procedure', () => {
    expect(edges).not.toContain('medkg:procedure:open-heart-surgery TREATS MONDO:0005045');
  });
});

describe('a habit that makes the topic worse and weakens a medicine', () => {
  it('contraindicates nothing with the medicine named after the cue', () => {
    const edges = relateText(
      'Systemic Lupus Erythematosus\n\nNon-pharmacological treatments\n\n  1. Stopping smoking — smoking makes skin lupus worse and weakens hydroxychloroquine.\n',
      'systemic-lupus-erythematosus.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0007915', kind: 'Disease', name: 'systemic lupus erythematosus', source: 'MONDO', synonyms: [{ name: 'lupus', scope: 'exact' }] }),
        makeEntry({ id: 'DRUGBANK:DB01611', kind: 'Drug', name: 'Hydroxychloroquine', source: 'DrugBank' }),
      ],
    ).edges.map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);
    expect(edges.filter((edge) => edge.startsWith('DRUGBANK:DB01611 CONTRAINDICATED_IN'))).toEqual([]);
  });
});

describe("a test item whose line says it does not show whether a nodule is the article's cancer", () => {
  it('diagnoses the topic nowhere, though the line names the test by its short name and the cancer by a generic word', () => {
    const edges = relateText(
      'Thyroid Cancer\n\nDiagnostic tests\n\n4) TSH test.\n\nChecks thyroid function before surgery; TSH is usually normal and does not show whether a nodule is cancer.\n',
      'thyroid-cancer.txt',
      'Cancer',
      [
        makeEntry({ id: 'MONDO:0002108', kind: 'Disease', name: 'thyroid cancer', source: 'MONDO' }),
        makeEntry({ id: 'MONDO:0004992', kind: 'Disease', name: 'cancer', source: 'MONDO' }),
        makeEntry({ id: 'LOINC:3016-3', kind: 'Test', name: 'thyroid stimulating hormone', source: 'LOINC', synonyms: [{ name: 'TSH', scope: 'abbreviation' }] }),
      ],
    ).edges.map((edge) => `${edge.predicate} ${edge.object}`);
    expect(edges).not.toContain('DIAGNOSES MONDO:0002108');
  });
});

describe('a treatment shown no benefit in another condition', () => {
  it('still treats the topic, but not that condition', async () => {
    const lexicon = createLexicon([
      ...(await loadSeedEntries()),
      makeEntry({ id: 'HP:0025168', kind: 'Phenotype', name: 'Left ventricular diastolic dysfunction', source: 'HPO', synonyms: [{ name: 'diastolic heart failure', scope: 'exact' }] }),
    ]);
    const graph = relateArticle(
      recogniseArticle(
        segmentText(
          'Heart Failure\n\nDefinition\n\nHeart failure is a condition in which the heart cannot pump well enough.\n\nDrug treatments\n\nDrug 1. Beta blockers (bisoprolol, carvedilol)\n• Purpose: slow the heart.\n\nBeta blockers have not been shown to help people with diastolic heart failure live longer.\n',
          'heart-failure.txt',
          'Diseases',
        ),
        lexicon,
      ),
      { contentHash: 'h' },
    );
    const name = (id: string) => graph.nodes.find((node) => node.id === id)?.name;
    const treats = graph.edges.filter((edge) => edge.predicate === 'TREATS').map((edge) => `${name(edge.subject)} > ${name(edge.object)}`);
    expect(treats).toContain('beta blockers > congestive heart failure');
    expect(treats.filter((edge) => edge.includes('diastolic'))).toEqual([]);
  });
});

describe("a test page whose stated purpose is to rule out a condition a line says it cannot confirm alone", () => {
  it('still diagnoses it: the limit is no denial of the purpose', () => {
    const edges = relateText(
      'D-Dimer Test\n\nWhy is the test done?\n\n  1. To rule out deep vein thrombosis (DVT) — a clot in a deep vein of the leg.\n\nUnderstanding the results\n\n  1. Raised D-dimer — a clot is possible; a positive result on its own cannot confirm DVT.\n',
      'd-dimer-test.txt',
      'Lab Tests',
      [
        makeEntry({ id: 'HP:0002625', kind: 'Phenotype', name: 'Deep venous thrombosis', source: 'HPO', synonyms: [{ name: 'deep vein thrombosis', scope: 'exact' }, { name: 'DVT', scope: 'abbreviation' }] }),
      ],
    ).edges.filter((edge) => edge.predicate === 'DIAGNOSES').map((edge) => edge.object);
    expect(edges).toContain('HP:0002625');
  });
});

describe('treatments a page says were once used, are no longer recommended, or showed no benefit', () => {
  it('treat neither the topic nor the sign they were once used for', () => {
    const edges = relateText(
      'Myotonic Dystrophy Type 1\n\nDrug treatments\n\nQuinine and procainamide, once used for myotonia, are no longer recommended, because they can worsen heart conduction.\n\nAdvanced treatments\n\n  1. Tideglusib — studied in childhood-onset DM1; so far it has not shown a clear benefit.\n',
      'myotonic-dystrophy-type-1.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0008056', kind: 'Disease', name: 'myotonic dystrophy type 1', source: 'MONDO', synonyms: [{ name: 'DM1', scope: 'abbreviation' }] }),
        makeEntry({ id: 'HP:0002486', kind: 'Phenotype', name: 'Myotonia', source: 'HPO' }),
        makeEntry({ id: 'DRUGBANK:DB01035', kind: 'Drug', name: 'Procainamide', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB00468', kind: 'Drug', name: 'Quinine', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB12129', kind: 'Drug', name: 'Tideglusib', source: 'DrugBank' }),
      ],
    ).edges.filter((edge) => edge.predicate === 'TREATS');
    expect(edges).toEqual([]);
  });
});
