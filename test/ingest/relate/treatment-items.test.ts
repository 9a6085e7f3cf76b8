// Treatment items whose explanation names the class head's members ("Statins: …, for example
// atorvastatin or rosuvastatin"), and "Drug N." heads that name a combination ("X + Y") or a
// class with its members in parentheses. Real read → clean → segment → recognise → relate stages
// over an article of our own; entries are real (ids and names as in /work/shared/data/vocab).
import { describe, expect, it } from 'vitest';
import type { ArticleGraph } from '../../../src/domain/graph.js';
import type { VocabEntry } from '../../../src/domain/vocabulary.js';
import { recogniseArticle } from '../../../src/ingest/recognise/recognise.js';
import { relateArticle } from '../../../src/ingest/relate/relate.js';
import { createLexicon } from '../../../src/lexicon/create.js';
import { makeEntry } from '../../../src/lexicon/model.js';
import { relateText, segmentText } from '../article-fixture.js';

const VOCABULARY: VocabEntry[] = [
  makeEntry({ id: 'MONDO:0005439', kind: 'Disease', name: 'familial hypercholesterolemia', source: 'MONDO', synonyms: [{ name: 'familial hypercholesterolaemia', scope: 'exact' }] }),
  makeEntry({ id: 'DRUGBANK:DB01076', kind: 'Drug', name: 'Atorvastatin', source: 'DrugBank' }),
  makeEntry({ id: 'DRUGBANK:DB01098', kind: 'Drug', name: 'Rosuvastatin', source: 'DrugBank' }),
  makeEntry({ id: 'DRUGBANK:DB08912', kind: 'Drug', name: 'Dabrafenib', source: 'DrugBank' }),
  makeEntry({ id: 'DRUGBANK:DB08911', kind: 'Drug', name: 'Trametinib', source: 'DrugBank' }),
  makeEntry({ id: 'DRUGBANK:DB00264', kind: 'Drug', name: 'Metoprolol', source: 'DrugBank' }),
  makeEntry({ id: 'DRUGBANK:DB00335', kind: 'Drug', name: 'Atenolol', source: 'DrugBank' }),
  makeEntry({ id: 'HP:0001945', kind: 'Phenotype', name: 'Fever', source: 'HPO' }),
  makeEntry({ id: 'HP:0001662', kind: 'Phenotype', name: 'Bradycardia', source: 'HPO' }),
  makeEntry({ id: 'HP:0003326', kind: 'Phenotype', name: 'Myalgia', source: 'HPO' }),
];

const TEXT = `Familial Hypercholesterolaemia

Definition

Familial hypercholesterolaemia is an inherited condition with high cholesterol from birth.

Drug treatments

  1. Statins: the first treatment for everyone, for example atorvastatin (LIPITOR®) or rosuvastatin, taken once a day. Side effects include muscle aches (myalgia).

  2. Beta blockers — these lower the heart rate; trials compared them with atorvastatin in other conditions.

Drug 1. Dabrafenib (TAFINLAR®) + trametinib (MEKINIST®)
• Purpose: a targeted pair used in a trial.
• Side effects: fever.

Drug 2. Beta blockers (metoprolol, atenolol)
• Purpose: slow the heart.
• Side effects: bradycardia.
`;

function relations(graph: ArticleGraph): string[] {
  const names = new Map(graph.nodes.map((node) => [node.id, node.name]));
  return graph.edges.filter((edge) => edge.predicate !== 'MENTIONS' && edge.predicate !== 'ABOUT').map((edge) => `${names.get(edge.subject)} ${edge.predicate} ${names.get(edge.object)}`);
}

const graph = relateArticle(recogniseArticle(segmentText(TEXT, 'familial-hypercholesterolaemia.txt', 'Diseases'), createLexicon(VOCABULARY)), { contentHash: 'h' });
const edges = relations(graph);

describe('members of a treatment item', () => {
  it('treats the topic with the drugs the explanation gives as examples of its head', () => {
    expect(edges).toEqual(expect.arrayContaining(['Atorvastatin TREATS familial hypercholesterolemia', 'Rosuvastatin TREATS familial hypercholesterolemia']));
  });

  it('does not take a drug the explanation names for another reason', () => {
    const beta = TEXT.indexOf('trials compared');
    expect(beta).toBeGreaterThan(0);
    expect(graph.edges.filter((edge) => edge.predicate === 'TREATS' && edge.subject === 'DRUGBANK:DB01076').every((edge) => edge.evidence.every((evidence) => !evidence.sentence?.includes('trials compared')))).toBe(true);
  });
});

describe('drug heads', () => {
  it('gives the side effects of an "X + Y" head to both drugs', () => {
    expect(edges).toEqual(expect.arrayContaining(['Dabrafenib HAS_ADVERSE_EFFECT Fever', 'Trametinib HAS_ADVERSE_EFFECT Fever']));
  });

  it('gives the side effects of a class head to the class, not to the members in parentheses', () => {
    expect(edges).toContain('Beta blockers HAS_ADVERSE_EFFECT Bradycardia');
    expect(edges).not.toContain('Metoprolol HAS_ADVERSE_EFFECT Bradycardia');
    expect(edges).not.toContain('Atenolol HAS_ADVERSE_EFFECT Bradycardia');
  });
});

describe('what a contraindication names', () => {
  const lexicon = createLexicon([
    makeEntry({ id: 'MONDO:0010602', kind: 'Disease', name: 'hemophilia A', source: 'MONDO', synonyms: [{ name: 'haemophilia A', scope: 'exact' }] }),
    makeEntry({ id: 'MONDO:0005393', kind: 'Disease', name: 'gout', source: 'MONDO' }),
    makeEntry({ id: 'DRUGBANK:DB00945', kind: 'Drug', name: 'Acetylsalicylic acid', source: 'DrugBank', synonyms: [{ name: 'Aspirin', scope: 'exact' }] }),
    makeEntry({ id: 'DRUGBANK:DB00999', kind: 'Drug', name: 'Hydrochlorothiazide', source: 'DrugBank' }),
    makeEntry({ id: 'SYMP:0000007', kind: 'Phenotype', name: 'bleeding', source: 'SYMP' }),
    makeEntry({ id: 'HP:0012531', kind: 'Phenotype', name: 'Pain', source: 'HPO' }),
  ]);
  const text = `Haemophilia A

Definition

Haemophilia A is an inherited bleeding disorder.

Medicines to avoid

Avoid aspirin, because it weakens platelets and makes bleeding worse; paracetamol is the safer choice for pain.

Hydrochlorothiazide is generally avoided in people with gout.
`;
  const contraindications = relations(relateArticle(recogniseArticle(segmentText(text, 'haemophilia-a.txt', 'Diseases'), lexicon), { contentHash: 'h' })).filter((edge) => edge.includes('CONTRAINDICATED_IN'));

  it('takes the topic when the condition after the cue is the harm, not who must avoid it', () => {
    expect(contraindications).toContain('Acetylsalicylic acid CONTRAINDICATED_IN hemophilia A');
    expect(contraindications).not.toContain('Acetylsalicylic acid CONTRAINDICATED_IN bleeding');
    expect(contraindications).not.toContain('Acetylsalicylic acid CONTRAINDICATED_IN Pain');
  });

  it('takes the condition a population word introduces', () => {
    expect(contraindications).toContain('Hydrochlorothiazide CONTRAINDICATED_IN gout');
    expect(contraindications).not.toContain('Hydrochlorothiazide CONTRAINDICATED_IN hemophilia A');
  });
});

describe('a side-effects sub-point with remarks around its list', () => {
  const text = `Familial Hypercholesterolaemia

Definition

Familial hypercholesterolaemia is an inherited condition.

Drug treatments

Drug 1. Atorvastatin (LIPITOR®)
• Purpose: lowers LDL cholesterol.
• Side effects: stronger than with other statins: myalgia and fever. Unlike older drugs, it rarely needs blood tests in people of Korean descent.
`;
  const recognised = recogniseArticle(segmentText(text, 'familial-hypercholesterolaemia.txt', 'Diseases'), createLexicon(VOCABULARY));

  it('takes the findings of the list and makes no phenotype of the remarks', () => {
    const phenotypes = recognised.mentions.filter((mention) => mention.kind === 'Phenotype').map((mention) => mention.text);
    expect(phenotypes).toEqual(expect.arrayContaining(['myalgia', 'fever']));
    expect(phenotypes.filter((text) => /than|Unlike|descent|blood tests/u.test(text))).toEqual([]);
  });
});

describe('a Purpose sub-point', () => {
  const lexicon = createLexicon([
    makeEntry({ id: 'MONDO:0010200', kind: 'Disease', name: 'Wilson disease', source: 'MONDO' }),
    makeEntry({ id: 'DRUGBANK:DB06824', kind: 'Drug', name: 'Triethylenetetramine', source: 'DrugBank', synonyms: [{ name: 'trientine', scope: 'exact' }] }),
    makeEntry({ id: 'DRUGBANK:DB09130', kind: 'Drug', name: 'Copper', source: 'DrugBank' }),
  ]);
  const text = `Wilson Disease

Definition

Wilson disease is an inherited disorder of copper handling.

Drug treatments

Drug 1. Trientine (CUVRIOR®)
• Purpose: binds copper so that it leaves the body in urine.
`;
  const edges = relations(relateArticle(recogniseArticle(segmentText(text, 'wilson-disease.txt', 'Diseases'), lexicon), { contentHash: 'h' }));

  it("says what the item's own drug treats; the substance it acts on treats nothing", () => {
    expect(edges).toContain('Triethylenetetramine TREATS Wilson disease');
    expect(edges).not.toContain('Copper TREATS Wilson disease');
  });
});

describe('an item aimed at something other than the whole topic', () => {
  const treats = (text: string, file: string, entries: VocabEntry[]): string[] =>
    relations(relateArticle(recogniseArticle(segmentText(text, file, 'Diseases'), createLexicon(entries)), { contentHash: 'h' })).filter((edge) => edge.includes(' TREATS '));

  it('reads a class tag glued to a bare name ("DapsoneFor the skin rash") as what the drug is for', () => {
    const entries = [
      makeEntry({ id: 'MONDO:0005130', kind: 'Disease', name: 'celiac disease', source: 'MONDO', synonyms: [{ name: 'coeliac disease', scope: 'exact' }] }),
      makeEntry({ id: 'DRUGBANK:DB00250', kind: 'Drug', name: 'Dapsone', source: 'DrugBank' }),
    ];
    const text = 'Coeliac Disease\n\nDefinition\n\nCoeliac disease is an immune reaction to gluten.\n\nDrug treatments\n\nDrug 1. DapsoneFor the skin rash\n• Purpose: clears the itchy blisters within days.\n';
    expect(treats(text, 'coeliac-disease.txt', entries)).not.toContain('Dapsone TREATS celiac disease');
  });

  it('treats a subtype, not the topic, when the Purpose names only a subtype called otherwise', () => {
    const entries = [
      makeEntry({ id: 'MONDO:0018874', kind: 'Disease', name: 'acute myeloid leukemia', source: 'MONDO', synonyms: [{ name: 'acute myeloid leukaemia', scope: 'exact' }] }),
      makeEntry({ id: 'MONDO:0012883', kind: 'Disease', name: 'acute promyelocytic leukemia', source: 'MONDO', synonyms: [{ name: 'APL', scope: 'abbreviation' }] }),
      makeEntry({ id: 'DRUGBANK:DB00755', kind: 'Drug', name: 'Tretinoin', source: 'DrugBank' }),
    ];
    const text =
      'Acute Myeloid Leukaemia\n\nDefinition\n\nAcute myeloid leukaemia is a cancer of the blood-forming cells.\n\nTypes\n\n  1. Acute promyelocytic leukaemia — a form with its own treatment.\n\nDrug treatments\n\nDrug 1. Tretinoin (ATRA)\n• Purpose: treats acute promyelocytic leukaemia.\n';
    const edges = treats(text, 'acute-myeloid-leukaemia.txt', entries);
    expect(edges).toContain('Tretinoin TREATS acute promyelocytic leukemia');
    expect(edges).not.toContain('Tretinoin TREATS acute myeloid leukemia');
  });

  it('still treats the topic when the subtype carries the topic’s name ("mild haemophilia A")', () => {
    const entries = [
      makeEntry({ id: 'MONDO:0010602', kind: 'Disease', name: 'hemophilia A', source: 'MONDO', synonyms: [{ name: 'haemophilia A', scope: 'exact' }] }),
      makeEntry({ id: 'DRUGBANK:DB00035', kind: 'Drug', name: 'Desmopressin', source: 'DrugBank' }),
    ];
    const text =
      'Haemophilia A\n\nDefinition\n\nHaemophilia A is an inherited bleeding disorder.\n\nHow severe can it be?\n\n  1. Mild haemophilia A — bleeding after surgery or injury.\n\nDrug treatments\n\nDrug 1. Desmopressin (DDAVP)\n• Purpose: releases stored factor VIII in mild haemophilia A.\n';
    expect(treats(text, 'haemophilia-a.txt', entries)).toContain('Desmopressin TREATS hemophilia A');
  });
});

describe('a treatment named in prose with its own target', () => {
  const entries = [
    makeEntry({ id: 'MONDO:0018874', kind: 'Disease', name: 'acute myeloid leukemia', source: 'MONDO', synonyms: [{ name: 'acute myeloid leukaemia', scope: 'exact' }] }),
    makeEntry({ id: 'DRUGBANK:DB01263', kind: 'Drug', name: 'Posaconazole', source: 'DrugBank' }),
    makeEntry({ id: 'MONDO:0002041', kind: 'Disease', name: 'fungal infectious disease', source: 'MONDO', synonyms: [{ name: 'fungal infections', scope: 'exact' }] }),
  ];
  const text = `Acute Myeloid Leukaemia

Definition

Acute myeloid leukaemia is a cancer of the blood-forming cells.

Drug treatments

(Note: people with neutropenia also receive antifungal medicines such as posaconazole to prevent fungal infections.)
`;
  const graph = relateArticle(recogniseArticle(segmentText(text, 'acute-myeloid-leukaemia.txt', 'Diseases'), createLexicon(entries)), { contentHash: 'h' });
  const edges = relations(graph);

  it('treats the condition the clause names, not the topic', () => {
    expect(edges).toContain('Posaconazole TREATS fungal infectious disease');
    expect(edges).not.toContain('Posaconazole TREATS acute myeloid leukemia');
  });

  it('names the drug class without the words before it ("also receive")', () => {
    expect(graph.nodes.map((node) => node.name)).toContain('antifungal medicines');
    expect(graph.nodes.map((node) => node.name).filter((name) => /receive/u.test(name))).toEqual([]);
  });
});

describe('a "Drug N." item with a class tag glued after its brand, and a caution for people with an untreated condition', () => {
  const HD = 'MONDO:0007739';
  const graph = relateArticle(
    recogniseArticle(
      segmentText(
        `Huntington Disease

Medicines

Drug 1. Tetrabenazine (XENAZINE®)VMAT2 inhibitor
• Purpose: reduces chorea.
• Caution: it should not be used in people with untreated depression.
`,
        'huntington-disease.txt',
        'Diseases',
      ),
      createLexicon([
        makeEntry({ id: HD, kind: 'Disease', name: 'Huntington disease', source: 'MONDO' }),
        makeEntry({ id: 'DRUGBANK:DB04844', kind: 'Drug', name: 'Tetrabenazine', source: 'DrugBank' }),
        makeEntry({ id: 'HP:0000716', kind: 'Phenotype', name: 'Depressivity', source: 'HPO', synonyms: [{ name: 'depression', scope: 'exact' }] }),
      ]),
    ),
    { contentHash: 'h' },
  );
  const edges = graph.edges.map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);

  it('names the drug without its class tag', () => {
    expect(edges).toContain(`DRUGBANK:DB04844 TREATS ${HD}`);
  });

  it('reads "in people with untreated depression" as who must not take it', () => {
    expect(edges).toContain('DRUGBANK:DB04844 CONTRAINDICATED_IN HP:0000716');
  });
});

describe('a drug whose purpose is to lower a level', () => {
  const GOUT = 'MONDO:0005393';
  const entries = [
    makeEntry({ id: GOUT, kind: 'Disease', name: 'gout', source: 'MONDO' }),
    makeEntry({ id: 'DRUGBANK:DB00437', kind: 'Drug', name: 'Allopurinol', source: 'DrugBank' }),
    makeEntry({ id: 'DRUGBANK:DB08844', kind: 'Drug', name: 'Uric acid', source: 'DrugBank' }),
    makeEntry({ id: 'HP:0002149', kind: 'Phenotype', name: 'Hyperuricemia', source: 'HPO', synonyms: [{ name: 'High blood uric acid level', scope: 'layperson' }] }),
  ];
  const graph = relateArticle(
    recogniseArticle(
      segmentText(
        `Gout

Medicines

Drug 1. Allopurinol (ZYLOPRIM®)
• Purpose: the first choice to lower uric acid and prevent attacks.
• How it works: blocks the enzyme that makes uric acid.
`,
        'gout.txt',
        'Diseases',
      ),
      createLexicon(entries),
    ),
    { contentHash: 'h' },
  );
  const edges = graph.edges.map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);

  it('treats the finding the vocabulary names for that level being high', () => {
    expect(edges).toContain('DRUGBANK:DB00437 TREATS HP:0002149');
  });

  it('does not take the substance lowered for a drug the item treats with', () => {
    expect(edges.filter((edge) => edge.startsWith('DRUGBANK:DB08844 TREATS'))).toEqual([]);
  });
});

describe('a Purpose sub-point that names the class of the item\'s own drug', () => {
  const CELIAC = 'MONDO:0005130';
  const graph = relateArticle(
    recogniseArticle(
      segmentText(
        `Coeliac Disease

Medicines

Drug 1. Budesonide (ENTOCORT®)
• Purpose: a steroid used by specialists for refractory coeliac disease.

Drug 2. DapsoneFor the skin rash
• Purpose: clears the itch of dermatitis herpetiformis within days.
`,
        'coeliac-disease.txt',
        'Diseases',
      ),
      createLexicon([
        makeEntry({ id: CELIAC, kind: 'Disease', name: 'celiac disease', source: 'MONDO', synonyms: [{ name: 'coeliac disease', scope: 'exact' }] }),
        makeEntry({ id: 'medkg:disease:refractory-coeliac-disease', kind: 'Disease', name: 'refractory coeliac disease', source: 'medkg' }),
        makeEntry({ id: 'DRUGBANK:DB01222', kind: 'Drug', name: 'Budesonide', source: 'DrugBank' }),
        makeEntry({ id: 'medkg:drug:corticosteroids', kind: 'Drug', name: 'corticosteroids', source: 'medkg', synonyms: [{ name: 'steroid', scope: 'exact' }] }),
        makeEntry({ id: 'DRUGBANK:DB00250', kind: 'Drug', name: 'Dapsone', source: 'DrugBank' }),
        makeEntry({ id: 'MONDO:0015614', kind: 'Disease', name: 'dermatitis herpetiformis', source: 'MONDO' }),
      ]),
    ),
    { contentHash: 'h' },
  );
  const edges = graph.edges.map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);

  it('gives the purpose to the item\'s drug, not to its class', () => {
    expect(edges).toContain('DRUGBANK:DB01222 TREATS medkg:disease:refractory-coeliac-disease');
    expect(edges).not.toContain('medkg:drug:corticosteroids TREATS medkg:disease:refractory-coeliac-disease');
  });

  it('reads "clears" as treating', () => {
    expect(edges).toContain('DRUGBANK:DB00250 TREATS MONDO:0015614');
  });
});

describe('a note that other products reduce the drug\'s absorption', () => {
  const HYPO = 'MONDO:0005420';
  const graph = relateArticle(
    recogniseArticle(
      segmentText(
        `Hypothyroidism

Drug treatments

  1. Levothyroxine — the standard treatment for hypothyroidism.

(Note: iron tablets, calcium and antacids reduce levothyroxine absorption; take them at least 4 hours apart.)
`,
        'hypothyroidism.txt',
        'Diseases',
      ),
      createLexicon([
        makeEntry({ id: HYPO, kind: 'Disease', name: 'hypothyroidism', source: 'MONDO' }),
        makeEntry({ id: 'DRUGBANK:DB00451', kind: 'Drug', name: 'Levothyroxine', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB01373', kind: 'Drug', name: 'Calcium', source: 'DrugBank' }),
      ]),
    ),
    { contentHash: 'h' },
  );
  const edges = graph.edges.map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);

  it('is an interaction, not a treatment', () => {
    expect(edges).toContain(`DRUGBANK:DB00451 TREATS ${HYPO}`);
    expect(edges).not.toContain(`DRUGBANK:DB01373 TREATS ${HYPO}`);
  });
});

describe('a note on medicines that speed up the breakdown of the treatment', () => {
  const ADDISON = 'MONDO:0015129';
  const graph = relateArticle(
    recogniseArticle(
      segmentText(
        `Addison's Disease

Drug treatments

  1. Hydrocortisone — replaces the missing cortisol.

(Note: rifampicin, phenytoin and carbamazepine speed up the breakdown of hydrocortisone, so the hydrocortisone dose usually has to be raised while they are taken.)
`,
        'addisons-disease.txt',
        'Diseases',
      ),
      createLexicon([
        makeEntry({ id: ADDISON, kind: 'Disease', name: "Addison's disease", source: 'MONDO' }),
        makeEntry({ id: 'DRUGBANK:DB00741', kind: 'Drug', name: 'Hydrocortisone', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB01045', kind: 'Drug', name: 'Rifampicin', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB00252', kind: 'Drug', name: 'Phenytoin', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB00564', kind: 'Drug', name: 'Carbamazepine', source: 'DrugBank' }),
      ]),
    ),
    { contentHash: 'h' },
  );
  const treated = graph.edges.filter((edge) => edge.predicate === 'TREATS').map((edge) => edge.subject);

  it('reads them as interacting with it, not as treatments of the topic', () => {
    expect(treated).toEqual(['DRUGBANK:DB00741']);
  });
});

describe('a treatment section sentence that lists first-line medicines', () => {
  it('treats the topic with each medicine it lists', () => {
    const graph = relateArticle(
      recogniseArticle(
        segmentText(
          'Immune thrombocytopenia (ITP)\n\nDrug treatments\n\nFirst-line medicines are corticosteroids, with intravenous immunoglobulin when a fast rise is needed.\n',
          'immune-thrombocytopenia.txt',
          'Diseases',
        ),
        createLexicon([
          makeEntry({ id: 'MONDO:0002048', kind: 'Disease', name: 'thrombocytopenia due to immune destruction', source: 'MONDO', synonyms: [{ name: 'immune thrombocytopenia', scope: 'exact' }, { name: 'ITP', scope: 'abbreviation' }] }),
          makeEntry({ id: 'medkg:drug:corticosteroids', kind: 'Drug', name: 'corticosteroids', source: 'medkg' }),
          makeEntry({ id: 'medkg:drug:intravenous-immunoglobulin', kind: 'Drug', name: 'intravenous immunoglobulin', source: 'medkg' }),
        ]),
      ),
      { contentHash: 'h' },
    );
    expect(graph.edges.filter((edge) => edge.predicate === 'TREATS').map((edge) => edge.subject)).toContain('medkg:drug:corticosteroids');
  });
});

describe('a card headed by a group label whose points each open with a drug', () => {
  it('makes each such drug a treatment of the topic, as a card head is', () => {
    const graph = relateArticle(
      recogniseArticle(
        segmentText(
          '# Hidradenitis suppurativa (HS)\n\n## Drug treatments\n\n**Drug 7. Hormonal and other tablets**\n- Spironolactone — for women whose HS flares with their periods.\n- Acitretin — a vitamin A tablet for some men with severe HS.\n',
          'hidradenitis-suppurativa.md',
          'Diseases',
        ),
        createLexicon([
          makeEntry({ id: 'MONDO:0006559', kind: 'Disease', name: 'hidradenitis suppurativa', source: 'MONDO', synonyms: [{ name: 'HS', scope: 'abbreviation' }] }),
          makeEntry({ id: 'DRUGBANK:DB00421', kind: 'Drug', name: 'Spironolactone', source: 'DrugBank' }),
          makeEntry({ id: 'DRUGBANK:DB00459', kind: 'Drug', name: 'Acitretin', source: 'DrugBank' }),
        ]),
      ),
      { contentHash: 'h' },
    );
    expect(graph.edges.filter((edge) => edge.predicate === 'TREATS').map((edge) => edge.subject).sort()).toEqual(['DRUGBANK:DB00421', 'DRUGBANK:DB00459']);
  });
});

describe('a surgery item whose line says it is not done routinely', () => {
  it('treats nothing, where an item done only for some still treats the topic', () => {
    const graph = relateArticle(
      recogniseArticle(
        segmentText(
          'Gastrointestinal stromal tumour (GIST)\n\nSurgeries and procedures\n\n  1. Surgical resection — the main treatment for a GIST that has not spread.\n  2. Lymphadenectomy — not done routinely, because GIST seldom spreads to lymph nodes.\n',
          'gastrointestinal-stromal-tumour.txt',
          'Cancer',
        ),
        createLexicon([
          makeEntry({ id: 'MONDO:0011719', kind: 'Disease', name: 'gastrointestinal stromal tumor', source: 'MONDO', synonyms: [{ name: 'gastrointestinal stromal tumour', scope: 'exact' }, { name: 'GIST', scope: 'abbreviation' }] }),
          makeEntry({ id: 'medkg:procedure:surgical-resection', kind: 'Procedure', name: 'surgical resection', source: 'medkg' }),
          makeEntry({ id: 'medkg:procedure:lymphadenectomy', kind: 'Procedure', name: 'lymphadenectomy', source: 'medkg' }),
        ]),
      ),
      { contentHash: 'h' },
    );
    expect(graph.edges.filter((edge) => edge.predicate === 'TREATS').map((edge) => edge.subject)).toEqual(['medkg:procedure:surgical-resection']);
  });
});

describe('a note that some medicines raise the levels of "all these medicines"', () => {
  it('reads them as interacting with the treatments, not as treatments of the topic', () => {
    const graph = relateArticle(
      recogniseArticle(
        segmentText(
          `Gastrointestinal stromal tumour (GIST)

Drug treatments

  1. Imatinib — the first treatment for GIST that has spread.

(Note: strong CYP3A4 inhibitors such as ketoconazole and clarithromycin raise the levels of all these medicines; check every new medicine with your pharmacist.)
`,
          'gastrointestinal-stromal-tumour.txt',
          'Cancer',
        ),
        createLexicon([
          makeEntry({ id: 'MONDO:0011719', kind: 'Disease', name: 'gastrointestinal stromal tumor', source: 'MONDO', synonyms: [{ name: 'gastrointestinal stromal tumour', scope: 'exact' }, { name: 'GIST', scope: 'abbreviation' }] }),
          makeEntry({ id: 'DRUGBANK:DB00619', kind: 'Drug', name: 'Imatinib', source: 'DrugBank' }),
          makeEntry({ id: 'DRUGBANK:DB01026', kind: 'Drug', name: 'Ketoconazole', source: 'DrugBank' }),
          makeEntry({ id: 'DRUGBANK:DB01211', kind: 'Drug', name: 'Clarithromycin', source: 'DrugBank' }),
        ]),
      ),
      { contentHash: 'h' },
    );
    expect(graph.edges.filter((edge) => edge.predicate === 'TREATS').map((edge) => edge.subject)).toEqual(['DRUGBANK:DB00619']);
  });
});

describe('a Purpose line that gives a use and says only survival is unproven', () => {
  it('treats the topic, where a Purpose that says the drug has not been shown to help denies it', () => {
    const treats = (purpose: string): string[] =>
      relateArticle(
        recogniseArticle(
          segmentText(`Glioblastoma\n\nDrug treatments\n\nDrug 3. Bevacizumab (AVASTIN®)\n• Purpose: ${purpose}\n• Side effects: proteinuria.\n`, 'glioblastoma.txt', 'Cancer'),
          createLexicon([
            makeEntry({ id: 'MONDO:0018177', kind: 'Disease', name: 'glioblastoma', source: 'MONDO' }),
            makeEntry({ id: 'DRUGBANK:DB00112', kind: 'Drug', name: 'Bevacizumab', source: 'DrugBank' }),
          ]),
        ),
        { contentHash: 'h' },
      ).edges.filter((edge) => edge.predicate === 'TREATS').map((edge) => edge.object);
    expect(treats('given every 2 weeks for glioblastoma that comes back; it delays growth, but it has not been shown to help people live longer.')).toEqual(['MONDO:0018177']);
    expect(treats('once tried for glioblastoma; it has not been shown to help and is not recommended.')).toEqual([]);
  });
});

describe('a note that some medicines are avoided because of what they do to another', () => {
  it('contraindicates the medicines avoided, not the one the reason names', () => {
    const graph = relateArticle(
      recogniseArticle(
        segmentText(
          `Glioblastoma

Drug treatments

  1. Dexamethasone — reduces swelling around the tumour.

(Note: phenytoin and carbamazepine are avoided where possible, because they speed up the breakdown of dexamethasone and some chemotherapy medicines.)
`,
          'glioblastoma.txt',
          'Cancer',
        ),
        createLexicon([
          makeEntry({ id: 'MONDO:0018177', kind: 'Disease', name: 'glioblastoma', source: 'MONDO' }),
          makeEntry({ id: 'DRUGBANK:DB01234', kind: 'Drug', name: 'Dexamethasone', source: 'DrugBank' }),
          makeEntry({ id: 'DRUGBANK:DB00252', kind: 'Drug', name: 'Phenytoin', source: 'DrugBank' }),
          makeEntry({ id: 'DRUGBANK:DB00564', kind: 'Drug', name: 'Carbamazepine', source: 'DrugBank' }),
        ]),
      ),
      { contentHash: 'h' },
    );
    const avoided = graph.edges.filter((edge) => edge.predicate === 'CONTRAINDICATED_IN').map((edge) => edge.subject).sort();
    expect(avoided).toEqual(['DRUGBANK:DB00252', 'DRUGBANK:DB00564']);
  });
});

describe('a Purpose line that calls several medicines together "the treatment of" a condition', () => {
  const graph = relateArticle(
    recogniseArticle(
      segmentText(
        `Addison's Disease

Drug treatments

Drug 4. Emergency treatment
• Purpose: 100 mg of hydrocortisone by injection into a muscle, followed by intravenous sodium chloride with glucose, is the treatment of adrenal crisis.
`,
        'addisons-disease.txt',
        'Diseases',
      ),
      createLexicon([
        makeEntry({ id: 'MONDO:0015129', kind: 'Disease', name: "Addison's disease", source: 'MONDO' }),
        makeEntry({ id: 'MONDO:0019801', kind: 'Disease', name: 'acute adrenal insufficiency', source: 'MONDO', synonyms: [{ name: 'adrenal crisis', scope: 'exact' }] }),
        makeEntry({ id: 'DRUGBANK:DB00741', kind: 'Drug', name: 'Hydrocortisone', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB09153', kind: 'Drug', name: 'Sodium chloride', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB09341', kind: 'Drug', name: 'Dextrose, unspecified form', source: 'DrugBank', synonyms: [{ name: 'glucose', scope: 'exact' }] }),
      ]),
    ),
    { contentHash: 'h' },
  );

  it('gives every medicine the clause names before it that treatment', () => {
    const treating = graph.edges.filter((edge) => edge.predicate === 'TREATS' && edge.object === 'MONDO:0019801').map((edge) => edge.subject);
    expect(treating.sort()).toEqual(['DRUGBANK:DB00741', 'DRUGBANK:DB09153', 'DRUGBANK:DB09341']);
  });
});

describe('a Purpose line that names what the drug acts on and the form it is used in', () => {
  const HA = 'MONDO:0010602';
  const graph = relateArticle(
    recogniseArticle(
      segmentText(
        `Haemophilia A

Types

  1. Mild haemophilia A — 5 to 40% of normal factor VIII.

Medicines

Drug 1. Desmopressin (DDAVP®)
• Purpose: releases the body's own stored factor VIII in mild haemophilia A, before dental work.
`,
        'haemophilia-a.txt',
        'Diseases',
      ),
      createLexicon([
        makeEntry({ id: HA, kind: 'Disease', name: 'hemophilia A', source: 'MONDO', synonyms: [{ name: 'haemophilia A', scope: 'exact' }] }),
        makeEntry({ id: 'MONDO:0015721', kind: 'Disease', name: 'mild hemophilia A', source: 'MONDO', synonyms: [{ name: 'mild haemophilia A', scope: 'exact' }] }),
        makeEntry({ id: 'DRUGBANK:DB00035', kind: 'Drug', name: 'Desmopressin', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB14473', kind: 'Drug', name: 'Beroctocog alfa', source: 'DrugBank', synonyms: [{ name: 'factor VIII', scope: 'exact' }] }),
      ]),
    ),
    { contentHash: 'h' },
  );
  const edges = graph.edges.map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);

  it("gives the item's drug the form it is used in, not the substance it releases", () => {
    expect(edges).toContain('DRUGBANK:DB00035 TREATS MONDO:0015721');
    expect(edges).not.toContain('DRUGBANK:DB14473 TREATS MONDO:0015721');
  });
});

describe('a procedure in a surgery section done to find out', () => {
  const BC = 'MONDO:0007254';
  const graph = relateArticle(
    recogniseArticle(
      segmentText(
        `Breast Cancer

Surgery

  1. Lumpectomy — removes the cancer with a margin of healthy tissue.

  2. Sentinel lymph node biopsy — removes the first few lymph nodes to check for spread.
`,
        'breast-cancer.txt',
        'Cancer',
      ),
      createLexicon([
        makeEntry({ id: BC, kind: 'Disease', name: 'breast cancer', source: 'MONDO' }),
        makeEntry({ id: 'medkg:procedure:lumpectomy', kind: 'Procedure', name: 'lumpectomy', source: 'medkg' }),
        makeEntry({ id: 'medkg:procedure:sentinel-lymph-node-biopsy', kind: 'Procedure', name: 'sentinel lymph node biopsy', source: 'medkg' }),
      ]),
    ),
    { contentHash: 'h' },
  );
  const edges = graph.edges.map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);

  it('diagnoses rather than treats', () => {
    expect(edges).toContain(`medkg:procedure:sentinel-lymph-node-biopsy DIAGNOSES ${BC}`);
    expect(edges).not.toContain(`medkg:procedure:sentinel-lymph-node-biopsy TREATS ${BC}`);
    expect(edges).toContain(`medkg:procedure:lumpectomy TREATS ${BC}`);
  });
});

describe('a test that a side-effects line says is used to monitor', () => {
  const BC = 'MONDO:0007254';
  const graph = relateArticle(
    recogniseArticle(
      segmentText(
        `Breast Cancer

Medicines

Drug 1. Trastuzumab (HERCEPTIN®)
• Purpose: treats HER2-positive breast cancer.
• Side effects: heart failure and infusion reactions; an echocardiogram is used to monitor the heart every 3 months during trastuzumab.
`,
        'breast-cancer.txt',
        'Cancer',
      ),
      createLexicon([
        makeEntry({ id: BC, kind: 'Disease', name: 'breast cancer', source: 'MONDO' }),
        makeEntry({ id: 'DRUGBANK:DB00072', kind: 'Drug', name: 'Trastuzumab', source: 'DrugBank' }),
        makeEntry({ id: 'medkg:test:echocardiogram', kind: 'Test', name: 'echocardiogram', source: 'medkg' }),
      ]),
    ),
    { contentHash: 'h' },
  );
  const edges = graph.edges.map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);

  it('monitors the item\'s drug', () => {
    expect(edges).toContain('medkg:test:echocardiogram MONITORS DRUGBANK:DB00072');
  });
});

describe('a prose list of treatment options', () => {
  const DM = 'DOID:10223';
  const graph = relateArticle(
    recogniseArticle(
      segmentText(
        `Dermatomyositis

What are the treatments for Dermatomyositis?

There is no cure, but the symptoms can be treated. Options include medication, physiotherapy, orthotics and rest. Sunscreen protects the skin.
`,
        'dermatomyositis.txt',
        'Diseases',
      ),
      createLexicon([
        makeEntry({ id: DM, kind: 'Disease', name: 'dermatomyositis', source: 'DO' }),
        makeEntry({ id: 'medkg:procedure:physiotherapy', kind: 'Procedure', name: 'physiotherapy', source: 'medkg' }),
        makeEntry({ id: 'medkg:procedure:orthotics', kind: 'Procedure', name: 'orthotics', source: 'medkg' }),
      ]),
    ),
    { contentHash: 'h' },
  );
  const edges = graph.edges.map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);

  it('treats the topic with every option listed', () => {
    expect(edges).toContain(`medkg:procedure:physiotherapy TREATS ${DM}`);
    expect(edges).toContain(`medkg:procedure:orthotics TREATS ${DM}`);
  });
});

describe('a treatment note about another aim and a substance a medicine raises', () => {
  const GOUT = 'DOID:13189';
  const graph = relateArticle(
    recogniseArticle(
      segmentText(
        `Gout

Drug treatments

Thiazide diuretics such as hydrochlorothiazide also raise uric acid and are generally avoided in people with gout; losartan is a better choice for their blood pressure.
`,
        'gout.txt',
        'Diseases',
      ),
      createLexicon([
        makeEntry({ id: GOUT, kind: 'Disease', name: 'gout', source: 'DO' }),
        makeEntry({ id: 'DRUGBANK:DB00999', kind: 'Drug', name: 'Hydrochlorothiazide', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB08844', kind: 'Drug', name: 'Uric acid', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB00678', kind: 'Drug', name: 'Losartan', source: 'DrugBank' }),
        makeEntry({ id: 'SYMP:0020063', kind: 'Phenotype', name: 'blood pressure', source: 'SYMP' }),
      ]),
    ),
    { contentHash: 'h' },
  );
  const edges = graph.edges.map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);

  it('makes no medicine of the substance raised, and no treatment of the topic of what is aimed elsewhere', () => {
    expect(edges).toContain(`DRUGBANK:DB00999 CONTRAINDICATED_IN ${GOUT}`);
    expect(edges.filter((edge) => edge.startsWith('DRUGBANK:DB08844') || edge.startsWith('DRUGBANK:DB00678'))).toEqual([]);
    expect(graph.nodes.map((node) => node.id)).not.toContain('SYMP:0020063');
  });
});

describe('a group of people named by something that is no entity', () => {
  const HA = 'MONDO:0010602';
  const relationsOf = (note: string): string[] =>
    relateArticle(
      recogniseArticle(
        segmentText(`Haemophilia A\n\nMedicines\n\n${note}\n`, 'haemophilia-a.txt', 'Diseases'),
        createLexicon([
          makeEntry({ id: HA, kind: 'Disease', name: 'hemophilia A', source: 'MONDO', synonyms: [{ name: 'haemophilia A', scope: 'exact' }] }),
          makeEntry({ id: 'DRUGBANK:DB00036', kind: 'Drug', name: 'recombinant factor VIIa', source: 'DrugBank' }),
        ]),
      ),
      { contentHash: 'h' },
    ).edges.filter((edge) => edge.predicate === 'TREATS').map((edge) => `${edge.subject} ${edge.object}`);

  it('gives the topic no treatment from "people with <it> are treated with"', () => {
    expect(relationsOf('(Note: people with inhibitors are treated with recombinant factor VIIa.)')).toEqual([]);
    expect(relationsOf('People with haemophilia A are sometimes treated with recombinant factor VIIa.')).toEqual([`DRUGBANK:DB00036 ${HA}`]);
  });
});

describe('a side-effects list with descriptions named by bracketed terms', () => {
  const text = `Colorectal cancer

Medicines

Drug 1. Oxaliplatin
• Side effects: numbness and tingling of the hands and feet (peripheral neuropathy), made worse by cold.

Drug 2. Prednisolone
• Side effects: weight gain, high blood sugar (hyperglycaemia) and thinning bones with long use.

Drug 3. Cetuximab
• Side effects: an acne-like rash on the face.
`;
  const recognised = recogniseArticle(
    segmentText(text, 'colorectal-cancer.txt', 'Cancer'),
    createLexicon([
      makeEntry({ id: 'MONDO:0005575', kind: 'Disease', name: 'colorectal cancer', source: 'MONDO' }),
      makeEntry({ id: 'DRUGBANK:DB00526', kind: 'Drug', name: 'Oxaliplatin', source: 'DrugBank' }),
      makeEntry({ id: 'DRUGBANK:DB00860', kind: 'Drug', name: 'Prednisolone', source: 'DrugBank' }),
      makeEntry({ id: 'DRUGBANK:DB00002', kind: 'Drug', name: 'Cetuximab', source: 'DrugBank' }),
      makeEntry({ id: 'HP:0009830', kind: 'Phenotype', name: 'Peripheral neuropathy', source: 'HPO' }),
      makeEntry({ id: 'HP:0003074', kind: 'Phenotype', name: 'Hyperglycemia', source: 'HPO', synonyms: [{ name: 'hyperglycaemia', scope: 'exact' }] }),
      makeEntry({ id: 'HP:0001061', kind: 'Phenotype', name: 'Acne', source: 'HPO' }),
    ]),
  );
  const phenotypes = recognised.mentions.filter((mention) => mention.kind === 'Phenotype').map((mention) => mention.text);

  it('reads a described finding as its bracketed term, and what follows the bracket as a list again', () => {
    expect(phenotypes).toEqual(expect.arrayContaining(['peripheral neuropathy', 'hyperglycaemia', 'thinning bones']));
    expect(phenotypes.filter((text) => /^(?:numbness|tingling|made worse)/u.test(text))).toEqual([]);
  });

  it('makes no acne of an acne-like rash', () => {
    expect(phenotypes).not.toContain('acne');
  });
});

describe('a note on the people who take a medicine', () => {
  it('makes no treatment of the medicine they take', () => {
    const graph = relateText(
      'Rheumatoid arthritis\n\nMedicines\n\n(Note: people on long-term prednisolone are offered alendronic acid to prevent osteoporosis.)\n',
      'rheumatoid-arthritis.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0008383', kind: 'Disease', name: 'rheumatoid arthritis', source: 'MONDO' }),
        makeEntry({ id: 'DRUGBANK:DB00860', kind: 'Drug', name: 'Prednisolone', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB00630', kind: 'Drug', name: 'Alendronic acid', source: 'DrugBank' }),
        makeEntry({ id: 'HP:0000939', kind: 'Phenotype', name: 'Osteoporosis', source: 'HPO' }),
      ],
    );
    const treats = graph.edges.filter((edge) => edge.predicate === 'TREATS').map((edge) => `${edge.subject} ${edge.object}`);
    expect(treats).toEqual(['DRUGBANK:DB00630 HP:0000939']);
  });
});

describe('tests a side-effects line says are done before each dose', () => {
  it('monitor the drug and are no side effects', () => {
    const graph = relateText(
      'Spinal muscular atrophy\n\nMedicines\n\nDrug 1. Nusinersen (SPINRAZA)\n• Side effects: headache and low platelets (thrombocytopenia), so a platelet count and a urine protein test are done before each dose.\n',
      'spinal-muscular-atrophy.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0001516', kind: 'Disease', name: 'spinal muscular atrophy', source: 'MONDO' }),
        makeEntry({ id: 'DRUGBANK:DB13161', kind: 'Drug', name: 'Nusinersen', source: 'DrugBank' }),
        makeEntry({ id: 'HP:0001873', kind: 'Phenotype', name: 'Thrombocytopenia', source: 'HPO' }),
        makeEntry({ id: 'LOINC:777-3', kind: 'Test', name: 'platelet count', source: 'LOINC' }),
        makeEntry({ id: 'medkg:test:urine-protein-test', kind: 'Test', name: 'urine protein test', source: 'medkg' }),
      ],
    );
    const edges = graph.edges.map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);
    expect(edges).toEqual(expect.arrayContaining(['LOINC:777-3 MONITORS DRUGBANK:DB13161', 'medkg:test:urine-protein-test MONITORS DRUGBANK:DB13161', 'DRUGBANK:DB13161 HAS_ADVERSE_EFFECT HP:0001873']));
    expect(edges.filter((edge) => edge.includes('HAS_ADVERSE_EFFECT medkg:'))).toEqual([]);
  });
});

describe('"Drug N." items that list several drugs', () => {
  const entries = [
    makeEntry({ id: 'MONDO:0008315', kind: 'Disease', name: 'prostate cancer', source: 'MONDO' }),
    makeEntry({ id: 'DRUGBANK:DB00014', kind: 'Drug', name: 'Goserelin', source: 'DrugBank' }),
    makeEntry({ id: 'DRUGBANK:DB00007', kind: 'Drug', name: 'Leuprolide', source: 'DrugBank', synonyms: [{ name: 'leuprorelin', scope: 'exact' }] }),
    makeEntry({ id: 'DRUGBANK:DB08899', kind: 'Drug', name: 'Enzalutamide', source: 'DrugBank' }),
    makeEntry({ id: 'DRUGBANK:DB11901', kind: 'Drug', name: 'Apalutamide', source: 'DrugBank' }),
    makeEntry({ id: 'DRUGBANK:DB12941', kind: 'Drug', name: 'Darolutamide', source: 'DrugBank' }),
    makeEntry({ id: 'HP:0012378', kind: 'Phenotype', name: 'Fatigue', source: 'HPO', synonyms: [{ name: 'tiredness', scope: 'exact' }] }),
    makeEntry({ id: 'HP:0001250', kind: 'Phenotype', name: 'Seizures', source: 'HPO' }),
  ];
  const graph = relateText(
    `Prostate cancer

Drug treatments

Drug 1. LHRH agonists — goserelin (ZOLADEX), leuprorelin (LUPRON DEPOT)
• Purpose: injections that switch off testosterone production.

Drug 2. Enzalutamide (XTANDI), apalutamide (ERLEADA) and darolutamide (NUBEQA)Androgen receptor inhibitors
• Purpose: used in advanced cancer.
• Side effects: tiredness, and rarely seizures with enzalutamide.
`,
    'prostate-cancer.txt',
    'Cancer',
    entries,
  );
  const edges = graph.edges.map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);

  it('treats the topic with each member a class head lists after its dash', () => {
    expect(edges).toContain('DRUGBANK:DB00014 TREATS MONDO:0008315');
    expect(edges).toContain('DRUGBANK:DB00007 TREATS MONDO:0008315');
  });

  it('gives the side effects of a head listing several drugs to each of them', () => {
    for (const drug of ['DRUGBANK:DB08899', 'DRUGBANK:DB11901', 'DRUGBANK:DB12941']) expect(edges).toContain(`${drug} HAS_ADVERSE_EFFECT HP:0012378`);
  });

  it('names a finding without its frequency word', () => {
    const names = graph.nodes.map((node) => node.name.toLowerCase());
    expect(names.filter((name) => name.startsWith('rarely'))).toEqual([]);
  });
});

describe('a treatment item that notes other medicines need a lower dose', () => {
  it('makes no treatment of the medicines it names', () => {
    const edges = relateText(
      'Chronic kidney disease\n\nNon-pharmacological treatments\n\n  1. Medicine review — many medicines, including metformin and gabapentin, need a lower dose as the eGFR falls.\n  2. Statins: for example atorvastatin, taken once a day.\n',
      'chronic-kidney-disease.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0005300', kind: 'Disease', name: 'chronic kidney disease', source: 'MONDO' }),
        makeEntry({ id: 'DRUGBANK:DB00331', kind: 'Drug', name: 'Metformin', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB00996', kind: 'Drug', name: 'Gabapentin', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB01076', kind: 'Drug', name: 'Atorvastatin', source: 'DrugBank' }),
      ],
    ).edges.map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);
    expect(edges.filter((edge) => edge.startsWith('DRUGBANK:DB00331') || edge.startsWith('DRUGBANK:DB00996'))).toEqual([]);
    expect(edges).toContain('DRUGBANK:DB01076 TREATS MONDO:0005300');
  });
});

describe('a Purpose line that says who takes the drug or why it is chosen', () => {
  const entries = [
    makeEntry({ id: 'MONDO:0005300', kind: 'Disease', name: 'chronic kidney disease', source: 'MONDO', synonyms: [{ name: 'CKD', scope: 'abbreviation' }] }),
    makeEntry({ id: 'MONDO:0005148', kind: 'Disease', name: 'type 2 diabetes mellitus', source: 'MONDO', synonyms: [{ name: 'type 2 diabetes', scope: 'exact' }] }),
    makeEntry({ id: 'HP:0012735', kind: 'Phenotype', name: 'Cough', source: 'HPO' }),
    makeEntry({ id: 'DRUGBANK:DB16165', kind: 'Drug', name: 'Finerenone', source: 'DrugBank' }),
    makeEntry({ id: 'DRUGBANK:DB00678', kind: 'Drug', name: 'Losartan', source: 'DrugBank' }),
    makeEntry({ id: 'MONDO:0003304', kind: 'Disease', name: 'plexiform neurofibroma', source: 'MONDO' }),
    makeEntry({ id: 'DRUGBANK:DB11689', kind: 'Drug', name: 'Selumetinib', source: 'DrugBank' }),
  ];
  const edges = relateText(
    `Chronic kidney disease (CKD)

Drug treatments

Drug 1. Finerenone (KERENDIA)
• Purpose: for CKD with type 2 diabetes and albumin in the urine.

Drug 2. Losartan (COZAAR)
• Purpose: used to slow CKD, for example when an ACE inhibitor causes cough.

Drug 3. Selumetinib (KOSELUGO)
• Purpose: approved for adults and children with plexiform neurofibromas that cause symptoms.
`,
    'chronic-kidney-disease.txt',
    'Diseases',
    entries,
  ).edges.map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);

  it('treats the aim, not the condition of who takes it', () => {
    expect(edges).toContain('DRUGBANK:DB16165 TREATS MONDO:0005300');
    expect(edges).not.toContain('DRUGBANK:DB16165 TREATS MONDO:0005148');
  });

  it('treats nothing a reason for choosing it names', () => {
    expect(edges).not.toContain('DRUGBANK:DB00678 TREATS HP:0012735');
  });

  it('keeps a condition named after "for people with" as the aim', () => {
    expect(edges).toContain('DRUGBANK:DB11689 TREATS MONDO:0003304');
  });
});

describe('a level named by its direction alone ("high phosphate")', () => {
  it('is the finding the vocabulary names for it, which the drug treats', () => {
    const edges = relateText(
      'Chronic kidney disease\n\nDrug treatments\n\nDrug 1. Sevelamer (RENVELA)\n• Purpose: taken with meals to treat high phosphate.\n',
      'chronic-kidney-disease.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0005300', kind: 'Disease', name: 'chronic kidney disease', source: 'MONDO' }),
        makeEntry({ id: 'DRUGBANK:DB00658', kind: 'Drug', name: 'Sevelamer', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB14523', kind: 'Drug', name: 'Phosphate ion', source: 'DrugBank', synonyms: [{ name: 'phosphate', scope: 'exact' }] }),
        makeEntry({ id: 'HP:0002905', kind: 'Phenotype', name: 'Hyperphosphatemia', source: 'HPO', synonyms: [{ name: 'High blood phosphate levels', scope: 'layperson' }] }),
      ],
    ).edges.map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);
    expect(edges).toContain('DRUGBANK:DB00658 TREATS HP:0002905');
    expect(edges.filter((edge) => edge.startsWith('DRUGBANK:DB14523'))).toEqual([]);
  });
});

describe('a Purpose line that treats a complication "of" the topic', () => {
  it('aims at the complication, not the topic', () => {
    const edges = relateText(
      'Chronic kidney disease (CKD)\n\nDrug treatments\n\nDrug 1. Darbepoetin alfa (ARANESP)\n• Purpose: injections that treat the anaemia of CKD once iron stores are full.\n',
      'chronic-kidney-disease.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0005300', kind: 'Disease', name: 'chronic kidney disease', source: 'MONDO', synonyms: [{ name: 'CKD', scope: 'abbreviation' }] }),
        makeEntry({ id: 'DRUGBANK:DB00012', kind: 'Drug', name: 'Darbepoetin alfa', source: 'DrugBank' }),
        makeEntry({ id: 'HP:0001903', kind: 'Phenotype', name: 'Anemia', source: 'HPO', synonyms: [{ name: 'anaemia', scope: 'exact' }] }),
      ],
    ).edges.map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);
    expect(edges).toContain('DRUGBANK:DB00012 TREATS HP:0001903');
    expect(edges).not.toContain('DRUGBANK:DB00012 TREATS MONDO:0005300');
  });
});

describe("a Purpose line that aims at another disease's heartburn", () => {
  const relate = (text: string) =>
    relateText(text, 'idiopathic-pulmonary-fibrosis.txt', 'Diseases', [
      makeEntry({ id: 'MONDO:0800504', kind: 'Disease', name: 'idiopathic pulmonary fibrosis', source: 'MONDO', synonyms: [{ name: 'IPF', scope: 'abbreviation' }] }),
      makeEntry({ id: 'MONDO:0007186', kind: 'Disease', name: 'gastroesophageal reflux disease', source: 'MONDO', synonyms: [{ name: 'gastro-oesophageal reflux disease', scope: 'exact' }, { name: 'GORD', scope: 'abbreviation' }] }),
      makeEntry({ id: 'MONDO:0005149', kind: 'Disease', name: 'pulmonary hypertension', source: 'MONDO' }),
      makeEntry({ id: 'DRUGBANK:DB04951', kind: 'Drug', name: 'Pirfenidone', source: 'DrugBank' }),
      makeEntry({ id: 'DRUGBANK:DB00338', kind: 'Drug', name: 'Omeprazole', source: 'DrugBank' }),
      makeEntry({ id: 'DRUGBANK:DB00203', kind: 'Drug', name: 'Sildenafil', source: 'DrugBank' }),
    ]).edges.filter((edge) => edge.predicate === 'TREATS').map((edge) => `${edge.subject} ${edge.object}`);

  it('treats that disease, not the topic', () => {
    const edges = relate(
      'Idiopathic pulmonary fibrosis (IPF)\n\nDrug treatments\n\nDrug 1. Pirfenidone (ESBRIET)\n• Purpose: slows the decline in lung function in IPF.\n\nDrug 2. Omeprazole (LOSEC)\n• Purpose: treats heartburn from gastro-oesophageal reflux disease (GORD).\n',
    );
    expect(edges).toContain('DRUGBANK:DB04951 MONDO:0800504');
    expect(edges).toContain('DRUGBANK:DB00338 MONDO:0007186');
    expect(edges).not.toContain('DRUGBANK:DB00338 MONDO:0800504');
  });

  it('still treats the topic when the disease is one of its complications', () => {
    const edges = relate(
      'Idiopathic pulmonary fibrosis (IPF)\n\nComplications\n\n  1. Pulmonary hypertension — high blood pressure in the lung arteries.\n\nDrug treatments\n\nDrug 1. Sildenafil\n• Purpose: treats pulmonary hypertension.\n',
    );
    expect(edges).toContain('DRUGBANK:DB00203 MONDO:0800504');
  });
});

describe('a Cautions line with a pair not to combine, a later clause on who must avoid the drug, and a device in who', () => {
  const contraindications = (line: string) =>
    relateText(`Idiopathic pulmonary fibrosis (IPF)\n\nDrug treatments\n\nDrug 1. Pirfenidone (ESBRIET)\n• Purpose: slows the decline in lung function in IPF.\n• Cautions: ${line}\n`, 'idiopathic-pulmonary-fibrosis.txt', 'Diseases', [
      makeEntry({ id: 'MONDO:0800504', kind: 'Disease', name: 'idiopathic pulmonary fibrosis', source: 'MONDO', synonyms: [{ name: 'IPF', scope: 'abbreviation' }] }),
      makeEntry({ id: 'MONDO:0005154', kind: 'Disease', name: 'liver disorder', source: 'MONDO', synonyms: [{ name: 'liver disease', scope: 'exact' }] }),
      makeEntry({ id: 'HP:0012722', kind: 'Phenotype', name: 'Heart block', source: 'HPO' }),
      makeEntry({ id: 'DRUGBANK:DB04951', kind: 'Drug', name: 'Pirfenidone', source: 'DrugBank' }),
      makeEntry({ id: 'DRUGBANK:DB00176', kind: 'Drug', name: 'Fluvoxamine', source: 'DrugBank' }),
      makeEntry({ id: 'medkg:procedure:pacemaker-implantation', kind: 'Procedure', name: 'pacemaker implantation', source: 'medkg-seed', synonyms: [{ name: 'pacemaker', scope: 'exact' }] }),
    ])
      .edges.filter((edge) => edge.predicate === 'CONTRAINDICATED_IN')
      .map((edge) => `${edge.subject} ${edge.object}`)
      .sort();

  it('contraindicates the drug in the condition the later clause names, and nothing in the topic', () => {
    expect(contraindications('fluvoxamine raises pirfenidone levels and should not be taken with it; pirfenidone is not recommended in severe liver disease.')).toEqual(['DRUGBANK:DB04951 MONDO:0005154']);
  });

  it('gives a device named in who must avoid the drug no contraindication', () => {
    expect(contraindications('pirfenidone should not be used in people with heart block who do not have a pacemaker.')).toEqual(['DRUGBANK:DB04951 HP:0012722']);
  });
});

describe("an item's line that says a condition is treated with another drug", () => {
  it('treats that condition with it, and takes no class of binders for the substance', () => {
    const edges = relateText(
      'Chronic kidney disease\n\nDrug treatments\n\nDrug 1. Sevelamer (RENVELA)\n• Purpose: taken with meals.\n• Sevelamer does not lower potassium; high potassium is treated with potassium binders such as patiromer (VELTASSA).\n',
      'chronic-kidney-disease.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0005300', kind: 'Disease', name: 'chronic kidney disease', source: 'MONDO' }),
        makeEntry({ id: 'DRUGBANK:DB00658', kind: 'Drug', name: 'Sevelamer', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB09263', kind: 'Drug', name: 'Patiromer', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB14500', kind: 'Drug', name: 'Potassium', source: 'DrugBank' }),
        makeEntry({ id: 'HP:0002153', kind: 'Phenotype', name: 'Hyperkalemia', source: 'HPO', synonyms: [{ name: 'high potassium', scope: 'exact' }] }),
      ],
    ).edges.map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);
    expect(edges).toContain('DRUGBANK:DB09263 TREATS HP:0002153');
    expect(edges.filter((edge) => edge.startsWith('DRUGBANK:DB14500'))).toEqual([]);
  });
});

describe('a monitoring line of a two-drug item that names the dosed drug', () => {
  it('monitors that drug only', () => {
    const edges = relateText(
      'Prostate cancer\n\nDrug treatments\n\nDrug 1. Radium-223 (XOFIGO) and lutetium-177 (PLUVICTO)\n• Purpose: treat cancer that has spread to bone.\n• Monitoring: a platelet count before each dose of lutetium-177.\n',
      'prostate-cancer.txt',
      'Cancer',
      [
        makeEntry({ id: 'MONDO:0008315', kind: 'Disease', name: 'prostate cancer', source: 'MONDO' }),
        makeEntry({ id: 'DRUGBANK:DB12813', kind: 'Drug', name: 'Radium Ra-223', source: 'DrugBank', synonyms: [{ name: 'radium-223', scope: 'exact' }] }),
        makeEntry({ id: 'DRUGBANK:DB13982', kind: 'Drug', name: 'Lutetium Lu-177', source: 'DrugBank', synonyms: [{ name: 'lutetium-177', scope: 'exact' }] }),
        makeEntry({ id: 'LOINC:777-3', kind: 'Test', name: 'platelet count', source: 'LOINC' }),
      ],
    ).edges.map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);
    expect(edges.filter((edge) => edge.includes('MONITORS'))).toEqual(['LOINC:777-3 MONITORS DRUGBANK:DB13982']);
  });
});

describe('a note that names what a second drug corrects', () => {
  it('treats that condition, not the topic', () => {
    const edges = relateText(
      'Chronic kidney disease\n\nDrug treatments\n\n(Note: statins are advised for most adults with CKD, and sodium bicarbonate tablets correct metabolic acidosis.)\n',
      'chronic-kidney-disease.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0005300', kind: 'Disease', name: 'chronic kidney disease', source: 'MONDO', synonyms: [{ name: 'CKD', scope: 'abbreviation' }] }),
        makeEntry({ id: 'DRUGBANK:DB01390', kind: 'Drug', name: 'Sodium bicarbonate', source: 'DrugBank' }),
        makeEntry({ id: 'HP:0001942', kind: 'Phenotype', name: 'Metabolic acidosis', source: 'HPO' }),
      ],
    ).edges.map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);
    expect(edges).toContain('DRUGBANK:DB01390 TREATS HP:0001942');
    expect(edges).not.toContain('DRUGBANK:DB01390 TREATS MONDO:0005300');
  });
});

describe('a side effect described by the places it affects, then named in brackets', () => {
  it('is the bracketed term only, with no local finding for the description', () => {
    const graph = relateText(
      'Chronic kidney disease\n\nDrug treatments\n\nDrug 1. Ramipril (ALTACE)\n• Purpose: slows CKD.\n• Side effects: dizziness and, rarely, swelling of the lips, tongue or face (angioedema).\n',
      'chronic-kidney-disease.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0005300', kind: 'Disease', name: 'chronic kidney disease', source: 'MONDO', synonyms: [{ name: 'CKD', scope: 'abbreviation' }] }),
        makeEntry({ id: 'DRUGBANK:DB00178', kind: 'Drug', name: 'Ramipril', source: 'DrugBank' }),
        makeEntry({ id: 'HP:0100665', kind: 'Phenotype', name: 'Angioedema', source: 'HPO' }),
        makeEntry({ id: 'HP:0000969', kind: 'Phenotype', name: 'Edema', source: 'HPO', synonyms: [{ name: 'swelling', scope: 'exact' }] }),
      ],
    );
    const effects = graph.edges.filter((edge) => edge.predicate === 'HAS_ADVERSE_EFFECT').map((edge) => graph.nodes.find((node) => node.id === edge.object)?.name);
    expect(effects).toContain('Angioedema');
    expect(effects.filter((name) => name === 'Edema' || /^swelling/iu.test(name ?? ''))).toEqual([]);
  });
});

describe('a head listing two procedures, then what they are for', () => {
  it('splits them, and each treats the condition the line names', () => {
    const graph = relateText(
      'Osteogenesis Imperfecta\n\nSurgeries and procedures\n\n  1. Stapes surgery or a cochlear implant — for hearing loss in adults.\n\n  2. Emergency surgery or endovascular repair — for a bleeding artery.\n',
      'osteogenesis-imperfecta.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0019019', kind: 'Disease', name: 'osteogenesis imperfecta', source: 'MONDO' }),
        makeEntry({ id: 'HP:0000365', kind: 'Phenotype', name: 'Hearing impairment', source: 'HPO', synonyms: [{ name: 'hearing loss', scope: 'exact' }] }),
      ],
    );
    const name = (id: string) => graph.nodes.find((node) => node.id === id)?.name.toLowerCase();
    const treats = graph.edges.filter((edge) => edge.predicate === 'TREATS').map((edge) => `${name(edge.subject)} > ${name(edge.object)}`);
    expect(treats).toEqual(expect.arrayContaining(['stapes surgery > hearing impairment', 'cochlear implant > hearing impairment']));
    expect(graph.nodes.filter((node) => node.kind === 'Procedure').map((node) => node.name.toLowerCase()).sort()).toEqual(['cochlear implant', 'emergency surgery', 'endovascular repair', 'stapes surgery']);
  });
});

describe('a condition that names the medicines for it', () => {
  it('is no condition the drug is kept from', () => {
    const graph = relateText(
      'Omeprazole\n\nPrecautions\n\nIt should not be taken together with the HIV medicine rilpivirine. It should not be taken by people with liver failure.\n',
      'omeprazole.txt',
      'Drugs',
      [
        makeEntry({ id: 'DRUGBANK:DB00338', kind: 'Drug', name: 'Omeprazole', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB08864', kind: 'Drug', name: 'Rilpivirine', source: 'DrugBank' }),
        makeEntry({ id: 'MONDO:0005109', kind: 'Disease', name: 'HIV infectious disease', source: 'MONDO', synonyms: [{ name: 'HIV', scope: 'exact' }] }),
        makeEntry({ id: 'HP:0001399', kind: 'Phenotype', name: 'Hepatic failure', source: 'HPO', synonyms: [{ name: 'liver failure', scope: 'exact' }] }),
      ],
    );
    const objects = graph.edges.filter((edge) => edge.predicate === 'CONTRAINDICATED_IN').map((edge) => edge.object);
    expect(objects).not.toContain('MONDO:0005109');
    expect(objects).toContain('HP:0001399');
  });
});

describe('a Purpose line that dries up a sign', () => {
  it('treats that sign', () => {
    const graph = relateText(
      'Amyotrophic lateral sclerosis\n\nMedicines\n\nDrug 5. Glycopyrronium (ROBINUL)\n• Purpose: dries up excess saliva and drooling.\n• Side effects: dry mouth and constipation.\n',
      'amyotrophic-lateral-sclerosis.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0004976', kind: 'Disease', name: 'amyotrophic lateral sclerosis', source: 'MONDO' }),
        makeEntry({ id: 'DRUGBANK:DB00986', kind: 'Drug', name: 'Glycopyrronium', source: 'DrugBank' }),
        makeEntry({ id: 'HP:0002307', kind: 'Phenotype', name: 'Drooling', source: 'HPO' }),
      ],
    );
    expect(graph.edges.filter((edge) => edge.predicate === 'TREATS' && edge.object === 'HP:0002307').map((edge) => edge.subject)).toEqual(['DRUGBANK:DB00986']);
  });
});

describe('a note that a medicine eases a sign', () => {
  it('treats that sign, not the topic', () => {
    const graph = relateText(
      'Amyotrophic lateral sclerosis\n\nMedicines\n\n(Note: morphine in small doses eases breathlessness in late disease.)\n',
      'amyotrophic-lateral-sclerosis.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0004976', kind: 'Disease', name: 'amyotrophic lateral sclerosis', source: 'MONDO' }),
        makeEntry({ id: 'DRUGBANK:DB00295', kind: 'Drug', name: 'Morphine', source: 'DrugBank' }),
        makeEntry({ id: 'HP:0002094', kind: 'Phenotype', name: 'Dyspnea', source: 'HPO', synonyms: [{ name: 'breathlessness', scope: 'exact' }] }),
      ],
    );
    expect(graph.edges.filter((edge) => edge.predicate === 'TREATS').map((edge) => `${edge.subject} ${edge.object}`)).toEqual(['DRUGBANK:DB00295 HP:0002094']);
  });
});

describe('a treatment item named as care for a condition', () => {
  it('treats that condition, and neither it nor what its line lists treats the topic', () => {
    const graph = relateText(
      'Endometrial cancer\n\nComplications\n\n  1. Lymphoedema — swelling of the legs after lymph nodes are removed.\n\nNon-drug treatments\n\n  1. Lymphoedema care — compression garments, skin care and gentle exercise.\n',
      'endometrial-cancer.txt',
      'Cancer',
      [
        makeEntry({ id: 'MONDO:0011962', kind: 'Disease', name: 'endometrial cancer', source: 'MONDO' }),
        makeEntry({ id: 'HP:0001004', kind: 'Phenotype', name: 'Lymphedema', source: 'HPO', synonyms: [{ name: 'lymphoedema', scope: 'exact' }] }),
        makeEntry({ id: 'medkg:procedure:compression-therapy', kind: 'Procedure', name: 'compression therapy', source: 'medkg-seed', synonyms: [{ name: 'compression garments', scope: 'exact' }] }),
      ],
    );
    const name = (id: string) => graph.nodes.find((node) => node.id === id)?.name.toLowerCase();
    const treats = graph.edges.filter((edge) => edge.predicate === 'TREATS').map((edge) => `${name(edge.subject)} > ${name(edge.object)}`);
    expect(treats).toContain('lymphoedema care > lymphedema');
    expect(treats.filter((edge) => edge.endsWith('> endometrial cancer'))).toEqual([]);
  });
});

describe("a drug page's side effect reported in people with other conditions", () => {
  it('gives the drug the side effect, not those conditions', () => {
    const graph = relateText(
      "Adalimumab\n\nSide effects\n\n  5. Lymphoma — rare; it has been reported in young people with Crohn's disease or ulcerative colitis who also took azathioprine.\n",
      'adalimumab.txt',
      'Drugs',
      [
        makeEntry({ id: 'DRUGBANK:DB00051', kind: 'Drug', name: 'Adalimumab', source: 'DrugBank' }),
        makeEntry({ id: 'MONDO:0005062', kind: 'Disease', name: 'lymphoma', source: 'MONDO' }),
        makeEntry({ id: 'MONDO:0005011', kind: 'Disease', name: 'Crohn disease', source: 'MONDO', synonyms: [{ name: "Crohn's disease", scope: 'exact' }] }),
        makeEntry({ id: 'MONDO:0005101', kind: 'Disease', name: 'ulcerative colitis', source: 'MONDO' }),
      ],
    );
    expect(graph.edges.filter((edge) => edge.predicate === 'HAS_ADVERSE_EFFECT').map((edge) => edge.object)).toEqual(['MONDO:0005062']);
  });
});

describe('a note that supplements protect an organ', () => {
  it('treats nothing with them, while the drugs the note gives an aim treat it', () => {
    const graph = relateText(
      'Primary biliary cholangitis\n\nMedicines\n\n(Note: rifampicin and naltrexone are used for itching that does not settle, and vitamin D and calcium protect the bones.)\n',
      'primary-biliary-cholangitis.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0005388', kind: 'Disease', name: 'primary biliary cholangitis', source: 'MONDO' }),
        makeEntry({ id: 'DRUGBANK:DB01045', kind: 'Drug', name: 'Rifampin', source: 'DrugBank', synonyms: [{ name: 'rifampicin', scope: 'exact' }] }),
        makeEntry({ id: 'DRUGBANK:DB00704', kind: 'Drug', name: 'Naltrexone', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB11094', kind: 'Drug', name: 'Vitamin D', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB01373', kind: 'Drug', name: 'Calcium', source: 'DrugBank' }),
        makeEntry({ id: 'HP:0000989', kind: 'Phenotype', name: 'Pruritus', source: 'HPO', synonyms: [{ name: 'itching', scope: 'exact' }] }),
      ],
    );
    expect(graph.edges.filter((edge) => edge.predicate === 'TREATS').map((edge) => `${edge.subject} ${edge.object}`).sort()).toEqual(['DRUGBANK:DB00704 HP:0000989', 'DRUGBANK:DB01045 HP:0000989']);
  });
});

describe("a Purpose line that names one of the item's two drugs again", () => {
  it('gives what that clause says to that drug only', () => {
    const graph = relateText(
      'Primary biliary cholangitis\n\nMedicines\n\nDrug 3. Bezafibrate (BEZALIP) and fenofibrate\n• Purpose: fibrates added to ursodiol off-label; bezafibrate also eases itching.\n',
      'primary-biliary-cholangitis.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0005388', kind: 'Disease', name: 'primary biliary cholangitis', source: 'MONDO' }),
        makeEntry({ id: 'DRUGBANK:DB01393', kind: 'Drug', name: 'Bezafibrate', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB01039', kind: 'Drug', name: 'Fenofibrate', source: 'DrugBank' }),
        makeEntry({ id: 'HP:0000989', kind: 'Phenotype', name: 'Pruritus', source: 'HPO', synonyms: [{ name: 'itching', scope: 'exact' }] }),
      ],
    );
    expect(graph.edges.filter((edge) => edge.predicate === 'TREATS' && edge.object === 'HP:0000989').map((edge) => edge.subject)).toEqual(['DRUGBANK:DB01393']);
  });
});

describe('a class head whose brackets offer its members as alternatives', () => {
  it("gives the item's purpose and side effects to each member", () => {
    const graph = relateText(
      'Amyotrophic lateral sclerosis\n\nMedicines\n\nDrug 4. Muscle relaxants (baclofen / tizanidine)\n• Purpose: ease spasticity.\n• Side effects: drowsiness.\n',
      'amyotrophic-lateral-sclerosis.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0004976', kind: 'Disease', name: 'amyotrophic lateral sclerosis', source: 'MONDO' }),
        makeEntry({ id: 'DRUGBANK:DB00181', kind: 'Drug', name: 'Baclofen', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB00697', kind: 'Drug', name: 'Tizanidine', source: 'DrugBank' }),
        makeEntry({ id: 'medkg:drug:muscle-relaxants', kind: 'Drug', name: 'muscle relaxants', source: 'medkg-seed' }),
        makeEntry({ id: 'HP:0001257', kind: 'Phenotype', name: 'Spasticity', source: 'HPO' }),
        makeEntry({ id: 'HP:0001262', kind: 'Phenotype', name: 'Excessive daytime somnolence', source: 'HPO', synonyms: [{ name: 'drowsiness', scope: 'exact' }] }),
      ],
    );
    const edges = graph.edges.filter((edge) => (edge.predicate === 'TREATS' && edge.object === 'HP:0001257') || edge.predicate === 'HAS_ADVERSE_EFFECT').map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);
    expect(edges.sort()).toEqual([
      'DRUGBANK:DB00181 HAS_ADVERSE_EFFECT HP:0001262',
      'DRUGBANK:DB00181 TREATS HP:0001257',
      'DRUGBANK:DB00697 HAS_ADVERSE_EFFECT HP:0001262',
      'DRUGBANK:DB00697 TREATS HP:0001257',
    ]);
  });
});

describe('a monitoring head that lists its tests in brackets', () => {
  it('gives each listed test the line, as well as the head', () => {
    const graph = relateText(
      'Apixaban\n\nMonitoring tests\n\n  1. Kidney function (serum creatinine and eGFR) — checked before starting and at least once a year, because the kidneys help clear apixaban.\n',
      'apixaban.txt',
      'Drugs',
      [
        makeEntry({ id: 'DRUGBANK:DB06605', kind: 'Drug', name: 'Apixaban', source: 'DrugBank' }),
        makeEntry({ id: 'LOINC:2160-0', kind: 'Test', name: 'serum creatinine', source: 'LOINC' }),
      ],
    );
    const name = (id: string) => graph.nodes.find((node) => node.id === id)?.name.toLowerCase();
    const monitors = graph.edges.filter((edge) => edge.predicate === 'MONITORS').map((edge) => `${name(edge.subject)} > ${name(edge.object)}`);
    expect(monitors.sort()).toEqual(['kidney function > apixaban', 'serum creatinine > apixaban']);
    expect(graph.nodes.find((node) => node.name === 'Kidney function')?.synonyms ?? []).not.toContain('serum creatinine and eGFR');
  });
});

describe("a surgery item whose line says what its 'risks include'", () => {
  it('gives the operation those adverse effects', () => {
    const graph = relateText(
      "Graves' disease\n\nSurgeries and procedures\n\n  2. Thyroidectomy — removal of the whole thyroid gland. Risks include a hoarse voice from nerve injury and low blood calcium (hypocalcaemia).\n",
      'graves-disease.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0005364', kind: 'Disease', name: 'Graves disease', source: 'MONDO', synonyms: [{ name: "Graves' disease", scope: 'exact' }] }),
        makeEntry({ id: 'medkg:procedure:thyroid-surgery', kind: 'Procedure', name: 'thyroid surgery', source: 'medkg-seed', synonyms: [{ name: 'thyroidectomy', scope: 'exact' }] }),
        makeEntry({ id: 'HP:0001609', kind: 'Phenotype', name: 'Hoarse voice', source: 'HPO' }),
        makeEntry({ id: 'HP:0002901', kind: 'Phenotype', name: 'Hypocalcemia', source: 'HPO', synonyms: [{ name: 'hypocalcaemia', scope: 'exact' }] }),
      ],
    );
    expect(graph.edges.filter((edge) => edge.predicate === 'HAS_ADVERSE_EFFECT').map((edge) => `${edge.subject} ${edge.object}`).sort()).toEqual([
      'medkg:procedure:thyroid-surgery HP:0001609',
      'medkg:procedure:thyroid-surgery HP:0002901',
    ]);
  });
});

describe('a monitoring item named for the disease it looks for', () => {
  it('finds that disease, and a test named for a sign finds nothing', () => {
    const graph = relateText(
      'Adalimumab\n\nSide effects\n\n  1. Reactivation of tuberculosis (TB) or hepatitis B.\n\nMonitoring tests\n\n  1. Tuberculosis screening — a blood test with a chest X-ray, before the first dose.\n  2. Hepatitis B tests — before starting, because the virus can flare up.\n  3. Dark adaptation test — yearly.\n',
      'adalimumab.txt',
      'Drugs',
      [
        makeEntry({ id: 'DRUGBANK:DB00051', kind: 'Drug', name: 'Adalimumab', source: 'DrugBank' }),
        makeEntry({ id: 'MONDO:0018076', kind: 'Disease', name: 'tuberculosis', source: 'MONDO', synonyms: [{ name: 'TB', scope: 'abbreviation' }] }),
        makeEntry({ id: 'DOID:2043', kind: 'Disease', name: 'hepatitis B', source: 'DOID' }),
        makeEntry({ id: 'HP:0000662', kind: 'Phenotype', name: 'Nyctalopia', source: 'HPO', synonyms: [{ name: 'dark adaptation', scope: 'related' }] }),
      ],
    );
    const name = (id: string) => graph.nodes.find((node) => node.id === id)?.name.toLowerCase();
    const diagnoses = graph.edges.filter((edge) => edge.predicate === 'DIAGNOSES').map((edge) => `${name(edge.subject)} > ${name(edge.object)}`);
    expect(diagnoses.sort()).toEqual(['hepatitis b tests > hepatitis b', 'tuberculosis screening > tuberculosis']);
  });
});

describe("a drug page's indication item whose line says what the drug heals", () => {
  const graph = relateText(
    'Omeprazole\n\nUses\n\n  1. Gastro-oesophageal reflux disease (GORD) — heals an inflamed food pipe (reflux oesophagitis).\n\n  2. Heart failure — added to other treatment to ease breathlessness.\n',
    'omeprazole.txt',
    'Drugs',
    [
      makeEntry({ id: 'DRUGBANK:DB00338', kind: 'Drug', name: 'Omeprazole', source: 'DrugBank' }),
      makeEntry({ id: 'MONDO:0007186', kind: 'Disease', name: 'gastroesophageal reflux disease', source: 'MONDO', synonyms: [{ name: 'gastro-oesophageal reflux disease', scope: 'exact' }, { name: 'GORD', scope: 'abbreviation' }] }),
      makeEntry({ id: 'MONDO:0006896', kind: 'Disease', name: 'reflux esophagitis', source: 'MONDO', synonyms: [{ name: 'reflux oesophagitis', scope: 'exact' }] }),
      makeEntry({ id: 'MONDO:0005252', kind: 'Disease', name: 'heart failure', source: 'MONDO' }),
      makeEntry({ id: 'HP:0002094', kind: 'Phenotype', name: 'Dyspnea', source: 'HPO', synonyms: [{ name: 'breathlessness', scope: 'exact' }] }),
    ],
  );
  const treated = graph.edges.filter((edge) => edge.predicate === 'TREATS').map((edge) => edge.object);

  it('treats what the drug itself heals there, not what it is given to ease', () => {
    expect(treated).toEqual(expect.arrayContaining(['MONDO:0007186', 'MONDO:0006896', 'MONDO:0005252']));
    expect(treated).not.toContain('HP:0002094');
  });
});

describe('a note that gives a medicine for an aim the article names no entity for', () => {
  it('does not make the medicine a treatment of the topic, unless the aim is the topic in other words', () => {
    const rett = relateText(
      'Rett Syndrome\n\nDefinition\n\nRett syndrome is a rare genetic disorder.\n\nDrug treatments\n\n(Note: macrogol laxatives are used for constipation, and omeprazole or other acid-lowering medicines for reflux.)\n',
      'rett-syndrome.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0010726', kind: 'Disease', name: 'Rett syndrome', source: 'MONDO' }),
        makeEntry({ id: 'DRUGBANK:DB00338', kind: 'Drug', name: 'Omeprazole', source: 'DrugBank' }),
      ],
    );
    expect(rett.edges.filter((edge) => edge.predicate === 'TREATS' && edge.subject === 'DRUGBANK:DB00338')).toEqual([]);
    const melanoma = relateText(
      'Melanoma\n\nDefinition\n\nMelanoma is a cancer of the pigment cells.\n\nDrug treatments\n\nDacarbazine is used for many larger or spreading cancers.\n',
      'melanoma.txt',
      'Cancer',
      [
        makeEntry({ id: 'MONDO:0005105', kind: 'Disease', name: 'melanoma', source: 'MONDO' }),
        makeEntry({ id: 'DRUGBANK:DB00851', kind: 'Drug', name: 'Dacarbazine', source: 'DrugBank' }),
      ],
    );
    expect(melanoma.edges.filter((edge) => edge.predicate === 'TREATS').map((edge) => `${edge.subject} ${edge.object}`)).toEqual(['DRUGBANK:DB00851 MONDO:0005105']);
  });
});

describe("a drug page's lines about another drug and about who cannot take a third", () => {
  const graph = relateText(
    'Clopidogrel\n\nUses\n\n  1. After a coronary stent — with aspirin, to prevent a clot forming inside the stent.\n\n  2. People who cannot take aspirin because of allergy — clopidogrel alone is used instead.\n\nPrecautions\n\nPrasugrel (EFFIENT), a related antiplatelet medicine, must not be used in people who have had a stroke; clopidogrel is the usual choice for them. Clopidogrel should not be taken by people with active bleeding.\n',
    'clopidogrel.txt',
    'Drugs',
    [
      makeEntry({ id: 'DRUGBANK:DB00758', kind: 'Drug', name: 'Clopidogrel', source: 'DrugBank' }),
      makeEntry({ id: 'DRUGBANK:DB06209', kind: 'Drug', name: 'Prasugrel', source: 'DrugBank' }),
      makeEntry({ id: 'DRUGBANK:DB00945', kind: 'Drug', name: 'Acetylsalicylic acid', source: 'DrugBank', synonyms: [{ name: 'aspirin', scope: 'exact' }] }),
      makeEntry({ id: 'HP:0001297', kind: 'Phenotype', name: 'Stroke', source: 'HPO' }),
      makeEntry({ id: 'HP:0001892', kind: 'Phenotype', name: 'Abnormal bleeding', source: 'HPO', synonyms: [{ name: 'bleeding', scope: 'exact' }] }),
      makeEntry({ id: 'MONDO:0005271', kind: 'Disease', name: 'allergic disease', source: 'MONDO', synonyms: [{ name: 'allergy', scope: 'exact' }] }),
    ],
  );
  const edges = graph.edges.map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);

  it('gives a contraindication to the drug that opens its clause', () => {
    expect(edges).toContain('DRUGBANK:DB06209 CONTRAINDICATED_IN HP:0001297');
    expect(edges).not.toContain('DRUGBANK:DB00758 CONTRAINDICATED_IN HP:0001297');
    expect(edges).toContain('DRUGBANK:DB00758 CONTRAINDICATED_IN HP:0001892');
  });

  it('reads neither "after a coronary stent" nor why another drug is not taken as an indication', () => {
    expect(edges).not.toContain('DRUGBANK:DB00758 TREATS MONDO:0005271');
    expect(graph.nodes.filter((node) => /after a/iu.test(node.name))).toEqual([]);
  });
});

describe("a drug page's note about a related drug", () => {
  it('gives the contraindication to the drug the note opens with, past its "Note:" label', () => {
    const graph = relateText(
      'Amiodarone\n\nPrecautions\n\n(Note: dronedarone (MULTAQ), a related medicine, must not be used in people with severe heart failure; amiodarone, by contrast, can be used in heart failure.)\n',
      'amiodarone.txt',
      'Drugs',
      [
        makeEntry({ id: 'DRUGBANK:DB01118', kind: 'Drug', name: 'Amiodarone', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB04855', kind: 'Drug', name: 'Dronedarone', source: 'DrugBank', synonyms: [{ name: 'MULTAQ', scope: 'brand' }] }),
        makeEntry({ id: 'HP:0001635', kind: 'Phenotype', name: 'heart failure', source: 'HPO' }),
      ],
    );
    const avoided = graph.edges.filter((edge) => edge.predicate === 'CONTRAINDICATED_IN').map((edge) => `${edge.subject} ${edge.object}`);
    expect(avoided).toEqual(['DRUGBANK:DB04855 HP:0001635']);
  });
});

describe('a procedure fitted in people at high risk of a finding', () => {
  it('does not cause that finding', () => {
    const edges = relateText(
      'Hypertrophic Cardiomyopathy\n\nSurgeries and procedures\n\n  1. Implantable cardioverter-defibrillator (ICD) — a device that shocks a dangerous rhythm back to normal, fitted in people at high risk of sudden cardiac death.\n',
      'hypertrophic-cardiomyopathy.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0005045', kind: 'Disease', name: 'hypertrophic cardiomyopathy', source: 'MONDO' }),
        makeEntry({ id: 'HP:0001645', kind: 'Phenotype', name: 'Sudden cardiac death', source: 'HPO' }),
      ],
    ).edges.map((edge) => edge.predicate);
    expect(edges).not.toContain('HAS_ADVERSE_EFFECT');
  });
});

describe('a side effect named as reactions to one drug of a combination', () => {
  it('is the reactions, given to that drug only', () => {
    const graph = relateText(
      'Chronic Lymphocytic Leukaemia\n\nDrug treatments\n\nDrug 3. Venetoclax (VENCLEXTA) with obinutuzumab (GAZYVA)\n• Purpose: a fixed course.\n• Side effects: diarrhoea and infusion reactions to obinutuzumab.\n',
      'chronic-lymphocytic-leukaemia.txt',
      'Cancer',
      [
        makeEntry({ id: 'MONDO:0004948', kind: 'Disease', name: 'chronic lymphocytic leukemia', source: 'MONDO', synonyms: [{ name: 'chronic lymphocytic leukaemia', scope: 'exact' }] }),
        makeEntry({ id: 'DRUGBANK:DB11581', kind: 'Drug', name: 'Venetoclax', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB08935', kind: 'Drug', name: 'Obinutuzumab', source: 'DrugBank' }),
      ],
    );
    const name = (id: string) => graph.nodes.find((node) => node.id === id)?.name;
    const effects = graph.edges.filter((edge) => edge.predicate === 'HAS_ADVERSE_EFFECT' && name(edge.object) === 'infusion reactions').map((edge) => edge.subject);
    expect(effects).toEqual(['DRUGBANK:DB08935']);
  });
});

describe('a Purpose line that names types of the topic after "including"', () => {
  it('treats those types as well as the topic', () => {
    const edges = relateText(
      'Thyroid Cancer\n\nTypes\n\n  1. Medullary thyroid cancer (MTC) — starts in the C cells.\n\nDrug treatments\n\nDrug 3. Selpercatinib (RETEVMO)\n• Purpose: for advanced cancers with a RET change, including most inherited and many sporadic medullary thyroid cancers.\n',
      'thyroid-cancer.txt',
      'Cancer',
      [
        makeEntry({ id: 'MONDO:0002108', kind: 'Disease', name: 'thyroid cancer', source: 'MONDO' }),
        makeEntry({ id: 'MONDO:0015277', kind: 'Disease', name: 'medullary thyroid carcinoma', source: 'MONDO', synonyms: [{ name: 'medullary thyroid cancer', scope: 'exact' }] }),
        makeEntry({ id: 'DRUGBANK:DB15685', kind: 'Drug', name: 'Selpercatinib', source: 'DrugBank' }),
      ],
    ).edges.map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);
    expect(edges).toEqual(expect.arrayContaining(['DRUGBANK:DB15685 TREATS MONDO:0015277', 'DRUGBANK:DB15685 TREATS MONDO:0002108']));
  });
});

describe("a biologic's side effects and cautions", () => {
  it('name the infection that comes back, and nothing that is only screened for first', () => {
    const graph = relateText(
      "Crohn's Disease\n\nDrug treatments\n\nDrug 4. Infliximab (REMICADE)\n• Purpose: treat moderate to severe Crohn's disease.\n• Side effects: infusion reactions and reactivation of tuberculosis (TB).\n• Cautions: screening for TB and hepatitis B is done before the first dose.\n",
      'crohns-disease.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0005011', kind: 'Disease', name: 'Crohn disease', source: 'MONDO', synonyms: [{ name: "Crohn's disease", scope: 'exact' }] }),
        makeEntry({ id: 'DRUGBANK:DB00065', kind: 'Drug', name: 'Infliximab', source: 'DrugBank' }),
        makeEntry({ id: 'MONDO:0018076', kind: 'Disease', name: 'tuberculosis', source: 'MONDO', synonyms: [{ name: 'TB', scope: 'abbreviation' }] }),
        makeEntry({ id: 'MONDO:0005344', kind: 'Disease', name: 'hepatitis B', source: 'MONDO' }),
      ],
    );
    const effects = graph.edges.filter((edge) => edge.predicate === 'HAS_ADVERSE_EFFECT').map((edge) => graph.nodes.find((node) => node.id === edge.object)?.name);
    expect(effects).toContain('tuberculosis');
    expect(effects).not.toContain('hepatitis B');
    expect(effects.filter((name) => name?.startsWith('reactivation'))).toEqual([]);
  });
});

describe("a drug page's side effect named as a syndrome with its signs", () => {
  const entries = [
    makeEntry({ id: 'DRUGBANK:DB01104', kind: 'Drug', name: 'Sertraline', source: 'DrugBank' }),
    makeEntry({ id: 'MONDO:0018546', kind: 'Disease', name: 'serotonin syndrome', source: 'MONDO' }),
    makeEntry({ id: 'HP:0000713', kind: 'Phenotype', name: 'Agitation', source: 'HPO' }),
    makeEntry({ id: 'HP:0001945', kind: 'Phenotype', name: 'Fever', source: 'HPO', synonyms: [{ name: 'high temperature', scope: 'exact' }] }),
    makeEntry({ id: 'HP:0001892', kind: 'Phenotype', name: 'Abnormal bleeding', source: 'HPO', synonyms: [{ name: 'bleeding', scope: 'exact' }] }),
    makeEntry({ id: 'HP:0000421', kind: 'Phenotype', name: 'Epistaxis', source: 'HPO', synonyms: [{ name: 'nosebleeds', scope: 'exact' }] }),
  ];
  const effects = relateText(
    'Sertraline\n\nSide effects\n\n  1. Serotonin syndrome — agitation, a high temperature and heavy sweating; more likely with other medicines that raise serotonin.\n\n  2. Bleeding — nosebleeds and bruising.\n',
    'sertraline.txt',
    'Drugs',
    entries,
  ).edges.filter((edge) => edge.predicate === 'HAS_ADVERSE_EFFECT').map((edge) => edge.object);

  it('is the syndrome, its signs the syndrome\'s, while a broad head\'s listed forms stay effects', () => {
    expect(effects).toEqual(expect.arrayContaining(['MONDO:0018546', 'HP:0001892', 'HP:0000421']));
    expect(effects).not.toContain('HP:0000713');
    expect(effects).not.toContain('HP:0001945');
  });
});

describe('a lay description of a class of medicines glossed by its short form', () => {
  it('names the class, not the wider class its last word names', () => {
    const graph = relateText(
      'Heart Failure\n\nDrug treatments\n\nAnti-inflammatory painkillers (NSAIDs) such as ibuprofen should be avoided in heart failure, because they make the body hold on to salt and water.\n',
      'heart-failure.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0005252', kind: 'Disease', name: 'heart failure', source: 'MONDO' }),
        makeEntry({ id: 'medkg:drug:nonsteroidal-anti-inflammatory-drugs', kind: 'Drug', name: 'nonsteroidal anti-inflammatory drugs', source: 'test', synonyms: [{ name: 'NSAIDs', scope: 'abbreviation' }] }),
        makeEntry({ id: 'medkg:drug:analgesics', kind: 'Drug', name: 'analgesics', source: 'test', synonyms: [{ name: 'painkillers', scope: 'exact' }] }),
        makeEntry({ id: 'DRUGBANK:DB01050', kind: 'Drug', name: 'Ibuprofen', source: 'DrugBank' }),
      ],
    );
    const avoided = graph.edges.filter((edge) => edge.predicate === 'CONTRAINDICATED_IN').map((edge) => edge.subject);
    expect(avoided).toContain('medkg:drug:nonsteroidal-anti-inflammatory-drugs');
    expect(avoided).not.toContain('medkg:drug:analgesics');
    expect(graph.nodes.map((node) => node.id)).not.toContain('medkg:drug:analgesics');
  });
});

describe('a Purpose line that treats another condition in people with the topic', () => {
  it('aims at that condition, not the topic', () => {
    const edges = relateText(
      'Neurofibromatosis type 1 (NF1)\n\nDrug treatments\n\nDrug 1. Stimulant medicines (methylphenidate)\n• Purpose: treat ADHD in children with NF1 in the usual way.\n',
      'neurofibromatosis-type-1.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0018975', kind: 'Disease', name: 'neurofibromatosis type 1', source: 'MONDO', synonyms: [{ name: 'NF1', scope: 'abbreviation' }] }),
        makeEntry({ id: 'DOID:1094', kind: 'Disease', name: 'attention deficit hyperactivity disorder', source: 'DO', synonyms: [{ name: 'ADHD', scope: 'abbreviation' }] }),
        makeEntry({ id: 'DRUGBANK:DB00422', kind: 'Drug', name: 'Methylphenidate', source: 'DrugBank' }),
      ],
    ).edges.map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);
    expect(edges.filter((edge) => edge.includes('TREATS MONDO:0018975'))).toEqual([]);
    expect(edges.some((edge) => edge.includes('TREATS DOID:1094'))).toBe(true);
  });
});

describe('a side-effects line that puts each finding down to one drug of the item', () => {
  const graph = relateText(
    `Prostate cancer

Drug treatments

Drug 1. Degarelix (FIRMAGON) and relugolix (ORGOVYX)
• Purpose: lower testosterone within days.
• Side effects: tiredness, and diarrhoea with relugolix.

Drug 2. Carboplatin and vincristine
• Purpose: used for some tumours.
• Side effects: tiredness, and numbness (peripheral neuropathy) from vincristine.
`,
    'prostate-cancer.txt',
    'Cancer',
    [
      makeEntry({ id: 'MONDO:0008315', kind: 'Disease', name: 'prostate cancer', source: 'MONDO' }),
      makeEntry({ id: 'DRUGBANK:DB06699', kind: 'Drug', name: 'Degarelix', source: 'DrugBank' }),
      makeEntry({ id: 'DRUGBANK:DB11853', kind: 'Drug', name: 'Relugolix', source: 'DrugBank' }),
      makeEntry({ id: 'DRUGBANK:DB00958', kind: 'Drug', name: 'Carboplatin', source: 'DrugBank' }),
      makeEntry({ id: 'DRUGBANK:DB00541', kind: 'Drug', name: 'Vincristine', source: 'DrugBank' }),
      makeEntry({ id: 'HP:0002014', kind: 'Phenotype', name: 'Diarrhea', source: 'HPO', synonyms: [{ name: 'diarrhoea', scope: 'exact' }] }),
      makeEntry({ id: 'HP:0009830', kind: 'Phenotype', name: 'Peripheral neuropathy', source: 'HPO' }),
      makeEntry({ id: 'HP:0012378', kind: 'Phenotype', name: 'Fatigue', source: 'HPO', synonyms: [{ name: 'tiredness', scope: 'exact' }] }),
    ],
  );
  const effects = graph.edges.filter((edge) => edge.predicate === 'HAS_ADVERSE_EFFECT').map((edge) => `${edge.subject} ${edge.object}`);

  it('gives the finding to the drug named after it only', () => {
    expect(effects).toContain('DRUGBANK:DB11853 HP:0002014');
    expect(effects).not.toContain('DRUGBANK:DB06699 HP:0002014');
    expect(effects).toContain('DRUGBANK:DB00541 HP:0009830');
    expect(effects).not.toContain('DRUGBANK:DB00958 HP:0009830');
  });

  it('gives a finding named without a drug to the whole item', () => {
    expect(effects).toEqual(expect.arrayContaining(['DRUGBANK:DB06699 HP:0012378', 'DRUGBANK:DB11853 HP:0012378']));
  });
});

describe('a note to avoid medicines because they make the topic worse, and a pressure that is no blood pressure', () => {
  const edges = relateText(
    `Hereditary haemorrhagic telangiectasia (HHT)

Complications

  1. Liver AVMs — rarely cause heart failure, or high pressure in the liver veins.

Drug treatments

(Note: for everyday aches, avoid aspirin and ibuprofen because they increase bleeding.)
`,
    'hereditary-haemorrhagic-telangiectasia.txt',
    'Diseases',
    [
      makeEntry({ id: 'MONDO:0019180', kind: 'Disease', name: 'hereditary hemorrhagic telangiectasia', source: 'MONDO', synonyms: [{ name: 'HHT', scope: 'abbreviation' }] }),
      makeEntry({ id: 'DRUGBANK:DB00945', kind: 'Drug', name: 'Acetylsalicylic acid', source: 'DrugBank', synonyms: [{ name: 'aspirin', scope: 'exact' }] }),
      makeEntry({ id: 'DRUGBANK:DB01050', kind: 'Drug', name: 'Ibuprofen', source: 'DrugBank' }),
      makeEntry({ id: 'HP:0000822', kind: 'Phenotype', name: 'Hypertension', source: 'HPO', synonyms: [{ name: 'high blood pressure', scope: 'layperson' }] }),
    ],
  ).edges.map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);

  it('contraindicates them in the topic and treats nothing with them', () => {
    expect(edges).toContain('DRUGBANK:DB00945 CONTRAINDICATED_IN MONDO:0019180');
    expect(edges.filter((edge) => edge.includes(' TREATS '))).toEqual([]);
  });

  it('reads "high pressure in the liver veins" as no high blood pressure', () => {
    expect(edges.filter((edge) => edge.includes('HP:0000822'))).toEqual([]);
  });
});

describe('a Purpose line that names an aim and what comes with it', () => {
  it('treats the aim, not the condition after "with"', () => {
    const edges = relateText(
      'Hereditary haemorrhagic telangiectasia\n\nDrug treatments\n\nDrug 1. Bevacizumab (AVASTIN)\n• Purpose: for severe nosebleeds with heart failure.\n',
      'hereditary-haemorrhagic-telangiectasia.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0019180', kind: 'Disease', name: 'hereditary hemorrhagic telangiectasia', source: 'MONDO', synonyms: [{ name: 'hereditary haemorrhagic telangiectasia', scope: 'exact' }] }),
        makeEntry({ id: 'DRUGBANK:DB00112', kind: 'Drug', name: 'Bevacizumab', source: 'DrugBank' }),
        makeEntry({ id: 'HP:0000421', kind: 'Phenotype', name: 'Epistaxis', source: 'HPO', synonyms: [{ name: 'nosebleeds', scope: 'exact' }] }),
        makeEntry({ id: 'HP:0001635', kind: 'Phenotype', name: 'Congestive heart failure', source: 'HPO', synonyms: [{ name: 'heart failure', scope: 'exact' }] }),
      ],
    ).edges.map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);
    expect(edges).toContain('DRUGBANK:DB00112 TREATS HP:0000421');
    expect(edges).not.toContain('DRUGBANK:DB00112 TREATS HP:0001635');
  });
});

describe('a class of medicines named for a sign, with its members in brackets', () => {
  const edges = relateText(
    'Fragile X syndrome\n\nDrug treatments\n\nDrug 1. Antiseizure medicines (lamotrigine, levetiracetam)\n• Purpose: control seizures, which usually respond well.\n',
    'fragile-x-syndrome.txt',
    'Diseases',
    [
      makeEntry({ id: 'MONDO:0010383', kind: 'Disease', name: 'fragile X syndrome', source: 'MONDO' }),
      makeEntry({ id: 'DRUGBANK:DB00555', kind: 'Drug', name: 'Lamotrigine', source: 'DrugBank' }),
      makeEntry({ id: 'DRUGBANK:DB01202', kind: 'Drug', name: 'Levetiracetam', source: 'DrugBank' }),
      makeEntry({ id: 'HP:0001250', kind: 'Phenotype', name: 'Seizures', source: 'HPO' }),
    ],
  ).edges.map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);

  it('has each member treat the sign, not the topic', () => {
    expect(edges).toEqual(expect.arrayContaining(['DRUGBANK:DB00555 TREATS HP:0001250', 'DRUGBANK:DB01202 TREATS HP:0001250']));
    expect(edges).not.toContain('DRUGBANK:DB00555 TREATS MONDO:0010383');
  });
});

describe('levels, salts, states of life and a treatment "not a standard treatment"', () => {
  const MS = 'MONDO:0005301';
  const edges = relateText(
    `Multiple sclerosis

Drug treatments

Drug 1. Glatiramer acetate (COPAXONE)
• Purpose: an injection for relapsing MS; it is considered safe to continue in pregnancy.
• Side effects: a drop in blood calcium (hypocalcaemia).

(Note: calcium is given alongside other medicines; simvastatin has been tried but is not a standard treatment.)
`,
    'multiple-sclerosis.txt',
    'Diseases',
    [
      makeEntry({ id: MS, kind: 'Disease', name: 'multiple sclerosis', source: 'MONDO', synonyms: [{ name: 'MS', scope: 'abbreviation' }] }),
      makeEntry({ id: 'DRUGBANK:DB05259', kind: 'Drug', name: 'Glatiramer', source: 'DrugBank' }),
      makeEntry({ id: 'DRUGBANK:DB14511', kind: 'Drug', name: 'Acetate', source: 'DrugBank' }),
      makeEntry({ id: 'DRUGBANK:DB01373', kind: 'Drug', name: 'Calcium', source: 'DrugBank' }),
      makeEntry({ id: 'DRUGBANK:DB00641', kind: 'Drug', name: 'Simvastatin', source: 'DrugBank' }),
      makeEntry({ id: 'HP:0002901', kind: 'Phenotype', name: 'Hypocalcemia', source: 'HPO' }),
      makeEntry({ id: 'medkg:phenotype:pregnancy', kind: 'Phenotype', name: 'pregnancy', source: 'medkg-seed' }),
    ],
  ).edges.map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);

  it('takes no salt for a drug and no blood level for a medicine', () => {
    expect(edges).toContain(`DRUGBANK:DB05259 TREATS ${MS}`);
    expect(edges).toContain('DRUGBANK:DB05259 HAS_ADVERSE_EFFECT HP:0002901');
    expect(edges.filter((edge) => edge.startsWith('DRUGBANK:DB14511') || edge.includes('DRUGBANK:DB01373 HAS_ADVERSE_EFFECT'))).toEqual([]);
  });

  it('treats no state of life', () => {
    expect(edges.filter((edge) => edge.endsWith('medkg:phenotype:pregnancy') && edge.includes('TREATS'))).toEqual([]);
  });

  it('drops the treatment said to be no standard treatment, and only that one', () => {
    expect(edges).not.toContain(`DRUGBANK:DB00641 TREATS ${MS}`);
    expect(edges).toContain(`DRUGBANK:DB05259 TREATS ${MS}`);
  });
});

describe('a caution that lists who must not take the drug', () => {
  it('makes the drug contraindicated in every condition of the list, qualified or not', () => {
    const graph = relateArticle(
      recogniseArticle(
        segmentText(
          'Glaucoma\n\nDrug treatments\n\nDrug 2. Timolol (TIMOPTIC®)\n• Purpose: lowers the eye pressure.\n• Cautions: avoid timolol drops in people with asthma or severe COPD, and in people with a very slow heart rate or heart block.\n',
          'glaucoma.txt',
          'Diseases',
        ),
        createLexicon([
          makeEntry({ id: 'MONDO:0005041', kind: 'Disease', name: 'glaucoma', source: 'MONDO' }),
          makeEntry({ id: 'DRUGBANK:DB00373', kind: 'Drug', name: 'Timolol', source: 'DrugBank' }),
          makeEntry({ id: 'MONDO:0004979', kind: 'Disease', name: 'asthma', source: 'MONDO' }),
          makeEntry({ id: 'MONDO:0005002', kind: 'Disease', name: 'chronic obstructive pulmonary disease', source: 'MONDO', synonyms: [{ name: 'COPD', scope: 'abbreviation' }] }),
          makeEntry({ id: 'HP:0001662', kind: 'Phenotype', name: 'Bradycardia', source: 'HPO', synonyms: [{ name: 'slow heart rate', scope: 'exact' }] }),
          makeEntry({ id: 'HP:0012722', kind: 'Phenotype', name: 'Heart block', source: 'HPO' }),
        ]),
      ),
      { contentHash: 'h' },
    );
    const avoided = graph.edges.filter((edge) => edge.predicate === 'CONTRAINDICATED_IN' && edge.subject === 'DRUGBANK:DB00373').map((edge) => edge.object);
    expect(avoided.sort()).toEqual(['HP:0001662', 'HP:0012722', 'MONDO:0004979', 'MONDO:0005002']);
  });
});

describe('a caution whose population is qualified or glossed', () => {
  it('contraindicates the condition after "moderate to severe" and the one glossing "a blood clot (…)", not the topic', () => {
    const graph = relateText(
      'Rheumatoid Arthritis\n\nDrug treatments\n\nDrug 4. Tofacitinib (XELJANZ®)\n• Purpose: a JAK inhibitor for active rheumatoid arthritis.\n• Cautions: avoid tofacitinib in people who have had a blood clot (venous thromboembolism).\n\nDrug 5. Infliximab (REMICADE®)\n• Cautions: avoid infliximab in people with moderate to severe heart failure.\n',
      'rheumatoid-arthritis.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0008383', kind: 'Disease', name: 'rheumatoid arthritis', source: 'MONDO' }),
        makeEntry({ id: 'DRUGBANK:DB08895', kind: 'Drug', name: 'Tofacitinib', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB00065', kind: 'Drug', name: 'Infliximab', source: 'DrugBank' }),
        makeEntry({ id: 'MONDO:0005399', kind: 'Disease', name: 'venous thromboembolism', source: 'MONDO' }),
        makeEntry({ id: 'MONDO:0005252', kind: 'Disease', name: 'heart failure', source: 'MONDO' }),
      ],
    );
    const avoided = graph.edges.filter((edge) => edge.predicate === 'CONTRAINDICATED_IN').map((edge) => `${edge.subject} ${edge.object}`);
    expect(avoided.sort()).toEqual(['DRUGBANK:DB00065 MONDO:0005252', 'DRUGBANK:DB08895 MONDO:0005399']);
  });
});

describe("a drug page's indication that names who is at risk", () => {
  it('treats what it prevents, not the risk factors it lists', () => {
    const graph = relateText(
      'Atorvastatin\n\nUses\n\n  1. Prevention in people at high risk — for example people with several risk factors such as high blood pressure, smoking or chronic kidney disease.\n\n  2. Familial hypercholesterolaemia — to lower LDL cholesterol.\n',
      'atorvastatin.txt',
      'Drugs',
      [
        makeEntry({ id: 'DRUGBANK:DB01076', kind: 'Drug', name: 'Atorvastatin', source: 'DrugBank' }),
        makeEntry({ id: 'MONDO:0005044', kind: 'Disease', name: 'hypertension', source: 'MONDO', synonyms: [{ name: 'high blood pressure', scope: 'exact' }] }),
        makeEntry({ id: 'MONDO:0005300', kind: 'Disease', name: 'chronic kidney disease', source: 'MONDO' }),
        makeEntry({ id: 'MONDO:0005439', kind: 'Disease', name: 'familial hypercholesterolemia', source: 'MONDO', synonyms: [{ name: 'familial hypercholesterolaemia', scope: 'exact' }] }),
      ],
    );
    const treated = graph.edges.filter((edge) => edge.predicate === 'TREATS').map((edge) => edge.object);
    expect(treated).toEqual(['MONDO:0005439']);
  });
});

describe('a treatment "not recommended for mild" forms of the topic', () => {
  it('limits its use to the severe forms: no contraindication in the topic', () => {
    const text = (line: string) => `Hereditary Spherocytosis\n\nSurgeries and procedures\n\n  1. Splenectomy — removal of the spleen for severe anaemia.\n\n${line}\n`;
    const entries = [
      makeEntry({ id: 'MONDO:0019350', kind: 'Disease', name: 'hereditary spherocytosis', source: 'MONDO', synonyms: [{ name: 'HS', scope: 'abbreviation' }] }),
      makeEntry({ id: 'medkg:procedure:splenectomy', kind: 'Procedure', name: 'splenectomy', source: 'medkg' }),
    ];
    const avoided = (line: string) => relateText(text(line), 'hereditary-spherocytosis.txt', 'Diseases', entries).edges.filter((edge) => edge.predicate === 'CONTRAINDICATED_IN');
    expect(avoided('Splenectomy is not recommended for mild HS, because the risks outweigh the benefits.')).toEqual([]);
    expect(avoided('Splenectomy is not recommended for HS.')).toHaveLength(1);
  });
});

describe('a caution that a drug must not be given together with another drug', () => {
  it('makes neither drug contraindicated in the topic', () => {
    const graph = relateText(
      'Hodgkin Lymphoma\n\nDrug treatments\n\nDrug 3. Brentuximab vedotin (ADCETRIS)\n• Purpose: for advanced Hodgkin lymphoma.\n• Caution: it must not be given together with bleomycin, because the combination caused serious lung toxicity.\n',
      'hodgkin-lymphoma.txt',
      'Cancer',
      [
        makeEntry({ id: 'MONDO:0004952', kind: 'Disease', name: 'Hodgkin lymphoma', source: 'MONDO' }),
        makeEntry({ id: 'DRUGBANK:DB08870', kind: 'Drug', name: 'Brentuximab vedotin', source: 'DrugBank', synonyms: [{ name: 'ADCETRIS', scope: 'brand' }] }),
        makeEntry({ id: 'DRUGBANK:DB00290', kind: 'Drug', name: 'Bleomycin', source: 'DrugBank' }),
      ],
    );
    expect(graph.edges.filter((edge) => edge.predicate === 'CONTRAINDICATED_IN')).toEqual([]);
    expect(graph.edges.filter((edge) => edge.predicate === 'TREATS').map((edge) => edge.subject)).toEqual(['DRUGBANK:DB08870']);
  });
});

describe('a procedure item whose explanation opens with its aim', () => {
  it('treats the complication it names, not the topic, unless that aim is the topic\'s own sign or the item says it cures', () => {
    const treats = (text: string, file: string, entries: ReturnType<typeof makeEntry>[]) =>
      relateText(text, file, 'Diseases', entries).edges.filter((edge) => edge.predicate === 'TREATS').map((edge) => `${edge.subject} ${edge.object}`);
    const achondroplasia = treats(
      'Achondroplasia\n\nSurgeries and procedures\n\n  3. Ventriculoperitoneal shunt — for hydrocephalus that raises pressure in the brain.\n',
      'achondroplasia.txt',
      [
        makeEntry({ id: 'MONDO:0007037', kind: 'Disease', name: 'achondroplasia', source: 'MONDO' }),
        makeEntry({ id: 'HP:0000238', kind: 'Phenotype', name: 'Hydrocephalus', source: 'HPO' }),
        makeEntry({ id: 'medkg:procedure:ventriculoperitoneal-shunt', kind: 'Procedure', name: 'ventriculoperitoneal shunt', source: 'medkg' }),
      ],
    );
    expect(achondroplasia).toEqual(['medkg:procedure:ventriculoperitoneal-shunt HP:0000238']);
    const hht = treats(
      'Hereditary Haemorrhagic Telangiectasia\n\nSymptoms\n\n  1. Nosebleeds — often from childhood.\n\nSurgeries and procedures\n\n  1. Laser treatment — for nosebleeds and for spots on the face.\n',
      'hht.txt',
      [
        makeEntry({ id: 'MONDO:0019180', kind: 'Disease', name: 'hereditary hemorrhagic telangiectasia', source: 'MONDO', synonyms: [{ name: 'hereditary haemorrhagic telangiectasia', scope: 'exact' }] }),
        makeEntry({ id: 'HP:0000421', kind: 'Phenotype', name: 'Epistaxis', source: 'HPO', synonyms: [{ name: 'nosebleeds', scope: 'exact' }] }),
        makeEntry({ id: 'medkg:procedure:laser-treatment', kind: 'Procedure', name: 'laser treatment', source: 'medkg' }),
      ],
    );
    expect(hht).toContain('medkg:procedure:laser-treatment MONDO:0019180');
  });
});

describe('a procedure item whose explanation says whom it helps ("helps many women with infertility caused by endometriosis")', () => {
  it('treats the condition those people have, not the topic that causes it', () => {
    const treats = relateText(
      'Endometriosis\n\nSurgeries and procedures\n\n  4. In vitro fertilisation (IVF) — helps many women with infertility caused by endometriosis to get pregnant.\n',
      'endometriosis.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0005133', kind: 'Disease', name: 'endometriosis', source: 'MONDO' }),
        makeEntry({ id: 'HP:0000789', kind: 'Phenotype', name: 'Infertility', source: 'HPO' }),
        makeEntry({ id: 'medkg:procedure:in-vitro-fertilisation', kind: 'Procedure', name: 'in vitro fertilisation', source: 'medkg', synonyms: [{ name: 'IVF', scope: 'abbreviation' }] }),
      ],
    ).edges.filter((edge) => edge.predicate === 'TREATS').map((edge) => `${edge.subject} ${edge.object}`);
    expect(treats).toEqual(['medkg:procedure:in-vitro-fertilisation HP:0000789']);
  });
});

describe('a complication item that says which treatment brought it on', () => {
  it('gives that treatment the complication as an adverse effect', () => {
    const graph = relateText(
      'Hodgkin Lymphoma\n\nComplications\n\n  1. Heart disease — from doxorubicin and chest radiotherapy.\n  2. Underactive thyroid (hypothyroidism) — after radiotherapy to the neck.\n',
      'hodgkin-lymphoma.txt',
      'Cancer',
      [
        makeEntry({ id: 'MONDO:0004952', kind: 'Disease', name: 'Hodgkin lymphoma', source: 'MONDO' }),
        makeEntry({ id: 'MONDO:0005267', kind: 'Disease', name: 'heart disease', source: 'MONDO' }),
        makeEntry({ id: 'MONDO:0005420', kind: 'Disease', name: 'hypothyroidism', source: 'MONDO' }),
        makeEntry({ id: 'DRUGBANK:DB00997', kind: 'Drug', name: 'Doxorubicin', source: 'DrugBank' }),
        makeEntry({ id: 'medkg:procedure:radiotherapy', kind: 'Procedure', name: 'radiotherapy', source: 'medkg' }),
      ],
    );
    const harms = graph.edges.filter((edge) => edge.predicate === 'HAS_ADVERSE_EFFECT').map((edge) => `${edge.subject} ${edge.object}`);
    expect(harms.sort()).toEqual(['DRUGBANK:DB00997 MONDO:0005267', 'medkg:procedure:radiotherapy MONDO:0005267', 'medkg:procedure:radiotherapy MONDO:0005420']);
  });
});

describe('a caution followed by a sentence of examples', () => {
  const graph = relateText(
    'Long QT Syndrome (LQTS)\n\nDrug treatments\n\n(Note: metoprolol has not been shown to protect as well as nadolol or propranolol and is not recommended for LQTS.)\n\nMedicines that lengthen the QT interval should be avoided in people with LQTS. Examples are the macrolides erythromycin and clarithromycin, and the antipsychotic haloperidol.\n',
    'long-qt-syndrome.txt',
    'Diseases',
    [
      makeEntry({ id: 'MONDO:0002442', kind: 'Disease', name: 'long QT syndrome', source: 'MONDO', synonyms: [{ name: 'LQTS', scope: 'abbreviation' }] }),
      makeEntry({ id: 'DRUGBANK:DB00199', kind: 'Drug', name: 'Erythromycin', source: 'DrugBank' }),
      makeEntry({ id: 'DRUGBANK:DB01211', kind: 'Drug', name: 'Clarithromycin', source: 'DrugBank' }),
      makeEntry({ id: 'DRUGBANK:DB00502', kind: 'Drug', name: 'Haloperidol', source: 'DrugBank' }),
      makeEntry({ id: 'medkg:drug:antipsychotics', kind: 'Drug', name: 'antipsychotics', source: 'medkg', synonyms: [{ name: 'antipsychotic', scope: 'exact' }] }),
      makeEntry({ id: 'DRUGBANK:DB00264', kind: 'Drug', name: 'Metoprolol', source: 'DrugBank' }),
      makeEntry({ id: 'DRUGBANK:DB01203', kind: 'Drug', name: 'Nadolol', source: 'DrugBank' }),
      makeEntry({ id: 'DRUGBANK:DB00571', kind: 'Drug', name: 'Propranolol', source: 'DrugBank' }),
    ],
  );
  const avoided = graph.edges.filter((edge) => edge.predicate === 'CONTRAINDICATED_IN').map((edge) => edge.subject);

  it('gives the examples the caution, not the class word that describes one of them', () => {
    expect(avoided).toEqual(expect.arrayContaining(['DRUGBANK:DB00199', 'DRUGBANK:DB01211', 'DRUGBANK:DB00502']));
    expect(avoided).not.toContain('medkg:drug:antipsychotics');
  });

  it('reads "not recommended" after "has not been shown to" as no benefit, and spares what it is compared with', () => {
    expect(avoided.filter((id) => ['DRUGBANK:DB00264', 'DRUGBANK:DB01203', 'DRUGBANK:DB00571'].includes(id))).toEqual([]);
  });
});

describe("a drug page's aim named with what came before it", () => {
  it('treats the aim, not the condition it follows', () => {
    const graph = relateText(
      'Gabapentin\n\nBrand names\n\n  1. GRALISE — a once-daily tablet approved only for nerve pain after shingles.\n\nWhat is it used for?\n\n  1. Postherpetic neuralgia — nerve pain that lasts after shingles has healed.\n',
      'gabapentin.txt',
      'Drugs',
      [
        makeEntry({ id: 'DRUGBANK:DB00996', kind: 'Drug', name: 'Gabapentin', source: 'DrugBank', synonyms: [{ name: 'GRALISE', scope: 'brand' }] }),
        makeEntry({ id: 'MONDO:0005609', kind: 'Disease', name: 'herpes zoster', source: 'MONDO', synonyms: [{ name: 'shingles', scope: 'exact' }] }),
        makeEntry({ id: 'MONDO:0041052', kind: 'Disease', name: 'postherpetic neuralgia', source: 'MONDO' }),
      ],
    );
    const treated = graph.edges.filter((edge) => edge.predicate === 'TREATS').map((edge) => edge.object);
    expect(treated).toEqual(['MONDO:0041052']);
  });
});

describe('a note that people are screened for an infection before a medicine is started', () => {
  it('gives the medicine no treatment of that infection', () => {
    const graph = relateText(
      'Ankylosing Spondylitis\n\nDrug treatments\n\nImportant: before a JAK inhibitor is started, everyone is screened for tuberculosis, because these medicines can wake up a hidden infection.\n',
      'ankylosing-spondylitis.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0005306', kind: 'Disease', name: 'ankylosing spondylitis', source: 'MONDO' }),
        makeEntry({ id: 'MONDO:0018076', kind: 'Disease', name: 'tuberculosis', source: 'MONDO' }),
        makeEntry({ id: 'medkg:drug:jak-inhibitors', kind: 'Drug', name: 'JAK inhibitors', source: 'medkg', synonyms: [{ name: 'JAK inhibitor', scope: 'exact' }] }),
      ],
    );
    expect(graph.edges.filter((edge) => edge.predicate === 'TREATS' && edge.object === 'MONDO:0018076')).toEqual([]);
  });
});

describe("a drug item whose own Purpose line says it has not been shown to help", () => {
  it('treats nothing', () => {
    const graph = relateText(
      'Charcot-Marie-Tooth Disease\n\nDrug treatments\n\nDrug 3. Ascorbic acid (vitamin C)\n• Purpose: once hoped to reduce PMP22; high-dose vitamin C has not been shown to help CMT1A in large trials and is not recommended.\n',
      'charcot-marie-tooth-disease.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0015626', kind: 'Disease', name: 'Charcot-Marie-Tooth disease', source: 'MONDO' }),
        makeEntry({ id: 'DRUGBANK:DB00126', kind: 'Drug', name: 'Ascorbic acid', source: 'DrugBank', synonyms: [{ name: 'vitamin C', scope: 'exact' }] }),
        makeEntry({ id: 'MONDO:0007309', kind: 'Disease', name: 'Charcot-Marie-Tooth disease type 1A', source: 'MONDO', synonyms: [{ name: 'CMT1A', scope: 'abbreviation' }] }),
      ],
    );
    expect(graph.edges.filter((edge) => edge.predicate === 'TREATS')).toEqual([]);
  });

  it('treats nothing when trials "did not show that it improves" the topic', () => {
    const graph = relateText(
      'Duchenne Muscular Dystrophy\n\nDrug treatments\n\nDrug 4. Coenzyme Q10\n• Purpose: an antioxidant tried for muscle strength; two small trials did not show that it improves walking, and it is not licensed for DMD.\n',
      'duchenne-muscular-dystrophy.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0010679', kind: 'Disease', name: 'Duchenne muscular dystrophy', source: 'MONDO', synonyms: [{ name: 'DMD', scope: 'abbreviation' }] }),
        makeEntry({ id: 'medkg:drug:coenzyme-q10', kind: 'Drug', name: 'coenzyme Q10', source: 'medkg' }),
      ],
    );
    expect(graph.edges.filter((edge) => edge.predicate === 'TREATS')).toEqual([]);
  });
});

describe('a Purpose line that says who the drug is given to', () => {
  it('treats the condition of "women with …" or "people with …"', () => {
    const graph = relateText(
      'Iron Deficiency Anaemia\n\nDrug treatments\n\nDrug 3. Tranexamic acid (CYKLOKAPRON®)\n• Purpose: makes periods lighter in women with heavy menstrual bleeding, a common cause of iron loss.\n',
      'iron-deficiency-anaemia.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0001356', kind: 'Disease', name: 'iron deficiency anemia', source: 'MONDO', synonyms: [{ name: 'iron deficiency anaemia', scope: 'exact' }] }),
        makeEntry({ id: 'DRUGBANK:DB00302', kind: 'Drug', name: 'Tranexamic acid', source: 'DrugBank' }),
        makeEntry({ id: 'HP:0000132', kind: 'Phenotype', name: 'Menorrhagia', source: 'HPO', synonyms: [{ name: 'heavy menstrual bleeding', scope: 'exact' }] }),
      ],
    );
    expect(graph.edges.filter((edge) => edge.predicate === 'TREATS' && edge.object === 'HP:0000132').map((edge) => edge.subject)).toEqual(['DRUGBANK:DB00302']);
  });
});

describe('a note of medicines used only to ease symptoms', () => {
  it('gives them no treatment of the topic', () => {
    const graph = relateText(
      'Pancreatic Cancer\n\nDrug treatments\n\n(Note: anti-sickness medicines such as ondansetron are used to ease symptoms.)\n',
      'pancreatic-cancer.txt',
      'Cancer',
      [
        makeEntry({ id: 'MONDO:0009831', kind: 'Disease', name: 'pancreatic cancer', source: 'MONDO' }),
        makeEntry({ id: 'DRUGBANK:DB00904', kind: 'Drug', name: 'Ondansetron', source: 'DrugBank' }),
      ],
    );
    expect(graph.edges.filter((edge) => edge.predicate === 'TREATS')).toEqual([]);
  });
});

describe('a drug item whose Purpose line clears an infection', () => {
  const entries = [
    makeEntry({ id: 'MONDO:0001056', kind: 'Disease', name: 'gastric cancer', source: 'MONDO', synonyms: [{ name: 'stomach cancer', scope: 'exact' }] }),
    makeEntry({ id: 'medkg:disease:helicobacter-pylori-infection', kind: 'Disease', name: 'Helicobacter pylori infection', source: 'medkg' }),
    makeEntry({ id: 'DRUGBANK:DB00338', kind: 'Drug', name: 'Omeprazole', source: 'DrugBank' }),
  ];
  it('treats the infection, not the cancer it can lead to', () => {
    const graph = relateText(
      'Stomach Cancer\n\nDrug treatments\n\nDrug 4. Omeprazole triple therapy (omeprazole with two antibiotics)\n• Purpose: a one-week course that clears Helicobacter pylori infection in people at high risk.\n',
      'stomach-cancer.txt',
      'Cancer',
      entries,
    );
    expect(graph.edges.filter((edge) => edge.predicate === 'TREATS' && edge.object === 'MONDO:0001056')).toEqual([]);
  });

  it('still treats the topic when what it clears is the topic itself ("clear the cancer")', () => {
    const graph = relateText(
      'Stomach Cancer\n\nDrug treatments\n\nDrug 2. Omeprazole (LOSEC®)\n• Purpose: used with chemotherapy, which aims to clear the cancer.\n',
      'stomach-cancer.txt',
      'Cancer',
      entries,
    );
    expect(graph.edges.filter((edge) => edge.predicate === 'TREATS' && edge.object === 'MONDO:0001056').map((edge) => edge.subject)).toEqual(['DRUGBANK:DB00338']);
  });
});

describe('a side-effect line that puts one finding down to a member drug in an aside', () => {
  it('gives the findings after the aside to the item, not to that member', () => {
    const graph = relateText(
      'Colorectal Cancer\n\nDrug treatments\n\nDrug 1. CAPOX chemotherapy (capecitabine with oxaliplatin)\n• Side effects: tingling in the hands (peripheral neuropathy, from oxaliplatin), diarrhoea and hair loss.\n',
      'colorectal-cancer.txt',
      'Cancer',
      [
        makeEntry({ id: 'MONDO:0005575', kind: 'Disease', name: 'colorectal cancer', source: 'MONDO' }),
        makeEntry({ id: 'medkg:drug:capox', kind: 'Drug', name: 'CAPOX chemotherapy', source: 'medkg' }),
        makeEntry({ id: 'DRUGBANK:DB01101', kind: 'Drug', name: 'Capecitabine', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB00526', kind: 'Drug', name: 'Oxaliplatin', source: 'DrugBank' }),
        makeEntry({ id: 'HP:0009830', kind: 'Phenotype', name: 'Peripheral neuropathy', source: 'HPO' }),
        makeEntry({ id: 'HP:0002014', kind: 'Phenotype', name: 'Diarrhea', source: 'HPO', synonyms: [{ name: 'diarrhoea', scope: 'exact' }] }),
        makeEntry({ id: 'HP:0001596', kind: 'Phenotype', name: 'Alopecia', source: 'HPO', synonyms: [{ name: 'hair loss', scope: 'exact' }] }),
      ],
    );
    const effects = graph.edges.filter((edge) => edge.predicate === 'HAS_ADVERSE_EFFECT' && edge.object !== 'HP:0009830').map((edge) => `${edge.subject} ${edge.object}`);
    expect(effects.sort()).toEqual(['medkg:drug:capox HP:0001596', 'medkg:drug:capox HP:0002014']);
  });
});

describe('a caution whose population is the topic in shorter words', () => {
  it('contraindicates the drug in the topic', () => {
    const graph = relateText(
      'Nonsyndromic genetic hearing loss\n\nDrug treatments\n\nAvoid gentamicin in people with hearing loss where another antibiotic will do, because it can damage the inner ear.\n',
      'nonsyndromic-genetic-hearing-loss.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0019497', kind: 'Disease', name: 'nonsyndromic genetic hearing loss', source: 'MONDO' }),
        makeEntry({ id: 'HP:0000365', kind: 'Phenotype', name: 'Hearing impairment', source: 'HPO', synonyms: [{ name: 'hearing loss', scope: 'exact' }] }),
        makeEntry({ id: 'DRUGBANK:DB00798', kind: 'Drug', name: 'Gentamicin', source: 'DrugBank' }),
      ],
    );
    expect(graph.edges.filter((edge) => edge.predicate === 'CONTRAINDICATED_IN').map((edge) => `${edge.subject} ${edge.object}`)).toEqual(['DRUGBANK:DB00798 MONDO:0019497']);
  });
});

describe("a caution whose population is one of the topic's complications, named by a word of the topic's old name", () => {
  it('contraindicates the drug in that complication, not in the topic', () => {
    const graph = relateText(
      'Primary biliary cholangitis\n\nOther names\n\n  1. Primary biliary cirrhosis — the old name.\n\nComplications\n\n  1. Cirrhosis — scarring of the whole liver.\n\nDrug treatments\n\nDrug 2. Obeticholic acid (OCALIVA)\n• Purpose: added to ursodiol when the response is not enough.\n• Cautions: it must not be used in people with decompensated cirrhosis, or with cirrhosis and signs of portal hypertension, because serious liver injury has occurred.\n',
      'primary-biliary-cholangitis.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0005388', kind: 'Disease', name: 'primary biliary cholangitis', source: 'MONDO', synonyms: [{ name: 'primary biliary cirrhosis', scope: 'exact' }] }),
        makeEntry({ id: 'HP:0001394', kind: 'Phenotype', name: 'Cirrhosis', source: 'HPO' }),
        makeEntry({ id: 'DRUGBANK:DB05990', kind: 'Drug', name: 'Obeticholic acid', source: 'DrugBank' }),
      ],
    );
    expect(graph.edges.filter((edge) => edge.predicate === 'CONTRAINDICATED_IN').map((edge) => `${edge.subject} ${edge.object}`)).toEqual(['DRUGBANK:DB05990 HP:0001394']);
  });
});

describe('a drug prose names with an aim the article has no entity for', () => {
  it('treats neither that aim nor the topic ("to prevent clots")', () => {
    const graph = relateText(
      'Multiple Myeloma\n\nDrug treatments\n\nPeople on lenalidomide also take aspirin to prevent clots in the legs.\n',
      'multiple-myeloma.txt',
      'Cancer',
      [
        makeEntry({ id: 'MONDO:0009693', kind: 'Disease', name: 'multiple myeloma', source: 'MONDO' }),
        makeEntry({ id: 'DRUGBANK:DB00945', kind: 'Drug', name: 'Acetylsalicylic acid', source: 'DrugBank', synonyms: [{ name: 'aspirin', scope: 'exact' }] }),
        makeEntry({ id: 'DRUGBANK:DB00480', kind: 'Drug', name: 'Lenalidomide', source: 'DrugBank' }),
      ],
    );
    expect(graph.edges.filter((edge) => edge.predicate === 'TREATS' && edge.subject === 'DRUGBANK:DB00945')).toEqual([]);
  });
});

describe('medicines given for the sake of another treatment', () => {
  it('do not treat the topic, while the treatment the sentence goes on to name does', () => {
    const subjects = relateText(
      'Testicular cancer\n\nDrug treatments\n\nDrug 1. Cisplatin (PLATINOL)\n• Purpose: the key medicine of chemotherapy for testicular cancer.\n\nDrug 2. Ondansetron (ZOFRAN)\n• Purpose: given before each chemotherapy dose to prevent sickness.\n\n(Note: filgrastim injections may be given to raise the white cell count between cycles, and high-dose chemotherapy is used when the cancer comes back.)\n',
      'testicular-cancer.txt',
      'Cancer',
      [
        makeEntry({ id: 'MONDO:0005447', kind: 'Disease', name: 'testicular cancer', source: 'MONDO' }),
        makeEntry({ id: 'DRUGBANK:DB00515', kind: 'Drug', name: 'Cisplatin', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB00904', kind: 'Drug', name: 'Ondansetron', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB00099', kind: 'Drug', name: 'Filgrastim', source: 'DrugBank' }),
        makeEntry({ id: 'medkg:drug:chemotherapy', kind: 'Drug', name: 'chemotherapy', source: 'medkg-seed' }),
      ],
    )
      .edges.filter((edge) => edge.predicate === 'TREATS' && edge.object === 'MONDO:0005447')
      .map((edge) => edge.subject)
      .sort();
    expect(subjects).toEqual(['DRUGBANK:DB00515', 'medkg:drug:chemotherapy']);
  });

  it('nor does a procedure done "before any treatment that may affect fertility"', () => {
    const subjects = relateText(
      'Testicular cancer\n\nSurgeries and procedures\n\n  1. Radical inguinal orchiectomy — removal of the affected testicle; the first treatment for every type.\n  2. Sperm banking — freezing sperm before any treatment that may affect fertility.\n',
      'testicular-cancer.txt',
      'Cancer',
      [makeEntry({ id: 'MONDO:0005447', kind: 'Disease', name: 'testicular cancer', source: 'MONDO' })],
    )
      .edges.filter((edge) => edge.predicate === 'TREATS' && edge.object === 'MONDO:0005447')
      .map((edge) => edge.subject);
    expect(subjects).toEqual(['medkg:procedure:radical-inguinal-orchiectomy']);
  });
});

describe('a Cautions line that names a test for a condition first', () => {
  it('gives the condition the test is named for no adverse effect', () => {
    const edges = relateText(
      'Behcet disease\n\nDrug treatments\n\nDrug 6. Infliximab (REMICADE)\n• Purpose: for severe uveitis.\n• Cautions: a tuberculosis test comes first.\n',
      'behcets-disease.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0007191', kind: 'Disease', name: 'Behcet disease', source: 'MONDO' }),
        makeEntry({ id: 'DRUGBANK:DB00065', kind: 'Drug', name: 'Infliximab', source: 'DrugBank', synonyms: [{ name: 'Remicade', scope: 'brand' }] }),
        makeEntry({ id: 'MONDO:0018076', kind: 'Disease', name: 'tuberculosis', source: 'MONDO' }),
      ],
    ).edges.filter((edge) => edge.object === 'MONDO:0018076' && edge.predicate !== 'MENTIONS');
    expect(edges).toEqual([]);
  });
});

describe('a Cautions line that says who could become pregnant', () => {
  it('gives pregnancy as where the drug must not be used, never as its effect', () => {
    const edges = relateText(
      'Idiopathic pulmonary fibrosis\n\nDrug treatments\n\nDrug 2. Nintedanib (OFEV)\n• Purpose: slows the decline in lung function.\n• Cautions: nintedanib must not be used in pregnancy because it can harm an unborn baby; women who could become pregnant need reliable contraception.\n',
      'idiopathic-pulmonary-fibrosis.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0800504', kind: 'Disease', name: 'idiopathic pulmonary fibrosis', source: 'MONDO' }),
        makeEntry({ id: 'DRUGBANK:DB09079', kind: 'Drug', name: 'Nintedanib', source: 'DrugBank', synonyms: [{ name: 'Ofev', scope: 'brand' }] }),
        makeEntry({ id: 'medkg:phenotype:pregnancy', kind: 'Phenotype', name: 'pregnancy', source: 'medkg-seed', synonyms: [{ name: 'pregnant', scope: 'exact' }] }),
      ],
    )
      .edges.filter((edge) => edge.object === 'medkg:phenotype:pregnancy' && edge.predicate !== 'MENTIONS')
      .map((edge) => edge.predicate);
    expect(edges).toEqual(['CONTRAINDICATED_IN']);
  });
});

describe('a class head that lists its members after a colon', () => {
  it('gives the side effects of its lines to each member, not to the class', () => {
    const edges = relateText(
      'Behcet disease\n\nDrug treatments\n\nDrug 6. Anti-TNF agents: infliximab (REMICADE) and adalimumab (HUMIRA)\n• Purpose: for severe uveitis.\n• Side effects: fever after the infusion.\n',
      'behcets-disease.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0007191', kind: 'Disease', name: 'Behcet disease', source: 'MONDO' }),
        makeEntry({ id: 'DRUGBANK:DB00065', kind: 'Drug', name: 'Infliximab', source: 'DrugBank', synonyms: [{ name: 'Remicade', scope: 'brand' }] }),
        makeEntry({ id: 'DRUGBANK:DB00051', kind: 'Drug', name: 'Adalimumab', source: 'DrugBank', synonyms: [{ name: 'Humira', scope: 'brand' }] }),
        makeEntry({ id: 'HP:0001945', kind: 'Phenotype', name: 'Fever', source: 'HPO' }),
      ],
    )
      .edges.filter((edge) => edge.predicate === 'HAS_ADVERSE_EFFECT')
      .map((edge) => `${edge.subject} ${edge.object}`)
      .sort();
    expect(edges).toEqual(['DRUGBANK:DB00051 HP:0001945', 'DRUGBANK:DB00065 HP:0001945']);
  });
});

describe("a drug page's caution that opens with what the drug is used for", () => {
  it('contraindicates the drug in the people the caution names, not in what it is used for', () => {
    const edges = relateText(
      'Rituximab\n\nCautions and interactions\n\nFor rheumatoid arthritis, rituximab should not be used in people with severe heart failure.\n',
      'rituximab.txt',
      'Drugs',
      [
        makeEntry({ id: 'DRUGBANK:DB00073', kind: 'Drug', name: 'Rituximab', source: 'DrugBank' }),
        makeEntry({ id: 'MONDO:0008383', kind: 'Disease', name: 'rheumatoid arthritis', source: 'MONDO' }),
        makeEntry({ id: 'HP:0001635', kind: 'Phenotype', name: 'Congestive heart failure', source: 'HPO', synonyms: [{ name: 'heart failure', scope: 'exact' }] }),
      ],
    )
      .edges.filter((edge) => edge.predicate === 'CONTRAINDICATED_IN')
      .map((edge) => edge.object);
    expect(edges).toEqual(['HP:0001635']);
  });
});

describe('a Cautions line that says the drug "is not used in men with" a condition', () => {
  it('contraindicates the drug in that condition', () => {
    const edges = relateText(
      'Testicular cancer\n\nDrug treatments\n\nDrug 2. Bleomycin\n• Purpose: part of BEP chemotherapy.\n• Cautions: bleomycin is not used in men with serious lung disease, who are given four cycles of EP instead.\n',
      'testicular-cancer.txt',
      'Cancer',
      [
        makeEntry({ id: 'MONDO:0005447', kind: 'Disease', name: 'testicular cancer', source: 'MONDO' }),
        makeEntry({ id: 'DRUGBANK:DB00290', kind: 'Drug', name: 'Bleomycin', source: 'DrugBank' }),
        makeEntry({ id: 'MONDO:0005275', kind: 'Disease', name: 'lung disorder', source: 'MONDO', synonyms: [{ name: 'lung disease', scope: 'exact' }] }),
      ],
    )
      .edges.filter((edge) => edge.predicate === 'CONTRAINDICATED_IN')
      .map((edge) => `${edge.subject} ${edge.object}`);
    expect(edges).toEqual(['DRUGBANK:DB00290 MONDO:0005275']);
  });
});

describe('a Cautions line that says when the drug must stop being used', () => {
  it('contraindicates it in the condition named after "once", not in the topic', () => {
    const edges = relateText(
      'Cystinosis\n\nDrug treatments\n\nDrug 5. Indomethacin\n• Purpose: reduces the loss of water and salts in the urine.\n• Cautions: indomethacin should not be used once chronic kidney disease has developed.\n',
      'cystinosis.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0016239', kind: 'Disease', name: 'cystinosis', source: 'MONDO' }),
        makeEntry({ id: 'DRUGBANK:DB00328', kind: 'Drug', name: 'Indomethacin', source: 'DrugBank' }),
        makeEntry({ id: 'MONDO:0005300', kind: 'Disease', name: 'chronic kidney disease', source: 'MONDO' }),
      ],
    )
      .edges.filter((edge) => edge.predicate === 'CONTRAINDICATED_IN')
      .map((edge) => edge.object);
    expect(edges).toEqual(['MONDO:0005300']);
  });
});

describe("a Purpose line read as one of HPO's organ groupings", () => {
  it('treats no grouping of findings', () => {
    const edges = relateText(
      'Behcet disease\n\nDrug treatments\n\nDrug 7. Interferon alfa-2a\n• Purpose: an injection used for eye disease when other medicines fail.\n',
      'behcets-disease.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0007191', kind: 'Disease', name: 'Behcet disease', source: 'MONDO' }),
        makeEntry({ id: 'DRUGBANK:DB00034', kind: 'Drug', name: 'Interferon alfa-2a', source: 'DrugBank' }),
        makeEntry({ id: 'HP:0000478', kind: 'Phenotype', name: 'Abnormality of the eye', source: 'HPO', synonyms: [{ name: 'Eye disease', scope: 'related' }] }),
      ],
    )
      .edges.filter((edge) => edge.predicate === 'TREATS')
      .map((edge) => edge.object);
    expect(edges).toEqual(['MONDO:0007191']);
  });
});

describe('a Purpose line that says whom the drug is for by what they develop', () => {
  it('treats that condition', () => {
    const edges = relateText(
      'Cystinosis\n\nDrug treatments\n\nDrug 7. Levothyroxine\n• Purpose: replaces thyroid hormone in people who develop hypothyroidism.\n',
      'cystinosis.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0016239', kind: 'Disease', name: 'cystinosis', source: 'MONDO' }),
        makeEntry({ id: 'DRUGBANK:DB00451', kind: 'Drug', name: 'Levothyroxine', source: 'DrugBank' }),
        makeEntry({ id: 'HP:0000821', kind: 'Phenotype', name: 'Hypothyroidism', source: 'HPO' }),
      ],
    )
      .edges.filter((edge) => edge.predicate === 'TREATS')
      .map((edge) => edge.object);
    expect(edges).toContain('HP:0000821');
  });
});

describe('a caution about children who take another drug', () => {
  it('contraindicates the caution\'s drug, not the one the children take', () => {
    const edges = relateText(
      'Kawasaki disease\n\nDrug treatments\n\nDrug 2. Aspirin\n• Purpose: reduces fever and inflammation.\n• Cautions: ibuprofen should not be used in children with Kawasaki disease who take aspirin.\n',
      'kawasaki-disease.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0012727', kind: 'Disease', name: 'Kawasaki disease', source: 'MONDO' }),
        makeEntry({ id: 'DRUGBANK:DB00945', kind: 'Drug', name: 'Acetylsalicylic acid', source: 'DrugBank', synonyms: [{ name: 'aspirin', scope: 'exact' }] }),
        makeEntry({ id: 'DRUGBANK:DB01050', kind: 'Drug', name: 'Ibuprofen', source: 'DrugBank' }),
      ],
    )
      .edges.filter((edge) => edge.predicate === 'CONTRAINDICATED_IN')
      .map((edge) => edge.subject);
    expect(edges).not.toContain('DRUGBANK:DB00945');
  });
});

describe('drug cards and procedures the line says are for something else', () => {
  const entries = [
    makeEntry({ id: 'MONDO:0007745', kind: 'Disease', name: 'Gilbert syndrome', source: 'MONDO' }),
    makeEntry({ id: 'MONDO:0005109', kind: 'Disease', name: 'HIV infection', source: 'MONDO' }),
    makeEntry({ id: 'MONDO:0005575', kind: 'Disease', name: 'colorectal cancer', source: 'MONDO', synonyms: [{ name: 'bowel cancer', scope: 'exact' }] }),
    makeEntry({ id: 'DRUGBANK:DB01174', kind: 'Drug', name: 'Phenobarbital', source: 'DrugBank' }),
    makeEntry({ id: 'DRUGBANK:DB00762', kind: 'Drug', name: 'Irinotecan', source: 'DrugBank' }),
    makeEntry({ id: 'DRUGBANK:DB01072', kind: 'Drug', name: 'Atazanavir', source: 'DrugBank' }),
  ];
  const text = `Gilbert Syndrome

Definition

Gilbert syndrome is a harmless inherited condition.

Drug treatments

Drug 1. Phenobarbital (LUMINAL®)Enzyme inducer
• Purpose: lowers bilirubin within two weeks.

Drug 2. Irinotecan (CAMPTOSAR®)Chemotherapy — a caution, not a treatment
• Purpose: a cancer medicine used in bowel cancer; the dose may be lower.

Drug 3. Atazanavir (REYATAZ®)Antiviral
• Purpose: a medicine for HIV infection.
`;
  const edges = relations(relateArticle(recogniseArticle(segmentText(text, 'gilbert-syndrome.txt', 'Diseases'), createLexicon(entries)), { contentHash: 'h' }));

  it('gives the topic no treatment from a card tagged "not a treatment"', () => {
    expect(edges).toContain('Phenobarbital TREATS Gilbert syndrome');
    expect(edges).not.toContain('Irinotecan TREATS Gilbert syndrome');
  });

  it('reads "a medicine for HIV infection" as another disease\'s medicine', () => {
    expect(edges).toContain('Atazanavir TREATS HIV infection');
    expect(edges).not.toContain('Atazanavir TREATS Gilbert syndrome');
  });

  it('lets a procedure done "to confirm" another condition diagnose that one, neither treating nor diagnosing the topic', () => {
    const procedureEntries = [
      makeEntry({ id: 'MONDO:0019735', kind: 'Disease', name: 'polymyalgia rheumatica', source: 'MONDO', synonyms: [{ name: 'PMR', scope: 'exact' }] }),
      makeEntry({ id: 'MONDO:0008538', kind: 'Disease', name: 'temporal arteritis', source: 'MONDO', synonyms: [{ name: 'giant cell arteritis', scope: 'exact' }, { name: 'GCA', scope: 'exact' }] }),
      makeEntry({ id: 'medkg:procedure:temporal-artery-biopsy', kind: 'Procedure', name: 'temporal artery biopsy', source: 'medkg-seed' }),
    ];
    const procedureText = 'Polymyalgia Rheumatica\n\nDefinition\n\nPolymyalgia rheumatica is an inflammatory condition.\n\nSurgeries and procedures\n\n  1. Temporal artery biopsy — a small piece of the artery is removed to confirm GCA; it is not done for PMR alone.\n';
    const found = relations(relateArticle(recogniseArticle(segmentText(procedureText, 'polymyalgia-rheumatica.txt', 'Diseases'), createLexicon(procedureEntries)), { contentHash: 'h' }));
    expect(found).toContain('temporal artery biopsy DIAGNOSES temporal arteritis');
    expect(found.filter((edge) => edge.startsWith('temporal artery biopsy') && edge.endsWith('polymyalgia rheumatica'))).toEqual([]);
  });
});

describe('a sub-point whose later clause speaks of the item\'s own drug', () => {
  it('lets the tests "checked while on it" monitor the item\'s drug, not a drug an earlier clause named', () => {
    const entries = [
      makeEntry({ id: 'MONDO:0019735', kind: 'Disease', name: 'polymyalgia rheumatica', source: 'MONDO' }),
      makeEntry({ id: 'DRUGBANK:DB00563', kind: 'Drug', name: 'Methotrexate', source: 'DrugBank' }),
      makeEntry({ id: 'DRUGBANK:DB00158', kind: 'Drug', name: 'Folic acid', source: 'DrugBank' }),
      makeEntry({ id: 'medkg:test:liver-function-tests', kind: 'Test', name: 'liver function tests', source: 'medkg-seed' }),
    ];
    const text = 'Polymyalgia Rheumatica\n\nDefinition\n\nPolymyalgia rheumatica is an inflammatory condition.\n\nDrug treatments\n\nDrug 3. MethotrexateSteroid-sparing\n• Purpose: a once-weekly tablet that lets the steroid dose be lowered.\n• Cautions: folic acid is taken on another day of the week; liver function tests are checked regularly while on it.\n';
    const edges = relations(relateArticle(recogniseArticle(segmentText(text, 'polymyalgia-rheumatica.txt', 'Diseases'), createLexicon(entries)), { contentHash: 'h' }));
    expect(edges).toContain('liver function tests MONITORS Methotrexate');
    expect(edges).not.toContain('liver function tests MONITORS Folic acid');
  });
});

describe('supportive medicines a drugs note names', () => {
  it('treat nothing of the topic when they help blood counts recover or ease sickness, while a medicine the note gives for the topic does', () => {
    const entries = [
      makeEntry({ id: 'MONDO:0005072', kind: 'Disease', name: 'neuroblastoma', source: 'MONDO' }),
      makeEntry({ id: 'DRUGBANK:DB00099', kind: 'Drug', name: 'Filgrastim', source: 'DrugBank' }),
      makeEntry({ id: 'DRUGBANK:DB00904', kind: 'Drug', name: 'Ondansetron', source: 'DrugBank' }),
      makeEntry({ id: 'DRUGBANK:DB00762', kind: 'Drug', name: 'Irinotecan', source: 'DrugBank' }),
    ];
    const text = 'Neuroblastoma\n\nDefinition\n\nNeuroblastoma is a cancer of immature nerve cells.\n\nDrug treatments\n\n(Note: filgrastim injections help white cells recover after chemotherapy, and ondansetron eases sickness; irinotecan is used for neuroblastoma that has come back.)\n';
    const edges = relations(relateArticle(recogniseArticle(segmentText(text, 'neuroblastoma.txt', 'Cancer'), createLexicon(entries)), { contentHash: 'h' }));
    expect(edges).not.toContain('Filgrastim TREATS neuroblastoma');
    expect(edges).not.toContain('Ondansetron TREATS neuroblastoma');
    expect(edges).toContain('Irinotecan TREATS neuroblastoma');
  });
});

describe('a caution that names a condition as an example of a class', () => {
  it('contraindicates the drug in the example ("during an active infection such as tuberculosis")', () => {
    const entries = [
      makeEntry({ id: 'MONDO:0019735', kind: 'Disease', name: 'polymyalgia rheumatica', source: 'MONDO' }),
      makeEntry({ id: 'DRUGBANK:DB11767', kind: 'Drug', name: 'Sarilumab', source: 'DrugBank', synonyms: [{ name: 'KEVZARA', scope: 'brand' }] }),
      makeEntry({ id: 'MONDO:0018076', kind: 'Disease', name: 'tuberculosis', source: 'MONDO', synonyms: [{ name: 'TB', scope: 'exact' }] }),
    ];
    const text = 'Polymyalgia Rheumatica\n\nDefinition\n\nPolymyalgia rheumatica is an inflammatory condition.\n\nDrug treatments\n\nDrug 4. Sarilumab (KEVZARA®)\n• Purpose: an interleukin-6 blocker for PMR that flares whenever steroids are reduced.\n• Cautions: should not be started during an active infection such as tuberculosis; a screening test comes first.\n';
    const edges = relations(relateArticle(recogniseArticle(segmentText(text, 'polymyalgia-rheumatica.txt', 'Diseases'), createLexicon(entries)), { contentHash: 'h' }));
    expect(edges).toContain('Sarilumab CONTRAINDICATED_IN tuberculosis');
    expect(edges).not.toContain('Sarilumab CONTRAINDICATED_IN polymyalgia rheumatica');
  });
});

describe('a procedure head that removes a condition', () => {
  it('treats that condition with each procedure it names, not the topic ("Removal of kidney stones (lithotripsy or surgery)")', () => {
    const entries = [
      makeEntry({ id: 'MONDO:0008753', kind: 'Disease', name: 'alkaptonuria', source: 'MONDO' }),
      makeEntry({ id: 'DOID:585', kind: 'Disease', name: 'kidney stone', source: 'DO', synonyms: [{ name: 'kidney stones', scope: 'exact' }] }),
      makeEntry({ id: 'medkg:procedure:lithotripsy', kind: 'Procedure', name: 'lithotripsy', source: 'medkg-seed' }),
    ];
    const text = 'Alkaptonuria\n\nDefinition\n\nAlkaptonuria is a rare inherited metabolic disorder.\n\nSurgeries and procedures\n\n  1. Removal of kidney stones (lithotripsy or surgery).\n';
    const edges = relations(relateArticle(recogniseArticle(segmentText(text, 'alkaptonuria.txt', 'Diseases'), createLexicon(entries)), { contentHash: 'h' }));
    expect(edges).toContain('lithotripsy TREATS kidney stone');
    expect(edges).not.toContain('lithotripsy TREATS alkaptonuria');
  });
});

describe("a treatment item aimed at one of the topic's own signs", () => {
  it('treats the sign as well as the topic, though the line goes on to say when ("— for heavy periods that do not respond to medicines")', () => {
    const entries = [
      makeEntry({ id: 'MONDO:0019565', kind: 'Disease', name: 'hereditary von Willebrand disease', source: 'MONDO', synonyms: [{ name: 'von Willebrand disease', scope: 'exact' }] }),
      makeEntry({ id: 'HP:0000132', kind: 'Phenotype', name: 'Menorrhagia', source: 'HPO', synonyms: [{ name: 'heavy periods', scope: 'exact' }] }),
      makeEntry({ id: 'medkg:procedure:endometrial-ablation', kind: 'Procedure', name: 'endometrial ablation', source: 'medkg' }),
    ];
    const text = 'Von Willebrand Disease\n\nSymptoms\n\n  1. Heavy periods — lasting more than a week.\n\nSurgeries and procedures\n\n  1. Endometrial ablation — for heavy periods that do not respond to medicines.\n';
    const edges = relations(relateArticle(recogniseArticle(segmentText(text, 'von-willebrand-disease.txt', 'Diseases'), createLexicon(entries)), { contentHash: 'h' }));
    expect(edges).toContain('endometrial ablation TREATS Menorrhagia');
    expect(edges).toContain('endometrial ablation TREATS hereditary von Willebrand disease');
  });
});

describe('a drug head that joins two different drugs with a slash', () => {
  it('gives each drug the card\'s side effects ("Gabapentin (NEURONTIN®) / pregabalin (LYRICA®)")', () => {
    const entries = [
      makeEntry({ id: 'MONDO:0015626', kind: 'Disease', name: 'Charcot-Marie-Tooth disease', source: 'MONDO' }),
      makeEntry({ id: 'DRUGBANK:DB00996', kind: 'Drug', name: 'Gabapentin', source: 'DrugBank', synonyms: [{ name: 'NEURONTIN', scope: 'brand' }] }),
      makeEntry({ id: 'DRUGBANK:DB00230', kind: 'Drug', name: 'Pregabalin', source: 'DrugBank', synonyms: [{ name: 'LYRICA', scope: 'brand' }] }),
      makeEntry({ id: 'HP:0002321', kind: 'Phenotype', name: 'Vertigo', source: 'HPO', synonyms: [{ name: 'dizziness', scope: 'exact' }] }),
    ];
    const text = 'Charcot-Marie-Tooth Disease\n\nDefinition\n\nCharcot-Marie-Tooth disease is an inherited nerve disorder.\n\nDrug treatments\n\nDrug 1. Gabapentin (NEURONTIN®) / pregabalin (LYRICA®)Nerve-pain medicines\n• Purpose: relieve burning, shooting nerve pain.\n• Side effects: dizziness.\n';
    const edges = relations(relateArticle(recogniseArticle(segmentText(text, 'charcot-marie-tooth-disease.txt', 'Diseases'), createLexicon(entries)), { contentHash: 'h' }));
    expect(edges).toEqual(expect.arrayContaining(['Gabapentin HAS_ADVERSE_EFFECT Vertigo', 'Pregabalin HAS_ADVERSE_EFFECT Vertigo']));
  });
});

describe('a Purpose line that names another drug only to say when its own is given', () => {
  it('speaks of the card\'s own drug ("given 6 hours after each cisplatin dose to lower the risk of hearing loss")', () => {
    const graph = relateText(
      '# Medulloblastoma\n\n## Drug treatments\n\n**Drug 1. Cisplatin**\n- Purpose: one of the main medicines after surgery.\n\n**Drug 6. Sodium thiosulfate (PEDMARK®)**\n- Purpose: given 6 hours after each cisplatin dose to lower the risk of hearing loss in children.\n',
      'medulloblastoma.md',
      'Cancer',
      [
        makeEntry({ id: 'MONDO:0007959', kind: 'Disease', name: 'medulloblastoma', source: 'MONDO' }),
        makeEntry({ id: 'DRUGBANK:DB00515', kind: 'Drug', name: 'Cisplatin', source: 'DrugBank' }),
        makeEntry({ id: 'HP:0000365', kind: 'Phenotype', name: 'Hearing impairment', source: 'HPO', synonyms: [{ name: 'hearing loss', scope: 'exact' }] }),
      ],
    );
    const ofHearing = graph.edges.filter((edge) => edge.object === 'HP:0000365' && edge.predicate !== 'MENTIONS').map((edge) => `${edge.subject} ${edge.predicate}`);
    expect(ofHearing).toEqual(['medkg:drug:sodium-thiosulfate TREATS']);
  });
});

describe('a side effect whose qualifiers hide a finding the vocabulary knows', () => {
  it('is that finding ("permanent high-pitched hearing loss" is hearing loss)', () => {
    const graph = relateText(
      '# Medulloblastoma\n\n## Drug treatments\n\n**Drug 1. Cisplatin**\n- Purpose: one of the main medicines after surgery.\n- Side effects: permanent high-pitched hearing loss, nausea and vomiting.\n',
      'medulloblastoma.md',
      'Cancer',
      [
        makeEntry({ id: 'MONDO:0007959', kind: 'Disease', name: 'medulloblastoma', source: 'MONDO' }),
        makeEntry({ id: 'DRUGBANK:DB00515', kind: 'Drug', name: 'Cisplatin', source: 'DrugBank' }),
        makeEntry({ id: 'HP:0000365', kind: 'Phenotype', name: 'Hearing impairment', source: 'HPO', synonyms: [{ name: 'hearing loss', scope: 'exact' }] }),
      ],
    );
    const harms = graph.edges.filter((edge) => edge.predicate === 'HAS_ADVERSE_EFFECT').map((edge) => edge.object);
    expect(harms).toContain('HP:0000365');
    expect(graph.nodes.map((node) => node.name).filter((name) => /permanent/iu.test(name))).toEqual([]);
  });
});

describe("a drug card whose Caution says the drug should be avoided in the topic", () => {
  it('makes the card\'s drug contraindicated in the topic, not a treatment of it', () => {
    const graph = relateText(
      '# Primary hyperparathyroidism (PHPT)\n\n## Drug treatments\n\n**Drug 1. Cinacalcet (SENSIPAR®)**\n- Purpose: lowers blood calcium in people who cannot have surgery.\n\n**Drug 4. Thiazide diuretics**\n- Caution: should be avoided in PHPT, because they reduce the calcium lost in urine.\n',
      'primary-hyperparathyroidism.md',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0010837', kind: 'Disease', name: 'primary hyperparathyroidism', source: 'MONDO' }),
        makeEntry({ id: 'DRUGBANK:DB01012', kind: 'Drug', name: 'Cinacalcet', source: 'DrugBank' }),
        makeEntry({ id: 'medkg:drug:thiazide-diuretics', kind: 'Drug', name: 'thiazide diuretics', source: 'medkg' }),
      ],
    );
    const aboutTopic = graph.edges.filter((edge) => edge.object === 'MONDO:0010837' && (edge.predicate === 'TREATS' || edge.predicate === 'CONTRAINDICATED_IN')).map((edge) => `${edge.subject} ${edge.predicate}`);
    expect(aboutTopic.sort()).toEqual(['DRUGBANK:DB01012 TREATS', 'medkg:drug:thiazide-diuretics CONTRAINDICATED_IN']);
  });
});

describe('a side effect followed by a bracket that describes it in lay words', () => {
  it('is the side effect named before the bracket ("injection-site reactions (pain or small lumps)")', () => {
    const graph = relateText(
      '# Menkes disease\n\n## Drug treatments\n\n**Drug 1. Copper histidinate**\n- Purpose: injections under the skin that deliver copper to the body.\n- Side effects: injection-site reactions (pain or small lumps).\n',
      'menkes-disease.md',
      'Diseases',
      [makeEntry({ id: 'MONDO:0010651', kind: 'Disease', name: 'Menkes disease', source: 'MONDO' })],
    );
    const names = new Map(graph.nodes.map((node) => [node.id, node.name]));
    const harms = graph.edges.filter((edge) => edge.predicate === 'HAS_ADVERSE_EFFECT').map((edge) => names.get(edge.object));
    expect(harms).toEqual(['injection-site reactions']);
  });
});

describe('a drug card named with its route whose Purpose says it has none', () => {
  const graph = relateText(
    '# Menkes disease\n\n## Drug treatments\n\n**Drug 2. Copper sulfate by mouth**\n- Purpose: none in Menkes disease; copper taken by mouth does not work, because it cannot pass from the gut into the blood.\n',
    'menkes-disease.md',
    'Diseases',
    [
      makeEntry({ id: 'MONDO:0010651', kind: 'Disease', name: 'Menkes disease', source: 'MONDO' }),
      makeEntry({ id: 'DRUGBANK:DB06778', kind: 'Drug', name: 'Cupric sulfate', source: 'DrugBank', synonyms: [{ name: 'copper sulfate', scope: 'exact' }] }),
    ],
  );

  it('names the drug without the route ("by mouth")', () => {
    expect(graph.nodes.some((node) => node.id === 'DRUGBANK:DB06778')).toBe(true);
    expect(graph.nodes.map((node) => node.name).filter((name) => /by mouth/iu.test(name))).toEqual([]);
  });

  it('treats nothing with it', () => {
    expect(graph.edges.filter((edge) => edge.predicate === 'TREATS')).toEqual([]);
  });
});

describe('a side effect named in a lay description that a bracketed clinical term then names', () => {
  const entries = [
    makeEntry({ id: 'MONDO:0007959', kind: 'Disease', name: 'medulloblastoma', source: 'MONDO' }),
    makeEntry({ id: 'DRUGBANK:DB00541', kind: 'Drug', name: 'Vincristine', source: 'DrugBank' }),
    makeEntry({ id: 'HP:0009830', kind: 'Phenotype', name: 'Peripheral neuropathy', source: 'HPO' }),
    makeEntry({ id: 'HP:0003401', kind: 'Phenotype', name: 'Paresthesia', source: 'HPO', synonyms: [{ name: 'tingling', scope: 'exact' }] }),
    makeEntry({ id: 'HP:0002019', kind: 'Phenotype', name: 'Constipation', source: 'HPO' }),
    makeEntry({ id: 'HP:0000958', kind: 'Phenotype', name: 'Dry skin', source: 'HPO' }),
    makeEntry({ id: 'HP:0001818', kind: 'Phenotype', name: 'Paronychia', source: 'HPO' }),
  ];
  const harms = (sideEffects: string): string[] =>
    relateText(`# Medulloblastoma\n\n## Drug treatments\n\n**Drug 2. Vincristine (ONCOVIN®)**\n- Purpose: given weekly during radiotherapy.\n- Side effects: ${sideEffects}\n`, 'medulloblastoma.md', 'Cancer', entries)
      .edges.filter((edge) => edge.predicate === 'HAS_ADVERSE_EFFECT')
      .map((edge) => edge.object)
      .sort();

  it('is only the term ("tingling or numbness in the hands and feet (peripheral neuropathy)")', () => {
    expect(harms('constipation, and tingling or numbness in the hands and feet (peripheral neuropathy).')).toEqual(['HP:0002019', 'HP:0009830']);
  });

  it('keeps a side effect the list names beside the bracketed one ("dry skin and nail-fold infections (paronychia)")', () => {
    expect(harms('dry skin and nail-fold infections (paronychia).')).toEqual(['HP:0000958', 'HP:0001818']);
  });
});

describe('a treatment avoided in a group the sentence opens with', () => {
  const relations = (sentence: string): string[] =>
    relateText(
      `Medulloblastoma\n\nSurgeries and procedures\n\n  1. Craniospinal radiotherapy — radiation to the whole brain and spine. ${sentence}\n`,
      'medulloblastoma.txt',
      'Cancer',
      [
        makeEntry({ id: 'MONDO:0007959', kind: 'Disease', name: 'medulloblastoma', source: 'MONDO' }),
        makeEntry({ id: 'MONDO:0007187', kind: 'Disease', name: 'nevoid basal cell carcinoma syndrome', source: 'MONDO', synonyms: [{ name: 'Gorlin syndrome', scope: 'exact' }] }),
        makeEntry({ id: 'medkg:procedure:radiation-therapy', kind: 'Procedure', name: 'radiation therapy', source: 'medkg', synonyms: [{ name: 'radiotherapy', scope: 'exact' }] }),
      ],
    )
      .edges.filter((edge) => edge.predicate === 'CONTRAINDICATED_IN')
      .map((edge) => edge.object);

  it('is contraindicated in the condition of that group ("In children with Gorlin syndrome, radiotherapy is avoided")', () => {
    expect(relations('In children with Gorlin syndrome, radiotherapy is avoided where possible because it causes many skin cancers.')).toEqual(['MONDO:0007187']);
  });

  it('is contraindicated in nothing when the group is an age ("In children under 3, radiotherapy is delayed or avoided")', () => {
    expect(relations('In children under 3, radiotherapy is delayed or avoided because it harms the growing brain.')).toEqual([]);
  });
});

describe('a procedure whose line says it relieves a complication the page names', () => {
  it('treats that complication as well as the topic ("… or a shunt (ventriculoperitoneal shunt) — relieves hydrocephalus")', () => {
    const edges = relateText(
      'Medulloblastoma\n\nComplications\n\n  1. Hydrocephalus — the tumour blocks the flow of fluid.\n\nSurgeries and procedures\n\n  1. Endoscopic third ventriculostomy (ETV) or a shunt (ventriculoperitoneal shunt) — relieves hydrocephalus that does not settle after surgery.\n',
      'medulloblastoma.txt',
      'Cancer',
      [
        makeEntry({ id: 'MONDO:0007959', kind: 'Disease', name: 'medulloblastoma', source: 'MONDO' }),
        makeEntry({ id: 'HP:0000238', kind: 'Phenotype', name: 'Hydrocephalus', source: 'HPO' }),
        makeEntry({ id: 'medkg:procedure:ventriculoperitoneal-shunt', kind: 'Procedure', name: 'ventriculoperitoneal shunt', source: 'medkg' }),
      ],
    ).edges.filter((edge) => edge.predicate === 'TREATS').map((edge) => `${edge.subject} ${edge.object}`);
    expect(edges).toContain('medkg:procedure:ventriculoperitoneal-shunt HP:0000238');
    expect(edges).toContain('medkg:procedure:ventriculoperitoneal-shunt MONDO:0007959');
  });
});

describe('a drug card given for a condition people also have', () => {
  it('does not treat the topic ("Purpose: for people who also have iron-deficiency anaemia")', () => {
    const treats = relateText(
      '# Pernicious anaemia\n\n## Drug treatments\n\n**Drug 1. Hydroxocobalamin**\n- Purpose: injections that replace vitamin B12.\n\n**Drug 4. Iron tablets (ferrous sulfate)**\n- Purpose: for people who also have iron-deficiency anaemia.\n',
      'pernicious-anaemia.md',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0008228', kind: 'Disease', name: 'pernicious anemia', source: 'MONDO', synonyms: [{ name: 'pernicious anaemia', scope: 'exact' }] }),
        makeEntry({ id: 'MONDO:0001356', kind: 'Disease', name: 'iron deficiency anemia', source: 'MONDO', synonyms: [{ name: 'iron-deficiency anaemia', scope: 'exact' }] }),
        makeEntry({ id: 'DRUGBANK:DB00200', kind: 'Drug', name: 'Hydroxocobalamin', source: 'DrugBank' }),
        makeEntry({ id: 'DRUGBANK:DB13257', kind: 'Drug', name: 'Ferrous sulfate anhydrous', source: 'DrugBank', synonyms: [{ name: 'ferrous sulfate', scope: 'exact' }] }),
      ],
    ).edges.filter((edge) => edge.predicate === 'TREATS' && edge.object === 'MONDO:0008228').map((edge) => edge.subject);
    expect(treats).toEqual(['DRUGBANK:DB00200']);
  });
});

describe('a side effect felt in two places joined by "and"', () => {
  it('is one finding ("pain in the arms and legs"), not a finding and a body part', () => {
    const graph = relateText(
      '# X-linked hypophosphataemia\n\n## Drug treatments\n\n**Drug 1. Burosumab (CRYSVITA®)**\n- Purpose: an injection that raises blood phosphate.\n- Side effects: injection-site reactions, headache and pain in the arms and legs.\n',
      'x-linked-hypophosphataemia.md',
      'Diseases',
      [makeEntry({ id: 'MONDO:0010619', kind: 'Disease', name: 'X-linked dominant hypophosphatemic rickets', source: 'MONDO', synonyms: [{ name: 'X-linked hypophosphataemia', scope: 'exact' }] })],
    );
    const names = new Map(graph.nodes.map((node) => [node.id, node.name]));
    const harms = graph.edges.filter((edge) => edge.predicate === 'HAS_ADVERSE_EFFECT').map((edge) => names.get(edge.object));
    expect(harms).toContain('pain in the arms and legs');
    expect(harms).not.toContain('pain in the arms');
  });
});

describe("a drug card's caution against use while a condition is active", () => {
  it('contraindicates the drug in that condition, not in the topic, and names no side effect ("should not be used while a cancer such as leukaemia is active")', () => {
    const edges = relateText(
      '# Noonan syndrome\n\n## Drug treatments\n\n**Drug 1. Somatropin (growth hormone)**\n- Purpose: approved for short stature in children with Noonan syndrome.\n- Cautions: somatropin should not be used while a cancer such as leukaemia is active; the heart is checked first.\n',
      'noonan-syndrome.md',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0018997', kind: 'Disease', name: 'Noonan syndrome', source: 'MONDO' }),
        makeEntry({ id: 'MONDO:0005059', kind: 'Disease', name: 'leukemia', source: 'MONDO', synonyms: [{ name: 'leukaemia', scope: 'exact' }] }),
        makeEntry({ id: 'DRUGBANK:DB00052', kind: 'Drug', name: 'Somatotropin', source: 'DrugBank', synonyms: [{ name: 'somatropin', scope: 'exact' }] }),
      ],
    ).edges.filter((edge) => edge.predicate !== 'MENTIONS' && edge.predicate !== 'ABOUT').map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);
    expect(edges).toContain('DRUGBANK:DB00052 CONTRAINDICATED_IN MONDO:0005059');
    expect(edges).not.toContain('DRUGBANK:DB00052 HAS_ADVERSE_EFFECT MONDO:0005059');
    expect(edges).not.toContain('DRUGBANK:DB00052 CONTRAINDICATED_IN MONDO:0018997');
  });
});

describe('a drug card named for a drug and what is given beside it ("Ifosfamide with mesna", "High-dose methotrexate with leucovorin rescue")', () => {
  const graph = relateText(
    '# Osteosarcoma\n\n## Drug treatments\n\n**Drug 1. High-dose methotrexate with leucovorin rescue**\n- Purpose: part of MAP chemotherapy before and after surgery.\n- Side effects: mouth sores (mucositis).\n\n**Drug 2. Pemetrexed with cisplatin**\n- Purpose: a first treatment.\n\n**Drug 4. Ifosfamide with mesna**\n- Purpose: used when osteosarcoma comes back.\n- Side effects: bladder bleeding (haemorrhagic cystitis), which mesna helps to prevent.\n',
    'osteosarcoma.md',
    'Cancer',
    [
      makeEntry({ id: 'MONDO:0009807', kind: 'Disease', name: 'osteosarcoma', source: 'MONDO' }),
      makeEntry({ id: 'DRUGBANK:DB00563', kind: 'Drug', name: 'Methotrexate', source: 'DrugBank' }),
      makeEntry({ id: 'DRUGBANK:DB00650', kind: 'Drug', name: 'Leucovorin', source: 'DrugBank' }),
      makeEntry({ id: 'DRUGBANK:DB01181', kind: 'Drug', name: 'Ifosfamide', source: 'DrugBank' }),
      makeEntry({ id: 'DRUGBANK:DB00642', kind: 'Drug', name: 'Pemetrexed', source: 'DrugBank' }),
      makeEntry({ id: 'DRUGBANK:DB00515', kind: 'Drug', name: 'Cisplatin', source: 'DrugBank' }),
      makeEntry({ id: 'medkg:phenotype:mucositis', kind: 'Phenotype', name: 'mucositis', source: 'medkg' }),
    ],
  );
  const pairs = (predicate: string): string[] => graph.edges.filter((edge) => edge.predicate === predicate).map((edge) => `${edge.subject} ${edge.object}`);

  it('makes the first drug the card\'s own, with its side effects', () => {
    expect(pairs('TREATS')).toEqual(expect.arrayContaining(['DRUGBANK:DB00563 MONDO:0009807', 'DRUGBANK:DB01181 MONDO:0009807']));
    expect(pairs('HAS_ADVERSE_EFFECT')).toContain('DRUGBANK:DB00563 medkg:phenotype:mucositis');
    expect(graph.nodes.map((node) => node.name).filter((name) => / with /u.test(name))).toEqual([]);
  });

  it('keeps two drugs the vocabulary knows ("Pemetrexed with cisplatin") a regimen of both', () => {
    expect(pairs('TREATS')).toEqual(expect.arrayContaining(['DRUGBANK:DB00642 MONDO:0009807', 'DRUGBANK:DB00515 MONDO:0009807']));
  });
});

describe("a drug card's dose line that says why the dose is raised slowly", () => {
  it('makes no contraindication ("Dose & timing: testosterone is started at a low dose …, because it can worsen behaviour")', () => {
    const graph = relateText(
      '# Prader-Willi syndrome\n\n## Drug treatments\n\n**Drug 3. Testosterone**\n- Purpose: sex hormone replacement, to support puberty and bone strength.\n- Dose & timing: testosterone is started at a low dose and raised slowly, because it can worsen behaviour in some boys.\n',
      'prader-willi-syndrome.md',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0008300', kind: 'Disease', name: 'Prader-Willi syndrome', source: 'MONDO' }),
        makeEntry({ id: 'DRUGBANK:DB00624', kind: 'Drug', name: 'Testosterone', source: 'DrugBank' }),
      ],
    );
    expect(graph.edges.filter((edge) => edge.predicate === 'CONTRAINDICATED_IN')).toEqual([]);
  });
});

describe("a drug card's Purpose that says what the drug may help", () => {
  it('treats each condition it names ("Purpose: may help obsessive-compulsive behaviour, anxiety and skin picking")', () => {
    const graph = relateText(
      '# Prader-Willi syndrome\n\n## Drug treatments\n\n**Drug 4. Fluoxetine**\n- Purpose: may help obsessive-compulsive behaviour, anxiety and skin picking.\n',
      'prader-willi-syndrome.md',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0008300', kind: 'Disease', name: 'Prader-Willi syndrome', source: 'MONDO' }),
        makeEntry({ id: 'DRUGBANK:DB00472', kind: 'Drug', name: 'Fluoxetine', source: 'DrugBank' }),
        makeEntry({ id: 'HP:0000722', kind: 'Phenotype', name: 'Obsessive-compulsive behavior', source: 'HPO', synonyms: [{ name: 'obsessive-compulsive behaviour', scope: 'exact' }] }),
        makeEntry({ id: 'HP:0000739', kind: 'Phenotype', name: 'Anxiety', source: 'HPO' }),
      ],
    );
    const treated = graph.edges.filter((edge) => edge.predicate === 'TREATS').map((edge) => edge.object);
    expect(treated).toEqual(expect.arrayContaining(['HP:0000722', 'HP:0000739']));
  });
});

describe("a drug card's side-effects list that says when an effect shows", () => {
  it('takes the effect, not "later in life"', () => {
    const graph = relateText(
      '# Wilms tumour\n\n## Drug treatments\n\n**Drug 3. Cyclophosphamide**\n- Purpose: used for high-risk tumours.\n- Side effects: low blood counts, and reduced fertility (infertility) later in life.\n',
      'wilms-tumour.md',
      'Cancer',
      [
        makeEntry({ id: 'MONDO:0006058', kind: 'Disease', name: 'Wilms tumor', source: 'MONDO', synonyms: [{ name: 'Wilms tumour', scope: 'exact' }] }),
        makeEntry({ id: 'DRUGBANK:DB00531', kind: 'Drug', name: 'Cyclophosphamide', source: 'DrugBank' }),
        makeEntry({ id: 'HP:0000789', kind: 'Phenotype', name: 'Infertility', source: 'HPO' }),
      ],
    );
    const effects = graph.edges.filter((edge) => edge.predicate === 'HAS_ADVERSE_EFFECT').map((edge) => edge.object);
    expect(effects).toContain('HP:0000789');
    expect(graph.nodes.map((node) => node.name).filter((name) => /later in life/iu.test(name))).toEqual([]);
  });
});
