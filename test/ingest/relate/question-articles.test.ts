// Articles whose headings are questions ("What is (are) X?", "What are the signs and symptoms of
// X?"), as NIH patient pages write them: their prose gives the topic's picture in long sentences
// with lay wording, glosses in parentheses and asides. Real read → clean → segment → recognise →
// relate stages over text of our own; entries are real (ids and names as in /work/shared/data/vocab).
import { describe, expect, it } from 'vitest';
import type { VocabEntry } from '../../../src/domain/vocabulary.js';
import { recogniseArticle } from '../../../src/ingest/recognise/recognise.js';
import { relateArticle } from '../../../src/ingest/relate/relate.js';
import { createLexicon } from '../../../src/lexicon/create.js';
import { SEED_SOURCE } from '../../../src/lexicon/merge.js';
import { makeEntry } from '../../../src/lexicon/model.js';
import { segmentText } from '../article-fixture.js';

function relations(text: string, file: string, entries: VocabEntry[]): string[] {
  const graph = relateArticle(recogniseArticle(segmentText(text, file, 'Diseases'), createLexicon(entries)), { contentHash: 'h' });
  return graph.edges.filter((edge) => edge.predicate !== 'MENTIONS' && edge.predicate !== 'ABOUT').map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);
}

const HED = 'DOID:14793';
const entries = [
  makeEntry({ id: HED, kind: 'Disease', name: 'hypohidrotic ectodermal dysplasia', source: 'DO' }),
  makeEntry({ id: 'HP:0000966', kind: 'Phenotype', name: 'Hypohidrosis', source: 'HPO' }),
  makeEntry({ id: 'HP:0001006', kind: 'Phenotype', name: 'Hypotrichosis', source: 'HPO' }),
  makeEntry({ id: 'HP:0000964', kind: 'Phenotype', name: 'Eczema', source: 'HPO' }),
];

describe('negation in question-heading prose', () => {
  const text = `hypohidrotic ectodermal dysplasia

What is (are) hypohidrotic ectodermal dysplasia?
Children with hypohidrotic ectodermal dysplasia sweat very little (hypohidrosis) because their sweat glands are too few or do not work. Their body hair is thin (hypotrichosis), which does not change with age. Eczema is not a feature of this condition.
`;
  const edges = relations(text, 'hed.txt', entries);

  it('does not let a negation inside a following reason or relative clause deny the finding before it', () => {
    expect(edges).toContain(`${HED} HAS_PHENOTYPE HP:0000966`);
    expect(edges).toContain(`${HED} HAS_PHENOTYPE HP:0001006`);
  });

  it('does not let a negation in a following "when" clause deny the finding before it', () => {
    const edges = relations(
      `hypohidrotic ectodermal dysplasia\n\nWhat is (are) hypohidrotic ectodermal dysplasia?\nChildren with hypohidrotic ectodermal dysplasia get eczema when the skin is not kept moist.\n`,
      'hed-when.txt',
      entries,
    );
    expect(edges).toContain(`${HED} HAS_PHENOTYPE HP:0000964`);
  });

  it('still denies a finding the clause itself denies', () => {
    expect(edges).not.toContain(`${HED} HAS_PHENOTYPE HP:0000964`);
  });
});

describe('a definition that lists the clinical picture', () => {
  const MYH9RD = 'medkg:disease:myh9-related-disorder';
  const picture = [
    makeEntry({ id: MYH9RD, kind: 'Disease', name: 'MYH9-related disorder', source: 'medkg' }),
    makeEntry({ id: 'HP:0000365', kind: 'Phenotype', name: 'Hearing impairment', source: 'HPO', synonyms: [{ name: 'hearing loss', scope: 'exact' }] }),
    makeEntry({ id: 'MONDO:0005365', kind: 'Disease', name: 'deafness', source: 'MONDO', synonyms: [{ name: 'hearing loss', scope: 'exact' }] }),
    makeEntry({ id: 'HP:0003552', kind: 'Phenotype', name: 'Muscle stiffness', source: 'HPO' }),
    makeEntry({ id: 'HP:0001257', kind: 'Phenotype', name: 'Spasticity', source: 'HPO' }),
    makeEntry({ id: 'MONDO:0005240', kind: 'Disease', name: 'kidney disease', source: 'MONDO' }),
  ];
  const text = `MYH9-related disorder

What is (are) MYH9-related disorder?
MYH9-related disorder is an inherited condition with signs and symptoms such as hearing loss, kidney disease and muscle stiffness (spasticity).
`;
  const edges = relations(text, 'myh9.txt', picture);

  it('reads a sign named in the first sentence\'s list as a sign, not as a disease of the same name', () => {
    expect(edges).toContain(`${MYH9RD} HAS_PHENOTYPE HP:0000365`);
    expect(edges.filter((edge) => edge.includes('MONDO:0005365'))).toEqual([]);
  });

  it('makes a disease in that list a complication of the topic', () => {
    expect(edges).toContain(`${MYH9RD} HAS_COMPLICATION MONDO:0005240`);
  });

  it('takes a description and the clinical term after it in parentheses for one finding, the term', () => {
    expect(edges).toContain(`${MYH9RD} HAS_PHENOTYPE HP:0001257`);
    expect(edges.filter((edge) => edge.includes('HP:0003552'))).toEqual([]);
  });
});

describe('a condition that causes a sign in its own clause', () => {
  const RLS = 'DOID:0050425';
  const lookAlikes = [
    makeEntry({ id: RLS, kind: 'Disease', name: 'restless legs syndrome', source: 'DO', synonyms: [{ name: 'RLS', scope: 'abbreviation' }] }),
    makeEntry({ id: 'HP:0001369', kind: 'Phenotype', name: 'Arthritis', source: 'HPO' }),
    makeEntry({ id: 'DOID:0050830', kind: 'Disease', name: 'peripheral artery disease', source: 'DO' }),
    makeEntry({ id: 'HP:0100785', kind: 'Phenotype', name: 'Insomnia', source: 'HPO' }),
  ];
  const text = `Restless Legs Syndrome

What are the signs and symptoms of restless legs syndrome?
Restless legs syndrome can cause insomnia. Sometimes arthritis or peripheral artery disease (P.A.D.) can cause pain or discomfort in the legs.
`;
  const edges = relations(text, 'rls.txt', lookAlikes);

  it('is a look-alike of the topic, not its finding', () => {
    expect(edges.filter((edge) => edge.includes('HP:0001369') || edge.includes('DOID:0050830'))).toEqual([]);
  });

  it('keeps what the topic itself causes', () => {
    expect(edges).toContain(`${RLS} HAS_PHENOTYPE HP:0100785`);
  });
});

describe('numbered types of the topic', () => {
  const XAN = 'MONDO:0018106';
  const text = `hereditary xanthinuria

What is (are) hereditary xanthinuria?
Researchers have described two major forms of hereditary xanthinuria, types I and II. Hereditary xanthinuria type II is rarer. Kidney stones can form in either type.
`;
  const edges = relations(text, 'xanthinuria.txt', [makeEntry({ id: XAN, kind: 'Disease', name: 'hereditary xanthinuria', source: 'MONDO' })]);

  it('makes each listed and each named numbered type a subtype of the topic', () => {
    expect(edges).toContain(`medkg:disease:hereditary-xanthinuria-type-i SUBCLASS_OF ${XAN}`);
    expect(edges).toContain(`medkg:disease:hereditary-xanthinuria-type-ii SUBCLASS_OF ${XAN}`);
  });

  it('reads "either type" as no type', () => {
    expect(edges.filter((edge) => edge.includes('SUBCLASS_OF'))).toHaveLength(2);
  });

  it('reads a disease after a comma as the next item of a list, not as a type', () => {
    const listed = relations(
      `hereditary xanthinuria\n\nWhat is (are) hereditary xanthinuria?\nIt is not linked to hereditary xanthinuria, type 2 diabetes or gout.\n`,
      'xanthinuria.txt',
      [makeEntry({ id: XAN, kind: 'Disease', name: 'hereditary xanthinuria', source: 'MONDO' })],
    );
    expect(listed.filter((edge) => edge.includes('SUBCLASS_OF'))).toEqual([]);
  });
});

describe('a negation before a colon', () => {
  const BUERGER = 'DOID:12918';
  const text = `Buerger disease

How is Buerger disease treated?
The following treatments may also be helpful, but do not replace stopping smoking: Medications to dilate blood vessels and improve blood flow (e.g., intravenous iloprost) Walking exercises Amputation
`;
  const edges = relations(text, 'buerger.txt', [
    makeEntry({ id: BUERGER, kind: 'Disease', name: 'thromboangiitis obliterans', source: 'DO', synonyms: [{ name: 'Buerger disease', scope: 'exact' }] }),
    makeEntry({ id: 'DRUGBANK:DB01088', kind: 'Drug', name: 'Iloprost', source: 'DrugBank' }),
  ]);

  it('does not reach the list the colon introduces', () => {
    expect(edges).toContain(`DRUGBANK:DB01088 TREATS ${BUERGER}`);
  });
});

describe('a negation inside a description that a bracketed name glosses', () => {
  const CSCD = 'MONDO:0012401';
  const eyes = [
    makeEntry({ id: CSCD, kind: 'Disease', name: 'congenital stromal corneal dystrophy', source: 'MONDO' }),
    makeEntry({ id: 'HP:0000486', kind: 'Phenotype', name: 'Strabismus', source: 'HPO' }),
    makeEntry({ id: 'HP:0000639', kind: 'Phenotype', name: 'Nystagmus', source: 'HPO' }),
    makeEntry({ id: 'HP:0000646', kind: 'Phenotype', name: 'Amblyopia', source: 'HPO' }),
    makeEntry({ id: 'HP:0000613', kind: 'Phenotype', name: 'Photophobia', source: 'HPO' }),
  ];
  const edges = relations(
    `congenital stromal corneal dystrophy

What is (are) congenital stromal corneal dystrophy?
Congenital stromal corneal dystrophy is an inherited eye disorder. Affected people may also have a weak eye (amblyopia), eyes that do not point the same way (strabismus), eye movements that cannot be controlled (nystagmus) and discomfort in bright light (photophobia).
`,
    'cscd.txt',
    eyes,
  );

  it('keeps the glossed sign and the signs listed after it', () => {
    expect(edges).toContain(`${CSCD} HAS_PHENOTYPE HP:0000486`);
    expect(edges).toContain(`${CSCD} HAS_PHENOTYPE HP:0000613`);
    expect(edges).toContain(`${CSCD} HAS_PHENOTYPE HP:0000646`);
    expect(edges).toContain(`${CSCD} HAS_PHENOTYPE HP:0000639`);
  });

  it('still lets a plain negation deny what it reaches', () => {
    const denied = relations(
      `congenital stromal corneal dystrophy\n\nWhat is (are) congenital stromal corneal dystrophy?\nPeople who do not have photophobia may still have this condition. It does not make the eyes move on their own (nystagmus).\n`,
      'cscd-denied.txt',
      eyes,
    );
    expect(denied).not.toContain(`${CSCD} HAS_PHENOTYPE HP:0000639`);
    expect(denied).not.toContain(`${CSCD} HAS_PHENOTYPE HP:0000613`);
  });
});

describe('a definition that names complications and the class of its topic', () => {
  const NAGSD = 'MONDO:0009377';
  const entries = [
    makeEntry({ id: NAGSD, kind: 'Disease', name: 'N-acetylglutamate synthase deficiency', source: 'MONDO' }),
    makeEntry({ id: 'HP:0001263', kind: 'Phenotype', name: 'Global developmental delay', source: 'HPO', synonyms: [{ name: 'developmental delay', scope: 'exact' }] }),
    makeEntry({ id: 'HP:0001250', kind: 'Phenotype', name: 'Seizure', source: 'HPO' }),
    makeEntry({ id: 'MONDO:0004739', kind: 'Disease', name: 'urea cycle disorder', source: 'MONDO' }),
    makeEntry({ id: 'MONDO:0003847', kind: 'Disease', name: 'hereditary disease', source: 'MONDO', synonyms: [{ name: 'genetic disease', scope: 'exact' }] }),
  ];
  const edges = relations(
    `N-acetylglutamate synthase deficiency

What is (are) N-acetylglutamate synthase deficiency?
Babies with N-acetylglutamate synthase deficiency may have seizures. Complications of this condition may include developmental delay. N-acetylglutamate synthase deficiency belongs to a class of genetic diseases called urea cycle disorders.
`,
    'nagsd.txt',
    entries,
  );

  it('makes a sign the sentence calls a complication a complication', () => {
    expect(edges).toContain(`${NAGSD} HAS_COMPLICATION HP:0001263`);
    expect(edges).not.toContain(`${NAGSD} HAS_PHENOTYPE HP:0001263`);
    expect(edges).toContain(`${NAGSD} HAS_PHENOTYPE HP:0001250`);
  });

  it('takes "belongs to a class of … called Y" as a subclass of Y, not of the description before "called"', () => {
    expect(edges).toContain(`${NAGSD} SUBCLASS_OF MONDO:0004739`);
    expect(edges).not.toContain(`${NAGSD} SUBCLASS_OF MONDO:0003847`);
  });
});

describe('a compact symptom list with shared-noun items, then a paragraph', () => {
  const PYELO = 'MONDO:0006939';
  const entries = [
    makeEntry({ id: PYELO, kind: 'Disease', name: 'pyelonephritis', source: 'MONDO' }),
    makeEntry({ id: 'HP:0003418', kind: 'Phenotype', name: 'Back pain', source: 'HPO' }),
    makeEntry({ id: 'HP:0100518', kind: 'Phenotype', name: 'Dysuria', source: 'HPO', synonyms: [{ name: 'painful urination', scope: 'exact' }] }),
    makeEntry({ id: 'HP:0100515', kind: 'Phenotype', name: 'Pollakisuria', source: 'HPO', synonyms: [{ name: 'frequent urination', scope: 'exact' }] }),
    makeEntry({ id: 'HP:0002018', kind: 'Phenotype', name: 'Nausea', source: 'HPO' }),
    makeEntry({ id: 'HP:0002027', kind: 'Phenotype', name: 'Abdominal pain', source: 'HPO' }),
    makeEntry({ id: 'HP:0001289', kind: 'Phenotype', name: 'Confusion', source: 'HPO' }),
  ];
  const graph = relateArticle(
    recogniseArticle(
      segmentText(
        `pyelonephritis

What are the symptoms of pyelonephritis?
Symptoms may include the following:

  1. back, side, and groin pain
  2. frequent, painful urination
  3. nausea, abdominal pain

Older people may not have any symptoms of the urinary tract; instead, they may show confusion.
`,
        'pyelo.txt',
        'Diseases',
      ),
      createLexicon(entries),
    ),
    { contentHash: 'h' },
  );
  const names = new Map(graph.nodes.map((node) => [node.id, node.name]));
  const findings = graph.edges.filter((edge) => edge.predicate === 'HAS_PHENOTYPE').map((edge) => names.get(edge.object));

  it('reads each modifier with the shared noun as a finding, known or local', () => {
    expect(findings).toEqual(expect.arrayContaining(['Back pain', 'side pain', 'groin pain', 'Pollakisuria', 'Dysuria']));
  });

  it('does not take a finding listed before another for a modifier of its noun', () => {
    expect(findings).toEqual(expect.arrayContaining(['Nausea', 'Abdominal pain']));
    expect(findings).not.toContain('nausea pain');
  });

  it('does not run the last item of a compact list over the paragraph after it', () => {
    expect(findings).toContain('Confusion');
  });
});

describe('medicines a causes section lists as triggers of the topic', () => {
  const RLS = 'MONDO:0005391';
  const entries = [
    makeEntry({ id: RLS, kind: 'Disease', name: 'restless legs syndrome', source: 'MONDO' }),
    // As the seed lexicon has it: the sign, with the syndrome's name as a name of its own.
    makeEntry({ id: 'HP:0012452', kind: 'Phenotype', name: 'restless legs', source: SEED_SOURCE, synonyms: [{ name: 'restless legs syndrome', scope: 'exact' }] }),
    makeEntry({ id: 'medkg:drug:antidepressants', kind: 'Drug', name: 'antidepressants', source: 'medkg' }),
    makeEntry({ id: 'medkg:drug:calcium-channel-blockers', kind: 'Drug', name: 'calcium channel blockers', source: 'medkg' }),
    makeEntry({ id: 'medkg:drug:iron-supplements', kind: 'Drug', name: 'iron supplements', source: 'medkg' }),
    makeEntry({ id: 'MONDO:0002050', kind: 'Disease', name: 'depression', source: 'MONDO' }),
  ];
  const text = `Restless Legs Syndrome

What is (are) Restless Legs Syndrome?
Restless legs syndrome (RLS) is a disorder that causes a strong urge to move the legs.

What causes Restless Legs Syndrome?
Low iron in the brain may cause RLS; iron supplements can help.

Certain medicines may trigger RLS. These include some:

Antidepressants (used to treat depression)

Calcium channel blockers (used to treat high blood pressure)

Symptoms often improve when the medicine is stopped.
`;
  const edges = relations(text, 'rls.txt', entries);

  it('makes each listed medicine bring the topic on as an adverse effect', () => {
    expect(edges).toContain(`medkg:drug:antidepressants HAS_ADVERSE_EFFECT ${RLS}`);
    expect(edges).toContain(`medkg:drug:calcium-channel-blockers HAS_ADVERSE_EFFECT ${RLS}`);
  });

  it('does not take a medicine named beside a cause for one', () => {
    expect(edges.filter((edge) => edge.startsWith('medkg:drug:iron-supplements'))).toEqual([]);
  });

  it("reads the article's short form of its topic as the topic, not as a phenotype of the same name", () => {
    const recognised = recogniseArticle(segmentText(text, 'rls.txt', 'Diseases'), createLexicon(entries));
    expect(recognised.abbreviations.get('RLS')).toBe(RLS);
  });
});

describe('a description running on to its clinical term in parentheses', () => {
  const MAD = 'MONDO:0007056';
  const edges = relations(
    `mandibuloacral dysplasia

What is (are) mandibuloacral dysplasia?
Mandibuloacral dysplasia is a condition of bone development. Other bone problems include loss of bone from the tips of the fingers (acroosteolysis). It may come with weight gain. Lipodystrophy (fat loss) is common.
`,
    'mad.txt',
    [
      makeEntry({ id: MAD, kind: 'Disease', name: 'mandibuloacral dysplasia', source: 'MONDO' }),
      makeEntry({ id: 'HP:0000939', kind: 'Phenotype', name: 'Osteoporosis', source: 'HPO', synonyms: [{ name: 'bone loss', scope: 'exact' }] }),
      makeEntry({ id: 'HP:0009771', kind: 'Phenotype', name: 'Osteolytic defects of the phalanges of the hand', source: 'HPO', synonyms: [{ name: 'acroosteolysis', scope: 'exact' }] }),
      makeEntry({ id: 'HP:0004324', kind: 'Phenotype', name: 'Increased body weight', source: 'HPO', synonyms: [{ name: 'weight gain', scope: 'exact' }] }),
      makeEntry({ id: 'HP:0009125', kind: 'Phenotype', name: 'Lipodystrophy', source: 'HPO' }),
    ],
  );

  it('takes the term for the finding, not the description', () => {
    expect(edges).toContain(`${MAD} HAS_PHENOTYPE HP:0009771`);
    expect(edges).not.toContain(`${MAD} HAS_PHENOTYPE HP:0000939`);
  });

  it('does not take a cause the description gives for a gloss of it', () => {
    const walking = relations(
      `mandibuloacral dysplasia\n\nWhat is (are) mandibuloacral dysplasia?\nPeople with this condition have problems walking due to reduced sensation in their legs (peripheral neuropathy).\n`,
      'mad-walking.txt',
      [
        makeEntry({ id: MAD, kind: 'Disease', name: 'mandibuloacral dysplasia', source: 'MONDO' }),
        makeEntry({ id: 'HP:0002355', kind: 'Phenotype', name: 'Difficulty walking', source: 'HPO' }),
        makeEntry({ id: 'HP:0009830', kind: 'Phenotype', name: 'Peripheral neuropathy', source: 'HPO' }),
      ],
    );
    expect(walking).toContain(`${MAD} HAS_PHENOTYPE HP:0002355`);
    expect(walking).toContain(`${MAD} HAS_PHENOTYPE HP:0009830`);
  });

  it('leaves findings in other sentences alone', () => {
    expect(edges).toContain(`${MAD} HAS_PHENOTYPE HP:0004324`);
    expect(edges).toContain(`${MAD} HAS_PHENOTYPE HP:0009125`);
  });
});

describe('a treatment a complication is said to need', () => {
  const FABRY = 'MONDO:0010526';
  const edges = relations(
    `Fabry disease

What are the complications of Fabry disease?
The most serious complications are kidney failure, which may need dialysis, and stroke. Dialysis is not a cure for Fabry disease.
`,
    'fabry.txt',
    [
      makeEntry({ id: FABRY, kind: 'Disease', name: 'Fabry disease', source: 'MONDO' }),
      makeEntry({ id: 'HP:0000083', kind: 'Phenotype', name: 'Renal insufficiency', source: 'HPO', synonyms: [{ name: 'kidney failure', scope: 'exact' }] }),
      makeEntry({ id: 'MONDO:0005098', kind: 'Disease', name: 'stroke disorder', source: 'MONDO', synonyms: [{ name: 'stroke', scope: 'exact' }] }),
      makeEntry({ id: 'medkg:procedure:dialysis', kind: 'Procedure', name: 'dialysis', source: 'medkg' }),
    ],
  );

  it('treats the condition the relative clause hangs on', () => {
    expect(edges).toContain('medkg:procedure:dialysis TREATS HP:0000083');
    expect(edges).not.toContain('medkg:procedure:dialysis TREATS MONDO:0005098');
    expect(edges).not.toContain(`medkg:procedure:dialysis TREATS ${FABRY}`);
  });
});

describe('a diagnostic test that also follows the disease', () => {
  const FABRY = 'MONDO:0010526';
  const edges = relations(
    `Fabry disease

How doctors confirm it

  1. Plasma lyso-Gb3 — high levels support the diagnosis, and it is repeated to monitor the response to treatment.
`,
    'fabry.txt',
    [makeEntry({ id: FABRY, kind: 'Disease', name: 'Fabry disease', source: 'MONDO' })],
  );

  it('diagnoses what it shows and monitors what it is repeated to follow', () => {
    const hd = relations(
      `Huntington disease\n\nHow is HD diagnosed?\n\n  1. Magnetic resonance imaging (MRI) of the brain: shows shrinkage of the caudate nucleus; MRI is repeated to follow how fast the brain changes.\n`,
      'huntington.txt',
      [
        makeEntry({ id: 'MONDO:0007739', kind: 'Disease', name: 'Huntington disease', source: 'MONDO' }),
        makeEntry({ id: 'medkg:test:brain-mri', kind: 'Test', name: 'brain MRI', source: 'medkg', synonyms: [{ name: 'magnetic resonance imaging of the brain', scope: 'exact' }] }),
      ],
    );
    expect(hd).toContain('medkg:test:brain-mri DIAGNOSES MONDO:0007739');
    expect(hd).toContain('medkg:test:brain-mri MONITORS MONDO:0007739');
  });

  it('diagnoses and monitors when the item says both', () => {
    expect(edges).toContain(`medkg:test:plasma-lyso-gb3 MONITORS ${FABRY}`);
    expect(edges).toContain(`medkg:test:plasma-lyso-gb3 DIAGNOSES ${FABRY}`);
  });
});

describe('an item a section of no treatment kind presents as the treatment', () => {
  const CELIAC = 'MONDO:0005130';
  const edges = relations(
    `Coeliac disease

Living gluten-free

  1. Gluten-free diet — the only treatment for coeliac disease; it must be strict and lifelong.
  2. Referral to a dietitian — to learn label reading.
`,
    'coeliac.txt',
    [
      makeEntry({ id: CELIAC, kind: 'Disease', name: 'celiac disease', source: 'MONDO', synonyms: [{ name: 'coeliac disease', scope: 'exact' }] }),
      makeEntry({ id: 'medkg:procedure:gluten-free-diet', kind: 'Procedure', name: 'gluten-free diet', source: 'medkg' }),
      makeEntry({ id: 'medkg:procedure:referral-to-a-dietitian', kind: 'Procedure', name: 'referral to a dietitian', source: 'medkg' }),
    ],
  );

  it('treats the topic, and nothing else there does', () => {
    expect(edges).toContain(`medkg:procedure:gluten-free-diet TREATS ${CELIAC}`);
    expect(edges).not.toContain(`medkg:procedure:referral-to-a-dietitian TREATS ${CELIAC}`);
  });
});

describe('a condition the article sets apart from its topic', () => {
  const RLS = 'MONDO:0005391';
  const edges = relations(
    `restless legs syndrome

What are the symptoms of restless legs syndrome?
The feelings of restless legs syndrome aren't the same as the leg cramps many people get at night. Leg cramps often are limited to one muscle group. Restless legs syndrome often brings insomnia.
`,
    'rls-lookalike.txt',
    [
      makeEntry({ id: RLS, kind: 'Disease', name: 'restless legs syndrome', source: 'MONDO' }),
      makeEntry({ id: 'medkg:phenotype:leg-cramp', kind: 'Phenotype', name: 'leg cramp', source: 'medkg' }),
      makeEntry({ id: 'HP:0100785', kind: 'Phenotype', name: 'Insomnia', source: 'HPO' }),
    ],
  );

  it('is a look-alike wherever it is named again', () => {
    expect(edges.filter((edge) => edge.includes('leg-cramp'))).toEqual([]);
    expect(edges).toContain(`${RLS} HAS_PHENOTYPE HP:0100785`);
  });
});

describe('levels described in words', () => {
  const XAN = 'MONDO:0018106';
  const edges = relations(
    `hereditary xanthinuria

What is (are) hereditary xanthinuria?
Hereditary xanthinuria is a condition that most often affects the kidneys. It is characterized by high levels of a compound called xanthine and very low levels of another compound called uric acid in the blood and urine.
`,
    'xanthinuria.txt',
    [
      makeEntry({ id: XAN, kind: 'Disease', name: 'hereditary xanthinuria', source: 'MONDO' }),
      makeEntry({ id: 'HP:0003537', kind: 'Phenotype', name: 'Hypouricemia', source: 'HPO', synonyms: [{ name: 'Low blood uric acid level', scope: 'layperson' }] }),
    ],
  );

  it('are the findings the vocabulary names for them', () => {
    expect(edges).toContain(`${XAN} HAS_PHENOTYPE HP:0003537`);
  });
});

describe('diet advice that names a product to avoid', () => {
  const HH = 'MONDO:0006507';
  const edges = relations(
    `Hereditary haemochromatosis

Diet

  1. Avoid iron supplements — they add to the overload.
  2. Avoid raw shellfish and mushrooms.
`,
    'haemochromatosis.txt',
    [
      makeEntry({ id: HH, kind: 'Disease', name: 'hereditary hemochromatosis', source: 'MONDO', synonyms: [{ name: 'hereditary haemochromatosis', scope: 'exact' }] }),
      makeEntry({ id: 'medkg:drug:iron-supplements', kind: 'Drug', name: 'iron supplements', source: 'medkg' }),
      makeEntry({ id: 'DRUGBANK:DB10544', kind: 'Drug', name: 'Cultivated mushroom', source: 'DrugBank', synonyms: [{ name: 'mushrooms', scope: 'exact' }] }),
    ],
  );

  it('contraindicates a medicine, not a food', () => {
    expect(edges).toContain(`medkg:drug:iron-supplements CONTRAINDICATED_IN ${HH}`);
    expect(edges.filter((edge) => edge.includes('DB10544'))).toEqual([]);
  });
});

describe('tests and treatments named with their use in a page\'s prose', () => {
  const GAN = 'MONDO:0000128';
  const entries = [
    makeEntry({ id: GAN, kind: 'Disease', name: 'giant axonal neuropathy', source: 'MONDO', synonyms: [{ name: 'GAN', scope: 'abbreviation' }] }),
    makeEntry({ id: 'medkg:test:brain-mri', kind: 'Test', name: 'brain MRI', source: 'medkg' }),
    makeEntry({ id: 'medkg:procedure:parenteral-nutrition', kind: 'Procedure', name: 'parenteral nutrition', source: 'medkg' }),
    makeEntry({ id: 'medkg:procedure:physiotherapy', kind: 'Procedure', name: 'physiotherapy', source: 'medkg' }),
  ];
  const edges = relations(
    `giant axonal neuropathy

What is (are) giant axonal neuropathy?
Giant axonal neuropathy is an inherited disorder of the nerves. Doctors diagnose GAN by using several tests, including a brain MRI. Lifelong nutritional support is needed and given through intravenous feedings (parenteral nutrition). Physiotherapy was once thought to cause it.
`,
    'gan.txt',
    entries,
  );

  it('diagnoses with the test and treats with the support the prose names', () => {
    expect(edges).toContain(`medkg:test:brain-mri DIAGNOSES ${GAN}`);
    expect(edges).toContain(`medkg:procedure:parenteral-nutrition TREATS ${GAN}`);
    expect(edges.filter((edge) => edge.startsWith('medkg:procedure:physiotherapy'))).toEqual([]);
  });
});
