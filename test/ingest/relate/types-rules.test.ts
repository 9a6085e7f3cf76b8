// Which diseases a Types section makes subtypes of its topic, and what that means for the
// sections after it. Real read → clean → segment → recognise → relate stages over an article of
// our own; entries are real (ids and names as in /work/shared/data/vocab).
import { describe, expect, it } from 'vitest';
import { recogniseArticle } from '../../../src/ingest/recognise/recognise.js';
import { relateArticle } from '../../../src/ingest/relate/relate.js';
import { createLexicon } from '../../../src/lexicon/create.js';
import { SEED_SOURCE } from '../../../src/lexicon/merge.js';
import { makeEntry } from '../../../src/lexicon/model.js';
import { segmentText } from '../article-fixture.js';

const lexicon = createLexicon([
  makeEntry({ id: 'MONDO:0005439', kind: 'Disease', name: 'familial hypercholesterolemia', source: 'MONDO', synonyms: [{ name: 'FH', scope: 'abbreviation' }] }),
  makeEntry({ id: 'MONDO:0018328', kind: 'Disease', name: 'homozygous familial hypercholesterolemia', source: 'MONDO', synonyms: [{ name: 'HoFH', scope: 'abbreviation' }] }),
  makeEntry({ id: 'DOID:114', kind: 'Disease', name: 'heart disease', source: 'DO' }),
  makeEntry({ id: 'MONDO:0042981', kind: 'Disease', name: 'aortic valve stenosis', source: 'MONDO' }),
]);

const TEXT = `Familial Hypercholesterolemia

Definition

Familial hypercholesterolemia is an inherited condition with high cholesterol from birth.

Types

  1. Homozygous familial hypercholesterolemia — two altered copies; very rare, with heart disease that can start in childhood.

Complications

People with homozygous familial hypercholesterolemia can also develop aortic valve stenosis.
`;

const graph = relateArticle(recogniseArticle(segmentText(TEXT, 'familial-hypercholesterolemia.txt', 'Diseases'), lexicon), { contentHash: 'h' });
const edges = graph.edges.map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);

describe('types', () => {
  it('makes the head of a Types item a subtype, not a disease its explanation names', () => {
    expect(edges).toContain('MONDO:0018328 SUBCLASS_OF MONDO:0005439');
    expect(edges).not.toContain('DOID:114 SUBCLASS_OF MONDO:0005439');
  });

  it('does not make a subtype a complication of its topic', () => {
    expect(edges).not.toContain('MONDO:0005439 HAS_COMPLICATION MONDO:0018328');
    expect(edges).toContain('MONDO:0005439 HAS_COMPLICATION MONDO:0042981');
  });
});

describe('a definition that names the class of its topic', () => {
  const classes = createLexicon([
    makeEntry({ id: 'MONDO:0100164', kind: 'Disease', name: 'permanent neonatal diabetes mellitus', source: 'MONDO' }),
    makeEntry({ id: 'MONDO:0005015', kind: 'Disease', name: 'diabetes mellitus', source: 'MONDO', synonyms: [{ name: 'diabetes', scope: 'exact' }] }),
    makeEntry({ id: 'MONDO:0016535', kind: 'Disease', name: 'hypohidrotic ectodermal dysplasia', source: 'MONDO' }),
    makeEntry({ id: 'MONDO:0019287', kind: 'Disease', name: 'ectodermal dysplasia syndrome', source: 'MONDO', synonyms: [{ name: 'ectodermal dysplasia', scope: 'exact' }] }),
  ]);
  const subclassOf = (text: string, file: string): string[] =>
    relateArticle(recogniseArticle(segmentText(text, file, 'Diseases'), classes), { contentHash: 'h' })
      .edges.filter((edge) => edge.predicate === 'SUBCLASS_OF')
      .map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);

  it('finds the class though the topic name holds the same word earlier in the sentence', () => {
    const text = 'Permanent neonatal diabetes mellitus\n\nDefinition\n\nPermanent neonatal diabetes mellitus is a type of diabetes that first appears within the first 6 months of life.\n';
    expect(subclassOf(text, 'pndm.txt')).toEqual(['MONDO:0100164 SUBCLASS_OF MONDO:0005015']);
  });

  it('reads "is one of about 150 types of"', () => {
    const text = 'Hypohidrotic ectodermal dysplasia\n\nDefinition\n\nHypohidrotic ectodermal dysplasia is one of about 150 types of ectodermal dysplasia in humans.\n';
    expect(subclassOf(text, 'hed.txt')).toEqual(['MONDO:0016535 SUBCLASS_OF MONDO:0019287']);
  });

  it('reads "it" at the start of a definition sentence as the topic', () => {
    const text = 'Hypohidrotic ectodermal dysplasia\n\nDefinition\n\nHypohidrotic ectodermal dysplasia is a rare inherited disorder of the skin. It is one of about 150 types of ectodermal dysplasia.\n';
    expect(subclassOf(text, 'hed.txt')).toEqual(['MONDO:0016535 SUBCLASS_OF MONDO:0019287']);
  });

  it('does not take a disease named further on in the clause for the class', () => {
    const text = 'Permanent neonatal diabetes mellitus\n\nDefinition\n\nPermanent neonatal diabetes mellitus is a type of disorder of the pancreas that in some families comes with ectodermal dysplasia.\n';
    expect(subclassOf(text, 'pndm.txt')).toEqual([]);
  });
});

describe('forms named with the topic\'s own name outside a Types section', () => {
  const forms = createLexicon([
    makeEntry({ id: 'DOID:0080918', kind: 'Disease', name: 'polymicrogyria', source: 'DO' }),
    makeEntry({ id: 'DOID:0081127', kind: 'Disease', name: 'mandibuloacral dysplasia', source: 'DO' }),
    makeEntry({ id: 'HGNC:6636', kind: 'Gene', name: 'LMNA', source: 'HGNC' }),
    makeEntry({ id: 'HGNC:12877', kind: 'Gene', name: 'ZMPSTE24', source: 'HGNC' }),
  ]);
  const relationsOf = (text: string, file: string): string[] => {
    const graph = relateArticle(recogniseArticle(segmentText(text, file, 'Diseases'), forms), { contentHash: 'h' });
    const name = (id: string) => graph.nodes.find((node) => node.id === id)?.name ?? id;
    return graph.edges.filter((edge) => edge.predicate !== 'MENTIONS' && edge.predicate !== 'ABOUT').map((edge) => `${name(edge.subject)} ${edge.predicate} ${name(edge.object)}`);
  };

  it('makes a subtype of a form named with narrowing words in a sentence about forms', () => {
    const edges = relationsOf(
      'Polymicrogyria\n\nWhat is polymicrogyria?\n\nPolymicrogyria is a condition of the brain. The mildest form is known as unilateral focal polymicrogyria. Severe polymicrogyria causes seizures.\n',
      'polymicrogyria.txt',
    );
    expect(edges).toContain('unilateral focal polymicrogyria SUBCLASS_OF polymicrogyria');
    expect(edges.filter((edge) => edge.startsWith('severe polymicrogyria'))).toEqual([]);
  });

  it('makes no form of a description that calls something else "a severe <topic>"', () => {
    const edges = relationsOf(
      'Polymicrogyria\n\nWhat is polymicrogyria?\n\nPolymicrogyria is a condition of the brain. One type of brain disorder is known as a severe polymicrogyria in babies.\n',
      'polymicrogyria.txt',
    );
    expect(edges.filter((edge) => edge.startsWith('severe polymicrogyria'))).toEqual([]);
  });

  it('makes a subtype of "<topic> with <feature> (SHORT)" and gives each its own gene', () => {
    const edges = relationsOf(
      'Mandibuloacral dysplasia\n\nWhat is mandibuloacral dysplasia?\n\nThe two types of this disorder, mandibuloacral dysplasia with type A lipodystrophy (MADA) and mandibuloacral dysplasia with type B lipodystrophy (MADB), differ in where fat is lost.\n\nWhat are the genetic changes related to mandibuloacral dysplasia?\n\nMutations in the LMNA gene cause MADA, and mutations in the ZMPSTE24 gene cause MADB.\n',
      'mandibuloacral-dysplasia.txt',
    );
    expect(edges).toContain('mandibuloacral dysplasia with type A lipodystrophy SUBCLASS_OF mandibuloacral dysplasia');
    expect(edges).toContain('mandibuloacral dysplasia with type B lipodystrophy SUBCLASS_OF mandibuloacral dysplasia');
    expect(edges).toContain('LMNA GENE_ASSOCIATED_WITH mandibuloacral dysplasia with type A lipodystrophy');
    expect(edges).not.toContain('LMNA GENE_ASSOCIATED_WITH mandibuloacral dysplasia with type B lipodystrophy');
    expect(edges).not.toContain('ZMPSTE24 GENE_ASSOCIATED_WITH mandibuloacral dysplasia with type A lipodystrophy');
  });
});

describe('a type only HPO names, as a sign', () => {
  it('is a subtype of the topic all the same', () => {
    const graph = relateArticle(
      recogniseArticle(
        segmentText('Hypothyroidism\n\nTypes\n\n  1. Primary hypothyroidism — the thyroid itself fails.\n', 'hypothyroidism.txt', 'Diseases'),
        createLexicon([
          makeEntry({ id: 'MONDO:0005420', kind: 'Disease', name: 'hypothyroidism', source: 'MONDO' }),
          makeEntry({ id: 'HP:0000832', kind: 'Phenotype', name: 'Primary hypothyroidism', source: 'HPO' }),
        ]),
      ),
      { contentHash: 'h' },
    );
    const name = (id: string) => graph.nodes.find((node) => node.id === id)?.name ?? id;
    const subclass = graph.edges.filter((edge) => edge.predicate === 'SUBCLASS_OF').map((edge) => `${name(edge.subject)} ${edge.object}`);
    expect(subclass).toEqual(['primary hypothyroidism MONDO:0005420']);
  });

  it('stays that subtype when the line gives it a short form, and the short form names it too', () => {
    const graph = relateArticle(
      recogniseArticle(
        segmentText(
          'Glaucoma\n\nTypes\n\n  1. Primary open-angle glaucoma (POAG) — the most common type.\n\nSurgeries and procedures\n\n  1. Selective laser trabeculoplasty — for POAG.\n',
          'glaucoma.txt',
          'Diseases',
        ),
        createLexicon([
          makeEntry({ id: 'MONDO:0005041', kind: 'Disease', name: 'glaucoma', source: 'MONDO' }),
          makeEntry({ id: 'HP:0012108', kind: 'Phenotype', name: 'Primary open angle glaucoma', source: 'HPO', synonyms: [{ name: 'Primary open-angle glaucoma', scope: 'exact' }, { name: 'POAG', scope: 'abbreviation' }] }),
        ]),
      ),
      { contentHash: 'h' },
    );
    expect(graph.nodes.filter((node) => node.id === 'HP:0012108')).toEqual([]);
    const subclass = graph.edges.filter((edge) => edge.predicate === 'SUBCLASS_OF').map((edge) => `${edge.subject} ${edge.object}`);
    expect(subclass).toEqual(['medkg:disease:primary-open-angle-glaucoma MONDO:0005041']);
  });
});

describe('the types of a topic GUIDE.md keeps a Phenotype', () => {
  const graph = relateArticle(
    recogniseArticle(
      segmentText(
        'Heart Failure\n\nDefinition\n\nHeart failure is a long-term condition in which the heart cannot pump well enough.\n\nTypes\n\n  1. Heart failure with preserved ejection fraction — the heart is stiff and fills poorly.\n\n  2. Right-sided heart failure — mainly causes swelling of the legs.\n',
        'heart-failure.txt',
        'Diseases',
      ),
      createLexicon([
        makeEntry({ id: 'HP:0001635', kind: 'Phenotype', name: 'congestive heart failure', source: SEED_SOURCE, synonyms: [{ name: 'heart failure', scope: 'exact' }] }),
        makeEntry({ id: 'MONDO:0005252', kind: 'Disease', name: 'heart failure', source: 'MONDO' }),
        makeEntry({ id: 'HP:0001708', kind: 'Phenotype', name: 'Right ventricular failure', source: 'HPO', synonyms: [{ name: 'right-sided heart failure', scope: 'exact' }] }),
      ]),
    ),
    { contentHash: 'h' },
  );
  const node = (id: string) => graph.nodes.find((candidate) => candidate.id === id);

  it('are findings too, each a subclass of the topic', () => {
    const subclass = graph.edges.filter((edge) => edge.predicate === 'SUBCLASS_OF');
    expect(subclass.map((edge) => edge.object)).toEqual(['HP:0001635', 'HP:0001635']);
    expect(subclass.map((edge) => `${node(edge.subject)?.kind} ${node(edge.subject)?.name.toLowerCase()}`).sort()).toEqual([
      'Phenotype heart failure with preserved ejection fraction',
      'Phenotype right ventricular failure',
    ]);
  });
});

describe('a type caused by medicines', () => {
  it('gives each medicine the type as an adverse effect, not the topic as a treatment', () => {
    const graph = relateArticle(
      recogniseArticle(
        segmentText('Systemic Lupus Erythematosus\n\nTypes\n\n  1. Drug-induced lupus erythematosus — a lupus-like illness caused by some medicines, mainly hydralazine and isoniazid; it settles after stopping them.\n', 'sle.txt', 'Diseases'),
        createLexicon([
          makeEntry({ id: 'MONDO:0007915', kind: 'Disease', name: 'systemic lupus erythematosus', source: 'MONDO' }),
          makeEntry({ id: 'MONDO:0016474', kind: 'Disease', name: 'drug-induced lupus erythematosus', source: 'MONDO' }),
          makeEntry({ id: 'DRUGBANK:DB01275', kind: 'Drug', name: 'Hydralazine', source: 'DrugBank' }),
          makeEntry({ id: 'DRUGBANK:DB00951', kind: 'Drug', name: 'Isoniazid', source: 'DrugBank' }),
        ]),
      ),
      { contentHash: 'h' },
    );
    const edges = graph.edges.filter((edge) => edge.subject.startsWith('DRUGBANK')).map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`).sort();
    expect(edges).toEqual(['DRUGBANK:DB00951 HAS_ADVERSE_EFFECT MONDO:0016474', 'DRUGBANK:DB01275 HAS_ADVERSE_EFFECT MONDO:0016474']);
  });
});

describe('a Types section naming a condition that is no longer a type', () => {
  it('makes it no subtype of the topic', () => {
    const graph = relateArticle(
      recogniseArticle(
        segmentText('Rett Syndrome\n\nTypes\n\nThe early-seizure form was once called a Rett variant; it is now a separate condition, CDKL5 deficiency disorder, caused by changes in the CDKL5 gene.\n', 'rett-syndrome.txt', 'Diseases'),
        createLexicon([
          makeEntry({ id: 'MONDO:0010726', kind: 'Disease', name: 'Rett syndrome', source: 'MONDO' }),
          makeEntry({ id: 'MONDO:0010396', kind: 'Disease', name: 'developmental and epileptic encephalopathy, 2', source: 'MONDO', synonyms: [{ name: 'CDKL5 deficiency disorder', scope: 'exact' }] }),
        ]),
      ),
      { contentHash: 'h' },
    );
    expect(graph.edges.filter((edge) => edge.predicate === 'SUBCLASS_OF')).toEqual([]);
  });

  it('makes a condition the sentence calls "a separate … disease" no subtype either', () => {
    const graph = relateArticle(
      recogniseArticle(
        segmentText('Myotonic Dystrophy Type 1\n\nTypes\n\nMyotonic dystrophy type 2 (DM2) is a separate and usually milder disease caused by variants in another gene.\n', 'myotonic-dystrophy-type-1.txt', 'Diseases'),
        createLexicon([
          makeEntry({ id: 'MONDO:0008056', kind: 'Disease', name: 'myotonic dystrophy type 1', source: 'MONDO' }),
          makeEntry({ id: 'MONDO:0011266', kind: 'Disease', name: 'myotonic dystrophy type 2', source: 'MONDO' }),
        ]),
      ),
      { contentHash: 'h' },
    );
    expect(graph.edges.filter((edge) => edge.predicate === 'SUBCLASS_OF')).toEqual([]);
  });

  it('makes a condition no subtype when an apposition comes before "is also a separate disease" ("Chondrosarcoma, a cancer of cartilage cells, …")', () => {
    const graph = relateArticle(
      recogniseArticle(
        segmentText('Osteosarcoma\n\nTypes\n\nChondrosarcoma, a cancer of cartilage cells, is also a separate disease.\n', 'osteosarcoma.txt', 'Cancer'),
        createLexicon([
          makeEntry({ id: 'MONDO:0009807', kind: 'Disease', name: 'osteosarcoma', source: 'MONDO' }),
          makeEntry({ id: 'MONDO:0008977', kind: 'Disease', name: 'chondrosarcoma', source: 'MONDO' }),
        ]),
      ),
      { contentHash: 'h' },
    );
    expect(graph.edges.filter((edge) => edge.predicate === 'SUBCLASS_OF')).toEqual([]);
  });

  it('makes no subtype of the class a sentence puts another condition in ("Ewing sarcoma is another bone cancer of children")', () => {
    const graph = relateArticle(
      recogniseArticle(
        segmentText('Osteosarcoma\n\nTypes\n\nEwing sarcoma is another bone cancer of children and young people; it is treated differently and is not a type of osteosarcoma.\n', 'osteosarcoma.txt', 'Cancer'),
        createLexicon([
          makeEntry({ id: 'MONDO:0009807', kind: 'Disease', name: 'osteosarcoma', source: 'MONDO' }),
          makeEntry({ id: 'MONDO:0002129', kind: 'Disease', name: 'bone cancer', source: 'MONDO' }),
          makeEntry({ id: 'MONDO:0012817', kind: 'Disease', name: 'Ewing sarcoma', source: 'MONDO' }),
        ]),
      ),
      { contentHash: 'h' },
    );
    expect(graph.edges.filter((edge) => edge.predicate === 'SUBCLASS_OF')).toEqual([]);
  });

  it('makes no subtype of the related conditions a sentence says "are not types of" the topic', () => {
    const graph = relateArticle(
      recogniseArticle(
        segmentText(
          'Achondroplasia\n\nTypes\n\nRelated FGFR3 conditions are not types of achondroplasia: hypochondroplasia is milder, and thanatophoric dysplasia is far more severe.\n',
          'achondroplasia.txt',
          'Diseases',
        ),
        createLexicon([
          makeEntry({ id: 'MONDO:0007037', kind: 'Disease', name: 'achondroplasia', source: 'MONDO' }),
          makeEntry({ id: 'MONDO:0007793', kind: 'Disease', name: 'hypochondroplasia', source: 'MONDO' }),
          makeEntry({ id: 'MONDO:0017042', kind: 'Disease', name: 'thanatophoric dysplasia', source: 'MONDO' }),
        ]),
      ),
      { contentHash: 'h' },
    );
    expect(graph.edges.filter((edge) => edge.predicate === 'SUBCLASS_OF')).toEqual([]);
  });

  it('makes no subtype of the sentence\'s subject when the sentence later says "it is a separate … condition, not a type of" the topic, and keeps its gene to it', () => {
    const graph = relateArticle(
      recogniseArticle(
        segmentText(
          'Familial Adenomatous Polyposis (FAP)\n\nTypes\n\nMUTYH-associated polyposis (MAP) can look just like attenuated FAP, but it is a separate recessive condition, not a type of FAP.\n\nCauses\n\nMUTYH-associated polyposis is caused by variants in both copies of the MUTYH gene.\n',
          'familial-adenomatous-polyposis.txt',
          'Diseases',
        ),
        createLexicon([
          makeEntry({ id: 'MONDO:0021055', kind: 'Disease', name: 'familial adenomatous polyposis', source: 'MONDO', synonyms: [{ name: 'FAP', scope: 'abbreviation' }] }),
          makeEntry({ id: 'MONDO:0012041', kind: 'Disease', name: 'familial adenomatous polyposis 2', source: 'MONDO', synonyms: [{ name: 'MUTYH-associated polyposis', scope: 'exact' }] }),
          makeEntry({ id: 'HGNC:7527', kind: 'Gene', name: 'MUTYH', source: 'HGNC' }),
        ]),
      ),
      { contentHash: 'h' },
    );
    expect(graph.edges.filter((edge) => edge.predicate === 'SUBCLASS_OF')).toEqual([]);
    expect(graph.edges.filter((edge) => edge.predicate === 'GENE_ASSOCIATED_WITH').map((edge) => edge.object)).toEqual(['MONDO:0012041']);
  });

  it('makes no subtype of a precancerous change the sentence says "is not cancer"', () => {
    const graph = relateArticle(
      recogniseArticle(
        segmentText(
          'Cervical Cancer\n\nTypes\n\nCervical intraepithelial neoplasia (CIN) is a precancerous change, graded CIN 1 to CIN 3; it is not cancer, but CIN 3 can turn into cancer if it is not treated.\n',
          'cervical-cancer.txt',
          'Cancer',
        ),
        createLexicon([
          makeEntry({ id: 'MONDO:0002974', kind: 'Disease', name: 'cervical cancer', source: 'MONDO' }),
          makeEntry({ id: 'MONDO:0022394', kind: 'Disease', name: 'cervical intraepithelial neoplasia', source: 'MONDO', synonyms: [{ name: 'CIN', scope: 'abbreviation' }] }),
        ]),
      ),
      { contentHash: 'h' },
    );
    expect(graph.edges.filter((edge) => edge.predicate === 'SUBCLASS_OF')).toEqual([]);
  });

  it('makes no subtype of a condition whose short form is followed by "is a different … group"', () => {
    const graph = relateArticle(
      recogniseArticle(
        segmentText(
          'Hodgkin Lymphoma\n\nTypes\n\nNon-Hodgkin lymphoma (NHL) is a different and much larger group of lymphomas; it is treated differently.\n',
          'hodgkin-lymphoma.txt',
          'Cancer',
        ),
        createLexicon([
          makeEntry({ id: 'MONDO:0004952', kind: 'Disease', name: 'Hodgkin lymphoma', source: 'MONDO' }),
          makeEntry({ id: 'MONDO:0018908', kind: 'Disease', name: 'non-Hodgkin lymphoma', source: 'MONDO', synonyms: [{ name: 'NHL', scope: 'abbreviation' }] }),
        ]),
      ),
      { contentHash: 'h' },
    );
    expect(graph.edges.filter((edge) => edge.predicate === 'SUBCLASS_OF')).toEqual([]);
  });

  it('reads past a clause that says what the other condition is ("…, in which …, is a different condition")', () => {
    const graph = relateArticle(
      recogniseArticle(
        segmentText(
          "Addison's Disease\n\nTypes\n\nSecondary adrenal insufficiency, in which the pituitary gland does not send enough ACTH, is a different condition and is not a form of Addison's disease.\n",
          'addisons-disease.txt',
          'Diseases',
        ),
        createLexicon([
          makeEntry({ id: 'MONDO:0015129', kind: 'Disease', name: "Addison's disease", source: 'MONDO' }),
          makeEntry({ id: 'MONDO:0043370', kind: 'Disease', name: 'secondary adrenal insufficiency', source: 'MONDO' }),
        ]),
      ),
      { contentHash: 'h' },
    );
    expect(graph.edges.filter((edge) => edge.predicate === 'SUBCLASS_OF')).toEqual([]);
  });
});

describe('a type whose line says what it includes', () => {
  it('makes the forms it lists subtypes of that type, not of the topic', () => {
    const graph = relateArticle(
      recogniseArticle(
        segmentText('Testicular cancer\n\nTypes\n\n  1. Seminoma — about half of all cases.\n\n  2. Non-seminoma — grows faster; it includes embryonal carcinoma, choriocarcinoma and teratoma, often mixed together.\n', 'testicular-cancer.txt', 'Cancer'),
        createLexicon([
          makeEntry({ id: 'MONDO:0005447', kind: 'Disease', name: 'testicular cancer', source: 'MONDO' }),
          makeEntry({ id: 'MONDO:0005440', kind: 'Disease', name: 'embryonal carcinoma', source: 'MONDO' }),
          makeEntry({ id: 'MONDO:0005207', kind: 'Disease', name: 'choriocarcinoma', source: 'MONDO' }),
          makeEntry({ id: 'MONDO:0002601', kind: 'Disease', name: 'teratoma', source: 'MONDO' }),
        ]),
      ),
      { contentHash: 'h' },
    );
    const nonSeminoma = graph.nodes.find((node) => node.name.toLowerCase() === 'non-seminoma')?.id;
    const subclasses = graph.edges.filter((edge) => edge.predicate === 'SUBCLASS_OF' && edge.subject.startsWith('MONDO')).map((edge) => `${edge.subject} ${edge.object}`).sort();
    expect(nonSeminoma).toBeDefined();
    expect(subclasses).toEqual([`MONDO:0002601 ${nonSeminoma}`, `MONDO:0005207 ${nonSeminoma}`, `MONDO:0005440 ${nonSeminoma}`]);
  });
});

describe('a Types note on a condition that shares features with the topic "but is a different condition"', () => {
  it('makes nothing the note names a subtype of the topic', () => {
    const graph = relateArticle(
      recogniseArticle(
        segmentText(
          'Kawasaki disease\n\nTypes\n\n  1. Complete Kawasaki disease — fever with four or five of the main signs.\n\n(Note: multisystem inflammatory syndrome in children, which can follow COVID-19, shares many features with Kawasaki disease but is a different condition.)\n',
          'kawasaki-disease.txt',
          'Diseases',
        ),
        createLexicon([
          makeEntry({ id: 'MONDO:0012727', kind: 'Disease', name: 'Kawasaki disease', source: 'MONDO' }),
          makeEntry({ id: 'MONDO:0100163', kind: 'Disease', name: 'COVID-19–associated multisystem inflammatory syndrome in children', source: 'MONDO', synonyms: [{ name: 'multisystem inflammatory syndrome in children', scope: 'exact' }] }),
          makeEntry({ id: 'MONDO:0100096', kind: 'Disease', name: 'COVID-19', source: 'MONDO' }),
        ]),
      ),
      { contentHash: 'h' },
    );
    const subtypes = graph.edges.filter((edge) => edge.predicate === 'SUBCLASS_OF').map((edge) => edge.subject);
    expect(subtypes).not.toContain('MONDO:0100163');
    expect(subtypes).not.toContain('MONDO:0100096');
  });
});

describe('a Types note that names a condition as a cause or a setting', () => {
  it('makes no subtype of it ("because calcium is low, for example in chronic kidney disease")', () => {
    const text = `Primary hyperparathyroidism (PHPT)

Types

  1. Sporadic primary hyperparathyroidism — not inherited; by far the most common type.

(Note: secondary hyperparathyroidism is not a type of PHPT. In it the glands overwork because calcium is low, for example in chronic kidney disease.)
`;
    const phptLexicon = createLexicon([
      makeEntry({ id: 'MONDO:0010837', kind: 'Disease', name: 'primary hyperparathyroidism', source: 'MONDO', synonyms: [{ name: 'PHPT', scope: 'abbreviation' }] }),
      makeEntry({ id: 'MONDO:0006964', kind: 'Disease', name: 'secondary hyperparathyroidism', source: 'MONDO' }),
      makeEntry({ id: 'MONDO:0005300', kind: 'Disease', name: 'chronic kidney disease', source: 'MONDO' }),
    ]);
    const recognised = recogniseArticle(segmentText(text, 'primary-hyperparathyroidism.txt', 'Diseases'), phptLexicon);
    expect([...recognised.subtypes].filter((id) => id.startsWith('MONDO:'))).toEqual([]);
    const subclasses = relateArticle(recognised, { contentHash: 'h' }).edges.filter((edge) => edge.predicate === 'SUBCLASS_OF').map((edge) => edge.subject);
    expect(subclasses).not.toContain('MONDO:0005300');
  });
});
