import { refreshAfterArticlesChanged } from '../graph/derived.js';
import type { IngestFilesOptions } from '../ingest/batch/ingest-files.js';
import { ingestFiles } from '../ingest/batch/ingest-files.js';
import { createProgressReporter } from '../ingest/batch/progress.js';
import { expandSources } from '../ingest/batch/sources.js';
import type { BatchReport } from '../ingest/batch/types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { loadLexicon } from '../lexicon/seed.js';
import type { GraphStore } from '../store/port.js';
import type { CliContext } from './context.js';

export type IngestSourcesOptions = Omit<IngestFilesOptions, 'progress'>;

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
  const store = await context.store();
  const report = await ingestFiles(store, files, {
    ...options,
    progress: createProgressReporter(context.stderr as NodeJS.WritableStream & { isTTY?: boolean }),
  });
  await refreshAfterArticlesChanged(store, [...report.ok, ...report.pruned]);
  return report;
}
