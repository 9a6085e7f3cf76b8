import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/ingest/clean/clean.js';
import { learnProfile } from '../../../src/ingest/profile/learn.js';
import { loadSiteProfile } from '../../../src/ingest/profile/load.js';
import { readArticles } from '../../../src/ingest/read/read.js';
import type { RawArticle } from '../../../src/ingest/stages.js';

const base = loadSiteProfile();
const TOPICS = [
  ['Gout', 'Uric acid crystals form in joints.'],
  ['Asthma', 'The airways narrow and swell.'],
  ['Anaemia', 'The blood carries too little oxygen.'],
  ['Psoriasis', 'Skin cells build up in scaly patches.'],
  ['Migraine', 'Attacks of throbbing headache recur.'],
  ['Rickets', 'Bones soften from lack of vitamin D.'],
] as const;

/** Six small articles sharing one chrome box the shipped profile does not know. */
function corpus(withChrome: (index: number) => boolean): RawArticle[] {
  return TOPICS.map(([title, cause], index) => {
    const chrome = withChrome(index) ? 'Clinic hours box\nOpen daily from 8 to 8 for walk-in visits\n\n' : '';
    const text = `${title}\n\nCauses\n\n${cause}\n\n${chrome}Symptoms and signs\n\n  1. Tiredness — common in ${title.toLowerCase()}.\n`;
    return readArticles(new TextEncoder().encode(text), `${title.toLowerCase()}.txt`)[0]!;
  });
}

describe('learnProfile', () => {
  it('adds a block repeated in at least half of the articles and cleaning then drops it from every article', () => {
    const articles = corpus((index) => index % 2 === 0 || index === 1);
    const learned = learnProfile(articles, base, { minShare: 0.5 });
    const added = learned.blocks.filter((block) => block.name.startsWith('learned-'));
    expect(added).toHaveLength(1);
    expect(added[0]?.exact).toEqual(['Clinic hours box', 'Open daily from 8 to 8 for walk-in visits']);
    for (const article of articles) {
      const clean = cleanArticle(article, learned);
      expect(clean.text).not.toContain('Clinic hours');
      expect(clean.text).toContain('Causes');
    }
  });

  it('never learns section headings or blocks below the share', () => {
    const learned = learnProfile(corpus((index) => index === 0), base, { minShare: 0.5 });
    expect(learned.blocks).toEqual(base.blocks);
  });

  it('learns nothing from fewer than five articles', () => {
    expect(learnProfile(corpus(() => true).slice(0, 4), base)).toBe(base);
  });
});

describe('loadSiteProfile', () => {
  it('loads the shipped profile with named blocks for the chrome of the format guide', () => {
    const names = base.blocks.map((block) => block.name);
    expect(names).toEqual(expect.arrayContaining(['patient-tools', 'doctor-visit-helper', 'medicine-safety-first-aid', 'article-teasers']));
  });

  it('refuses an invalid pattern with a one-line error naming the file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'medkg-profile-')), 'bad.json');
    writeFileSync(file, JSON.stringify({ version: 1, name: 'bad', blocks: [{ name: 'x', start: '(' }] }));
    expect(() => loadSiteProfile(file)).toThrow(/bad\.json: invalid site profile at blocks\.0\.start/u);
  });
});
