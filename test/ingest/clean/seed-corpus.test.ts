import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/ingest/clean/clean.js';
import { loadSiteProfile } from '../../../src/ingest/profile/load.js';
import { readArticles } from '../../../src/ingest/read/read.js';
import { segmentArticle } from '../../../src/ingest/segment/segment.js';

// Our own sample corpus (seed/articles): every shape of the site's pages with their chrome and noise.
const SEED = fileURLToPath(new URL('../../../seed/articles/', import.meta.url));
const files = existsSync(SEED) ? readdirSync(SEED).filter((name) => /\.(?:txt|html|md|json)$/u.test(name)) : [];
const profile = loadSiteProfile();
const cleaned = files.flatMap((name) => readArticles(readFileSync(`${SEED}${name}`), name).map((raw) => cleanArticle(raw, profile)));

const CHROME = [
  /Patient tools/u, /Reading mode/u, /Article summary/u, /Key takeaways/u, /Seek urgent care/u, /Learn safely/u,
  /Helpful guides/u, /Clinical pathway/u, /Doctor visit helper/u, /first-aid guide/iu, /Symptom diary/u, /Care roadmap/u,
  /Ask a question/u, /Disclaimer/u, /Written by/u, /Last Updated/u, /Read more/u, /data-rx-/u, /\p{Script=Bengali}/u, /[®™]/u,
];

describe.runIf(cleaned.length > 0)('clean over the seed corpus', () => {
  it('drops the doctor-visit helper and the other chrome blocks from every article', () => {
    for (const article of cleaned) {
      const left = CHROME.filter((pattern) => pattern.test(article.text));
      expect({ slug: article.raw.slug, left }).toEqual({ slug: article.raw.slug, left: [] });
    }
  });

  it('drops the generic medicine-safety advice that names unrelated conditions', () => {
    for (const article of cleaned) expect(article.text).not.toMatch(/dengue|steroid tablets|oral rehydration salts/iu);
  });

  it('keeps teasers of other articles as titles and nothing else', () => {
    for (const article of cleaned) {
      expect(article.teasers.length).toBeGreaterThan(0);
      for (const teaser of article.teasers) expect(article.text).not.toContain(teaser === article.raw.title ? '\u0000' : `\n${teaser}\n`);
    }
  });

  it('segments every article into typed sections starting with a definition or a question', () => {
    for (const article of cleaned) {
      const kinds = segmentArticle(article).sections.map((section) => section.kind);
      expect(kinds[0]).toBe('title');
      expect(kinds).toContain('definition');
      expect(kinds).not.toContain('summary');
    }
  });
});
