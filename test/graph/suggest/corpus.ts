// The workbench corpus: ten short articles of real facts with gaps planted on purpose.
// - gaucher-disease names GBA1, which has its own article (gba1-gene), without linking it
//   (unlinked mention); both name Parkinson's disease, which has no article (content gap);
// - hypothyroidism says levothyroxine treats it; the levothyroxine article never names
//   hypothyroidism (one-sided relation);
// - breast cancer and ovarian cancer share BRCA1 and BRCA2 and nothing relates them (predicted link);
// - marfan-syndrome names FBN1 in two sentences without a typed relation (co-mention, and a
//   ClinGen Definitive gap); noonan-syndrome states A2ML1, which ClinGen calls Disputed;
// - aspirin treats fever (aspirin article) but is contraindicated in it (fever-in-children);
// - enzyme replacement therapy is an unverified procedure.
import type { ArticleGraph, GraphEdge, GraphNode } from '../../../src/domain/graph.js';
import { articleNodeId } from '../../../src/domain/ids.js';
import type { Predicate } from '../../../src/domain/predicates.js';
import type { SectionKind } from '../../../src/domain/sections.js';
import { buildArticle, edge, evidenceIn, graphOf, type SectionText } from '../../fixtures/graphs/build.js';
import * as n from './nodes.js';

interface Spec {
  readonly slug: string;
  readonly title: string;
  readonly about: GraphNode;
  readonly sections: readonly SectionText[];
  /** Entities named, with the section and sentence that first names each. */
  readonly named: readonly (readonly [GraphNode, SectionKind, string])[];
  readonly relations?: readonly (readonly [GraphNode, Predicate, GraphNode, SectionKind, string])[];
  readonly links?: readonly string[];
  readonly hash?: string;
}

export function articleGraph(spec: Spec): ArticleGraph {
  const article = buildArticle(spec.slug, spec.title, spec.sections, spec.hash);
  const [firstSection] = spec.sections;
  const summary = firstSection ? (firstSection.text.split(/(?<=\.) /u)[0] ?? firstSection.text) : '';
  const edges: GraphEdge[] = [edge(articleNodeId(spec.slug), 'ABOUT', spec.about.id, evidenceIn(article, firstSection?.kind ?? 'summary', summary, 0.9))];
  for (const [node, section, sentence] of spec.named) {
    edges.push(edge(articleNodeId(spec.slug), 'MENTIONS', node.id, evidenceIn(article, section, sentence, 0.9)));
  }
  for (const [subject, predicate, object, section, sentence] of spec.relations ?? []) {
    edges.push(edge(subject.id, predicate, object.id, evidenceIn(article, section, sentence, 0.8, 'fixture cue')));
  }
  const nodes = [spec.about, ...spec.named.map(([node]) => node)];
  return graphOf(article, [...new Map(nodes.map((node) => [node.id, node])).values()], edges, [...(spec.links ?? [])]);
}

const GAUCHER_GENE = 'Gaucher disease is caused by variants in the GBA1 gene.';
const GAUCHER_PD = "People with GBA1 variants also have a higher risk of Parkinson's disease.";
const GAUCHER_SIGNS = 'Common signs are an enlarged spleen (splenomegaly), anemia and bone pain.';
const GAUCHER_ERT = 'Enzyme replacement therapy with imiglucerase reduces spleen size and improves anemia.';

export const gaucherArticle = (links: string[] = []): ArticleGraph =>
  articleGraph({
    slug: 'gaucher-disease',
    title: 'Gaucher disease',
    about: n.gaucher,
    sections: [
      { kind: 'summary', heading: 'What is Gaucher disease?', text: 'Gaucher disease is an inherited disorder in which fatty substances build up in the spleen, liver and bones.' },
      { kind: 'genetics', heading: 'Genetics', text: `${GAUCHER_GENE} ${GAUCHER_PD}` },
      { kind: 'symptoms', heading: 'Symptoms', text: GAUCHER_SIGNS },
      { kind: 'treatment', heading: 'Treatment', text: GAUCHER_ERT },
    ],
    named: [
      [n.gba1, 'genetics', GAUCHER_GENE],
      [n.parkinsons, 'genetics', GAUCHER_PD],
      [n.splenomegaly, 'symptoms', GAUCHER_SIGNS],
      [n.anemia, 'symptoms', GAUCHER_SIGNS],
      [n.bonePain, 'symptoms', GAUCHER_SIGNS],
      [n.imiglucerase, 'treatment', GAUCHER_ERT],
      [n.enzymeReplacement, 'treatment', GAUCHER_ERT],
    ],
    relations: [
      [n.gba1, 'GENE_ASSOCIATED_WITH', n.gaucher, 'genetics', GAUCHER_GENE],
      [n.gaucher, 'HAS_PHENOTYPE', n.splenomegaly, 'symptoms', GAUCHER_SIGNS],
      [n.gaucher, 'HAS_PHENOTYPE', n.anemia, 'symptoms', GAUCHER_SIGNS],
      [n.gaucher, 'HAS_PHENOTYPE', n.bonePain, 'symptoms', GAUCHER_SIGNS],
      [n.imiglucerase, 'TREATS', n.gaucher, 'treatment', GAUCHER_ERT],
    ],
    links,
    hash: `gaucher-disease-${links.length}`,
  });

const GBA1_SUMMARY = 'The GBA1 gene provides instructions for making the enzyme beta-glucocerebrosidase.';
const GBA1_GAUCHER = 'Variants in both copies of GBA1 cause Gaucher disease.';
const GBA1_PD = "Carrying one GBA1 variant increases the risk of Parkinson's disease.";

export const gba1Article = articleGraph({
  slug: 'gba1-gene',
  title: 'GBA1 gene',
  about: n.gba1,
  sections: [
    { kind: 'summary', heading: 'What does GBA1 do?', text: GBA1_SUMMARY },
    { kind: 'genetics', heading: 'Health conditions', text: `${GBA1_GAUCHER} ${GBA1_PD}` },
  ],
  named: [
    [n.gaucher, 'genetics', GBA1_GAUCHER],
    [n.parkinsons, 'genetics', GBA1_PD],
  ],
  relations: [
    [n.gba1, 'GENE_ASSOCIATED_WITH', n.gaucher, 'genetics', GBA1_GAUCHER],
    [n.gba1, 'GENE_ASSOCIATED_WITH', n.parkinsons, 'genetics', GBA1_PD],
  ],
  links: ['gaucher-disease'],
});

const HYPO_SIGNS = 'Symptoms include fatigue and increased body weight.';
const HYPO_TREAT = 'Hypothyroidism is treated with levothyroxine, a daily hormone tablet.';

export const hypothyroidismArticle = articleGraph({
  slug: 'hypothyroidism',
  title: 'Hypothyroidism',
  about: n.hypothyroidism,
  sections: [
    { kind: 'summary', heading: 'Overview', text: 'Hypothyroidism is a condition in which the thyroid gland does not make enough thyroid hormone.' },
    { kind: 'symptoms', heading: 'Symptoms', text: HYPO_SIGNS },
    { kind: 'treatment', heading: 'Treatment', text: HYPO_TREAT },
  ],
  named: [
    [n.fatigue, 'symptoms', HYPO_SIGNS],
    [n.weightGain, 'symptoms', HYPO_SIGNS],
    [n.levothyroxine, 'treatment', HYPO_TREAT],
  ],
  relations: [
    [n.hypothyroidism, 'HAS_PHENOTYPE', n.fatigue, 'symptoms', HYPO_SIGNS],
    [n.hypothyroidism, 'HAS_PHENOTYPE', n.weightGain, 'symptoms', HYPO_SIGNS],
    [n.levothyroxine, 'TREATS', n.hypothyroidism, 'treatment', HYPO_TREAT],
  ],
  links: ['levothyroxine'],
});

const LEVO_SIDE = 'Too high a dose can cause palpitations and weight loss.';

export const levothyroxineArticle = (mentionsHypothyroidism = false): ArticleGraph => {
  const use = 'Doctors prescribe it for hypothyroidism.';
  return articleGraph({
    slug: 'levothyroxine',
    title: 'Levothyroxine',
    about: n.levothyroxine,
    sections: [
      { kind: 'summary', heading: 'About levothyroxine', text: `Levothyroxine is a synthetic form of the thyroid hormone thyroxine.${mentionsHypothyroidism ? ` ${use}` : ''}` },
      { kind: 'side_effects', heading: 'Side effects', text: LEVO_SIDE },
    ],
    named: [
      [n.palpitations, 'side_effects', LEVO_SIDE],
      [n.weightLoss, 'side_effects', LEVO_SIDE],
      ...(mentionsHypothyroidism ? [[n.hypothyroidism, 'summary', use] as const] : []),
    ],
    relations: [
      [n.levothyroxine, 'HAS_ADVERSE_EFFECT', n.palpitations, 'side_effects', LEVO_SIDE],
      [n.levothyroxine, 'HAS_ADVERSE_EFFECT', n.weightLoss, 'side_effects', LEVO_SIDE],
    ],
    hash: `levothyroxine-${String(mentionsHypothyroidism)}`,
  });
};

const BREAST_GENES = 'Inherited variants in the BRCA1 and BRCA2 genes greatly increase the risk of breast cancer.';
const OVARIAN_GENES = 'About one in five ovarian cancers is linked to inherited variants in BRCA1 or BRCA2.';

export const breastCancerArticle = articleGraph({
  slug: 'breast-cancer',
  title: 'Breast cancer',
  about: n.breastCancer,
  sections: [
    { kind: 'summary', heading: 'Overview', text: 'Breast cancer is the most common cancer in women.' },
    { kind: 'genetics', heading: 'Genes', text: BREAST_GENES },
  ],
  named: [
    [n.brca1, 'genetics', BREAST_GENES],
    [n.brca2, 'genetics', BREAST_GENES],
  ],
  relations: [
    [n.brca1, 'GENE_ASSOCIATED_WITH', n.breastCancer, 'genetics', BREAST_GENES],
    [n.brca2, 'GENE_ASSOCIATED_WITH', n.breastCancer, 'genetics', BREAST_GENES],
  ],
});

export const ovarianCancerArticle = articleGraph({
  slug: 'ovarian-cancer',
  title: 'Ovarian cancer',
  about: n.ovarianCancer,
  sections: [
    { kind: 'summary', heading: 'Overview', text: 'Ovarian cancer starts in the ovaries or fallopian tubes.' },
    { kind: 'genetics', heading: 'Genes', text: OVARIAN_GENES },
  ],
  named: [
    [n.brca1, 'genetics', OVARIAN_GENES],
    [n.brca2, 'genetics', OVARIAN_GENES],
  ],
  relations: [
    [n.brca1, 'GENE_ASSOCIATED_WITH', n.ovarianCancer, 'genetics', OVARIAN_GENES],
    [n.brca2, 'GENE_ASSOCIATED_WITH', n.ovarianCancer, 'genetics', OVARIAN_GENES],
  ],
});

const MARFAN_CAUSE = 'Marfan syndrome is caused by a change in the FBN1 gene.';
const MARFAN_TEST = 'Testing the FBN1 gene can confirm Marfan syndrome.';

export const marfanArticle = articleGraph({
  slug: 'marfan-syndrome',
  title: 'Marfan syndrome',
  about: n.marfan,
  sections: [
    { kind: 'summary', heading: 'Overview', text: 'Marfan syndrome is an inherited disorder of connective tissue.' },
    { kind: 'causes', heading: 'Causes', text: MARFAN_CAUSE },
    { kind: 'diagnosis', heading: 'Diagnosis', text: MARFAN_TEST },
  ],
  named: [[n.fbn1, 'causes', MARFAN_CAUSE]],
});

const NOONAN_GENES = 'Noonan syndrome is most often caused by variants in PTPN11; variants in A2ML1 have also been reported.';

export const noonanArticle = articleGraph({
  slug: 'noonan-syndrome',
  title: 'Noonan syndrome',
  about: n.noonan,
  sections: [
    { kind: 'summary', heading: 'Overview', text: 'Noonan syndrome is a genetic condition that affects many parts of the body.' },
    { kind: 'genetics', heading: 'Genetics', text: NOONAN_GENES },
  ],
  named: [
    [n.ptpn11, 'genetics', NOONAN_GENES],
    [n.a2ml1, 'genetics', NOONAN_GENES],
  ],
  relations: [
    [n.ptpn11, 'GENE_ASSOCIATED_WITH', n.noonan, 'genetics', NOONAN_GENES],
    [n.a2ml1, 'GENE_ASSOCIATED_WITH', n.noonan, 'genetics', NOONAN_GENES],
  ],
});

const ASPIRIN_USE = 'Aspirin is used to relieve pain and reduce fever in adults.';
const FEVER_ASPIRIN = 'Children with a fever from a viral illness should not be given aspirin because of the risk of Reye syndrome.';

export const aspirinArticle = articleGraph({
  slug: 'aspirin',
  title: 'Aspirin',
  about: n.aspirin,
  sections: [{ kind: 'indications', heading: 'What is aspirin used for?', text: ASPIRIN_USE }],
  named: [[n.fever, 'indications', ASPIRIN_USE]],
  relations: [[n.aspirin, 'TREATS', n.fever, 'indications', ASPIRIN_USE]],
});

export const feverArticle = articleGraph({
  slug: 'fever-in-children',
  title: 'Fever in children',
  about: n.fever,
  sections: [
    { kind: 'summary', heading: 'Overview', text: 'A fever is a temperature of 38C or higher.' },
    { kind: 'treatment', heading: 'Treatment', text: FEVER_ASPIRIN },
  ],
  named: [[n.aspirin, 'treatment', FEVER_ASPIRIN]],
  relations: [[n.aspirin, 'CONTRAINDICATED_IN', n.fever, 'treatment', FEVER_ASPIRIN]],
});

/** The whole corpus, as first ingested. */
export function workbenchCorpus(): ArticleGraph[] {
  return [
    gaucherArticle(),
    gba1Article,
    hypothyroidismArticle,
    levothyroxineArticle(),
    breastCancerArticle,
    ovarianCancerArticle,
    marfanArticle,
    noonanArticle,
    aspirinArticle,
    feverArticle,
  ];
}
