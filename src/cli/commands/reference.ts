import type { Command } from 'commander';
import { importReferenceFile } from '../../graph/reference/import.js';
import { authoritativeCountsBySource } from '../../graph/suggest/report.js';
import { readStoredSuggestions } from '../../graph/suggest/stored.js';
import type { CliContext } from '../context.js';

/** `medkg reference import <file…>`: curated relations as a layer apart, then authoritative gaps. */
export function registerReferenceCommand(program: Command, context: CliContext): void {
  const reference = program.command('reference').description('Curated reference relations (ClinGen, GARD, PharmacotherapyDB, LabeledIn, DO)');
  reference
    .command('import <files...>')
    .description('Load reference files (format detected from the header; .gz read as is), replacing each source')
    .action(async (files: string[]) => {
      const store = await context.store();
      for (const file of files) {
        const report = await importReferenceFile(store, file);
        context.stdout.write(
          `${file}: ${report.relations} ${report.source} relations (${report.skipped} rows skipped); ${report.suggestions} authoritative gaps and conflicts open\n`,
        );
      }
      const counts = authoritativeCountsBySource(await readStoredSuggestions(store, ['authoritative_gap', 'authoritative_conflict']));
      for (const [source, count] of Object.entries(counts).sort()) {
        context.stdout.write(`  ${source}: ${count.gaps} gaps, ${count.conflicts} conflicts\n`);
      }
    });
}
