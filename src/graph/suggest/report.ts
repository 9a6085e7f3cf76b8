import type { Suggestion } from './types.js';

export const REPORT_FORMATS = ['table', 'json', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const CSV_COLUMNS = ['id', 'kind', 'score', 'explanation', 'entities', 'articles', 'action'] as const;

/** RFC 4180 field: quoted when it holds a comma, quote or line break, quotes doubled. */
function csvField(value: string): string {
  return /[",\r\n]/u.test(value) ? `"${value.replace(/"/gu, '""')}"` : value;
}

function actionText(suggestion: Suggestion): string {
  const { action } = suggestion;
  switch (action.type) {
    case 'edge':
    case 'retract':
      return `${action.type} ${action.subject} ${action.predicate} ${action.object}`;
    case 'vocabulary':
      return `vocabulary ${action.id} ${action.kind}`;
    case 'merge':
      return `merge ${action.from} into ${action.to}`;
    case 'editorial':
      return 'editorial';
  }
}

function row(suggestion: Suggestion): string[] {
  return [
    suggestion.id,
    suggestion.kind,
    suggestion.score.toFixed(4),
    suggestion.explanation,
    suggestion.entities.join(' '),
    suggestion.articles.join(' '),
    actionText(suggestion),
  ];
}

function table(suggestions: readonly Suggestion[], width: number): string {
  const lines = suggestions.map((item) => {
    const head = `${item.score.toFixed(2)}  ${item.kind.padEnd(22)} ${item.id}  `;
    const room = Math.max(width - head.length, 20);
    const text = item.explanation.length > room ? `${item.explanation.slice(0, room - 1)}…` : item.explanation;
    return `${head}${text}`;
  });
  return [`score ${'kind'.padEnd(22)} ${'id'.padEnd(23)} explanation`, ...lines, `${suggestions.length} suggestion${suggestions.length === 1 ? '' : 's'}`].join('\n');
}

/** The text `medkg suggest` prints: an aligned table, a JSON array, or CSV with a header row. */
export function formatSuggestions(suggestions: readonly Suggestion[], format: ReportFormat, width = 160): string {
  if (format === 'json') return JSON.stringify(suggestions, null, 2);
  if (format === 'csv') return [CSV_COLUMNS.join(','), ...suggestions.map((item) => row(item).map(csvField).join(','))].join('\r\n');
  return table(suggestions, width);
}

/**
 * Authoritative gaps and conflicts per curated source (a finding two sources back counts for
 * both), for BENCHMARKS.md and the `reference import` summary.
 */
export function authoritativeCountsBySource(suggestions: readonly Suggestion[]): Record<string, { gaps: number; conflicts: number }> {
  const counts: Record<string, { gaps: number; conflicts: number }> = {};
  for (const item of suggestions) {
    if (item.kind !== 'authoritative_gap' && item.kind !== 'authoritative_conflict') continue;
    for (const source of new Set(item.evidence.flatMap((evidence) => (evidence.source ? [evidence.source] : [])))) {
      const entry = (counts[source] ??= { gaps: 0, conflicts: 0 });
      if (item.kind === 'authoritative_gap') entry.gaps += 1;
      else entry.conflicts += 1;
    }
  }
  return counts;
}
