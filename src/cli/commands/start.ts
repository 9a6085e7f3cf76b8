import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { formatReport } from '../../ingest/batch/progress.js';
import type { CliContext } from '../context.js';
import { ingestSources } from '../ingest-sources.js';
import { serveUntilSignal } from './serve.js';

/** The sample corpus shipped in the repository, found from this file, whatever the working directory. */
const SEED_ARTICLES = fileURLToPath(new URL('../../../seed/articles', import.meta.url));

async function seedExists(): Promise<boolean> {
  try {
    return (await readdir(SEED_ARTICLES)).length > 0;
  } catch {
    return false;
  }
}

/** Ingests seed/articles into an empty store, so a fresh checkout serves something at once. */
async function ingestSeedWhenEmpty(context: CliContext): Promise<void> {
  const store = await context.store();
  if ((await store.articleHashes()).size > 0 || !(await seedExists())) return;
  context.stderr.write(`medkg: empty store, ingesting ${SEED_ARTICLES}\n`);
  const report = await ingestSources(context, [SEED_ARTICLES], { maxBytes: context.config().maxArticleBytes });
  context.stderr.write(formatReport(report));
}

/** `medkg start` (npm start): ingest the seed corpus into an empty store, then serve. */
export function registerStartCommand(program: Command, context: CliContext): void {
  program
    .command('start')
    .description('Ingest seed/ into the store when it is empty, then serve the API (what `npm start` runs)')
    .action(async () => {
      await ingestSeedWhenEmpty(context);
      await serveUntilSignal(context);
    });
}
