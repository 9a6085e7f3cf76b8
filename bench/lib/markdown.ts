/** A cell of a report table: a number (formatted), text, or a measurement that did not run. */
export type Cell = number | string | NotMeasured;

/** A measurement that could not be taken, with the reason shown in its place. */
export interface NotMeasured {
  readonly notMeasured: string;
}

export function notMeasured(reason: string): NotMeasured {
  return { notMeasured: reason };
}

export function isNotMeasured(value: unknown): value is NotMeasured {
  return typeof value === 'object' && value !== null && 'notMeasured' in value;
}

/**
 * A number with sensible precision for a table: integers with thousands separators from 1000,
 * three significant digits below. NaN and infinities print as "–".
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '–';
  const magnitude = Math.abs(value);
  if (magnitude >= 1000 || Number.isInteger(value)) return Math.round(value).toLocaleString('en-US');
  if (magnitude >= 100) return value.toFixed(0);
  if (magnitude >= 10) return value.toFixed(1);
  if (magnitude >= 1) return value.toFixed(2);
  if (magnitude === 0) return '0';
  return value.toPrecision(2);
}

function formatCell(cell: Cell): string {
  if (typeof cell === 'number') return formatNumber(cell);
  if (isNotMeasured(cell)) return `not measured: ${cell.notMeasured}`;
  return cell;
}

/** A GitHub-flavoured markdown table; pipes inside cells are escaped. */
export function renderTable(headers: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.map((cell) => cell.replace(/\|/gu, '\\|').replace(/\n/gu, ' ')).join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map((row) => line(row.map(formatCell)))].join('\n');
}

/** A goal checked as a ratio from one run: PASS, MISS, or not measured. */
export interface GoalResult {
  readonly name: string;
  /** What the goal asks, e.g. "≥ 0.35 × bare route req/s". */
  readonly target: string;
  /** The measured value and how it was computed, e.g. "0.52 (2,100 / 4,040 req/s)". */
  readonly measured: string;
  readonly outcome: 'PASS' | 'MISS' | 'NOT MEASURED';
}

/**
 * Compares `value` with `limit` ("at least" or "at most"); a value that is missing (NaN or a
 * NotMeasured reason) gives NOT MEASURED, never a pass.
 */
export function checkGoal(
  name: string,
  value: number | NotMeasured,
  comparison: 'atLeast' | 'atMost' | 'below',
  limit: number,
  target: string,
  detail: string,
): GoalResult {
  if (isNotMeasured(value)) return { name, target, measured: value.notMeasured, outcome: 'NOT MEASURED' };
  if (!Number.isFinite(value)) return { name, target, measured: 'no value', outcome: 'NOT MEASURED' };
  const pass = comparison === 'atLeast' ? value >= limit : comparison === 'atMost' ? value <= limit : value < limit;
  return { name, target, measured: `${formatNumber(value)}${detail ? ` (${detail})` : ''}`, outcome: pass ? 'PASS' : 'MISS' };
}

/** One line per goal: `- PASS — name: measured (target)`. */
export function renderGoals(goals: readonly GoalResult[]): string {
  return goals.map((goal) => `- **${goal.outcome}** — ${goal.name}: ${goal.measured}; goal ${goal.target}`).join('\n');
}

export const BENCH_START = '<!-- npm run bench: generated section start -->';
export const BENCH_END = '<!-- npm run bench: generated section end -->';

/**
 * Puts the generated report between the markers of an existing BENCHMARKS.md, keeping what
 * other tools and people wrote around it (evaluation results, notes); appends the section
 * when the markers are absent, and starts a file when there is none.
 */
export function spliceReport(existing: string | undefined, generated: string): string {
  const section = `${BENCH_START}\n${generated.trim()}\n${BENCH_END}`;
  if (existing === undefined || existing.trim() === '') return `# medkg benchmarks\n\n${section}\n`;
  const start = existing.indexOf(BENCH_START);
  const end = existing.indexOf(BENCH_END);
  if (start >= 0 && end > start) return `${existing.slice(0, start)}${section}${existing.slice(end + BENCH_END.length)}`;
  return `${existing.trimEnd()}\n\n${section}\n`;
}
