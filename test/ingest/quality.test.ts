// Scores the whole pipeline (read → clean → segment → recognise → relate) over the seed corpus
// (seed/articles) with the seed lexicon alone, against the gold annotations of
// test/fixtures/gold (GUIDE.md), and prints per-article and total numbers.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSiteProfile } from '../../src/ingest/profile/load.js';
import { loadSeedLexicon } from '../../src/lexicon/seed.js';
import { REPO_ROOT, loadGoldArticles } from '../fixtures/gold/gold-schema.js';
import type { ArticleScore } from './quality-score.js';
import { scoreGoldArticles, totals } from './quality-score.js';

/** Issue 4's bars. */
const TARGET = { entityRecall: 0.95, relationRecall: 0.9, precision: 0.9 };
/**
 * What the pipeline reaches today with the seed lexicon alone (measured, then rounded down):
 * a change that scores lower fails. Raise it as recognition improves; the gap to TARGET is
 * mostly names the seed lexicon does not hold yet (see the printed misses).
 */
const FLOOR = { entityRecall: 0.98, relationRecall: 0.94, precision: 0.91 };

describe('pipeline quality on the seed corpus', () => {
  let scores: ArticleScore[];

  beforeAll(async () => {
    const lexicon = await loadSeedLexicon();
    const profile = loadSiteProfile();
    scores = scoreGoldArticles(loadGoldArticles(), REPO_ROOT, { profile, lexicon });
    const total = totals(scores);
    const lines = scores.map(
      (score) =>
        `${score.slug.padEnd(42)} entities ${score.entitiesFound}/${score.entitiesExpected}  relations ${score.relationsFound}/${score.relationsExpected}  precision ${score.relationsCorrect}/${score.relationsPredicted}`,
    );
    lines.push(
      `TOTAL entity recall ${total.entityRecall.toFixed(3)} (target ${TARGET.entityRecall}), relation recall ${total.relationRecall.toFixed(3)} (target ${TARGET.relationRecall}), precision ${total.precision.toFixed(3)} (target ${TARGET.precision}), chrome/forbidden ${total.chrome}`,
    );
    process.stdout.write(`\n${lines.join('\n')}\n`);
  });

  it('derives no relation and no node from chrome, dose limits, negations or other objects', () => {
    const violations = scores.flatMap((score) => score.chromeViolations.map((violation) => `${score.slug}: ${violation}`));
    expect(violations).toEqual([]);
  });

  it('keeps entity recall, relation recall and precision at or above the measured floor', () => {
    const total = totals(scores);
    expect(total.entityRecall).toBeGreaterThanOrEqual(FLOOR.entityRecall);
    expect(total.relationRecall).toBeGreaterThanOrEqual(FLOOR.relationRecall);
    expect(total.precision).toBeGreaterThanOrEqual(FLOOR.precision);
  });

  it('finds the primary entity of every article', () => {
    expect(scores.filter((score) => !score.primaryFound).map((score) => score.slug)).toEqual([]);
  });
});
