import cliProgress from 'cli-progress';
import type { BatchReport, ProgressEvent, ProgressReporter } from './types.js';

interface OutputStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

/**
 * A progress bar on a terminal; one JSON object per line otherwise (CI logs, pipes), so a
 * machine can follow a long batch. Failures are always written as their own line.
 */
export function createProgressReporter(stream: OutputStream): ProgressReporter {
  return stream.isTTY ? barReporter(stream) : jsonLinesReporter(stream);
}

export function jsonLinesReporter(stream: OutputStream): ProgressReporter {
  return {
    start(total) {
      stream.write(`${JSON.stringify({ event: 'start', total })}\n`);
    },
    update(event: ProgressEvent) {
      stream.write(`${JSON.stringify({ event: 'file', ...event })}\n`);
    },
    stop() {
      stream.write(`${JSON.stringify({ event: 'done' })}\n`);
    },
  };
}

function barReporter(stream: OutputStream): ProgressReporter {
  const bar = new cliProgress.SingleBar(
    { format: 'ingest [{bar}] {value}/{total} {file}', stream: stream as NodeJS.WritableStream, hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  const failures: string[] = [];
  return {
    start(total) {
      bar.start(total, 0, { file: '' });
    },
    update(event) {
      if (event.outcome === 'failed') failures.push(`${event.file}: ${event.reason ?? 'failed'}`);
      bar.update(event.done, { file: event.file.split('/').at(-1) ?? '' });
    },
    stop() {
      bar.stop();
      for (const failure of failures) stream.write(`failed ${failure}\n`);
    },
  };
}

/** The final report as a few human-readable lines. */
export function formatReport(report: BatchReport): string {
  const lines = [
    `files: ${report.files}  ok: ${report.ok.length}  unchanged: ${report.unchanged.length}  failed: ${report.failed.length}${report.pruned.length > 0 ? `  pruned: ${report.pruned.length}` : ''}`,
    `nodes: +${report.nodesAdded} -${report.nodesRemoved}  edges: +${report.edgesAdded} -${report.edgesRemoved}`,
  ];
  const kinds = Object.entries(report.nodesByKind).map(([kind, change]) => `${kind} ${signed(change)}`);
  if (kinds.length > 0) lines.push(`nodes by kind: ${kinds.join(', ')}`);
  const predicates = Object.entries(report.edgesByPredicate).map(([predicate, change]) => `${predicate} ${signed(change)}`);
  if (predicates.length > 0) lines.push(`edges by predicate: ${predicates.join(', ')}`);
  if (report.topUnverified.length > 0) {
    lines.push(`top unverified: ${report.topUnverified.map((item) => `${item.name} (${item.kind}, ${item.articles})`).join('; ')}`);
  }
  if (report.pruneSkipped) lines.push(`prune skipped: ${report.pruneSkipped}`);
  for (const failure of report.failed) lines.push(`failed ${failure.file}: ${failure.reason}`);
  return `${lines.join('\n')}\n`;
}

function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}
