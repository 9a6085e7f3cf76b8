// Relation extraction over the small ARO article (test/ingest/article-fixture.ts): typed by
// section, overridden by cues, negation and dose limits handled, evidence on every edge.
import { describe, expect, it } from 'vitest';
import type { ArticleGraph, GraphEdge } from '../../../src/domain/graph.js';
import { articleNodeId } from '../../../src/domain/ids.js';
import { fitsSignature } from '../../../src/domain/predicates.js';
import { recogniseArticle } from '../../../src/ingest/recognise/recognise.js';
import { relateArticle } from '../../../src/ingest/relate/relate.js';
import { EXTRACTOR_NAME, EXTRACTOR_VERSION } from '../../../src/ingest/relate/version.js';
import { ARO_TEXT, aroLexicon, segmentText } from '../article-fixture.js';

const ARO = 'MONDO:0019026';
const HSCT = 'medkg:procedure:haematopoietic-stem-cell-transplantation';
const graph: ArticleGraph = relateArticle(
  recogniseArticle(segmentText(ARO_TEXT, 'autosomal-recessive-osteopetrosis.txt', 'Diseases'), aroLexicon()),
  { contentHash: 'hash-1' },
);

function find(subject: string, predicate: GraphEdge['predicate'], object: string): GraphEdge | undefined {
  return graph.edges.find((edge) => edge.subject === subject && edge.predicate === predicate && edge.object === object);
}

describe('relateArticle', () => {
  it('types relations of the topic by section', () => {
    expect(find(ARO, 'HAS_PHENOTYPE', 'HP:0001903')).toBeDefined();
    expect(find('HGNC:11647', 'GENE_ASSOCIATED_WITH', ARO)).toBeDefined();
    expect(find('medkg:test:skeletal-x-ray-survey', 'DIAGNOSES', ARO)).toBeDefined();
    expect(find('DRUGBANK:DB00033', 'TREATS', ARO)).toBeDefined();
    expect(find(HSCT, 'TREATS', ARO)).toBeDefined();
    expect(find('medkg:disease:neuronopathic-aro', 'SUBCLASS_OF', ARO)).toBeDefined();
  });

  it('makes a disease named as a symptom a complication', () => {
    expect(find(ARO, 'HAS_COMPLICATION', 'medkg:disease:osteomyelitis-of-the-jaw')).toBeDefined();
  });

  it('links every gene the causes section names as a gene, from heads and from lists', () => {
    expect(find('HGNC:2025', 'GENE_ASSOCIATED_WITH', ARO)).toBeDefined();
    expect(find('HGNC:21652', 'GENE_ASSOCIATED_WITH', ARO)).toBeDefined();
  });

  it('does not take a protein name that equals a gene symbol for a gene', () => {
    expect(graph.edges.some((edge) => edge.subject === 'HGNC:11926' && edge.predicate === 'GENE_ASSOCIATED_WITH')).toBe(false);
  });

  it('turns a test the sentence says is repeated to follow the disease into MONITORS, not DIAGNOSES', () => {
    expect(find('medkg:test:visual-evoked-potentials', 'MONITORS', ARO)).toBeDefined();
    expect(find('medkg:test:visual-evoked-potentials', 'DIAGNOSES', ARO)).toBeUndefined();
  });

  it('makes side effects of a drug item adverse effects of that drug, not phenotypes of the disease', () => {
    expect(find('DRUGBANK:DB00033', 'HAS_ADVERSE_EFFECT', 'HP:0001945')).toBeDefined();
    expect(find('DRUGBANK:DB00033', 'HAS_ADVERSE_EFFECT', 'HP:0002315')).toBeDefined();
    expect(find(ARO, 'HAS_PHENOTYPE', 'HP:0001945')).toBeUndefined();
  });

  it('reads "generally not recommended in X" as a contraindication in X', () => {
    const edge = find(HSCT, 'CONTRAINDICATED_IN', 'medkg:disease:neuronopathic-aro');
    expect(edge?.evidence[0]).toMatchObject({ cue: 'generally not recommended', weight: 0.8, sources: ['PMC'] });
    expect(find(HSCT, 'CONTRAINDICATED_IN', ARO)).toBeUndefined();
  });

  it('does not read a dose limit or an activity to avoid as a contraindication', () => {
    expect(graph.edges.filter((edge) => edge.predicate === 'CONTRAINDICATED_IN' && edge.subject === 'medkg:drug:paracetamol')).toEqual([]);
    expect(graph.nodes.some((node) => /heavy lifting/iu.test(node.name))).toBe(false);
  });

  it('drops a relation the sentence denies', () => {
    expect(graph.edges.filter((edge) => edge.subject === 'DRUGBANK:DB00136' && edge.predicate !== 'MENTIONS')).toEqual([]);
  });

  it('gives every edge evidence: article, section, sentence with offsets into the cleaned text, sources, extractor', () => {
    const text = graph.article.cleanedText;
    for (const edge of graph.edges) {
      expect(edge.evidence.length).toBeGreaterThan(0);
      for (const evidence of edge.evidence) {
        expect(evidence).toMatchObject({ article: 'autosomal-recessive-osteopetrosis', extractor: EXTRACTOR_NAME, extractorVersion: EXTRACTOR_VERSION });
        if (evidence.section !== 'title') expect(text.slice(evidence.start, evidence.end)).toBe(evidence.sentence);
      }
    }
    const gene = find('HGNC:11647', 'GENE_ASSOCIATED_WITH', ARO);
    expect(gene?.evidence[0]).toMatchObject({ section: 'causes', sources: ['NCBI'] });
    expect(find(ARO, 'HAS_PHENOTYPE', 'HP:0001903')?.evidence[0]?.weight).toBe(0.5);
  });

  it('only yields edges that fit the predicate signature', () => {
    const kinds = new Map(graph.nodes.map((node) => [node.id, node.kind]));
    kinds.set(articleNodeId('autosomal-recessive-osteopetrosis'), 'Article');
    for (const edge of graph.edges) {
      const subject = kinds.get(edge.subject);
      const object = kinds.get(edge.object);
      expect(subject && object && fitsSignature(edge.predicate, subject, object), `${edge.subject} ${edge.predicate} ${edge.object}`).toBe(true);
    }
  });

  it('links the article to its topic (ABOUT) and to every other entity it names (MENTIONS)', () => {
    const article = articleNodeId('autosomal-recessive-osteopetrosis');
    expect(find(article, 'ABOUT', ARO)).toBeDefined();
    const mentioned = new Set(graph.edges.filter((edge) => edge.predicate === 'MENTIONS').map((edge) => edge.object));
    for (const node of graph.nodes) if (node.id !== ARO) expect(mentioned).toContain(node.id);
    expect(graph.article).toMatchObject({ id: 'autosomal-recessive-osteopetrosis', primaryEntity: ARO, contentHash: 'hash-1' });
  });
});

describe('drug and test articles', () => {
  const lexicon = aroLexicon();
  it('relates a drug article topic to its side effects and indications', () => {
    const text = `Interferon Gamma-1b\n\nUses\n\nInterferon gamma-1b is used to treat autosomal recessive osteopetrosis.\n\nSide effects\n\n  1. Fever — common after injections.\n\n  2. Headache.\n`;
    const drug = relateArticle(recogniseArticle(segmentText(text, 'interferon-gamma-1b.txt', 'Drugs'), lexicon), { contentHash: 'h' });
    expect(drug.article.primaryEntity).toBe('DRUGBANK:DB00033');
    const predicates = drug.edges.filter((edge) => edge.subject === 'DRUGBANK:DB00033').map((edge) => `${edge.predicate} ${edge.object}`);
    expect(predicates).toEqual(expect.arrayContaining(['HAS_ADVERSE_EFFECT HP:0001945', 'HAS_ADVERSE_EFFECT HP:0002315', 'TREATS MONDO:0019026']));
  });
});
