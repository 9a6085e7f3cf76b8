// Whether a negation in a sentence reaches a mention (isNegatedAround in relate/cues.ts), for
// the shapes where a "not" describes the thing named rather than denying it.
import { describe, expect, it } from 'vitest';
import { isNegatedAround } from '../../../src/ingest/relate/cues.js';

const negated = (sentence: string, mention: string): boolean => isNegatedAround(sentence, sentence.indexOf(mention));

describe('a bracketed term after its description', () => {
  it('is not denied by a "not" inside the description', () => {
    const sentence = 'Many affected females do not begin menstruation by age 16 (primary amenorrhea) or their periods may be light.';
    expect(negated(sentence, 'primary amenorrhea')).toBe(false);
  });

  it('is denied when the sentence denies a cause of it', () => {
    const sentence = 'Unlike heparin, warfarin does not cause a low platelet count (thrombocytopenia).';
    expect(negated(sentence, 'thrombocytopenia')).toBe(true);
    expect(negated('It does not make the eyes move on their own (nystagmus).', 'nystagmus')).toBe(true);
  });

  it('leaves other negated mentions negated', () => {
    expect(negated('Warfarin does not cause hair loss.', 'hair loss')).toBe(true);
  });
});

describe('a contrast', () => {
  it('denies what follows it, not what comes before', () => {
    const sentence = 'They have a small nose and nostrils that open to the front rather than downward, instead of a long face.';
    expect(negated(sentence, 'small nose')).toBe(false);
    expect(negated(sentence, 'long face')).toBe(true);
  });
});
