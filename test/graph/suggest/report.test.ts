import { describe, expect, it } from 'vitest';
import { authoritativeCountsBySource, formatSuggestions } from '../../../src/graph/suggest/report.js';
import type { Suggestion } from '../../../src/graph/suggest/types.js';

// Two findings about real pairs: FBN1–Marfan syndrome (ClinGen Definitive and GARD) and
// A2ML1–Noonan syndrome (ClinGen Disputed), plus a co-mention with a comma and quotes in its text.
const gap: Suggestion = {
  id: 'sg_00000000000000000001',
  kind: 'authoritative_gap',
  score: 1,
  explanation: 'ClinGen and GARD assert FBN1 is a gene associated with Marfan syndrome (Definitive); no article states it.',
  entities: ['HGNC:3603', 'DOID:14323'],
  articles: [],
  evidence: [{ source: 'ClinGen', classification: 'Definitive' }, { source: 'GARD', classification: 'Disease-causing germline mutation(s) in' }],
  action: { type: 'edge', subject: 'HGNC:3603', predicate: 'GENE_ASSOCIATED_WITH', object: 'DOID:14323' },
};
const conflict: Suggestion = {
  ...gap,
  id: 'sg_00000000000000000002',
  kind: 'authoritative_conflict',
  score: 0.75,
  entities: ['HGNC:23336', 'DOID:3490'],
  evidence: [{ source: 'ClinGen', classification: 'Disputed' }],
  action: { type: 'retract', subject: 'HGNC:23336', predicate: 'GENE_ASSOCIATED_WITH', object: 'DOID:3490' },
};
const coMention: Suggestion = {
  ...gap,
  id: 'sg_00000000000000000003',
  kind: 'co_mentioned',
  score: 0.3846,
  explanation: 'Marfan syndrome and FBN1 are named together in 2 sentences, "twice", with no relation.',
  evidence: [],
};

describe('suggestion reports', () => {
  it('counts authoritative gaps and conflicts per source, a finding backed by two sources counting for both', () => {
    expect(authoritativeCountsBySource([gap, conflict, coMention])).toEqual({ ClinGen: { gaps: 1, conflicts: 1 }, GARD: { gaps: 1, conflicts: 0 } });
  });

  it('writes CSV with a header and quotes fields holding commas or quotes', () => {
    const lines = formatSuggestions([coMention], 'csv').split('\r\n');
    expect(lines[0]).toBe('id,kind,score,explanation,entities,articles,action');
    expect(lines[1]).toBe(
      'sg_00000000000000000003,co_mentioned,0.3846,"Marfan syndrome and FBN1 are named together in 2 sentences, ""twice"", with no relation.",HGNC:3603 DOID:14323,,edge HGNC:3603 GENE_ASSOCIATED_WITH DOID:14323',
    );
  });

  it('prints a table row per suggestion with a count, and JSON that parses back', () => {
    const table = formatSuggestions([gap, conflict], 'table', 200).split('\n');
    expect(table).toHaveLength(4);
    expect(table[1]).toContain('authoritative_gap');
    expect(table[3]).toBe('2 suggestions');
    expect(JSON.parse(formatSuggestions([gap], 'json'))).toEqual([gap]);
  });
});
