import { readdir } from 'node:fs/promises';
import type { Command } from 'commander';
import { recomputeRelated } from '../../graph/related/related.js';
import { runBatch } from '../../ingest/batch/runner.js';
import { createProgressReporter, formatReport } from '../../ingest/batch/progress.js';
import { expandSources } from '../../ingest/batch/sources.js';
import { profileHash } from '../../ingest/hash.js';
import { ingestBytesIncremental } from '../../ingest/pipeline.js';
import { loadSiteProfile } from '../../ingest/profile/load.js';
import { readFile } from 'node:fs/promises';
import type { CliContext } from '../context.js';
import { openLexicon } from './ingest.js';
import { serveUntilSignal } from './serve.js';

const SEED_ARTICLES = 'seed/articles';

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
  const profile = loadSiteProfile(undefined);
  const options = { profile, lexicon: await openLexicon(store), profileHash: profileHash(profile), maxBytes: context.config().maxArticleBytes };
  const report = await runBatch({
    files: await expandSources([SEED_ARTICLES]),
    sink: store,
    load: async (file, isUnchanged) => ingestBytesIncremental(await readFile(file), file, options, isUnchanged),
    progress: createProgressReporter(context.stderr as NodeJS.WritableStream & { isTTY?: boolean }),
  });
  context.stderr.write(formatReport(report));
  await recomputeRelated(store);
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
