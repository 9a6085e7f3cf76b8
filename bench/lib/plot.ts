/** One line of a log-log plot: a name and its points (x = corpus size, y = a cost). */
export interface PlotSeries {
  readonly name: string;
  readonly points: readonly { readonly x: number; readonly y: number }[];
}

export interface PlotOptions {
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly width?: number;
  readonly height?: number;
}

const COLOURS = ['#1b6ca8', '#d1495b', '#2e8540', '#e79c1c', '#6c4f9c', '#3d3d3d', '#0f9d9a', '#a0522d'];
const MARGIN = { left: 70, right: 190, top: 40, bottom: 50 };

function escapeXml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}

/** Powers of ten covering [min, max], widened to whole decades so the grid lines are round. */
export function decades(min: number, max: number): number[] {
  const low = Math.floor(Math.log10(min));
  const high = Math.max(low + 1, Math.ceil(Math.log10(max)));
  return Array.from({ length: high - low + 1 }, (_, index) => 10 ** (low + index));
}

function tickLabel(value: number): string {
  if (value >= 1_000_000) return `${value / 1_000_000}M`;
  if (value >= 1000) return `${value / 1000}k`;
  return String(value);
}

/**
 * A log-log line plot as a standalone SVG document: both axes in decades, one polyline and
 * legend entry per series. Points with x or y ≤ 0 cannot sit on a log axis and are left out;
 * a series with no usable point is listed in the legend only.
 */
export function renderLogLogSvg(series: readonly PlotSeries[], options: PlotOptions): string {
  const width = options.width ?? 720;
  const height = options.height ?? 440;
  const usable = series.map((line) => ({ ...line, points: line.points.filter((p) => p.x > 0 && p.y > 0 && Number.isFinite(p.y)) }));
  const all = usable.flatMap((line) => line.points);
  const xTicks = all.length > 0 ? decades(Math.min(...all.map((p) => p.x)), Math.max(...all.map((p) => p.x))) : [1, 10];
  const yTicks = all.length > 0 ? decades(Math.min(...all.map((p) => p.y)), Math.max(...all.map((p) => p.y))) : [1, 10];
  const plotWidth = width - MARGIN.left - MARGIN.right;
  const plotHeight = height - MARGIN.top - MARGIN.bottom;
  const [xMin, xMax] = [Math.log10(xTicks[0] ?? 1), Math.log10(xTicks[xTicks.length - 1] ?? 10)];
  const [yMin, yMax] = [Math.log10(yTicks[0] ?? 1), Math.log10(yTicks[yTicks.length - 1] ?? 10)];
  const sx = (x: number): number => MARGIN.left + ((Math.log10(x) - xMin) / (xMax - xMin)) * plotWidth;
  const sy = (y: number): number => MARGIN.top + plotHeight - ((Math.log10(y) - yMin) / (yMax - yMin)) * plotHeight;
  const r = (value: number): string => value.toFixed(1);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${width / 2}" y="22" text-anchor="middle" font-size="15">${escapeXml(options.title)}</text>`,
  ];
  for (const tick of xTicks) {
    const x = r(sx(tick));
    parts.push(`<line x1="${x}" y1="${MARGIN.top}" x2="${x}" y2="${MARGIN.top + plotHeight}" stroke="#ddd"/>`);
    parts.push(`<text x="${x}" y="${MARGIN.top + plotHeight + 18}" text-anchor="middle">${tickLabel(tick)}</text>`);
  }
  for (const tick of yTicks) {
    const y = r(sy(tick));
    parts.push(`<line x1="${MARGIN.left}" y1="${y}" x2="${MARGIN.left + plotWidth}" y2="${y}" stroke="#ddd"/>`);
    parts.push(`<text x="${MARGIN.left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle">${tickLabel(tick)}</text>`);
  }
  parts.push(`<rect x="${MARGIN.left}" y="${MARGIN.top}" width="${plotWidth}" height="${plotHeight}" fill="none" stroke="#555"/>`);
  parts.push(`<text x="${MARGIN.left + plotWidth / 2}" y="${height - 12}" text-anchor="middle">${escapeXml(options.xLabel)}</text>`);
  parts.push(
    `<text x="16" y="${MARGIN.top + plotHeight / 2}" text-anchor="middle" transform="rotate(-90 16 ${MARGIN.top + plotHeight / 2})">${escapeXml(options.yLabel)}</text>`,
  );
  usable.forEach((line, index) => {
    const colour = COLOURS[index % COLOURS.length] ?? '#000';
    const sorted = [...line.points].sort((a, b) => a.x - b.x);
    if (sorted.length > 0) {
      const path = sorted.map((p, i) => `${i === 0 ? 'M' : 'L'}${r(sx(p.x))},${r(sy(p.y))}`).join(' ');
      parts.push(`<path d="${path}" fill="none" stroke="${colour}" stroke-width="2"/>`);
      for (const p of sorted) parts.push(`<circle cx="${r(sx(p.x))}" cy="${r(sy(p.y))}" r="3" fill="${colour}"/>`);
    }
    const legendY = MARGIN.top + 10 + index * 18;
    const legendX = MARGIN.left + plotWidth + 12;
    parts.push(`<line x1="${legendX}" y1="${legendY}" x2="${legendX + 18}" y2="${legendY}" stroke="${colour}" stroke-width="2"/>`);
    parts.push(`<text x="${legendX + 24}" y="${legendY}" dominant-baseline="middle">${escapeXml(line.name)}</text>`);
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
