import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/ingest/segment/sentences.js';

describe('splitSentences on a list whose line breaks were lost', () => {
  const text =
    'These may also help, but do not replace stopping smoking: Medications to widen blood vessels (e.g., intravenous Iloprost) Treatment with calcium channel blockers Walking exercises';

  it('starts a piece at each capitalised item after the colon, not inside parentheses', () => {
    expect(splitSentences(text, 100).map((sentence) => sentence.text)).toEqual([
      'These may also help, but do not replace stopping smoking: Medications to widen blood vessels (e.g., intravenous Iloprost)',
      'Treatment with calcium channel blockers',
      'Walking exercises',
    ]);
  });

  it('keeps offsets into the text', () => {
    for (const sentence of splitSentences(text, 100)) expect(text.slice(sentence.start - 100, sentence.end - 100)).toBe(sentence.text);
  });

  it('leaves a sentence with one capitalised name after its colon whole', () => {
    expect(splitSentences('Doctors may suggest one drug: Iloprost given into a vein.', 0)).toHaveLength(1);
  });
});
