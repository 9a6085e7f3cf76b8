// Findings a symptoms or complications item names in its line, beyond its head. Real read →
// clean → segment → recognise → relate stages over articles of our own; entries are real (ids
// and names as in /work/shared/data/vocab).
import { describe, expect, it } from 'vitest';
import { makeEntry } from '../../../src/lexicon/model.js';
import { relateText } from '../article-fixture.js';

describe('a complication item whose line names a form of its head after "including"', () => {
  it('makes that form a complication of the topic as well', () => {
    const edges = relateText(
      'Vascular Ehlers-Danlos Syndrome\n\nComplications\n\n  1. Arterial dissection and aneurysm — a split in the artery wall or a bulge, including aortic dissection.\n',
      'vascular-ehlers-danlos-syndrome.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0017314', kind: 'Disease', name: 'Ehlers-Danlos syndrome, vascular type', source: 'MONDO', synonyms: [{ name: 'vascular Ehlers-Danlos syndrome', scope: 'exact' }] }),
        makeEntry({ id: 'HP:0005294', kind: 'Phenotype', name: 'Arterial dissection', source: 'HPO' }),
        makeEntry({ id: 'HP:0002617', kind: 'Phenotype', name: 'Aneurysm', source: 'HPO' }),
        makeEntry({ id: 'HP:0002647', kind: 'Phenotype', name: 'Aortic dissection', source: 'HPO' }),
      ],
    ).edges.map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);
    expect(edges).toContain('MONDO:0017314 HAS_COMPLICATION HP:0002647');
  });
});

describe('conditions a page names as look-alikes or as other causes of a sign', () => {
  it('are no complications of the topic', () => {
    const edges = relateText(
      "Bladder Cancer\n\nSymptoms and signs\n\n  1. Blood in the urine — painless and on and off.\n\nBlood in the urine is more often caused by a urinary tract infection or kidney stones than by cancer, but it should always be checked.\n\nTypes\n\n  1. Crohn's colitis — only the colon is involved, so it can look like ulcerative colitis.\n",
      'bladder-cancer.txt',
      'Cancer',
      [
        makeEntry({ id: 'MONDO:0001187', kind: 'Disease', name: 'urinary bladder cancer', source: 'MONDO', synonyms: [{ name: 'bladder cancer', scope: 'exact' }] }),
        makeEntry({ id: 'MONDO:0100338', kind: 'Disease', name: 'urinary tract infection', source: 'MONDO' }),
        makeEntry({ id: 'MONDO:0008171', kind: 'Disease', name: 'kidney stone', source: 'MONDO', synonyms: [{ name: 'kidney stones', scope: 'exact' }] }),
        makeEntry({ id: 'MONDO:0005101', kind: 'Disease', name: 'ulcerative colitis', source: 'MONDO' }),
      ],
    ).edges.filter((edge) => edge.predicate !== 'MENTIONS').map((edge) => `${edge.predicate} ${edge.object}`);
    expect(edges.filter((edge) => /MONDO:0100338|MONDO:0008171|MONDO:0005101/u.test(edge))).toEqual([]);
  });
});

describe("conditions a sign 'is also caused by'", () => {
  it('are no complications of the topic', () => {
    const edges = relateText(
      'Oesophageal cancer\n\nSymptoms\n\n  1. Trouble swallowing (dysphagia) — food sticks in the chest.\n\nTrouble swallowing is also caused by achalasia and eosinophilic oesophagitis; these conditions are not cancer.\n',
      'oesophageal-cancer.txt',
      'Cancer',
      [
        makeEntry({ id: 'MONDO:0007576', kind: 'Disease', name: 'esophageal cancer', source: 'MONDO', synonyms: [{ name: 'oesophageal cancer', scope: 'exact' }] }),
        makeEntry({ id: 'HP:0002015', kind: 'Phenotype', name: 'Dysphagia', source: 'HPO', synonyms: [{ name: 'trouble swallowing', scope: 'exact' }] }),
        makeEntry({ id: 'MONDO:0008698', kind: 'Disease', name: 'achalasia', source: 'MONDO' }),
        makeEntry({ id: 'MONDO:0005361', kind: 'Disease', name: 'eosinophilic esophagitis', source: 'MONDO', synonyms: [{ name: 'eosinophilic oesophagitis', scope: 'exact' }] }),
      ],
    ).edges.filter((edge) => edge.predicate === 'HAS_PHENOTYPE' || edge.predicate === 'HAS_COMPLICATION').map((edge) => edge.object);
    expect(edges).toEqual(['HP:0002015']);
  });
});

describe('a sign of the topic named as what brings a complication on', () => {
  it('stays a sign and is not made a complication', () => {
    const graph = relateText(
      'Hereditary haemorrhagic telangiectasia\n\nSymptoms\n\n  1. Nosebleeds — often several a week, starting in childhood.\n\nComplications\n\n  1. Iron deficiency anaemia — from nosebleeds or slow bleeding in the gut.\n',
      'hereditary-haemorrhagic-telangiectasia.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0019180', kind: 'Disease', name: 'hereditary hemorrhagic telangiectasia', source: 'MONDO', synonyms: [{ name: 'hereditary haemorrhagic telangiectasia', scope: 'exact' }] }),
        makeEntry({ id: 'HP:0000421', kind: 'Phenotype', name: 'Epistaxis', source: 'HPO', synonyms: [{ name: 'nosebleeds', scope: 'exact' }] }),
        makeEntry({ id: 'MONDO:0001356', kind: 'Disease', name: 'iron deficiency anemia', source: 'MONDO', synonyms: [{ name: 'iron deficiency anaemia', scope: 'exact' }] }),
      ],
    );
    const findings = graph.edges.filter((edge) => edge.predicate === 'HAS_PHENOTYPE' || edge.predicate === 'HAS_COMPLICATION').map((edge) => `${edge.predicate} ${edge.object}`);
    expect(findings.sort()).toEqual(['HAS_COMPLICATION MONDO:0001356', 'HAS_PHENOTYPE HP:0000421']);
  });
});

describe('a symptoms item headed by a word for a group of findings', () => {
  it('gives the topic the findings its line lists, not the group', () => {
    const edges = relateText(
      'Giant cell arteritis\n\nSymptoms and signs\n\n  1. General symptoms — tiredness, low-grade fever and weight loss.\n',
      'giant-cell-arteritis.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0008538', kind: 'Disease', name: 'temporal arteritis', source: 'MONDO', synonyms: [{ name: 'giant cell arteritis', scope: 'exact' }] }),
        makeEntry({ id: 'HP:0001824', kind: 'Phenotype', name: 'Weight loss', source: 'HPO' }),
      ],
    ).edges.filter((edge) => edge.predicate === 'HAS_PHENOTYPE').map((edge) => edge.object);
    expect(edges).toEqual(['HP:0001824']);
  });
});

describe('a symptom item whose line names findings that come "with" its head', () => {
  const edges = relateText(
    'Neuroblastoma\n\nSymptoms and signs\n\n  1. Tiredness — feeling worn out, sometimes with a swollen belly or constipation.\n\n  2. Weight loss — often with anaemia from spread to the bone marrow.\n',
    'neuroblastoma.txt',
    'Diseases',
    [
      makeEntry({ id: 'MONDO:0005072', kind: 'Disease', name: 'neuroblastoma', source: 'MONDO' }),
      makeEntry({ id: 'HP:0012378', kind: 'Phenotype', name: 'Fatigue', source: 'HPO', synonyms: [{ name: 'tiredness', scope: 'exact' }] }),
      makeEntry({ id: 'HP:0003270', kind: 'Phenotype', name: 'Abdominal distention', source: 'HPO', synonyms: [{ name: 'swollen belly', scope: 'exact' }] }),
      makeEntry({ id: 'HP:0002019', kind: 'Phenotype', name: 'Constipation', source: 'HPO' }),
      makeEntry({ id: 'HP:0001824', kind: 'Phenotype', name: 'Weight loss', source: 'HPO' }),
      makeEntry({ id: 'HP:0001903', kind: 'Phenotype', name: 'Anemia', source: 'HPO', synonyms: [{ name: 'anaemia', scope: 'exact' }] }),
    ],
  ).edges.map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);

  it('makes each of them a sign of the topic too', () => {
    expect(edges).toContain('MONDO:0005072 HAS_PHENOTYPE HP:0012378');
    expect(edges).toContain('MONDO:0005072 HAS_PHENOTYPE HP:0003270');
    expect(edges).toContain('MONDO:0005072 HAS_PHENOTYPE HP:0002019');
    expect(edges).toContain('MONDO:0005072 HAS_PHENOTYPE HP:0001903');
  });
});

describe('a symptom item whose line opens "— with" its findings, or says its head "may come with" them', () => {
  const edges = relateText(
    'Hereditary fructose intolerance\n\nSymptoms and signs\n\n  1. Low blood sugar (hypoglycaemia) — with sweating, trembling and drowsiness.\n\n  2. Headaches — often worse in the morning, and may come with nausea.\n\nComplications\n\n  1. Liver failure — with swelling of the belly.\n',
    'hereditary-fructose-intolerance.txt',
    'Diseases',
    [
      makeEntry({ id: 'MONDO:0009249', kind: 'Disease', name: 'hereditary fructose intolerance', source: 'MONDO' }),
      makeEntry({ id: 'HP:0001943', kind: 'Phenotype', name: 'Hypoglycemia', source: 'HPO', synonyms: [{ name: 'hypoglycaemia', scope: 'exact' }, { name: 'low blood sugar', scope: 'exact' }] }),
      makeEntry({ id: 'HP:0000975', kind: 'Phenotype', name: 'Hyperhidrosis', source: 'HPO', synonyms: [{ name: 'sweating', scope: 'exact' }] }),
      makeEntry({ id: 'HP:0002329', kind: 'Phenotype', name: 'Drowsiness', source: 'HPO' }),
      makeEntry({ id: 'HP:0002315', kind: 'Phenotype', name: 'Headache', source: 'HPO', synonyms: [{ name: 'headaches', scope: 'exact' }] }),
      makeEntry({ id: 'HP:0002018', kind: 'Phenotype', name: 'Nausea', source: 'HPO' }),
      makeEntry({ id: 'HP:0001399', kind: 'Phenotype', name: 'Hepatic failure', source: 'HPO', synonyms: [{ name: 'liver failure', scope: 'exact' }] }),
      makeEntry({ id: 'HP:0001541', kind: 'Phenotype', name: 'Ascites', source: 'HPO', synonyms: [{ name: 'swelling of the belly', scope: 'exact' }] }),
    ],
  ).edges.map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);

  it('makes each of them a sign of the topic too', () => {
    expect(edges).toContain('MONDO:0009249 HAS_PHENOTYPE HP:0000975');
    expect(edges).toContain('MONDO:0009249 HAS_PHENOTYPE HP:0002329');
    expect(edges).toContain('MONDO:0009249 HAS_PHENOTYPE HP:0002018');
  });

  it("leaves a complication's own picture to the complication", () => {
    expect(edges.filter((edge) => edge.endsWith('HP:0001541') && !edge.includes(' MENTIONS '))).toEqual([]);
  });
});

describe('a complication line that names a condition the person has as well', () => {
  const edges = relateText(
    'Gilbert Syndrome\n\nComplications\n\n  1. Gallstones — may form a little more often, especially when Gilbert syndrome occurs together with hereditary spherocytosis.\n\n  2. Longer newborn jaundice — particularly if they also have G6PD deficiency.\n',
    'gilbert-syndrome.txt',
    'Diseases',
    [
      makeEntry({ id: 'MONDO:0007745', kind: 'Disease', name: 'Gilbert syndrome', source: 'MONDO' }),
      makeEntry({ id: 'medkg:disease:gallstones', kind: 'Disease', name: 'gallstones', source: 'medkg-seed' }),
      makeEntry({ id: 'MONDO:0019350', kind: 'Disease', name: 'hereditary spherocytosis', source: 'MONDO' }),
      makeEntry({ id: 'MONDO:0005775', kind: 'Disease', name: 'G6PD deficiency', source: 'MONDO' }),
    ],
  ).edges.map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);

  it('makes the complication the topic\'s, and the condition had as well none', () => {
    expect(edges).toContain('MONDO:0007745 HAS_COMPLICATION medkg:disease:gallstones');
    expect(edges).not.toContain('MONDO:0007745 HAS_COMPLICATION MONDO:0019350');
    expect(edges).not.toContain('MONDO:0007745 HAS_COMPLICATION MONDO:0005775');
  });
});

describe('a symptom line that names another disease the sign points to, or a look-alike', () => {
  const edges = relateText(
    'Autoimmune Hepatitis\n\nDefinition\n\nAutoimmune hepatitis is a long-term liver disease; it can look very much like viral hepatitis.\n\nSymptoms and signs\n\n  1. Itchy skin — usually mild; severe itching points more to a bile duct disease such as primary biliary cholangitis.\n',
    'autoimmune-hepatitis.txt',
    'Diseases',
    [
      makeEntry({ id: 'MONDO:0016264', kind: 'Disease', name: 'autoimmune hepatitis', source: 'MONDO' }),
      makeEntry({ id: 'MONDO:0005388', kind: 'Disease', name: 'primary biliary cholangitis', source: 'MONDO' }),
      makeEntry({ id: 'MONDO:0006011', kind: 'Disease', name: 'viral hepatitis', source: 'MONDO' }),
    ],
  ).edges.filter((edge) => edge.predicate !== 'MENTIONS' && edge.predicate !== 'ABOUT').map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);

  it('links neither to the topic', () => {
    expect(edges.filter((edge) => edge.includes('MONDO:0005388') || edge.includes('MONDO:0006011'))).toEqual([]);
  });
});

describe('signs a symptoms section says point to another diagnosis', () => {
  it('are no signs of the topic', () => {
    const edges = relateText(
      'Immune thrombocytopenia (ITP)\n\nSymptoms and signs\n\n  1. Easy bruising.\n\nITP does not cause an enlarged spleen; splenomegaly or swollen lymph nodes point to another diagnosis.\n',
      'immune-thrombocytopenia.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0002048', kind: 'Disease', name: 'thrombocytopenia due to immune destruction', source: 'MONDO', synonyms: [{ name: 'immune thrombocytopenia', scope: 'exact' }, { name: 'ITP', scope: 'abbreviation' }] }),
        makeEntry({ id: 'HP:0000978', kind: 'Phenotype', name: 'Bruising susceptibility', source: 'HPO', synonyms: [{ name: 'easy bruising', scope: 'exact' }] }),
        makeEntry({ id: 'HP:0001744', kind: 'Phenotype', name: 'Splenomegaly', source: 'HPO', synonyms: [{ name: 'enlarged spleen', scope: 'exact' }] }),
        makeEntry({ id: 'HP:0002716', kind: 'Phenotype', name: 'Lymphadenopathy', source: 'HPO', synonyms: [{ name: 'swollen lymph nodes', scope: 'exact' }] }),
      ],
    ).edges.filter((edge) => edge.predicate === 'HAS_PHENOTYPE').map((edge) => edge.object);
    expect(edges).toEqual(['HP:0000978']);
  });
});

describe('conditions a complications line says a medicine can cause', () => {
  const article =
    'Bullous Pemphigoid\n\nComplications\n\n  1. Side effects of treatment — long courses of oral corticosteroids can cause diabetes, osteoporosis and high blood pressure; these cause much of the illness.\n\n  2. Sepsis — a rare spread of infection into the blood.\n';
  const entries = [
    makeEntry({ id: 'MONDO:0019082', kind: 'Disease', name: 'bullous pemphigoid', source: 'MONDO' }),
    makeEntry({ id: 'MONDO:0005015', kind: 'Disease', name: 'diabetes mellitus', source: 'MONDO', synonyms: [{ name: 'diabetes', scope: 'exact' }] }),
    makeEntry({ id: 'HP:0000939', kind: 'Phenotype', name: 'Osteoporosis', source: 'HPO' }),
    makeEntry({ id: 'HP:0000822', kind: 'Phenotype', name: 'Hypertension', source: 'HPO', synonyms: [{ name: 'high blood pressure', scope: 'exact' }] }),
    makeEntry({ id: 'HP:0100806', kind: 'Phenotype', name: 'Sepsis', source: 'HPO' }),
    makeEntry({ id: 'medkg:drug:corticosteroids', kind: 'Drug', name: 'corticosteroids', source: 'medkg', synonyms: [{ name: 'steroids', scope: 'exact' }] }),
  ];

  it("are that medicine's adverse effects, not complications of the topic", () => {
    const graph = relateText(article, 'bullous-pemphigoid.txt', 'Diseases', entries);
    const names = new Map(graph.nodes.map((node) => [node.id, node.name]));
    const edges = graph.edges.filter((edge) => edge.predicate !== 'MENTIONS').map((edge) => `${names.get(edge.subject)} ${edge.predicate} ${names.get(edge.object)}`);
    expect(edges).toEqual(expect.arrayContaining(['corticosteroids HAS_ADVERSE_EFFECT diabetes mellitus', 'corticosteroids HAS_ADVERSE_EFFECT Osteoporosis', 'corticosteroids HAS_ADVERSE_EFFECT Hypertension', 'bullous pemphigoid HAS_COMPLICATION Sepsis']));
    expect(edges.filter((edge) => edge.startsWith('bullous pemphigoid') && !edge.endsWith('Sepsis'))).toEqual([]);
  });

  it('takes a label such as "Side effects of treatment" for no finding', () => {
    const graph = relateText(article, 'bullous-pemphigoid.txt', 'Diseases', entries);
    expect(graph.nodes.map((node) => node.name).filter((name) => /effects/iu.test(name))).toEqual([]);
  });
});

describe('medicines a causes section says cause another condition', () => {
  it('bring on that condition, not the topic ("metformin or omeprazole can also cause vitamin B12 deficiency, but these are not pernicious anaemia")', () => {
    const graph = relateText(
      'Pernicious anaemia\n\nCauses\n\nPernicious anaemia is an autoimmune disease of the stomach lining.\n\n(Note: long-term use of metformin or omeprazole can also cause vitamin B12 deficiency, but these are not pernicious anaemia.)\n',
      'pernicious-anaemia.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0008228', kind: 'Disease', name: 'pernicious anemia', source: 'MONDO', synonyms: [{ name: 'pernicious anaemia', scope: 'exact' }] }),
        makeEntry({ id: 'HP:0100502', kind: 'Phenotype', name: 'vitamin B12 deficiency', source: 'HPO' }),
        makeEntry({ id: 'DRUGBANK:DB00331', kind: 'Drug', name: 'Metformin', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB00338', kind: 'Drug', name: 'Omeprazole', source: 'DrugBank' }),
      ],
    );
    const harms = graph.edges.filter((edge) => edge.predicate === 'HAS_ADVERSE_EFFECT').map((edge) => `${edge.subject} ${edge.object}`);
    expect(harms.sort()).toEqual(['DRUGBANK:DB00331 HP:0100502', 'DRUGBANK:DB00338 HP:0100502']);
  });
});

describe('a complication that another disease or another cause brings on', () => {
  it('is the complication of the item\'s own disease when its line says "it … can cause" it', () => {
    const graph = relateText(
      'Polymyalgia Rheumatica (PMR)\n\nComplications\n\n  1. Giant cell arteritis (GCA) — inflammation of large arteries; it affects around 1 in 5 people with PMR and can cause sudden, permanent loss of vision.\n',
      'polymyalgia-rheumatica.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0019735', kind: 'Disease', name: 'polymyalgia rheumatica', source: 'MONDO', synonyms: [{ name: 'PMR', scope: 'abbreviation' }] }),
        makeEntry({ id: 'MONDO:0008538', kind: 'Disease', name: 'temporal arteritis', source: 'MONDO', synonyms: [{ name: 'giant cell arteritis', scope: 'exact' }] }),
        makeEntry({ id: 'HP:0000572', kind: 'Phenotype', name: 'Visual loss', source: 'HPO', synonyms: [{ name: 'loss of vision', scope: 'exact' }] }),
      ],
    );
    const complications = graph.edges.filter((edge) => edge.predicate === 'HAS_COMPLICATION').map((edge) => `${edge.subject} ${edge.object}`);
    expect(complications.sort()).toEqual(['MONDO:0008538 HP:0000572', 'MONDO:0019735 MONDO:0008538']);
  });

  it('is no complication of the topic when the line says something else "can also cause" it', () => {
    const graph = relateText(
      'Mesothelioma\n\nComplications\n\n  1. Bowel obstruction — in advanced peritoneal mesothelioma.\n\nAsbestos can also cause asbestosis, a scarring of the lungs; it is not cancer.\n',
      'mesothelioma.txt',
      'Cancer',
      [
        makeEntry({ id: 'MONDO:0005065', kind: 'Disease', name: 'mesothelioma', source: 'MONDO' }),
        makeEntry({ id: 'MONDO:0016466', kind: 'Disease', name: 'asbestosis', source: 'MONDO' }),
      ],
    );
    expect(graph.edges.filter((edge) => edge.object === 'MONDO:0016466' && edge.predicate !== 'MENTIONS')).toEqual([]);
  });
});

describe('a condition a symptom line says the topic can be mistaken for', () => {
  it('is neither a sign nor a complication of the topic ("can lead to a wrong diagnosis of bone infection (osteomyelitis)")', () => {
    const graph = relateText(
      'Ewing Sarcoma\n\nSymptoms and signs\n\n  1. Fever — it comes and goes, which can lead to a wrong diagnosis of bone infection (osteomyelitis).\n',
      'ewing-sarcoma.txt',
      'Cancer',
      [
        makeEntry({ id: 'MONDO:0012817', kind: 'Disease', name: 'Ewing sarcoma', source: 'MONDO' }),
        makeEntry({ id: 'MONDO:0005246', kind: 'Disease', name: 'osteomyelitis', source: 'MONDO', synonyms: [{ name: 'bone infection', scope: 'exact' }] }),
        makeEntry({ id: 'HP:0001945', kind: 'Phenotype', name: 'Fever', source: 'HPO' }),
      ],
    );
    const relations = graph.edges.filter((edge) => edge.predicate !== 'MENTIONS' && edge.predicate !== 'ABOUT').map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);
    expect(relations).toEqual(['MONDO:0012817 HAS_PHENOTYPE HP:0001945']);
  });
});

describe('a symptom item headed by one everyday word whose explanation names kinds of it', () => {
  it('takes the kinds as signs too ("Pain — a deep aching back pain …")', () => {
    const graph = relateText(
      'Guillain-Barre Syndrome\n\nSymptoms and signs\n\n  5. Pain — a deep aching back pain, often worse at night.\n',
      'guillain-barre-syndrome.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0016218', kind: 'Disease', name: 'Guillain-Barre syndrome', source: 'MONDO' }),
        makeEntry({ id: 'HP:0012531', kind: 'Phenotype', name: 'Pain', source: 'HPO' }),
        makeEntry({ id: 'HP:0003418', kind: 'Phenotype', name: 'Back pain', source: 'HPO' }),
      ],
    );
    const signs = graph.edges.filter((edge) => edge.predicate === 'HAS_PHENOTYPE').map((edge) => edge.object);
    expect(signs).toContain('HP:0003418');
  });
});

describe('a symptom item that says its signs are typical of one form of the topic', () => {
  it('gives the signs to that form as well as to the topic', () => {
    const graph = relateText(
      'Guillain-Barre Syndrome\n\nTypes\n\n  4. Miller Fisher syndrome (MFS) — weakness of the eye muscles and unsteady walking.\n\nSymptoms and signs\n\n  7. Trouble moving the eyes (ophthalmoplegia) — typical of Miller Fisher syndrome.\n',
      'guillain-barre-syndrome.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0016218', kind: 'Disease', name: 'Guillain-Barre syndrome', source: 'MONDO' }),
        makeEntry({ id: 'MONDO:0005851', kind: 'Disease', name: 'Miller Fisher syndrome', source: 'MONDO' }),
        makeEntry({ id: 'HP:0000602', kind: 'Phenotype', name: 'Ophthalmoplegia', source: 'HPO' }),
      ],
    );
    const signs = graph.edges.filter((edge) => edge.predicate === 'HAS_PHENOTYPE' && edge.object === 'HP:0000602').map((edge) => edge.subject);
    expect(signs.sort()).toEqual(['MONDO:0005851', 'MONDO:0016218']);
  });
});

describe("a causes item's line that says the cause itself brings on a sign", () => {
  it('gives the sign to the cause, not to the topic ("… itself causes diarrhoea")', () => {
    const graph = relateText(
      'Guillain-Barre Syndrome\n\nCauses\n\n  1. Campylobacter jejuni infection (campylobacteriosis) — the most common trigger; this food-borne germ itself causes diarrhoea a week or two before GBS starts.\n',
      'guillain-barre-syndrome.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0016218', kind: 'Disease', name: 'Guillain-Barre syndrome', source: 'MONDO', synonyms: [{ name: 'GBS', scope: 'abbreviation' }] }),
        makeEntry({ id: 'MONDO:0005688', kind: 'Disease', name: 'campylobacteriosis', source: 'MONDO' }),
        makeEntry({ id: 'HP:0002014', kind: 'Phenotype', name: 'Diarrhea', source: 'HPO', synonyms: [{ name: 'diarrhoea', scope: 'exact' }] }),
      ],
    );
    const signs = graph.edges.filter((edge) => edge.object === 'HP:0002014' && edge.predicate !== 'MENTIONS').map((edge) => `${edge.subject} ${edge.predicate}`);
    expect(signs).toEqual(['MONDO:0005688 HAS_PHENOTYPE']);
  });
});
