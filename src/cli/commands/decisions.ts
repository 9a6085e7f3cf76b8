import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { auditLog } from '../../graph/decisions/audit.js';
import { exportDecisions, importDecisions } from '../../graph/decisions/backup.js';
import type { CliContext } from '../context.js';

/** `medkg decisions export|import|log`: back up, move and read the editors' decisions. */
export function registerDecisionsCommand(program: Command, context: CliContext): void {
  const decisions = program.command('decisions').description("Editors' decisions: the one thing a rebuild cannot re-derive");
  decisions
    .command('export')
    .description('Write every decision as JSON Lines (stdout, or --out FILE)')
    .option('--out <file>', 'file to write')
    .action(async (flags: { out?: string }) => {
      const lines = await exportDecisions(await context.store());
      const text = lines.length > 0 ? `${lines.join('\n')}\n` : '';
      if (flags.out) {
        await writeFile(flags.out, text);
        context.stderr.write(`exported ${lines.length} decisions to ${flags.out}\n`);
      } else context.stdout.write(text);
    });
  decisions
    .command('import <file>')
    .description('Load a decisions backup; idempotent, re-applies the curated edits accepted decisions made')
    .action(async (file: string) => {
      const report = await importDecisions(await context.store(), (await readFile(file, 'utf8')).split('\n'));
      context.stdout.write(`imported ${report.imported} decisions, applied ${report.applied} curated edits\n`);
    });
  decisions
    .command('log')
    .description('The audit log: every decision and curated edit, newest first')
    .action(async () => {
      for (const entry of await auditLog(await context.store())) {
        context.stdout.write(`${entry.at}  ${entry.editor}  ${entry.action} ${entry.kind} ${entry.target}  — ${entry.reason}\n`);
      }
    });
}
