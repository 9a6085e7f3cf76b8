import { describe, expect, it } from 'vitest';
import { formatCurie, localEntityId, parseCurie, slugify } from '../../src/domain/ids.js';

describe('identifiers', () => {
  it('parses and formats CURIEs', () => {
    expect(parseCurie('HGNC:11647')).toEqual({ prefix: 'HGNC', local: '11647' });
    expect(formatCurie({ prefix: 'MONDO', local: '0008021' })).toBe('MONDO:0008021');
    expect(parseCurie('osteopetrosis')).toBeNull();
  });

  it('makes local ids from kind and name, Greek letters spelled out', () => {
    expect(localEntityId('Test', 'Visual evoked potential (VEP)')).toBe('medkg:test:visual-evoked-potential-vep');
    expect(slugify('Interferon-γ1b')).toBe('interferon-gamma1b');
  });
});
