// The percentile and growth maths behind every latency and scale figure of BENCHMARKS.md.
import { describe, expect, it } from 'vitest';
import { logLogSlope, percentile, summarise } from '../../bench/lib/stats.js';

describe('percentile (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, index) => index + 1);

  it('gives the smallest sample with at least p% of the samples at or below it', () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile([10, 20, 30], 50)).toBe(20);
    expect(percentile([10, 20, 30, 40], 50)).toBe(20);
  });

  it('reports a latency that was observed, never an interpolated one', () => {
    expect(percentile([1, 1000], 99)).toBe(1000);
    expect(percentile([1, 1000], 50)).toBe(1);
  });

  it('is NaN for no samples and the minimum for p = 0', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(percentile([3, 4], 0)).toBe(3);
  });
});

describe('summarise', () => {
  it('sorts unsorted samples without changing them', () => {
    const samples = [5, 1, 4, 2, 3];
    const summary = summarise(samples);
    expect(summary).toEqual({ count: 5, p50: 3, p99: 5, mean: 3, max: 5 });
    expect(samples).toEqual([5, 1, 4, 2, 3]);
  });
});

describe('logLogSlope', () => {
  it('is 1 for linear growth, 2 for quadratic and 0 for a constant', () => {
    const xs = [1000, 10_000, 100_000];
    expect(logLogSlope(xs.map((x) => ({ x, y: 3 * x })))).toBeCloseTo(1, 10);
    expect(logLogSlope(xs.map((x) => ({ x, y: x * x })))).toBeCloseTo(2, 10);
    expect(logLogSlope(xs.map((x) => ({ x, y: 7 })))).toBeCloseTo(0, 10);
  });

  it('ignores points that cannot sit on a log scale and needs two of them', () => {
    expect(logLogSlope([{ x: 10, y: 0 }, { x: 100, y: 5 }])).toBeNaN();
    expect(logLogSlope([{ x: 10, y: 1 }, { x: 100, y: 10 }, { x: 0, y: 3 }])).toBeCloseTo(1, 10);
  });
});
