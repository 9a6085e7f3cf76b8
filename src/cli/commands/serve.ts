import type { Command } from 'commander';
import { startApiServer } from '../../api/server.js';
import type { ApiServer } from '../../api/server.js';
import type { IngestFiles, IngestOutcome } from '../../api/context.js';
import { runBatch } from '../../ingest/batch/runner.js';
import { profileHash } from '../../ingest/hash.js';
import { ingestBytesIncremental } from '../../ingest/pipeline.js';
import { loadSiteProfile } from '../../ingest/profile/load.js';
import type { GraphStore } from '../../store/port.js';
import type { CliContext } from '../context.js';
import { openLexicon } from '../ingest-sources.js';

/** The ingest pipeline behind the `ingestArticles` mutation: files in memory, same rules as `medkg ingest`. */
export function createIngestFiles(store: GraphStore, maxBytes: number): IngestFiles {
  return async (files) => {
    const profile = loadSiteProfile(undefined);
    const options = { profile, lexicon: await openLexicon(store), profileHash: profileHash(profile), maxBytes };
    const contents = new Map(files.map((file) => [file.name, file.content]));
    const before = await store.articleHashes();
    const slugsByFile = new Map<string, string[]>();
    const report = await runBatch({
      files: [...contents.keys()],
      sink: store,
      load: async (name, isUnchanged) => {
        const derived = ingestBytesIncremental(Buffer.from(contents.get(name) ?? '', 'utf8'), name, options, isUnchanged);
        slugsByFile.set(name, [...derived.graphs.map((graph) => graph.article.id), ...derived.unchanged]);
        return derived;
      },
    });
    const outcomes: IngestOutcome[] = report.failed.map((failure) => ({ source: failure.file, status: 'failed', message: failure.reason }));
    for (const [source, slugs] of slugsByFile) {
      for (const id of slugs) {
        const status = report.unchanged.includes(id) ? 'unchanged' : before.has(id) ? 'updated' : 'created';
        outcomes.push({ source, id, status });
      }
    }
    return outcomes;
  };
}

/** Serves until SIGINT/SIGTERM, then drains requests and closes the store. */
export async function serveUntilSignal(context: CliContext): Promise<void> {
  const config = context.config();
  const store = await context.store();
  const server: ApiServer = await startApiServer({ store, config, ingest: createIngestFiles(store, config.maxArticleBytes) });
  context.stderr.write(`medkg: GraphQL at ${server.url}/graphql, GraphiQL at ${server.url}/graphiql (store: ${store.name})\n`);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      server.close().then(resolve, resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** `medkg serve`: the GraphQL API over HTTP on MEDKG_PORT (default 4000). */
export function registerServeCommand(program: Command, context: CliContext): void {
  program
    .command('serve')
    .description('Serve the GraphQL API over HTTP (/graphql, /graphiql, /healthz, /readyz, /metrics)')
    .action(async () => {
      await serveUntilSignal(context);
    });
}
