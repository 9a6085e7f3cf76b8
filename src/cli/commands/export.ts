import type { Command } from 'commander';
import { Option } from 'commander';
import type { ExportFormat } from '../../graph/export/write.js';
import { exportGraph } from '../../graph/export/write.js';
import type { CliContext } from '../context.js';

/** `medkg export --format kgx|json --out DIR`: the whole graph as KGX. */
export function registerExportCommand(program: Command, context: CliContext): void {
  program
    .command('export')
    .description('Export the graph as KGX TSV (nodes.tsv, edges.tsv) or KGX JSON Lines, with a CURIE map')
    .addOption(new Option('--format <format>', 'output format').choices(['kgx', 'json']).default('kgx'))
    .requiredOption('--out <dir>', 'output folder (created when missing)')
    .action(async (flags: { format: ExportFormat; out: string }) => {
      const summary = await exportGraph(await context.store(), flags.out, flags.format);
      context.stdout.write(`exported ${summary.nodes} nodes and ${summary.edges} edges to ${flags.out}: ${summary.files.join(', ')}\n`);
    });
}
