import { describe, expect, it } from 'vitest';
import { normaliseCharacters, scriptShare, separateGluedDrugTag, stripScriptGlosses } from '../../../src/ingest/clean/normalise.js';

// A trailing zero-width space is dropped by the full normalising and sends a line past the
// printable-ASCII shortcut: the same line must come out the same either way.
const throughFullPass = (line: string): string => normaliseCharacters(`${line}\u200b`);

describe('normaliseCharacters', () => {
  const asciiLines = [
    '',
    '   ',
    'Fever is common.',
    '   1. Rest   and fluids  ',
    '    Drug 3. Interferon gamma-1b (ACTIMMUNE) - helps the immune system',
    'Symptoms -- what to look for   ',
    '  a  b   c d ',
  ];

  it('gives a printable-ASCII line what the full pass gives it', () => {
    for (const line of asciiLines) expect(normaliseCharacters(line)).toBe(throughFullPass(line));
  });

  it('collapses inner spaces, keeps the indentation and trims the end of ASCII lines', () => {
    expect(normaliseCharacters('   1. Rest   and fluids  ')).toBe('   1. Rest and fluids');
    expect(normaliseCharacters('   ')).toBe('');
  });

  it('still normalises quotes, dashes, marks, superscripts and tabs', () => {
    expect(normaliseCharacters('\tIt\u2019s \u201cmild\u201d, often\u2014rarely severe')).toBe('  It\'s "mild", often — rarely severe');
    expect(normaliseCharacters('ACTIMMUNE\u00ae 2\u20133 times per m\u00b2')).toBe('ACTIMMUNE 2-3 times per m2');
  });
});

describe('script glosses', () => {
  it('measures a script\'s share of the letters, zero without any', () => {
    expect(scriptShare('fever is common', 'Bengali')).toBe(0);
    expect(scriptShare('জ্বর', 'Bengali')).toBeGreaterThan(0.5);
    // Vowel signs are marks, not letters: an English head with a Bengali gloss stays English.
    expect(scriptShare('6) Constipation (কোষ্ঠকাঠিন্য).', 'Bengali')).toBeLessThan(0.5);
  });

  it('strips a gloss in another script and leaves plain lines alone', () => {
    expect(stripScriptGlosses('fever (জ্বর) is common', 'Bengali')).toBe('fever is common');
    expect(stripScriptGlosses('fever is common', 'Bengali')).toBe('fever is common');
  });
});

describe('separateGluedDrugTag', () => {
  it("gives a drug head line's glued class tag its separator back", () => {
    expect(separateGluedDrugTag('Drug 2. Azathioprine (IMURAN) and mercaptopurineThiopurines')).toBe('Drug 2. Azathioprine (IMURAN) and mercaptopurine — Thiopurines');
    expect(separateGluedDrugTag('Drug 4. Furosemide and other diureticsWater tablets')).toBe('Drug 4. Furosemide and other diuretics — Water tablets');
  });

  it('leaves other lines, tags that say what the drug is for, and names with inner capitals alone', () => {
    expect(separateGluedDrugTag('Azathioprine and mercaptopurineThiopurines')).toBe('Azathioprine and mercaptopurineThiopurines');
    expect(separateGluedDrugTag('Drug 3. DapsoneFor the skin rash')).toBe('Drug 3. DapsoneFor the skin rash');
    expect(separateGluedDrugTag('Drug 1. McArdle treatment')).toBe('Drug 1. McArdle treatment');
  });
});
