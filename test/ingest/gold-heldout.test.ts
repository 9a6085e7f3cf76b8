// Checks the held-out gold itself (test/fixtures/heldout*, test/fixtures/gold-dev), not the
// pipeline: every file parses, points at an article that exists, uses predicates whose kinds
// fit, never forbids what it asserts, and names identifiers the shared vocabularies hold.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCurie } from '../../src/domain/ids.js';
import { DEV_FULL_GOLD, GHR_FULL_GOLD, HELD_OUT_GOLD, SHARED_DATA, goldEntitiesOf, loadGoldFolder } from '../fixtures/gold/gold-schema.js';
import { expectNothingForbiddenAsserted, expectRelationsResolve } from '../fixtures/gold/gold-checks.js';
import { loadVocabularyIds } from '../fixtures/gold/vocab-ids.js';

const hasShared = existsSync(join(SHARED_DATA, 'vocab'));

describe.each(HELD_OUT_GOLD.map((set) => [set.name, set] as const))('held-out gold: %s', (_name, set) => {
  const golds = loadGoldFolder(set.dir);

  it('has a gold file for each of its articles, in all four shapes', () => {
    expect(golds.length).toBeGreaterThanOrEqual(5);
    expect(new Set(golds.map((gold) => gold.format))).toEqual(new Set(['html', 'md', 'txt', 'wordpress']));
    for (const gold of golds) {
      const path = join(set.base, gold.article);
      expect(existsSync(path), gold.article).toBe(true);
      if (gold.format === 'wordpress') expect((JSON.parse(readFileSync(path, 'utf8')) as { slug: string }[]).map((post) => post.slug)).toContain(gold.slug);
    }
  });

  it('resolves every relation to entities of fitting kinds and never forbids what it asserts', () => {
    expectRelationsResolve(golds);
    expectNothingForbiddenAsserted(golds);
  });
});

describe('GHR full gold', () => {
  it('covers 12 GHR dev articles, every 12th in sorted order', () => {
    expect(loadGoldFolder(GHR_FULL_GOLD.dir).map((gold) => gold.slug)).toEqual(['ghr-0000036', 'ghr-0000117', 'ghr-0000236', 'ghr-0000343', 'ghr-0000447', 'ghr-0000504', 'ghr-0000626', 'ghr-0000700', 'ghr-0000783', 'ghr-0000870', 'ghr-0000952', 'ghr-0001014']);
  });
});

describe.each(DEV_FULL_GOLD.map((set) => [set.name, set] as const))('dev-article gold: %s', (_name, set) => {
  const golds = loadGoldFolder(set.dir);

  it('holds at least five articles, each once', () => {
    expect(golds.length).toBeGreaterThanOrEqual(5);
    expect(new Set(golds.map((gold) => gold.article)).size).toBe(golds.length);
  });

  it('resolves every relation to entities of fitting kinds and never forbids what it asserts', () => {
    expectRelationsResolve(golds);
    expectNothingForbiddenAsserted(golds);
  });

  it.runIf(hasShared)('points at articles that exist in the shared data', () => {
    for (const gold of golds) expect(existsSync(join(set.base, gold.article)), gold.article).toBe(true);
  });
});

describe.runIf(hasShared)('held-out gold identifiers against the shared vocabularies', () => {
  it('finds every id of every held-out gold file in the vocabulary files', () => {
    const known = loadVocabularyIds(join(SHARED_DATA, 'vocab'));
    const ids = [...HELD_OUT_GOLD, ...DEV_FULL_GOLD].flatMap((set) => loadGoldFolder(set.dir).flatMap((gold) => goldEntitiesOf(gold).flatMap((entity) => (entity.id ? [entity.id] : []))));
    const missing = ids.filter((id) => {
      const prefix = parseCurie(id)?.prefix ?? '';
      return !(prefix in known) || !known[prefix]?.has(id);
    });
    expect(missing).toEqual([]);
  });
});
