import type { Command } from 'commander';
import { Option } from 'commander';
import { badInput } from '../../domain/errors.js';
import { formatReport } from '../../ingest/batch/progress.js';
import type { BatchReport } from '../../ingest/batch/types.js';
import { ARTICLE_FORMATS } from '../../ingest/stages.js';
import type { ArticleFormat } from '../../ingest/stages.js';
import type { CliContext } from '../context.js';
import { ingestSources } from '../ingest-sources.js';

interface IngestFlags {
  readonly format?: ArticleFormat;
  readonly profile?: string;
  readonly maxBytes?: string;
  readonly concurrency: string;
  readonly workers?: string;
  readonly prune?: boolean;
  readonly force?: boolean;
  readonly json?: boolean;
}

export function positiveInteger(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw badInput(`${flag} must be a positive integer, got "${value}"`);
  return parsed;
}

export function nonNegativeInteger(value: string, flag: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw badInput(`${flag} must be a whole number (0 or more), got "${value}"`);
  return parsed;
}

/** Prints the report; a batch with any failed file ends with a non-zero exit, after the good files landed. */
export function finishBatch(context: CliContext, report: BatchReport, json: boolean | undefined): void {
  context.stdout.write(json ? `${JSON.stringify(report)}\n` : formatReport(report));
  if (report.failed.length > 0) process.exitCode = 1;
}

/** `medkg ingest <files|dirs|globs…>`: articles into the configured store. */
export function registerIngestCommand(program: Command, context: CliContext): void {
  program
    .command('ingest')
    .description('Ingest articles (HTML pages, WordPress REST exports, Markdown, plain text) from files, folders or globs')
    .argument('<paths...>', 'files, folders or glob patterns')
    .addOption(new Option('--format <format>', 'force one input format instead of detecting it').choices([...ARTICLE_FORMATS]))
    .option('--profile <file>', 'site profile (chrome rules) to clean with; default: seed/profiles/site.json')
    .option('--max-bytes <n>', 'refuse files larger than this many bytes (default: MEDKG_MAX_ARTICLE_BYTES or 5 MB)')
    .option('--concurrency <n>', 'files processed at once', '4')
    .option('--workers <n>', 'worker threads deriving graphs, 0 for none (default: one per core, up to 4, for batches of 64+ files)')
    .option('--prune', 'delete stored articles that none of the given sources yields any more')
    .option('--force', 're-derive articles even when their content hash is unchanged')
    .option('--json', 'print the final report as JSON')
    .action(async (paths: string[], flags: IngestFlags) => {
      const report = await ingestSources(context, paths, {
        format: flags.format,
        profilePath: flags.profile,
        maxBytes: positiveInteger(flags.maxBytes, '--max-bytes', context.config().maxArticleBytes),
        concurrency: positiveInteger(flags.concurrency, '--concurrency', 4),
        ...(flags.workers === undefined ? {} : { workers: nonNegativeInteger(flags.workers, '--workers') }),
        prune: flags.prune === true,
        force: flags.force === true,
      });
      finishBatch(context, report, flags.json);
    });
}
