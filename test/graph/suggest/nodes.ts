// Entity nodes of the workbench corpus. Every CURIE and xref was checked against
// /work/shared/data/vocab (doid.obo, do_allXREFinDO, mondo SSSOM, hp.obo, hgnc, drugbank);
// the enzyme replacement therapy procedure has no vocabulary id, so it is a local unverified node.
import type { GraphNode } from '../../../src/domain/graph.js';

const verified = (id: string, kind: GraphNode['kind'], name: string, xrefs: string[] = [], synonyms: string[] = []): GraphNode => ({
  id, kind, name, synonyms, xrefs, status: 'verified',
});

export const gaucher = verified('DOID:1926', 'Disease', "Gaucher's disease", ['MONDO:0018150', 'ORPHA:355', 'GARD:8233'], ['Gaucher disease']);
export const parkinsons = verified('DOID:14330', 'Disease', "Parkinson's disease", ['MONDO:0005180']);
export const hypothyroidism = verified('DOID:1459', 'Disease', 'hypothyroidism', ['UMLS:C0020676']);
export const breastCancer = verified('DOID:1612', 'Disease', 'breast cancer', ['MONDO:0007254']);
export const ovarianCancer = verified('DOID:2394', 'Disease', 'ovarian cancer', ['MONDO:0008170']);
export const marfan = verified('DOID:14323', 'Disease', 'Marfan syndrome', ['MONDO:0007947', 'GARD:6975', 'UMLS:C0024796']);
export const noonan = verified('DOID:3490', 'Disease', 'Noonan syndrome', ['MONDO:0018997', 'GARD:10955', 'ORPHA:648']);

export const gba1 = verified('HGNC:4177', 'Gene', 'GBA1');
export const brca1 = verified('HGNC:1100', 'Gene', 'BRCA1');
export const brca2 = verified('HGNC:1101', 'Gene', 'BRCA2');
export const fbn1 = verified('HGNC:3603', 'Gene', 'FBN1');
export const ptpn11 = verified('HGNC:9644', 'Gene', 'PTPN11');
export const a2ml1 = verified('HGNC:23336', 'Gene', 'A2ML1');

export const imiglucerase = verified('DRUGBANK:DB00053', 'Drug', 'Imiglucerase');
export const levothyroxine = verified('DRUGBANK:DB00451', 'Drug', 'Levothyroxine');
export const aspirin = verified('DRUGBANK:DB00945', 'Drug', 'Acetylsalicylic acid', [], ['aspirin']);

export const splenomegaly = verified('HP:0001744', 'Phenotype', 'Splenomegaly', [], ['enlarged spleen']);
export const anemia = verified('HP:0001903', 'Phenotype', 'Anemia');
export const bonePain = verified('HP:0002653', 'Phenotype', 'Bone pain');
export const fatigue = verified('HP:0012378', 'Phenotype', 'Fatigue');
export const weightGain = verified('HP:0004324', 'Phenotype', 'Increased body weight');
export const palpitations = verified('HP:0001962', 'Phenotype', 'Palpitations');
export const weightLoss = verified('HP:0001824', 'Phenotype', 'Weight loss');
export const fever = verified('HP:0001945', 'Phenotype', 'Fever');

export const enzymeReplacement: GraphNode = {
  id: 'medkg:procedure:enzyme-replacement-therapy',
  kind: 'Procedure',
  name: 'enzyme replacement therapy',
  synonyms: [],
  xrefs: [],
  status: 'unverified',
};
