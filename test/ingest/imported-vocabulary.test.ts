// What the pipeline does where large imported vocabularies would otherwise read names into text
// that states nothing (citation labels, lists of links, reference entries), how an article that
// answers "What is X?" in one block gets its topic's signs, and how the topic is chosen when the
// first title name is only a phenotype's. Real read → clean → segment → recognise → relate stages;
// entries are real (ids and names as in /work/shared/data/vocab).
import { describe, expect, it } from 'vitest';
import type { ArticleGraph } from '../../src/domain/graph.js';
import type { VocabEntry } from '../../src/domain/vocabulary.js';
import { ingestBytes } from '../../src/ingest/pipeline.js';
import { loadSiteProfile } from '../../src/ingest/profile/load.js';
import { recogniseArticle } from '../../src/ingest/recognise/recognise.js';
import { createLexicon } from '../../src/lexicon/create.js';
import { makeEntry } from '../../src/lexicon/model.js';
import { segmentText } from './article-fixture.js';

const VOCABULARY: VocabEntry[] = [
  makeEntry({ id: 'MONDO:0009061', kind: 'Disease', name: 'cystic fibrosis', source: 'MONDO' }),
  makeEntry({ id: 'HGNC:1884', kind: 'Gene', name: 'CFTR', source: 'HGNC' }),
  makeEntry({ id: 'MONDO:0008195', kind: 'Disease', name: 'paramyotonia congenita of Von Eulenburg', source: 'MONDO', synonyms: [{ name: 'PMC', scope: 'exact' }] }),
  makeEntry({ id: 'MONDO:0008692', kind: 'Disease', name: 'abetalipoproteinemia', source: 'MONDO' }),
  makeEntry({ id: 'HGNC:7467', kind: 'Gene', name: 'MTTP', source: 'HGNC' }),
  makeEntry({ id: 'HP:0001508', kind: 'Phenotype', name: 'Failure to thrive', source: 'HPO' }),
  makeEntry({ id: 'HP:0002014', kind: 'Phenotype', name: 'Diarrhea', source: 'HPO' }),
  makeEntry({ id: 'HP:0001251', kind: 'Phenotype', name: 'Ataxia', source: 'HPO' }),
  makeEntry({ id: 'MONDO:0019200', kind: 'Disease', name: 'retinitis pigmentosa', source: 'MONDO' }),
  makeEntry({ id: 'HP:0002570', kind: 'Phenotype', name: 'Steatorrhea', source: 'HPO' }),
  makeEntry({ id: 'HP:0002099', kind: 'Phenotype', name: 'Asthma', source: 'HPO', synonyms: [{ name: 'Bronchial asthma', scope: 'exact' }] }),
  makeEntry({ id: 'MONDO:0004979', kind: 'Disease', name: 'asthma', source: 'MONDO' }),
  makeEntry({ id: 'MONDO:0016535', kind: 'Disease', name: 'hypohidrotic ectodermal dysplasia', source: 'MONDO' }),
  makeEntry({ id: 'MONDO:0003037', kind: 'Disease', name: 'hypotrichosis', source: 'MONDO' }),
  makeEntry({ id: 'HP:0001006', kind: 'Phenotype', name: 'Hypotrichosis', source: 'HPO' }),
  makeEntry({ id: 'HP:0007716', kind: 'Phenotype', name: 'Intraocular melanoma', source: 'HPO', synonyms: [{ name: 'Uveal melanoma', scope: 'exact' }] }),
  makeEntry({ id: 'MONDO:0006486', kind: 'Disease', name: 'uveal melanoma', source: 'MONDO' }),
  makeEntry({ id: 'GARD:0000180', kind: 'Disease', name: 'MYH9-related disease', source: 'GARD', synonyms: [{ name: 'MYH9-related disorder', scope: 'exact' }, { name: 'MYH9-related syndromic thrombocytopenia', scope: 'exact' }] }),
  makeEntry({ id: 'HP:0001873', kind: 'Phenotype', name: 'Thrombocytopenia', source: 'HPO' }),
];

const lexicon = createLexicon(VOCABULARY);
const profile = loadSiteProfile();

function graphOf(text: string, file: string): ArticleGraph {
  const [graph] = ingestBytes(new TextEncoder().encode(text), file, { profile, lexicon });
  if (!graph) throw new Error('no graph');
  return graph;
}

function clinical(graph: ArticleGraph): string[] {
  return graph.edges.filter((edge) => edge.predicate !== 'MENTIONS' && edge.predicate !== 'ABOUT').map((edge) => `${edge.subject} ${edge.predicate} ${edge.object}`);
}

const CF = `Cystic Fibrosis

Definition

Cystic fibrosis is an inherited disease of the lungs and the pancreas. NCBI

Causes

  1. CFTR gene — variants in CFTR cause the disease; the commonest variant stops the protein reaching the cell surface. PMC+1

Other findings are rare. PMC
`;

describe('citation labels', () => {
  it('finds no entity in the labels after a sentence, alone or glued to a count', () => {
    const recognised = recogniseArticle(segmentText(CF, 'cystic-fibrosis.txt', 'Diseases'), lexicon);
    expect(recognised.mentions.map((mention) => mention.entity)).not.toContain('MONDO:0008195');
    expect(recognised.mentions.map((mention) => mention.entity)).toContain('HGNC:1884');
  });

  it('still reads a vocabulary abbreviation written inside a sentence', () => {
    const text = CF.replace('Other findings are rare. PMC', 'A test for PMC was negative in one family.');
    const recognised = recogniseArticle(segmentText(text, 'cystic-fibrosis.txt', 'Diseases'), lexicon);
    expect(recognised.mentions.some((mention) => mention.entity === 'MONDO:0008195' && mention.text === 'PMC')).toBe(true);
  });
});

const ABL = `abetalipoproteinemia

What is (are) abetalipoproteinemia?
Abetalipoproteinemia is an inherited disorder that affects the absorption of dietary fats.

The signs and symptoms of abetalipoproteinemia appear in the first few months of life. They can include failure to thrive; diarrhea; and fatty, foul-smelling stools (steatorrhea). Disturbances in nerve function may cause affected people to develop poor coordination (ataxia). Individuals with this condition may also develop an eye disorder called retinitis pigmentosa.

What are the genetic changes related to abetalipoproteinemia?
Mutations in the MTTP gene cause abetalipoproteinemia.

What are the treatments for abetalipoproteinemia?
These resources address the diagnosis or management of abetalipoproteinemia:

  1. Genetic Testing Registry: Abetalipoproteinaemia
  2. MedlinePlus Encyclopedia: Malabsorption
  3. MedlinePlus Encyclopedia: Retinitis pigmentosa

These resources from MedlinePlus offer information about the diagnosis and management of various health conditions:

  1. Diagnostic Tests
  2. Drug Therapy
  3. Genetic Counseling
`;

describe('an article that answers "What is X?" in one block', () => {
  const graph = graphOf(ABL, 'abetalipoproteinemia.txt');
  const edges = clinical(graph);

  it('gives the topic the signs its definition names, and a condition it says the topic leads to', () => {
    expect(edges).toEqual(
      expect.arrayContaining([
        'MONDO:0008692 HAS_PHENOTYPE HP:0001508',
        'MONDO:0008692 HAS_PHENOTYPE HP:0002014',
        'MONDO:0008692 HAS_PHENOTYPE HP:0002570',
        'MONDO:0008692 HAS_PHENOTYPE HP:0001251',
        'MONDO:0008692 HAS_COMPLICATION MONDO:0019200',
        'HGNC:7467 GENE_ASSOCIATED_WITH MONDO:0008692',
      ]),
    );
  });

  it('reads nothing from lists of links: no treatment, no node for their titles', () => {
    expect(edges.filter((edge) => edge.includes('TREATS'))).toEqual([]);
    const names = graph.nodes.map((node) => node.name.toLowerCase());
    expect(names).not.toContain('drug therapy');
    expect(names).not.toContain('genetic counseling');
    expect(names).not.toContain('genetic testing registry');
    // Retinitis pigmentosa stays: the body names it, not only the link list.
    expect(graph.nodes.map((node) => node.id)).toContain('MONDO:0019200');
  });

  it('keeps the items of a list whose lead-in is no list of links', () => {
    const text = ABL.replace('These resources address the diagnosis or management of abetalipoproteinemia:', 'Treatment includes:').replace(
      '  1. Genetic Testing Registry: Abetalipoproteinaemia',
      '  1. Vitamin E supplements: large doses slow the nerve damage',
    );
    const items = clinical(graphOf(text, 'abetalipoproteinemia.txt')).filter((edge) => edge.includes('TREATS'));
    expect(items.length).toBeGreaterThan(0);
  });
});

describe('a definition that describes the clinical picture', () => {
  const text = `hypohidrotic ectodermal dysplasia

What is (are) hypohidrotic ectodermal dysplasia?
Hypohidrotic ectodermal dysplasia is one of many types of ectodermal dysplasia; hypotrichosis is also the name of a disease of its own.

Affected individuals tend to have sparse scalp and body hair (hypotrichosis). A few also develop uveal melanoma.
`;
  const graph = graphOf(text, 'hypohidrotic-ectodermal-dysplasia.txt');

  it('reads a name that is both a sign and a disease as the sign after the first sentence, as the disease in it', () => {
    expect(clinical(graph)).toContain('MONDO:0016535 HAS_PHENOTYPE HP:0001006');
    expect(graph.nodes.map((node) => node.id)).toEqual(expect.arrayContaining(['MONDO:0003037', 'HP:0001006']));
  });

  it('keeps a name that says it is a disease (…melanoma, …syndrome) a disease there', () => {
    expect(graph.nodes.map((node) => node.id)).toContain('MONDO:0006486');
    expect(graph.nodes.map((node) => node.id)).not.toContain('HP:0007716');
  });
});

describe("a vocabulary's long synonym of the topic", () => {
  it("does not make a sign the synonym contains the topic's own class", () => {
    const text = `MYH9-related disorder

What is (are) MYH9-related disorder?
MYH9-related disorder is a condition with bleeding problems. The bleeding problems in people with MYH9-related disorder are due to thrombocytopenia.
`;
    expect(clinical(graphOf(text, 'myh9-related-disorder.txt'))).toContain('GARD:0000180 HAS_PHENOTYPE HP:0001873');
  });
});

describe('the topic of an article with no library', () => {
  it('passes over a title name that only a phenotype vocabulary knows for one that names a disease', () => {
    const text = `Bronchial Asthma (Asthma)

Definition

Asthma is a long-term disease of the airways.
`;
    const graph = graphOf(text, 'asthma.txt');
    expect(graph.article.primaryEntity).toBe('MONDO:0004979');
  });
});
