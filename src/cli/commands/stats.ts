import type { Command } from 'commander';
import { graphStatistics } from '../../graph/stats.js';
import type { CliContext } from '../context.js';

function table(title: string, counts: Readonly<Record<string, number>>): string[] {
  const rows = Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1));
  const width = Math.max(title.length, ...rows.map(([name]) => name.length));
  return [title, ...rows.map(([name, count]) => `  ${name.padEnd(width)}  ${count}`)];
}

/** `medkg stats`: what the configured store holds, per node kind and per predicate. */
export function registerStatsCommand(program: Command, context: CliContext): void {
  program
    .command('stats')
    .description('Counts of nodes per kind, edges per predicate, articles and the last ingest time')
    .option('--json', 'print as JSON')
    .action(async (flags: { json?: boolean }) => {
      const stats = await graphStatistics(await context.store());
      if (flags.json) {
        context.stdout.write(`${JSON.stringify(stats)}\n`);
        return;
      }
      const lines = [
        `articles: ${stats.articles}  nodes: ${stats.nodes}  edges: ${stats.edges}  last ingest: ${stats.lastIngestAt ?? 'never'}`,
        ...table('nodes by kind', stats.nodesByKind),
        ...table('edges by predicate', stats.edgesByPredicate),
      ];
      context.stdout.write(`${lines.join('\n')}\n`);
    });
}
