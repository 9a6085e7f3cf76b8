import { readFile } from 'node:fs/promises';
import { refreshAfterArticlesChanged } from '../graph/derived.js';
import { createProgressReporter } from '../ingest/batch/progress.js';
import { runBatch } from '../ingest/batch/runner.js';
import { expandSources } from '../ingest/batch/sources.js';
import type { BatchReport } from '../ingest/batch/types.js';
import { profileHash } from '../ingest/hash.js';
import { ingestBytesIncremental } from '../ingest/pipeline.js';
import { loadSiteProfile } from '../ingest/profile/load.js';
import type { ArticleFormat } from '../ingest/stages.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { loadLexicon } from '../lexicon/seed.js';
import type { GraphStore } from '../store/port.js';
import type { CliContext } from './context.js';

export interface IngestSourcesOptions {
  readonly format?: ArticleFormat | undefined;
  readonly profilePath?: string | undefined;
  readonly maxBytes: number;
  readonly concurrency?: number;
  readonly prune?: boolean;
  readonly force?: boolean;
}

/** The lexicon every ingest uses: the seed lexicon plus the stored vocabulary imports. */
export async function openLexicon(store: GraphStore): Promise<Lexicon> {
  return loadLexicon(store);
}

/**
 * Ingests files, folders or globs into the configured store, then refreshes what is derived
 * from the changed articles (related lists, suggestions). Shared by `medkg ingest` and `start`.
 */
export async function ingestSources(context: CliContext, paths: readonly string[], options: IngestSourcesOptions): Promise<BatchReport> {
  const files = await expandSources([...paths]);
  const profile = loadSiteProfile(options.profilePath);
  const store = await context.store();
  const pipelineOptions = {
    profile,
    lexicon: await openLexicon(store),
    profileHash: profileHash(profile),
    maxBytes: options.maxBytes,
    ...(options.format ? { format: options.format } : {}),
  };
  const report = await runBatch({
    files,
    sink: store,
    load: async (file, isUnchanged) => ingestBytesIncremental(await readFile(file), file, pipelineOptions, isUnchanged),
    ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
    prune: options.prune === true,
    force: options.force === true,
    progress: createProgressReporter(context.stderr as NodeJS.WritableStream & { isTTY?: boolean }),
  });
  await refreshAfterArticlesChanged(store, [...report.ok, ...report.pruned]);
  return report;
}
