import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/ingest/clean/clean.js';
import { loadSiteProfile, parseSiteProfile } from '../../../src/ingest/profile/load.js';
import { readArticles } from '../../../src/ingest/read/read.js';
import type { RawArticle } from '../../../src/ingest/stages.js';

const profile = loadSiteProfile();
const fixture = (name: string): RawArticle => {
  const path = fileURLToPath(new URL(`../../fixtures/articles/${name}`, import.meta.url));
  const [article] = readArticles(readFileSync(path), name);
  if (!article) throw new Error(`fixture ${name} yields no article`);
  return article;
};
const textArticle = (text: string): RawArticle => {
  const [article] = readArticles(new TextEncoder().encode(text), 'inline.txt');
  if (!article) throw new Error('no article');
  return article;
};

describe('cleanArticle on a site article with chrome (gbs-site.txt)', () => {
  const clean = cleanArticle(fixture('gbs-site.txt'), profile);

  it('keeps the title line and starts the body at the first recognised section heading', () => {
    expect(clean.text.startsWith('Guillain-Barré syndrome (GBS)\n\nDefinition\n')).toBe(true);
  });

  it('drops every chrome block before the body', () => {
    for (const chrome of ['Patient tools', 'Reading mode', 'Article summary', 'Key takeaways', 'Medically reviewed', 'Seek urgent care', 'Learn safely', 'Treatment planner']) {
      expect(clean.text).not.toContain(chrome);
    }
    expect(clean.removedBlocks).toEqual(expect.arrayContaining(['patient-tools', 'key-takeaways', 'urgent-care-box', 'emergency-steps', 'generic-guides', 'pre-body-chrome']));
  });

  it('ends the body at the disclaimer, dropping references, the clinical pathway and the doctor-visit helper', () => {
    expect(clean.text.trimEnd().endsWith('(Note: corticosteroids are generally not used, as they do not help GBS.)')).toBe(true);
    expect(clean.text).not.toMatch(/Disclaimer|Written by|Last Updated|gbs-review|steroid tablets|urine tests|Understand the condition/u);
    expect(clean.removedBlocks).toEqual(expect.arrayContaining(['doctor-visit-helper', 'clinical-pathway', 'post-body-chrome']));
  });

  it('keeps teasers of other articles as titles only', () => {
    expect(clean.teasers).toEqual(['Graves disease', 'Gout']);
    expect(clean.text).not.toContain('Graves');
  });

  it('removes Bengali lines and glosses and keeps the same definition sentence once', () => {
    expect(clean.text).not.toMatch(/\p{Script=Bengali}/u);
    expect(clean.text).toContain('  2. Areflexia — loss of tendon reflexes in the weak limbs.');
    expect(clean.text.match(/immune system attacks the peripheral nerves/gu)).toHaveLength(1);
  });

  it('repairs the leaked tooltip markup and restores the item separator it swallowed', () => {
    expect(clean.text).toContain('  3. Back and leg pain — myalgia often comes before the weakness. PMC');
    expect(clean.text).not.toContain('data-rx');
  });

  it('normalises quotes and drops the registered sign but keeps the brand word', () => {
    expect(clean.text).toContain("Landry's ascending paralysis");
    expect(clean.text).toContain('(GAMUNEX-C)Immune therapy');
  });
});

describe('cleanArticle rules', () => {
  it('joins a leaked glossary term that ends an item as a parenthetical name', () => {
    const text = 'Marfan syndrome\n\nSymptoms\n\n3) Lens dislocation" data-rx-term="ectopia lentis" data-rx-definition="the lens slips">ectopia lentis\n';
    expect(cleanArticle(textArticle(text), profile).text).toContain('3) Lens dislocation (ectopia lentis)');
  });

  it('repairs a leak whose closing bracket was copied HTML-escaped ("&gt;")', () => {
    const text = 'Fanconi Anaemia\n\nSymptoms\n\n7. Café-au-lait spots" data-rx-term="café-au-lait spots" data-rx-definition="flat, light-brown patches of skin"&gt;café-au-lait spots and other patches of darker skin.\n';
    const cleaned = cleanArticle(textArticle(text), profile).text;
    expect(cleaned).toContain('7. Café-au-lait spots');
    expect(cleaned).not.toContain('data-rx');
  });

  it('says a leaked term once when the leak sat right after the term itself', () => {
    const text = 'Ferritin Test\n\nUnderstanding results\n\nInflammation can raise ferritin" data-rx-term="ferritin" data-rx-definition="the iron store protein"&gt;ferritin and hide iron deficiency.\n';
    expect(cleanArticle(textArticle(text), profile).text).toContain('Inflammation can raise ferritin and hide iron deficiency.');
  });

  it('closes a phrase the leak cut short with the glossary term, and keeps the item separator', () => {
    const text = 'Gout\n\nComplications\n\n  1. Uric acid stones in the" data-rx-term="nephrolithiasis" data-rx-definition="stones that form in the kidney">nephrolithiasis cause sudden pain in the side.\n';
    expect(cleanArticle(textArticle(text), profile).text).toContain('1. Uric acid stones (nephrolithiasis) — cause sudden pain in the side.');
  });

  it('keeps the opening summary paragraph of an article without chrome', () => {
    const clean = cleanArticle(textArticle('Gout\n\nGout is a form of arthritis.\n\nCauses\nUric acid crystals form in joints.\n'), profile);
    expect(clean.text).toBe('Gout\n\nGout is a form of arthritis.\n\nCauses\nUric acid crystals form in joints.');
    expect(clean.removedBlocks).toEqual([]);
  });

  it('drops a summary that repeats the first paragraph cut off with an ellipsis', () => {
    const text = 'Gout\n\nCauses\n\nUric acid crystals form in joints when blood urate stays high …\n\nUric acid crystals form in joints when blood urate stays high for years.\n';
    const clean = cleanArticle(textArticle(text), profile);
    expect(clean.text).toBe('Gout\n\nCauses\n\nUric acid crystals form in joints when blood urate stays high for years.');
    expect(clean.removedBlocks).toContain('truncated-summary');
  });

  it('normalises dashes, spaces and superscripts', () => {
    const clean = cleanArticle(textArticle('Gout\n\nTreatment\n  1. Colchicine\u2013low dose \u2014 0.5\u00a0mg; 10\u201320 days; 1.7 m\u00b2.\n'), profile);
    expect(clean.text).toContain('  1. Colchicine-low dose — 0.5 mg; 10-20 days; 1.7 m2.');
  });

  it('removes a block learned as exact lines without touching other text', () => {
    const learned = parseSiteProfile({ version: 1, name: 'learned', blocks: [{ name: 'learned-1', exact: ['Join our newsletter today'] }] });
    const clean = cleanArticle(textArticle('Gout\n\nCauses\nUric acid.\n\nJoin our  newsletter today\n'), learned);
    expect(clean.text).toBe('Gout\n\nCauses\nUric acid.');
    expect(clean.removedBlocks).toEqual(['learned-1']);
  });

  it('cleans an article the same alone and after other articles', () => {
    const gbs = fixture('gbs-site.txt');
    const alone = cleanArticle(gbs, profile);
    cleanArticle(textArticle('Gout\n\nCauses\nUric acid.\n'), profile);
    expect(cleanArticle(gbs, profile)).toEqual(alone);
  });
});
