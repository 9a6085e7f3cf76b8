import { describe, expect, it } from 'vitest';
import { searchKey } from '../../src/domain/text.js';

describe('searchKey', () => {
  it('spells Greek letters out so both spellings of a drug name meet', () => {
    expect(searchKey('Interferon-γ1b')).toBe(searchKey('interferon gamma 1b'));
  });

  it('drops trade-mark signs and folds case', () => {
    expect(searchKey('ACTIMMUNE®')).toBe('actimmune');
  });

  it('turns hyphens, slashes and dashes into single spaces', () => {
    expect(searchKey('elexacaftor/tezacaftor–ivacaftor')).toBe('elexacaftor tezacaftor ivacaftor');
  });

  it('removes Latin accents and applies compatibility forms (m² → m2)', () => {
    expect(searchKey('Sjögren syndrome')).toBe('sjogren syndrome');
    expect(searchKey('1 mg/m²')).toBe('1 mg m2');
  });

  it('keeps Bengali vowel signs inside their word', () => {
    expect(searchKey('রোগীর নোট')).toBe('রোগীর নোট');
  });
});
