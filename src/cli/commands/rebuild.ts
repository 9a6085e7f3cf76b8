import type { Command } from 'commander';
import { createProgressReporter } from '../../ingest/batch/progress.js';
import { rebuildArticles } from '../../ingest/batch/rebuild.js';
import { refreshAfterArticlesChanged } from '../../graph/derived.js';
import type { CliContext } from '../context.js';
import { openLexicon } from '../ingest-sources.js';
import { finishBatch, positiveInteger } from './ingest.js';

/** `medkg rebuild`: re-derive the whole graph from the stored article text. */
export function registerRebuildCommand(program: Command, context: CliContext): void {
  program
    .command('rebuild')
    .description('Re-derive every stored article from its stored cleaned text with the current vocabulary and rules')
    .option('--force', 're-derive articles even when nothing they depend on changed')
    .option('--concurrency <n>', 'articles processed at once', '4')
    .option('--json', 'print the final report as JSON')
    .action(async (flags: { force?: boolean; concurrency: string; json?: boolean }) => {
      const store = await context.store();
      const report = await rebuildArticles({
        store,
        lexicon: await openLexicon(store),
        force: flags.force === true,
        concurrency: positiveInteger(flags.concurrency, '--concurrency', 4),
        progress: createProgressReporter(context.stderr as NodeJS.WritableStream & { isTTY?: boolean }),
      });
      await refreshAfterArticlesChanged(store, report.ok);
      finishBatch(context, report, flags.json);
    });
}
