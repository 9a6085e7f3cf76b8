import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { badInput, isMedkgError } from '../../domain/errors.js';
import { learnProfile } from '../../ingest/profile/learn.js';
import { loadSiteProfile } from '../../ingest/profile/load.js';
import { readArticles } from '../../ingest/read/read.js';
import type { RawArticle } from '../../ingest/stages.js';
import type { CliContext } from '../context.js';

const ARTICLE_FILE = /\.(?:txt|html?|md|markdown|json)$/iu;

/**
 * `medkg profile learn <dir>`: learns chrome blocks that repeat across a corpus into a site
 * profile (the shipped one, or `--profile`), written to `--out` or stdout for review.
 */
export function registerProfileCommands(program: Command, context: CliContext): void {
  const profile = program.command('profile').description('Site profiles: the data rules that remove site chrome from articles');
  profile
    .command('learn')
    .description('Find line blocks repeated across many articles of a corpus and add them to a site profile')
    .argument('<dir>', 'folder of articles (searched recursively)')
    .option('--out <file>', 'write the profile here instead of stdout')
    .option('--profile <file>', 'base profile (default: the shipped seed/profiles/site.json)')
    .option('--min-share <share>', 'share of the articles a block must appear in', '0.5')
    .action((dir: string, options: { out?: string; profile?: string; minShare: string }) => {
      const minShare = Number(options.minShare);
      if (!Number.isFinite(minShare) || minShare <= 0 || minShare > 1) throw badInput(`--min-share must be a number in (0, 1], got ${options.minShare}`);
      const base = options.profile ? loadSiteProfile(options.profile) : loadSiteProfile();
      const articles = readCorpus(dir, context);
      const learned = learnProfile(articles, base, { minShare });
      const json = `${JSON.stringify(learned, null, 2)}\n`;
      if (options.out) writeFileSync(options.out, json);
      else context.stdout.write(json);
      const added = learned.blocks.length - base.blocks.filter((block) => learned.blocks.some((kept) => kept.name === block.name)).length;
      context.stderr.write(`medkg: learned ${added} block(s) from ${articles.length} article(s)${options.out ? `, wrote ${options.out}` : ''}\n`);
    });
}

/** Every readable article under the folder; a bad file is reported on stderr and skipped. */
function readCorpus(dir: string, context: CliContext): RawArticle[] {
  let files: string[];
  try {
    if (!statSync(dir).isDirectory()) throw badInput(`${dir}: not a directory`);
    files = (readdirSync(dir, { recursive: true }) as string[]).map((name) => join(dir, name)).filter((file) => ARTICLE_FILE.test(file)).sort();
  } catch (error) {
    if (isMedkgError(error)) throw error;
    throw badInput(`${dir}: cannot list the folder (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const articles: RawArticle[] = [];
  for (const file of files) {
    if (!statSync(file).isFile()) continue;
    try {
      articles.push(...readArticles(readFileSync(file), file));
    } catch (error) {
      if (!isMedkgError(error)) throw error;
      context.stderr.write(`medkg: skipped ${error.message}\n`);
    }
  }
  return articles;
}
