import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../../src/domain/graph.js';
import { mergeNode, sameNode } from '../../src/domain/node-merge.js';

function sighting(name: string, extra: Partial<GraphNode> = {}): GraphNode {
  return { id: 'medkg:disease:hereditary-haemochromatosis', kind: 'Disease', name, synonyms: [], xrefs: [], status: 'unverified', ...extra };
}

function mergeAll(nodes: readonly GraphNode[]): GraphNode {
  let stored: GraphNode | undefined;
  for (const node of nodes) stored = mergeNode(stored, node);
  if (stored === undefined) throw new Error('nothing merged');
  return stored;
}

describe('node merge', () => {
  const capitalised = sighting('Hereditary Haemochromatosis', { synonyms: ['HH'], description: 'Iron overload.' });
  const lowerCase = sighting('hereditary haemochromatosis', { synonyms: ['type 1 haemochromatosis'], xrefs: ['MESH:D006432'] });

  it('stores the same node whichever of two unverified sightings comes first', () => {
    const oneWay = mergeAll([capitalised, lowerCase]);
    const otherWay = mergeAll([lowerCase, capitalised]);
    expect(oneWay).toEqual(otherWay);
    expect(oneWay.name).toBe('Hereditary Haemochromatosis');
    expect(oneWay.synonyms).toEqual(['HH', 'hereditary haemochromatosis', 'type 1 haemochromatosis']);
    expect(oneWay.xrefs).toEqual(['MESH:D006432']);
    expect(oneWay.description).toBe('Iron overload.');
  });

  it('is independent of order over three sightings too', () => {
    const third = sighting('Haemochromatosis, hereditary', { synonyms: ['HFE haemochromatosis', 'HH'] });
    const orders = [
      [capitalised, lowerCase, third],
      [third, lowerCase, capitalised],
      [lowerCase, third, capitalised],
    ];
    const results = orders.map(mergeAll);
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });

  it('never lets an unverified sighting overwrite vocabulary data, in either order', () => {
    const verified: GraphNode = {
      id: 'MONDO:0006507',
      kind: 'Disease',
      name: 'hereditary hemochromatosis',
      synonyms: ['haemochromatosis'],
      xrefs: ['DOID:2352'],
      description: 'From the vocabulary.',
      status: 'verified',
    };
    const fromArticle = { ...sighting('Hereditary Haemochromatosis'), id: verified.id, description: 'From an article.' };
    for (const merged of [mergeAll([verified, fromArticle]), mergeAll([fromArticle, verified])]) {
      expect(merged.name).toBe('hereditary hemochromatosis');
      expect(merged.status).toBe('verified');
      expect(merged.description).toBe('From the vocabulary.');
      expect(merged.xrefs).toEqual(['DOID:2352']);
    }
  });

  it('lets a newer vocabulary version rename a verified node', () => {
    const before: GraphNode = { ...sighting('old name'), status: 'verified' };
    const after: GraphNode = { ...sighting('new name'), status: 'verified' };
    expect(mergeAll([before, after]).name).toBe('new name');
  });

  it('keeps a list in its given order while every sighting brings the same one', () => {
    const vocabularyOrder = sighting('osteopetrosis', { synonyms: ['marble bone disease', 'Albers-Schönberg disease'] });
    const merged = mergeAll([vocabularyOrder, vocabularyOrder, vocabularyOrder]);
    expect(merged.synonyms).toEqual(['marble bone disease', 'Albers-Schönberg disease']);
    expect(sameNode(merged, mergeNode(merged, vocabularyOrder))).toBe(true);
  });

  it('drops repeats and the node\'s own name from its synonyms', () => {
    const merged = mergeNode(undefined, sighting('VEP', { synonyms: ['VEP', 'visual evoked potential', 'visual evoked potential'] }));
    expect(merged.synonyms).toEqual(['visual evoked potential']);
  });

  it('tells changed nodes from unchanged ones, key order aside', () => {
    const reordered: GraphNode = { status: 'unverified', xrefs: [], synonyms: ['HH'], name: capitalised.name, kind: 'Disease', id: capitalised.id, description: 'Iron overload.' };
    expect(sameNode(capitalised, reordered)).toBe(true);
    expect(sameNode(capitalised, { ...reordered, synonyms: ['HH', 'HFE'] })).toBe(false);
  });
});
