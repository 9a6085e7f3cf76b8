// When a gene symbol is used as a gene: the shapes a list of genes takes in a causes section.
// Real read → clean → segment → recognise → relate stages; ids as in /work/shared/data/vocab.
import { describe, expect, it } from 'vitest';
import { recogniseArticle } from '../../../src/ingest/recognise/recognise.js';
import { relateArticle } from '../../../src/ingest/relate/relate.js';
import { createLexicon } from '../../../src/lexicon/create.js';
import { makeEntry } from '../../../src/lexicon/model.js';
import { relateText, segmentText } from '../article-fixture.js';

const entries = [
  makeEntry({ id: 'MONDO:0007254', kind: 'Disease', name: 'breast cancer', source: 'MONDO' }),
  makeEntry({ id: 'HGNC:26144', kind: 'Gene', name: 'PALB2', source: 'HGNC' }),
  makeEntry({ id: 'HGNC:11998', kind: 'Gene', name: 'TP53', source: 'HGNC' }),
];

function geneLinks(text: string): string[] {
  const graph = relateArticle(recogniseArticle(segmentText(text, 'breast-cancer.txt', 'Cancer'), createLexicon(entries)), { contentHash: 'h' });
  return graph.edges.filter((edge) => edge.predicate === 'GENE_ASSOCIATED_WITH').map((edge) => `${edge.subject} ${edge.object}`);
}

describe('genes listed after a dash', () => {
  it('reads "Other genes — PALB2 and TP53 …" as genes of the topic', () => {
    const text = `Breast cancer

Definition

Breast cancer is a cancer that starts in the breast.

Causes and risk factors

  1. Other genes — PALB2 and TP53 explain a small number of families.
`;
    expect(geneLinks(text).sort()).toEqual(['HGNC:11998 MONDO:0007254', 'HGNC:26144 MONDO:0007254']);
  });

  it('does not read a symbol after an unrelated dash as a gene', () => {
    const text = `Breast cancer

Definition

Breast cancer is a cancer that starts in the breast.

Causes and risk factors

  1. Family history — TP53 carriers are rare.
`;
    expect(geneLinks(text)).toEqual([]);
  });
});

describe('genes given as examples after "genes … especially"', () => {
  it('are genes of the topic', () => {
    const links = relateText(
      "Sjögren's syndrome\n\nCauses\n\n  1. Genes — certain versions of immune genes raise the risk, especially HLA-DRB1 and HLA-DQB1.\n",
      'sjogrens-syndrome.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0010030', kind: 'Disease', name: 'Sjogren syndrome', source: 'MONDO', synonyms: [{ name: "Sjögren's syndrome", scope: 'exact' }] }),
        makeEntry({ id: 'HGNC:4948', kind: 'Gene', name: 'HLA-DRB1', source: 'HGNC' }),
        makeEntry({ id: 'HGNC:4944', kind: 'Gene', name: 'HLA-DQB1', source: 'HGNC' }),
      ],
    )
      .edges.filter((edge) => edge.predicate === 'GENE_ASSOCIATED_WITH')
      .map((edge) => `${edge.subject} ${edge.object}`)
      .sort();
    expect(links).toEqual(['HGNC:4944 MONDO:0010030', 'HGNC:4948 MONDO:0010030']);
  });
});

describe('genes after a capitalised "Changes in"', () => {
  it('reads them as genes of the topic', () => {
    const text = `Breast cancer

Definition

Breast cancer is a cancer that starts in the breast.

Causes and risk factors

Changes in PALB2 and TP53 are found in a few families.
`;
    expect(geneLinks(text).sort()).toEqual(['HGNC:11998 MONDO:0007254', 'HGNC:26144 MONDO:0007254']);
  });
});

describe('a named condition given its own genes in a causes item', () => {
  const syndromes = [
    makeEntry({ id: 'DOID:9256', kind: 'Disease', name: 'colorectal cancer', source: 'DO' }),
    makeEntry({ id: 'MONDO:0005835', kind: 'Disease', name: 'Lynch syndrome', source: 'MONDO' }),
    makeEntry({ id: 'DOID:0050424', kind: 'Disease', name: 'familial adenomatous polyposis', source: 'DO' }),
    makeEntry({ id: 'HGNC:7127', kind: 'Gene', name: 'MLH1', source: 'HGNC' }),
    makeEntry({ id: 'HGNC:583', kind: 'Gene', name: 'APC', source: 'HGNC' }),
  ];
  const text = (item: string) => `Colorectal cancer

Definition

Colorectal cancer is a cancer of the colon or rectum.

Causes and risk factors

  1. ${item}
`;
  const links = (item: string) =>
    relateText(text(item), 'colorectal-cancer.txt', 'Cancer', syndromes)
      .edges.filter((edge) => edge.predicate === 'GENE_ASSOCIATED_WITH')
      .map((edge) => `${edge.subject} ${edge.object}`)
      .sort();

  it('links each gene to the condition "caused by" it, part by part, and not to the topic', () => {
    expect(links('Inherited syndromes — Lynch syndrome, caused by variants in MLH1, and familial adenomatous polyposis (FAP), caused by variants in APC.')).toEqual([
      'HGNC:583 DOID:0050424',
      'HGNC:7127 MONDO:0005835',
    ]);
  });

  it('leaves a condition that is not the one caused by the gene alone', () => {
    expect(links('Lynch syndrome raises the risk; variants in APC cause familial adenomatous polyposis.')).not.toContain('HGNC:583 MONDO:0005835');
  });
});

describe('a look-alike condition a diagnostic test points to', () => {
  it('gets the gene its appositive says causes it, and the topic does not', () => {
    const links = relateText(
      'Wilson disease\n\nDiagnostic tests\n\n  1. Ceruloplasmin — a low level can instead point to aceruloplasminaemia, a rare inherited disorder caused by variants in the CP gene.\n',
      'wilson-disease.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0010200', kind: 'Disease', name: 'Wilson disease', source: 'MONDO' }),
        makeEntry({ id: 'MONDO:0011426', kind: 'Disease', name: 'aceruloplasminemia', source: 'MONDO', synonyms: [{ name: 'aceruloplasminaemia', scope: 'exact' }] }),
        makeEntry({ id: 'medkg:test:ceruloplasmin', kind: 'Test', name: 'ceruloplasmin', source: 'medkg' }),
        makeEntry({ id: 'HGNC:2295', kind: 'Gene', name: 'CP', source: 'HGNC' }),
      ],
    )
      .edges.filter((edge) => edge.predicate === 'GENE_ASSOCIATED_WITH')
      .map((edge) => `${edge.subject} ${edge.object}`);
    expect(links).toEqual(['HGNC:2295 MONDO:0011426']);
  });
});

describe('genes in a causes item headed by another disease', () => {
  it('go to that disease, not the topic', () => {
    const links = relateText(
      'Chronic kidney disease\n\nCauses\n\n  1. Polycystic kidney disease — an inherited condition, usually due to variants in the PKD1 or PKD2 gene.\n  2. Inherited risk — variants in the PKD2 gene raise the risk in some families.\n',
      'chronic-kidney-disease.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0005300', kind: 'Disease', name: 'chronic kidney disease', source: 'MONDO' }),
        makeEntry({ id: 'MONDO:0020642', kind: 'Disease', name: 'polycystic kidney disease', source: 'MONDO' }),
        makeEntry({ id: 'HGNC:9008', kind: 'Gene', name: 'PKD1', source: 'HGNC' }),
        makeEntry({ id: 'HGNC:9009', kind: 'Gene', name: 'PKD2', source: 'HGNC' }),
      ],
    )
      .edges.filter((edge) => edge.predicate === 'GENE_ASSOCIATED_WITH')
      .map((edge) => `${edge.subject} ${edge.object}`)
      .sort();
    expect(links).toEqual(['HGNC:9008 MONDO:0020642', 'HGNC:9009 MONDO:0005300', 'HGNC:9009 MONDO:0020642']);
  });
});

describe('a gene after "a variant, most often in"', () => {
  it('reads it as a gene of the topic', () => {
    const text = `Breast cancer

Causes and risk factors

About 1 in 10 people with advanced disease carries an inherited variant, most often in PALB2; variants in TP53 also raise the risk.
`;
    expect(geneLinks(text).sort()).toEqual(['HGNC:11998 MONDO:0007254', 'HGNC:26144 MONDO:0007254']);
  });
});

describe('a gene item that says its variants raise the risk of a further disease', () => {
  it('associates the genes with that disease as well as the topic', () => {
    const links = relateText(
      'Ovarian cancer\n\nCauses and risk factors\n\n  1. BRCA1 gene — inherited variants raise the risk of ovarian cancer a lot; the same variants also raise the risk of breast cancer.\n  2. Age — breast cancer and ovarian cancer are commoner with age.\n',
      'ovarian-cancer.txt',
      'Cancer',
      [
        makeEntry({ id: 'MONDO:0008170', kind: 'Disease', name: 'ovarian cancer', source: 'MONDO' }),
        makeEntry({ id: 'MONDO:0007254', kind: 'Disease', name: 'breast cancer', source: 'MONDO' }),
        makeEntry({ id: 'HGNC:1100', kind: 'Gene', name: 'BRCA1', source: 'HGNC' }),
      ],
    )
      .edges.filter((edge) => edge.predicate === 'GENE_ASSOCIATED_WITH')
      .map((edge) => `${edge.subject} ${edge.object}`)
      .sort();
    expect(links).toEqual(['HGNC:1100 MONDO:0007254', 'HGNC:1100 MONDO:0008170']);
  });
});

describe('a gene item that says the gene can also cause a further disease', () => {
  it('associates the gene with that disease as well as the topic', () => {
    const links = relateText(
      'Amyotrophic lateral sclerosis\n\nCauses\n\n  1. C9orf72 — a long repeat expansion in this gene is the most common genetic cause of ALS, and it can also cause frontotemporal dementia.\n',
      'amyotrophic-lateral-sclerosis.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0004976', kind: 'Disease', name: 'amyotrophic lateral sclerosis', source: 'MONDO', synonyms: [{ name: 'ALS', scope: 'abbreviation' }] }),
        makeEntry({ id: 'MONDO:0017276', kind: 'Disease', name: 'frontotemporal dementia', source: 'MONDO' }),
        makeEntry({ id: 'HGNC:28337', kind: 'Gene', name: 'C9orf72', source: 'HGNC' }),
      ],
    )
      .edges.filter((edge) => edge.predicate === 'GENE_ASSOCIATED_WITH')
      .map((edge) => `${edge.subject} ${edge.object}`)
      .sort();
    expect(links).toEqual(['HGNC:28337 MONDO:0004976', 'HGNC:28337 MONDO:0017276']);
  });
});

describe("genes of another condition, of a neighbour, or of a drug's line", () => {
  const ADPKD = 'MONDO:0004691';
  const links = relateText(
    `Autosomal dominant polycystic kidney disease (ADPKD)

Causes

ADPKD is caused by a variant in the PKD1 gene.
Kidney cysts also occur in tuberous sclerosis, which is caused by the TSC1 and TSC2 genes.
Autosomal recessive polycystic kidney disease (ARPKD) is a different disease of babies, caused by variants in the PKHD1 gene.
TSC2 lies right next to the PKD1 gene on chromosome 16.

Drug treatments

Drug 1. Osimertinib (TAGRISSO)
• Purpose: for cancers with an EGFR mutation.
`,
    'autosomal-dominant-polycystic-kidney-disease.txt',
    'Diseases',
    [
      makeEntry({ id: ADPKD, kind: 'Disease', name: 'autosomal dominant polycystic kidney disease', source: 'MONDO', synonyms: [{ name: 'ADPKD', scope: 'abbreviation' }] }),
      makeEntry({ id: 'MONDO:0001734', kind: 'Disease', name: 'tuberous sclerosis', source: 'MONDO' }),
      makeEntry({ id: 'MONDO:0009889', kind: 'Disease', name: 'autosomal recessive polycystic kidney disease', source: 'MONDO', synonyms: [{ name: 'ARPKD', scope: 'abbreviation' }] }),
      makeEntry({ id: 'HGNC:9008', kind: 'Gene', name: 'PKD1', source: 'HGNC' }),
      makeEntry({ id: 'HGNC:12362', kind: 'Gene', name: 'TSC1', source: 'HGNC' }),
      makeEntry({ id: 'HGNC:12363', kind: 'Gene', name: 'TSC2', source: 'HGNC' }),
      makeEntry({ id: 'HGNC:9016', kind: 'Gene', name: 'PKHD1', source: 'HGNC' }),
      makeEntry({ id: 'HGNC:3236', kind: 'Gene', name: 'EGFR', source: 'HGNC' }),
      makeEntry({ id: 'DRUGBANK:DB09330', kind: 'Drug', name: 'Osimertinib', source: 'DrugBank' }),
    ],
  )
    .edges.filter((edge) => edge.predicate === 'GENE_ASSOCIATED_WITH')
    .map((edge) => `${edge.subject} ${edge.object}`)
    .sort();

  it('gives the topic only its own genes', () => {
    expect(links.filter((link) => link.endsWith(ADPKD))).toEqual([`HGNC:9008 ${ADPKD}`]);
  });

  it('gives the other conditions theirs', () => {
    expect(links).toEqual(expect.arrayContaining(['HGNC:12362 MONDO:0001734', 'HGNC:9016 MONDO:0009889']));
  });

  it("takes no gene from a drug's line", () => {
    expect(links.filter((link) => link.startsWith('HGNC:3236'))).toEqual([]);
  });
});

describe('a causes item headed by gene symbols only', () => {
  it('reads every symbol of the head as a gene', () => {
    const text = `Breast cancer

Causes and risk factors

  1. PALB2 and TP53 — changes that raise the risk.
`;
    expect(geneLinks(text).sort()).toEqual(['HGNC:11998 MONDO:0007254', 'HGNC:26144 MONDO:0007254']);
  });
});

describe('a run of DNA letters that spells a gene symbol', () => {
  it('is no gene of the topic, while the gene that carries the repeat is', () => {
    const links = relateText(
      'Friedreich ataxia\n\nCauses\n\n  1. GAA repeat expansion — both copies of the FXN gene carry hundreds of extra copies of the DNA code GAA.\n',
      'friedreich-ataxia.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0100339', kind: 'Disease', name: 'Friedreich ataxia', source: 'MONDO' }),
        makeEntry({ id: 'HGNC:3951', kind: 'Gene', name: 'FXN', source: 'HGNC' }),
        makeEntry({ id: 'HGNC:4065', kind: 'Gene', name: 'GAA', source: 'HGNC' }),
      ],
    )
      .edges.filter((edge) => edge.predicate === 'GENE_ASSOCIATED_WITH')
      .map((edge) => edge.subject);
    expect(links).toEqual(['HGNC:3951']);
  });
});

describe('genes a causes sentence gives to other diseases', () => {
  const lexicon = [
    makeEntry({ id: 'MONDO:0005148', kind: 'Disease', name: 'type 2 diabetes mellitus', source: 'MONDO', synonyms: [{ name: 'type 2 diabetes', scope: 'exact' }] }),
    makeEntry({ id: 'MONDO:0018911', kind: 'Disease', name: 'maturity-onset diabetes of the young', source: 'MONDO', synonyms: [{ name: 'MODY', scope: 'abbreviation' }] }),
    makeEntry({ id: 'HGNC:11621', kind: 'Gene', name: 'HNF1A', source: 'HGNC' }),
    makeEntry({ id: 'HGNC:4195', kind: 'Gene', name: 'GCK', source: 'HGNC' }),
  ];
  const links = (sentence: string) =>
    relateText(`Type 2 diabetes\n\nCauses\n\n${sentence}\n`, 'type-2-diabetes.txt', 'Diseases', lexicon)
      .edges.filter((edge) => edge.predicate === 'GENE_ASSOCIATED_WITH')
      .map((edge) => `${edge.subject} ${edge.object}`)
      .sort();

  it('go to the disease the genes "cause", not to a topic the sentence sets apart', () => {
    expect(links('Variants in HNF1A and GCK cause most cases of maturity-onset diabetes of the young, but they are not found in type 2 diabetes.')).toEqual([
      'HGNC:11621 MONDO:0018911',
      'HGNC:4195 MONDO:0018911',
    ]);
    expect(links('Variants in GCK are linked to maturity-onset diabetes of the young rather than to type 2 diabetes.')).toEqual(['HGNC:4195 MONDO:0018911']);
  });

  it('stay with the topic when the topic is among the diseases they cause', () => {
    expect(links('Rare variants in HNF1A are associated with type 2 diabetes and with maturity-onset diabetes of the young.')).toContain('HGNC:11621 MONDO:0005148');
  });
});

describe("genes of a syndrome the causes item says raises the topic's risk", () => {
  const lexicon = [
    makeEntry({ id: 'MONDO:0011962', kind: 'Disease', name: 'endometrial cancer', source: 'MONDO' }),
    makeEntry({ id: 'MONDO:0005835', kind: 'Disease', name: 'Lynch syndrome', source: 'MONDO' }),
    makeEntry({ id: 'HGNC:7127', kind: 'Gene', name: 'MLH1', source: 'HGNC' }),
    makeEntry({ id: 'HGNC:7325', kind: 'Gene', name: 'MSH2', source: 'HGNC' }),
    makeEntry({ id: 'HGNC:9588', kind: 'Gene', name: 'PTEN', source: 'HGNC' }),
  ];
  const links = (items: string) =>
    relateText(`Endometrial cancer\n\nCauses\n\n${items}\n`, 'endometrial-cancer.txt', 'Cancer', lexicon)
      .edges.filter((edge) => edge.predicate === 'GENE_ASSOCIATED_WITH' && edge.object === 'MONDO:0011962')
      .map((edge) => edge.subject)
      .sort();

  it('are associated with the topic as well', () => {
    expect(
      links(
        '  1. Lynch syndrome — an inherited condition caused by variants in the mismatch repair genes MLH1 or MSH2; it raises the lifetime risk of endometrial cancer to as much as 1 in 2.\n  2. Cowden syndrome — caused by PTEN variants; it raises the risk of endometrial and breast cancer.',
      ),
    ).toEqual(['HGNC:7127', 'HGNC:7325', 'HGNC:9588']);
  });

  it('are not when the item raises the risk of another disease only', () => {
    expect(links('  1. Lynch syndrome — an inherited condition caused by variants in MLH1 or MSH2; it raises the risk of bowel cancer.')).toEqual([]);
  });
});

describe('risk variants found near genes', () => {
  it('reads "common variants near IL10 and IL23R, and in ERAP1" as genes of the topic', () => {
    const graph = relateText(
      'Behcet disease\n\nCauses\n\n  1. Other risk genes — common variants near IL10 and IL23R, and in ERAP1, add a small extra risk.\n',
      'behcets-disease.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0007191', kind: 'Disease', name: 'Behcet disease', source: 'MONDO' }),
        makeEntry({ id: 'HGNC:5962', kind: 'Gene', name: 'IL10', source: 'HGNC' }),
        makeEntry({ id: 'HGNC:19100', kind: 'Gene', name: 'IL23R', source: 'HGNC' }),
        makeEntry({ id: 'HGNC:18173', kind: 'Gene', name: 'ERAP1', source: 'HGNC' }),
      ],
    );
    const genes = graph.edges.filter((edge) => edge.predicate === 'GENE_ASSOCIATED_WITH').map((edge) => `${edge.subject} ${edge.object}`);
    expect(genes.sort()).toEqual(['HGNC:18173 MONDO:0007191', 'HGNC:19100 MONDO:0007191', 'HGNC:5962 MONDO:0007191']);
  });
});

describe("a gene a lab page names as a disease's cause", () => {
  it('is that disease\'s gene, not the class the sentence describes it by', () => {
    const graph = relateText(
      'Alkaline Phosphatase (ALP) Test\n\nUnderstanding the results\n\n  1. Low ALP — less common; it is the key finding in hypophosphatasia, a rare inherited bone disease caused by variants in the ALPL gene.\n',
      'alkaline-phosphatase-test.txt',
      'Lab Tests',
      [
        makeEntry({ id: 'LOINC:6768-6', kind: 'Test', name: 'alkaline phosphatase', source: 'LOINC', synonyms: [{ name: 'ALP', scope: 'abbreviation' }] }),
        makeEntry({ id: 'MONDO:0018570', kind: 'Disease', name: 'hypophosphatasia', source: 'MONDO' }),
        makeEntry({ id: 'MONDO:0005381', kind: 'Disease', name: 'bone disorder', source: 'MONDO', synonyms: [{ name: 'bone disease', scope: 'exact' }] }),
        makeEntry({ id: 'HGNC:438', kind: 'Gene', name: 'ALPL', source: 'HGNC' }),
      ],
    );
    const genes = graph.edges.filter((edge) => edge.predicate === 'GENE_ASSOCIATED_WITH').map((edge) => `${edge.subject} ${edge.object}`);
    expect(genes).toEqual(['HGNC:438 MONDO:0018570']);
  });
});

describe('symbols listed before "and about 20 other … genes"', () => {
  it('reads each as a gene of the topic', () => {
    const graph = relateArticle(
      recogniseArticle(
        segmentText('Fanconi Anaemia\n\nCauses\n\nVariants in many genes cause it: FANCC, FANCG, FANCD2 and about 20 other FANC genes each make part of a DNA repair pathway.\n', 'fanconi-anaemia.txt', 'Diseases'),
        createLexicon([
          makeEntry({ id: 'MONDO:0019391', kind: 'Disease', name: 'Fanconi anemia', source: 'MONDO', synonyms: [{ name: 'Fanconi anaemia', scope: 'exact' }] }),
          makeEntry({ id: 'HGNC:3584', kind: 'Gene', name: 'FANCC', source: 'HGNC' }),
          makeEntry({ id: 'HGNC:3588', kind: 'Gene', name: 'FANCG', source: 'HGNC' }),
          makeEntry({ id: 'HGNC:3585', kind: 'Gene', name: 'FANCD2', source: 'HGNC' }),
        ]),
      ),
      { contentHash: 'h' },
    );
    const genes = graph.edges.filter((edge) => edge.predicate === 'GENE_ASSOCIATED_WITH').map((edge) => edge.subject).sort();
    expect(genes).toEqual(['HGNC:3584', 'HGNC:3585', 'HGNC:3588']);
  });
});

describe('a gene the article says does not cause the topic', () => {
  it('links it to the topic nowhere, though the sentence first names it for the protein it makes', () => {
    const graph = relateText(
      `Pemphigus vulgaris (PV)

Causes

The antibodies target desmoglein 3, which is made from the DSG3 gene, but PV is not caused by changes in DSG3: the gene itself is normal in people with the disease.

Certain HLA-DRB1 gene types make PV more likely.
`,
      'pemphigus-vulgaris.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0008219', kind: 'Disease', name: 'pemphigus vulgaris', source: 'MONDO', synonyms: [{ name: 'PV', scope: 'abbreviation' }] }),
        makeEntry({ id: 'HGNC:3050', kind: 'Gene', name: 'DSG3', source: 'HGNC', synonyms: [{ name: 'desmoglein 3', scope: 'exact' }] }),
        makeEntry({ id: 'HGNC:4948', kind: 'Gene', name: 'HLA-DRB1', source: 'HGNC' }),
      ],
    );
    expect(graph.edges.filter((edge) => edge.predicate === 'GENE_ASSOCIATED_WITH').map((edge) => edge.subject)).toEqual(['HGNC:4948']);
  });
});

describe('a gene the article says does not cause some cases of the topic', () => {
  it('is still linked to the topic', () => {
    const graph = relateText(
      'Ocular albinism\n\nCauses\n\nOcular albinism type 1 results from mutations in the GPR143 gene.\n\nRare cases of ocular albinism are not caused by mutations in the GPR143 gene.\n',
      'ocular-albinism.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0017304', kind: 'Disease', name: 'ocular albinism', source: 'MONDO' }),
        makeEntry({ id: 'HGNC:20145', kind: 'Gene', name: 'GPR143', source: 'HGNC' }),
      ],
    );
    expect(graph.edges.filter((edge) => edge.predicate === 'GENE_ASSOCIATED_WITH' && edge.object === 'MONDO:0017304').map((edge) => edge.subject)).toEqual(['HGNC:20145']);
  });
});

describe('genes of a tumour and of the syndromes a causes item names', () => {
  const graph = relateText(
    `Glioblastoma

Causes

  1. Common tumour changes — extra copies of the EGFR gene, loss of PTEN and loss of CDKN2A; they help to confirm the diagnosis.
  2. Rare inherited syndromes — Li-Fraumeni syndrome (TP53 gene), neurofibromatosis type 1 (NF1 gene) and Lynch syndrome (genes such as MLH1).
`,
    'glioblastoma.txt',
    'Cancer',
    [
      makeEntry({ id: 'MONDO:0018177', kind: 'Disease', name: 'glioblastoma', source: 'MONDO' }),
      makeEntry({ id: 'HGNC:3236', kind: 'Gene', name: 'EGFR', source: 'HGNC' }),
      makeEntry({ id: 'HGNC:9588', kind: 'Gene', name: 'PTEN', source: 'HGNC' }),
      makeEntry({ id: 'HGNC:1787', kind: 'Gene', name: 'CDKN2A', source: 'HGNC' }),
      makeEntry({ id: 'HGNC:11998', kind: 'Gene', name: 'TP53', source: 'HGNC' }),
      makeEntry({ id: 'HGNC:7765', kind: 'Gene', name: 'NF1', source: 'HGNC' }),
      makeEntry({ id: 'HGNC:7127', kind: 'Gene', name: 'MLH1', source: 'HGNC' }),
      makeEntry({ id: 'MONDO:0018875', kind: 'Disease', name: 'Li-Fraumeni syndrome', source: 'MONDO' }),
      makeEntry({ id: 'MONDO:0018975', kind: 'Disease', name: 'neurofibromatosis type 1', source: 'MONDO' }),
      makeEntry({ id: 'MONDO:0005835', kind: 'Disease', name: 'Lynch syndrome', source: 'MONDO' }),
    ],
  );
  const links = graph.edges.filter((edge) => edge.predicate === 'GENE_ASSOCIATED_WITH').map((edge) => `${edge.subject} ${edge.object}`).sort();

  it('reads a symbol after "loss of" as a gene of the topic', () => {
    expect(links).toEqual(expect.arrayContaining(['HGNC:1787 MONDO:0018177', 'HGNC:3236 MONDO:0018177', 'HGNC:9588 MONDO:0018177']));
  });

  it("gives a gene in brackets after a syndrome to that syndrome, not to the topic", () => {
    expect(links).toEqual(expect.arrayContaining(['HGNC:11998 MONDO:0018875', 'HGNC:7765 MONDO:0018975', 'HGNC:7127 MONDO:0005835']));
    expect(links.filter((link) => link.endsWith('MONDO:0018177'))).toEqual(['HGNC:1787 MONDO:0018177', 'HGNC:3236 MONDO:0018177', 'HGNC:9588 MONDO:0018177']);
  });
});

describe("a gene another disease is said to be caused by, in a disease page's Other names", () => {
  it('is linked to that disease, not to the topic', () => {
    const graph = relateText(
      `Hereditary fructose intolerance (HFI)

Other names

HFI is also called fructosaemia. It is different from essential fructosuria, a harmless condition caused by variants in the KHK gene, in which fructose simply passes into the urine.
`,
      'hereditary-fructose-intolerance.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0009249', kind: 'Disease', name: 'hereditary fructose intolerance', source: 'MONDO', synonyms: [{ name: 'HFI', scope: 'abbreviation' }] }),
        makeEntry({ id: 'MONDO:0009252', kind: 'Disease', name: 'essential fructosuria', source: 'MONDO' }),
        makeEntry({ id: 'HGNC:6315', kind: 'Gene', name: 'KHK', source: 'HGNC' }),
      ],
    );
    expect(graph.edges.filter((edge) => edge.predicate === 'GENE_ASSOCIATED_WITH').map((edge) => `${edge.subject} ${edge.object}`)).toEqual(['HGNC:6315 MONDO:0009252']);
  });
});

describe("a gene a lab page's results item gives as the cause of a disease after a dash", () => {
  it('is linked to that disease', () => {
    const graph = relateText(
      `Uric Acid Test

Understanding the results

A high level may be seen with:

  1. Lesch–Nyhan syndrome — a rare inherited disorder of boys, caused by variants in the HPRT1 gene, in which the body makes far too much uric acid.
`,
      'uric-acid-test.txt',
      'Lab Tests',
      [
        makeEntry({ id: 'LOINC:3084-1', kind: 'Test', name: 'uric acid', source: 'LOINC', synonyms: [{ name: 'uric acid test', scope: 'exact' }] }),
        makeEntry({ id: 'MONDO:0010298', kind: 'Disease', name: 'Lesch-Nyhan syndrome', source: 'MONDO' }),
        makeEntry({ id: 'HGNC:5157', kind: 'Gene', name: 'HPRT1', source: 'HGNC' }),
      ],
    );
    expect(graph.edges.filter((edge) => edge.predicate === 'GENE_ASSOCIATED_WITH').map((edge) => `${edge.subject} ${edge.object}`)).toEqual(['HGNC:5157 MONDO:0010298']);
  });
});

describe('a gene named as the maker of a protein a cause item is about', () => {
  it('is no gene of the topic ("BP180 (type XVII collagen, made by the COL17A1 gene)")', () => {
    const graph = relateText(
      `Bullous pemphigoid

Causes

  1. Autoantibodies against BP180 and BP230 — antibodies attack BP180 (type XVII collagen, made by the COL17A1 gene) and BP230 (made by the DST gene).
  2. Genes — the HLA-DQB1 tissue type is linked to a higher risk.
`,
      'bullous-pemphigoid.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0019082', kind: 'Disease', name: 'bullous pemphigoid', source: 'MONDO' }),
        makeEntry({ id: 'HGNC:2194', kind: 'Gene', name: 'COL17A1', source: 'HGNC' }),
        makeEntry({ id: 'HGNC:1090', kind: 'Gene', name: 'DST', source: 'HGNC' }),
      ],
    );
    expect(graph.edges.filter((edge) => edge.predicate === 'GENE_ASSOCIATED_WITH')).toEqual([]);
  });
});

describe('a list of genes whose first name carries a bracket ("CYP11B1 (in 11-beta-hydroxylase deficiency), HSD3B2, CYP17A1 or STAR")', () => {
  const graph = relateArticle(
    recogniseArticle(
      segmentText(
        'Congenital Adrenal Hyperplasia (CAH)\n\nTypes\n\n  1. 11-beta-hydroxylase deficiency — the second most common cause.\n\nCauses\n\nRarer forms are caused by variants in CYP11B1 (in 11-beta-hydroxylase deficiency), HSD3B2, CYP17A1 or STAR.\n',
        'congenital-adrenal-hyperplasia.txt',
        'Diseases',
      ),
      createLexicon([
        makeEntry({ id: 'MONDO:0018479', kind: 'Disease', name: 'congenital adrenal hyperplasia', source: 'MONDO', synonyms: [{ name: 'CAH', scope: 'abbreviation' }] }),
        makeEntry({ id: 'MONDO:0008729', kind: 'Disease', name: 'congenital adrenal hyperplasia due to 11-beta-hydroxylase deficiency', source: 'MONDO', synonyms: [{ name: '11-beta-hydroxylase deficiency', scope: 'exact' }] }),
        makeEntry({ id: 'HGNC:2591', kind: 'Gene', name: 'CYP11B1', source: 'HGNC' }),
        makeEntry({ id: 'HGNC:5218', kind: 'Gene', name: 'HSD3B2', source: 'HGNC' }),
        makeEntry({ id: 'HGNC:2593', kind: 'Gene', name: 'CYP17A1', source: 'HGNC' }),
        makeEntry({ id: 'HGNC:11359', kind: 'Gene', name: 'STAR', source: 'HGNC' }),
      ]),
    ),
    { contentHash: 'h' },
  );
  const links = graph.edges.filter((edge) => edge.predicate === 'GENE_ASSOCIATED_WITH').map((edge) => `${edge.subject} ${edge.object}`);

  it('reads every symbol of the list as a gene of the topic', () => {
    expect(links).toEqual(expect.arrayContaining(['HGNC:2591 MONDO:0018479', 'HGNC:5218 MONDO:0018479', 'HGNC:2593 MONDO:0018479', 'HGNC:11359 MONDO:0018479']));
  });

  it('gives the form the bracket names to the gene before it only', () => {
    expect(links.filter((link) => link.endsWith('MONDO:0008729'))).toEqual(['HGNC:2591 MONDO:0008729']);
  });
});

describe('genes named by "variants in or near" them', () => {
  it('reads each as a gene of the topic, the first one too', () => {
    const graph = relateText(
      'Endometriosis\n\nCauses\n\n  2. Genes — endometriosis runs in families. Genome studies have linked variants in or near WNT4, GREB1 and VEZT with endometriosis, but no single gene causes it.\n',
      'endometriosis.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0005133', kind: 'Disease', name: 'endometriosis', source: 'MONDO' }),
        makeEntry({ id: 'HGNC:12783', kind: 'Gene', name: 'WNT4', source: 'HGNC' }),
        makeEntry({ id: 'HGNC:24885', kind: 'Gene', name: 'GREB1', source: 'HGNC' }),
        makeEntry({ id: 'HGNC:18258', kind: 'Gene', name: 'VEZT', source: 'HGNC' }),
      ],
    );
    const links = graph.edges.filter((edge) => edge.predicate === 'GENE_ASSOCIATED_WITH').map((edge) => edge.subject);
    expect(links.sort()).toEqual(['HGNC:12783', 'HGNC:18258', 'HGNC:24885']);
  });
});

describe('a gene the article says causes a different disorder', () => {
  it('is no gene of the topic in any of its sentences ("A fourth gene, DLD, … Variants in DLD cause a different, broader disorder")', () => {
    const graph = relateText(
      'Maple Syrup Urine Disease\n\nCauses\n\nA fourth gene, DLD, makes a part that the BCKD complex shares with other enzymes. Variants in DLD cause a different, broader disorder, dihydrolipoamide dehydrogenase deficiency, which also causes lactic acidosis.\n',
      'maple-syrup-urine-disease.txt',
      'Diseases',
      [
        makeEntry({ id: 'MONDO:0009563', kind: 'Disease', name: 'maple syrup urine disease', source: 'MONDO' }),
        makeEntry({ id: 'HGNC:2898', kind: 'Gene', name: 'DLD', source: 'HGNC' }),
      ],
    );
    expect(graph.edges.filter((edge) => edge.predicate === 'GENE_ASSOCIATED_WITH')).toEqual([]);
  });
});

describe('genes listed after a dash that closes a short description of them', () => {
  it('reads "Other genes changed inside the tumour — AMER1 (also called WTX), CTNNB1 and DICER1" as genes of the topic', () => {
    const graph = relateText(
      'Wilms tumour\n\nCauses\n\n  3. Other genes changed inside the tumour — AMER1 (also called WTX), CTNNB1 and DICER1.\n',
      'wilms-tumour.txt',
      'Cancer',
      [
        makeEntry({ id: 'MONDO:0006058', kind: 'Disease', name: 'Wilms tumor', source: 'MONDO', synonyms: [{ name: 'Wilms tumour', scope: 'exact' }] }),
        makeEntry({ id: 'HGNC:26837', kind: 'Gene', name: 'AMER1', source: 'HGNC' }),
        makeEntry({ id: 'HGNC:2514', kind: 'Gene', name: 'CTNNB1', source: 'HGNC' }),
        makeEntry({ id: 'HGNC:17098', kind: 'Gene', name: 'DICER1', source: 'HGNC' }),
      ],
    );
    const links = graph.edges.filter((edge) => edge.predicate === 'GENE_ASSOCIATED_WITH').map((edge) => edge.subject);
    expect(links.sort()).toEqual(['HGNC:17098', 'HGNC:2514', 'HGNC:26837']);
  });
});
