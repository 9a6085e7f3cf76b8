// Related articles on our own sample corpus, through the same ingest runner `medkg ingest` and
// `npm start` use (seed lexicon, site profile, after-ingest refresh) on the real SQLite store:
// articles that share a rare disease's gene or its specific drug must rank above articles that
// only share generic symptoms (fatigue, anaemia, infections).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { createCliContext } from '../../../src/cli/context.js';
import type { CliContext } from '../../../src/cli/context.js';
import { ingestSources } from '../../../src/cli/ingest-sources.js';
import { getRelatedArticles } from '../../../src/graph/related/related.js';

const SEED_ARTICLES = new URL('../../../seed/articles', import.meta.url).pathname;
const GENERIC_ONLY = ['asthma', 'iron-deficiency-anaemia', 'type-2-diabetes', 'hypothyroidism', 'metformin', 'levothyroxine'];

function discard(): Writable {
  return new Writable({ write: (_chunk, _encoding, done) => done() });
}

describe('related articles on the seed corpus', () => {
  let dir: string;
  let context: CliContext;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'medkg-related-seed-'));
    const config = loadConfig({ MEDKG_DATA_DIR: dir });
    context = createCliContext(() => config, { stdout: discard(), stderr: discard() });
    const report = await ingestSources(context, [SEED_ARTICLES], { maxBytes: config.maxArticleBytes });
    expect(report.failed).toEqual([]);
  }, 300_000);

  afterAll(async () => {
    await context.closeStore();
    await rm(dir, { recursive: true, force: true });
  });

  async function rankOf(article: string): Promise<(other: string) => number> {
    const related = await getRelatedArticles(await context.store(), article, 20);
    const ids = related.map((item) => item.article);
    return (other) => (ids.includes(other) ? ids.indexOf(other) : Number.POSITIVE_INFINITY);
  }

  it('ranks the article sharing the gene (CLCN7) and the specific drug above generic-symptom neighbours of ARO', async () => {
    const rank = await rankOf('autosomal-recessive-osteopetrosis');
    const geneSharing = rank('autosomal-dominant-osteopetrosis-type-2');
    const drugArticle = rank('interferon-gamma-1b');
    expect(geneSharing).toBeLessThan(Number.POSITIVE_INFINITY);
    expect(drugArticle).toBeLessThan(Number.POSITIVE_INFINITY);
    for (const generic of GENERIC_ONLY) {
      expect(geneSharing).toBeLessThan(rank(generic));
      expect(drugArticle).toBeLessThan(rank(generic));
    }
  });

  it('ranks the hydroxyurea drug article above generic-symptom neighbours of sickle cell disease', async () => {
    const rank = await rankOf('sickle-cell-disease');
    const drugArticle = rank('hydroxyurea');
    expect(drugArticle).toBeLessThan(Number.POSITIVE_INFINITY);
    for (const generic of GENERIC_ONLY) expect(drugArticle).toBeLessThan(rank(generic));
  });

  it('explains every related article with weighted reasons', async () => {
    const related = await getRelatedArticles(await context.store(), 'autosomal-recessive-osteopetrosis', 5);
    expect(related.length).toBeGreaterThan(0);
    for (const item of related) {
      expect(item.reasons.length).toBeGreaterThan(0);
      for (const reason of item.reasons) expect(reason.weight).toBeGreaterThan(0);
    }
  });
});
