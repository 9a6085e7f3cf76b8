import { describe, expect, it } from 'vitest';
import { computeConfidence } from '../../src/domain/confidence.js';

describe('computeConfidence', () => {
  it('gives a curated edge full confidence', () => {
    expect(computeConfidence([{ article: 'a', weight: 0.5, curated: true }])).toBe(1);
  });

  it('does not let one article repeating itself raise confidence', () => {
    const once = computeConfidence([{ article: 'a', weight: 0.5 }]);
    const twice = computeConfidence([{ article: 'a', weight: 0.5 }, { article: 'a', weight: 0.5 }]);
    expect(twice).toBe(once);
  });

  it('raises confidence with independent articles (noisy-or), below 1', () => {
    expect(computeConfidence([{ article: 'a', weight: 0.5 }, { article: 'b', weight: 0.5 }])).toBe(0.75);
    const many = Array.from({ length: 20 }, (_, index) => ({ article: `a${index}`, weight: 0.8 }));
    expect(computeConfidence(many)).toBe(0.99);
  });
});
