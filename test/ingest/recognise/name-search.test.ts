import { describe, expect, it } from 'vitest';
import { findNameOccurrences } from '../../../src/ingest/recognise/name-search.js';

/** What the regex alternation the search replaces finds, for side-by-side checks. */
function byRegex(text: string, names: readonly string[]): { start: number; end: number }[] {
  const escaped = [...names].sort((a, b) => b.length - a.length).map((name) => name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

describe('findNameOccurrences', () => {
  it('finds whole words in any case, the longest name first, without overlaps', () => {
    const text = 'Albers-Schönberg disease (ADO2) is also called Albers-Schönberg. ALBERS-SCHÖNBERG DISEASE runs in families.';
    const names = ['Albers-Schönberg', 'Albers-Schönberg disease'];
    const found = findNameOccurrences(text, text.toLowerCase(), names);
    expect(found?.map(({ start, end }) => text.slice(start, end))).toEqual(['Albers-Schönberg disease', 'Albers-Schönberg', 'ALBERS-SCHÖNBERG DISEASE']);
    expect(found).toEqual(byRegex(text, names));
  });

  it('skips a name inside a longer word, letters and digits alike (a hyphen ends a word)', () => {
    const text = 'Osteopetroses, osteopetrosis2 and osteopetrosis-like bones; osteopetrosis.';
    expect(findNameOccurrences(text, text.toLowerCase(), ['osteopetrosis'])).toEqual(byRegex(text, ['osteopetrosis']));
    expect(findNameOccurrences(text, text.toLowerCase(), ['osteopetrosis'])?.map((found) => found.start)).toEqual([34, 60]);
  });

  it('treats letters outside the Basic Multilingual Plane as word characters', () => {
    const text = 'x𝐀anemia anemia';
    expect(findNameOccurrences(text, text.toLowerCase(), ['anemia'])).toEqual(byRegex(text, ['anemia']));
  });

  it('declines a text whose lower-casing changes its length, so the caller uses the regex', () => {
    const text = 'İstanbul anemia';
    expect(text.toLowerCase().length).not.toBe(text.length);
    expect(findNameOccurrences(text, text.toLowerCase(), ['anemia'])).toBeNull();
  });
});
