import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeSuggestions } from '../../../src/graph/suggest/compute.js';
import { suggestionId } from '../../../src/graph/suggest/ids.js';
import { loadSnapshot, type GraphSnapshot } from '../../../src/graph/suggest/snapshot.js';
import type { Suggestion, SuggestionKind } from '../../../src/graph/suggest/types.js';
import { loadReferenceFile } from '../../../src/graph/reference/loaders.js';
import type { ReferenceRelation } from '../../../src/graph/reference/types.js';
import { REPO_ROOT } from '../../fixtures/gold/gold-schema.js';
import { describeEachStore } from '../each-store.js';
import { workbenchCorpus } from './corpus.js';

const REFERENCE_FILES = ['clingen-sample.csv', 'gard-genes-sample.csv', 'pharmacotherapydb-sample.tsv', 'labeledin-sample.tsv', 'do-disease-symptom-sample.tsv'];

async function loadReference(): Promise<ReferenceRelation[]> {
  const loaded = await Promise.all(REFERENCE_FILES.map((file) => loadReferenceFile(join(REPO_ROOT, 'test/fixtures/reference', file))));
  return loaded.flatMap((item) => item.relations);
}

function topOf(suggestions: readonly Suggestion[], kind: SuggestionKind, count = 10): Suggestion[] {
  return suggestions.filter((item) => item.kind === kind).slice(0, count);
}

describe('suggestion ids', () => {
  it('are the same for the same finding whatever the order of unordered parts, and differ by kind', () => {
    expect(suggestionId('co_mentioned', [], ['HGNC:3603', 'DOID:14323'])).toBe(suggestionId('co_mentioned', [], ['DOID:14323', 'HGNC:3603']));
    expect(suggestionId('co_mentioned', [], ['HGNC:3603', 'DOID:14323'])).not.toBe(suggestionId('predicted_link', [], ['HGNC:3603', 'DOID:14323']));
    expect(suggestionId('one_sided', ['a', 'b'])).not.toBe(suggestionId('one_sided', ['b', 'a']));
  });
});

describeEachStore('suggestions over the workbench corpus', workbenchCorpus(), (store) => {
  let snapshot: GraphSnapshot;
  let suggestions: Suggestion[];
  let reference: ReferenceRelation[];
  beforeAll(async () => {
    snapshot = await loadSnapshot(store());
    reference = await loadReference();
    suggestions = computeSuggestions(snapshot, { reference });
  });

  it('finds the gene article that the Gaucher article names without linking, with the sentence', () => {
    const found = topOf(suggestions, 'unlinked_mention').find((item) => item.articles[0] === 'gaucher-disease' && item.articles[1] === 'gba1-gene');
    expect(found?.evidence[0]?.sentence).toBe('Gaucher disease is caused by variants in the GBA1 gene.');
    expect(found?.action).toEqual({ type: 'edge', subject: 'medkg:article:gaucher-disease', predicate: 'LINKS_TO', object: 'medkg:article:gba1-gene' });
    expect(suggestions.some((item) => item.kind === 'unlinked_mention' && item.articles[0] === 'gba1-gene' && item.articles[1] === 'gaucher-disease')).toBe(false);
  });

  it('finds the drug whose article omits the disease it treats', () => {
    const found = topOf(suggestions, 'one_sided').find((item) => item.entities.includes('DRUGBANK:DB00451'));
    expect(found?.explanation).toContain('never mentions hypothyroidism');
    expect(found?.articles).toEqual(['hypothyroidism', 'levothyroxine']);
  });

  it('predicts a relation between two diseases that share two genes', () => {
    const found = topOf(suggestions, 'predicted_link').find((item) => item.entities.includes('DOID:1612') && item.entities.includes('DOID:2394'));
    expect(found?.entities.slice(2)).toEqual(['HGNC:1100', 'HGNC:1101']);
    expect(suggestions.some((item) => item.kind === 'predicted_link' && item.entities.includes('DOID:14330') && item.entities.includes('DOID:1926'))).toBe(false);
  });

  it('flags a drug said to treat and to be contraindicated in the same condition by different articles', () => {
    const conflict = topOf(suggestions, 'conflict')[0];
    expect(conflict?.entities).toEqual(['DRUGBANK:DB00945', 'HP:0001945']);
    expect(conflict?.articles).toEqual(['aspirin', 'fever-in-children']);
  });

  it('reports entities named by several articles without their own article, and the unverified procedure', () => {
    expect(topOf(suggestions, 'content_gap').map((item) => item.entities[0])).toEqual(expect.arrayContaining(['DOID:14330', 'HGNC:1100', 'HGNC:1101']));
    const unverified = topOf(suggestions, 'unverified_entity');
    expect(unverified.map((item) => item.action)).toEqual([
      { type: 'vocabulary', id: 'medkg:procedure:enzyme-replacement-therapy', kind: 'Procedure', name: 'enzyme replacement therapy' },
    ]);
  });

  it('proposes a gene-disease relation for a pair named together in two sentences', () => {
    const found = topOf(suggestions, 'co_mentioned')[0];
    expect(found?.action).toEqual({ type: 'edge', subject: 'HGNC:3603', predicate: 'GENE_ASSOCIATED_WITH', object: 'DOID:14323' });
    expect(found?.evidence).toHaveLength(2);
  });

  it('ranks the ClinGen Definitive gap first and flags the Disputed article relation for retraction', () => {
    const gaps = topOf(suggestions, 'authoritative_gap');
    expect(gaps.map((item) => item.action)).toEqual([{ type: 'edge', subject: 'HGNC:3603', predicate: 'GENE_ASSOCIATED_WITH', object: 'DOID:14323' }]);
    const conflicts = topOf(suggestions, 'authoritative_conflict');
    expect(conflicts.map((item) => item.action)).toEqual([{ type: 'retract', subject: 'HGNC:23336', predicate: 'GENE_ASSOCIATED_WITH', object: 'DOID:3490' }]);
    expect(conflicts[0]?.explanation).toContain('ClinGen classifies it Disputed');
  });

  it('lists every finding in score order with ties broken by id, and gives the same list twice', () => {
    for (let index = 1; index < suggestions.length; index += 1) {
      const [before, after] = [suggestions[index - 1], suggestions[index]];
      if (!before || !after) continue;
      expect(before.score > after.score || (before.score === after.score && before.id < after.id)).toBe(true);
    }
    expect(computeSuggestions(snapshot, { reference })).toEqual(suggestions);
  });
});
