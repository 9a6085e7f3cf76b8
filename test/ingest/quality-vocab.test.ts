// Scores the whole pipeline the way a site runs it: after importing every standard vocabulary
// of ../shared/data/vocab (355k names), on the seed corpus, on the held-out batches written
// before the pipeline ran on them, and on full gold of dev articles (22 GHR pages and 8 pages of
// other NIH sites; their text stays in ../shared). Issue 4 asks for entity recall >= 0.9, relation recall >= 0.8, precision >= 0.85
// and no relation from chrome on articles kept outside the repository; the floors below are what
// the pipeline reaches today (measured, rounded down), so a change that scores lower fails.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSiteProfile } from '../../src/ingest/profile/load.js';
import type { Lexicon } from '../../src/lexicon/lexicon.js';
import type { GoldSet } from '../fixtures/gold/gold-schema.js';
import { DEV_FULL_GOLD, GHR_FULL_GOLD, GHR_FULL_GOLD_2, GHR_FULL_GOLD_3, HELD_OUT_GOLD, OTHER_NIH_GOLD, SEED_GOLD, SHARED_DATA, loadGoldArticles, loadGoldFolder } from '../fixtures/gold/gold-schema.js';
import { lexiconWithSharedVocabularies } from '../support/shared-lexicon.js';
import type { ArticleScore } from './quality-score.js';
import { scoreGoldArticles, totals } from './quality-score.js';

type Totals = ReturnType<typeof totals>;

const FLOORS: Readonly<Record<string, Totals>> = {
  [SEED_GOLD.name]: { entityRecall: 0.98, relationRecall: 0.95, precision: 0.90, chrome: 0 },
  [HELD_OUT_GOLD[0]?.name ?? '']: { entityRecall: 0.95, relationRecall: 0.88, precision: 0.92, chrome: 0 },
  [HELD_OUT_GOLD[1]?.name ?? '']: { entityRecall: 0.93, relationRecall: 0.87, precision: 0.91, chrome: 0 },
  [HELD_OUT_GOLD[2]?.name ?? '']: { entityRecall: 0.97, relationRecall: 0.91, precision: 0.92, chrome: 0 },
  [HELD_OUT_GOLD[3]?.name ?? '']: { entityRecall: 0.96, relationRecall: 0.93, precision: 0.88, chrome: 0 },
  [HELD_OUT_GOLD[4]?.name ?? '']: { entityRecall: 0.94, relationRecall: 0.87, precision: 0.85, chrome: 0 },
  [HELD_OUT_GOLD[5]?.name ?? '']: { entityRecall: 0.95, relationRecall: 0.86, precision: 0.83, chrome: 0 },
  [HELD_OUT_GOLD[6]?.name ?? '']: { entityRecall: 0.96, relationRecall: 0.87, precision: 0.87, chrome: 0 },
  [HELD_OUT_GOLD[7]?.name ?? '']: { entityRecall: 0.93, relationRecall: 0.84, precision: 0.84, chrome: 0 },
  [HELD_OUT_GOLD[8]?.name ?? '']: { entityRecall: 0.93, relationRecall: 0.91, precision: 0.89, chrome: 0 },
  [HELD_OUT_GOLD[9]?.name ?? '']: { entityRecall: 0.94, relationRecall: 0.81, precision: 0.88, chrome: 0 },
  [HELD_OUT_GOLD[10]?.name ?? '']: { entityRecall: 0.94, relationRecall: 0.87, precision: 0.83, chrome: 1 },
  [HELD_OUT_GOLD[11]?.name ?? '']: { entityRecall: 0.94, relationRecall: 0.85, precision: 0.87, chrome: 0 },
  [HELD_OUT_GOLD[12]?.name ?? '']: { entityRecall: 0.93, relationRecall: 0.82, precision: 0.79, chrome: 0 },
  [HELD_OUT_GOLD[13]?.name ?? '']: { entityRecall: 0.93, relationRecall: 0.86, precision: 0.85, chrome: 0 },
  [HELD_OUT_GOLD[14]?.name ?? '']: { entityRecall: 0.92, relationRecall: 0.81, precision: 0.80, chrome: 0 },
  [HELD_OUT_GOLD[15]?.name ?? '']: { entityRecall: 0.91, relationRecall: 0.78, precision: 0.76, chrome: 0 },
  [HELD_OUT_GOLD[16]?.name ?? '']: { entityRecall: 0.95, relationRecall: 0.86, precision: 0.88, chrome: 0 },
  [HELD_OUT_GOLD[17]?.name ?? '']: { entityRecall: 0.94, relationRecall: 0.84, precision: 0.86, chrome: 0 },
  [HELD_OUT_GOLD[18]?.name ?? '']: { entityRecall: 0.92, relationRecall: 0.86, precision: 0.92, chrome: 0 },
  [HELD_OUT_GOLD[19]?.name ?? '']: { entityRecall: 0.94, relationRecall: 0.86, precision: 0.89, chrome: 0 },
  [HELD_OUT_GOLD[20]?.name ?? '']: { entityRecall: 0.96, relationRecall: 0.84, precision: 0.87, chrome: 0 },
  [HELD_OUT_GOLD[21]?.name ?? '']: { entityRecall: 0.93, relationRecall: 0.84, precision: 0.86, chrome: 0 },
  [HELD_OUT_GOLD[22]?.name ?? '']: { entityRecall: 0.93, relationRecall: 0.85, precision: 0.89, chrome: 0 },
  [HELD_OUT_GOLD[23]?.name ?? '']: { entityRecall: 0.90, relationRecall: 0.76, precision: 0.81, chrome: 0 },
  [HELD_OUT_GOLD[24]?.name ?? '']: { entityRecall: 0.93, relationRecall: 0.85, precision: 0.84, chrome: 0 },
  [HELD_OUT_GOLD[25]?.name ?? '']: { entityRecall: 0.92, relationRecall: 0.86, precision: 0.85, chrome: 1 },
  [HELD_OUT_GOLD[26]?.name ?? '']: { entityRecall: 0.92, relationRecall: 0.80, precision: 0.82, chrome: 0 },
  [HELD_OUT_GOLD[27]?.name ?? '']: { entityRecall: 0.92, relationRecall: 0.86, precision: 0.80, chrome: 0 },
  [HELD_OUT_GOLD[28]?.name ?? '']: { entityRecall: 0.91, relationRecall: 0.85, precision: 0.85, chrome: 0 },
  [HELD_OUT_GOLD[29]?.name ?? '']: { entityRecall: 0.92, relationRecall: 0.80, precision: 0.85, chrome: 0 },
  [GHR_FULL_GOLD.name]: { entityRecall: 0.81, relationRecall: 0.77, precision: 0.93, chrome: 0 },
  [GHR_FULL_GOLD_2.name]: { entityRecall: 0.74, relationRecall: 0.68, precision: 0.92, chrome: 0 },
  [GHR_FULL_GOLD_3.name]: { entityRecall: 0.74, relationRecall: 0.68, precision: 0.93, chrome: 0 },
  [OTHER_NIH_GOLD.name]: { entityRecall: 0.81, relationRecall: 0.75, precision: 0.93, chrome: 0 },
};

const hasShared = existsSync(join(SHARED_DATA, 'vocab'));

function scoreSet(set: GoldSet, lexicon: Lexicon): { scores: ArticleScore[]; total: Totals } {
  const profile = loadSiteProfile();
  const golds = set === SEED_GOLD ? loadGoldArticles() : loadGoldFolder(set.dir);
  const scores = scoreGoldArticles(golds, set.base, { profile, lexicon });
  return { scores, total: totals(scores) };
}

describe.runIf(hasShared)('pipeline quality with every shared vocabulary imported', () => {
  const results = new Map<string, { scores: ArticleScore[]; total: Totals }>();

  beforeAll(async () => {
    const lexicon = await lexiconWithSharedVocabularies(join(SHARED_DATA, 'vocab'));
    const lines: string[] = [];
    for (const set of [SEED_GOLD, ...HELD_OUT_GOLD, ...DEV_FULL_GOLD]) {
      const result = scoreSet(set, lexicon);
      results.set(set.name, result);
      const { total } = result;
      lines.push(
        `${set.name.padEnd(46)} articles ${String(result.scores.length).padStart(2)}  entity recall ${total.entityRecall.toFixed(3)}  relation recall ${total.relationRecall.toFixed(3)}  precision ${total.precision.toFixed(3)}  chrome ${total.chrome}`,
      );
    }
    process.stdout.write(`\n${lines.join('\n')}\n`);
  }, 180_000);

  it.each(Object.keys(FLOORS))('keeps %s at or above its measured floor', (name) => {
    const floor = FLOORS[name] as Totals;
    const total = results.get(name)?.total as Totals;
    expect(total.entityRecall).toBeGreaterThanOrEqual(floor.entityRecall);
    expect(total.relationRecall).toBeGreaterThanOrEqual(floor.relationRecall);
    expect(total.precision).toBeGreaterThanOrEqual(floor.precision);
    expect(total.chrome).toBeLessThanOrEqual(floor.chrome);
  });
});
