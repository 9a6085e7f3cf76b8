// The log-log scale plot written next to BENCHMARKS.md (an SVG drawn without a plotting library).
import { describe, expect, it } from 'vitest';
import { decades, renderLogLogSvg } from '../../bench/lib/plot.js';

const options = { title: 'cost <by> size', xLabel: 'articles', yLabel: 'seconds', width: 700, height: 400 };

function pathPoints(svg: string): [number, number][][] {
  return [...svg.matchAll(/<path d="([^"]+)"/gu)].map((match) =>
    (match[1] ?? '').split(' ').map((step) => step.slice(1).split(',').map(Number) as [number, number]),
  );
}

describe('decades', () => {
  it('widens a range to whole powers of ten', () => {
    expect(decades(1000, 100_000)).toEqual([1000, 10_000, 100_000]);
    expect(decades(3, 40)).toEqual([1, 10, 100]);
    expect(decades(5, 5)).toEqual([1, 10]);
  });
});

describe('renderLogLogSvg', () => {
  it('writes a standalone SVG document with escaped text', () => {
    const svg = renderLogLogSvg([{ name: 'ingest & store', points: [{ x: 1000, y: 1 }, { x: 10_000, y: 10 }] }], options);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg).toContain('cost &lt;by&gt; size');
    expect(svg).toContain('ingest &amp; store');
  });

  it('draws linear growth as a straight line: equal steps per decade on both axes', () => {
    const svg = renderLogLogSvg([{ name: 'linear', points: [{ x: 100_000, y: 100 }, { x: 1000, y: 1 }, { x: 10_000, y: 10 }] }], options);
    const [line] = pathPoints(svg);
    expect(line).toHaveLength(3);
    const [a, b, c] = line as [[number, number], [number, number], [number, number]];
    // Points are drawn in x order whatever order they came in.
    expect(a[0]).toBeLessThan(b[0]);
    expect(b[0] - a[0]).toBeCloseTo(c[0] - b[0], 0);
    expect(a[1] - b[1]).toBeCloseTo(b[1] - c[1], 0);
    // y grows upwards on screen: larger values have smaller y coordinates.
    expect(c[1]).toBeLessThan(a[1]);
  });

  it('draws one path per series with points and lists a series without usable points in the legend only', () => {
    const svg = renderLogLogSvg(
      [
        { name: 'a', points: [{ x: 1000, y: 2 }, { x: 10_000, y: 4 }] },
        { name: 'b', points: [{ x: 1000, y: 3 }, { x: 10_000, y: 30 }] },
        { name: 'empty', points: [{ x: 1000, y: 0 }, { x: 10_000, y: Number.NaN }] },
      ],
      options,
    );
    expect(pathPoints(svg)).toHaveLength(2);
    expect(svg.match(/<circle /gu)).toHaveLength(4);
    expect(svg).toContain('>empty</text>');
  });

  it('labels the decades of the axes', () => {
    const svg = renderLogLogSvg([{ name: 'a', points: [{ x: 1000, y: 0.5 }, { x: 100_000, y: 50 }] }], options);
    for (const label of ['>1k<', '>10k<', '>100k<', '>0.1<', '>1<', '>10<', '>100<']) expect(svg).toContain(label);
  });
});
