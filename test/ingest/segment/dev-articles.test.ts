import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/ingest/clean/clean.js';
import { loadSiteProfile } from '../../../src/ingest/profile/load.js';
import { readArticles } from '../../../src/ingest/read/read.js';
import { segmentArticle } from '../../../src/ingest/segment/segment.js';

// Real NIH articles kept outside the repository (/work/shared); the suite skips only without them.
const DEV = '/work/shared/data/dev-articles';
const files = existsSync(DEV)
  ? readdirSync(DEV).flatMap((set) => {
      const dir = join(DEV, set, 'articles');
      return existsSync(dir) ? readdirSync(dir).map((name) => join(dir, name)) : [];
    })
  : [];

describe.runIf(files.length > 0)('read, clean and segment over every dev article', () => {
  const profile = loadSiteProfile();
  const segmented = files.map((file) => ({ file, article: segmentArticle(cleanArticle(readArticles(readFileSync(file), file)[0]!, profile)) }));

  it('reads every file with a non-empty title', () => {
    expect(segmented).toHaveLength(files.length);
    for (const { article } of segmented) expect(article.clean.raw.title.trim()).not.toBe('');
  });

  it('finds the genetics section in every medquad-ghr article', () => {
    const ghr = segmented.filter(({ file }) => file.includes('medquad-ghr'));
    expect(ghr.length).toBeGreaterThan(100);
    const missing = ghr.filter(({ article }) => !article.sections.some((section) => section.kind === 'genetics' && section.text.length > 0));
    expect(missing.map(({ file }) => file)).toEqual([]);
  });

  it('keeps every sentence at its offset in the cleaned text', () => {
    for (const { article } of segmented) {
      for (const section of article.sections) {
        for (const sentence of section.sentences) expect(article.clean.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
      }
    }
  });
});
