// Checks the gold corpus itself (seed/articles + test/fixtures/gold), not the pipeline: every gold
// file parses, points at a real article, uses predicates whose kinds fit, and names identifiers
// that exist in the shared vocabularies. A broken gold file would make the quality scores lie.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { isEntityKind } from '../../src/domain/kinds.js';
import { KNOWN_PREFIXES, parseCurie } from '../../src/domain/ids.js';
import { goldEntitiesOf, loadGoldArticles, REPO_ROOT } from '../fixtures/gold/gold-schema.js';
import { expectNothingForbiddenAsserted, expectRelationsResolve } from '../fixtures/gold/gold-checks.js';
import { loadVocabularyIds } from '../fixtures/gold/vocab-ids.js';

const golds = loadGoldArticles();
const SHARED_VOCAB = join(process.env['MEDKG_SHARED_DIR'] ?? join(REPO_ROOT, '../shared'), 'data/vocab');


function allIds(): string[] {
  return golds.flatMap((gold) => goldEntitiesOf(gold).flatMap((entity) => (entity.id ? [entity.id] : [])));
}

describe('gold corpus structure', () => {
  it('has a gold file for at least 22 articles in all four shapes', () => {
    expect(golds.length).toBeGreaterThanOrEqual(22);
    const formats = new Set(golds.map((gold) => gold.format));
    expect([...formats].sort()).toEqual(['html', 'md', 'txt', 'wordpress']);
    expect(new Set(golds.map((gold) => gold.slug)).size).toBe(golds.length);
  });

  it('points every gold file at an existing article, and every seed article has gold', () => {
    for (const gold of golds) {
      const path = join(REPO_ROOT, gold.article);
      expect(existsSync(path), gold.article).toBe(true);
      if (gold.format === 'wordpress') {
        const posts = JSON.parse(readFileSync(path, 'utf8')) as { slug: string }[];
        expect(posts.map((post) => post.slug), gold.slug).toContain(gold.slug);
      } else {
        expect(gold.article.endsWith(`/${gold.slug}.${gold.format}`), gold.article).toBe(true);
      }
    }
    const golded = new Set(golds.map((gold) => gold.article));
    for (const file of readdirSync(join(REPO_ROOT, 'seed/articles'))) {
      expect(golded.has(`seed/articles/${file}`), file).toBe(true);
    }
  });

  it('resolves both ends of every relation to an entity whose kind fits the predicate', () => {
    expectRelationsResolve(golds);
  });

  it('never forbids what the gold asserts, and never names a body entity as chrome-only', () => {
    expectNothingForbiddenAsserted(golds);
  });

  it('links only to articles of the corpus, never to itself', () => {
    const slugs = new Set(golds.map((gold) => gold.slug));
    for (const gold of golds) {
      for (const target of gold.links_to) {
        expect(slugs.has(target), `${gold.slug} → ${target}`).toBe(true);
        expect(target).not.toBe(gold.slug);
      }
    }
  });

  it('gives every entity a kind and every id a known prefix', () => {
    for (const gold of golds) {
      for (const entity of goldEntitiesOf(gold)) {
        expect(isEntityKind(entity.kind)).toBe(true);
        if (entity.id === undefined) continue;
        const curie = parseCurie(entity.id);
        expect(curie, entity.id).not.toBeNull();
        expect(KNOWN_PREFIXES as readonly string[], entity.id).toContain(curie?.prefix);
      }
    }
  });

  it('asserts only clinical relations a disease article can carry: genes, drugs, tests, phenotypes', () => {
    const counts = golds.filter((gold) => gold.library === 'Diseases').map((gold) => gold.relations.length);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(10);
  });
});

describe.runIf(existsSync(SHARED_VOCAB))('gold identifiers against the shared vocabularies', () => {
  const known = loadVocabularyIds(SHARED_VOCAB);

  it('finds every HGNC, DOID, MONDO, HP, DRUGBANK and LOINC id of the gold in the vocabulary files', () => {
    const missing = allIds().filter((id) => {
      const prefix = parseCurie(id)?.prefix ?? '';
      return prefix in known && !known[prefix]?.has(id);
    });
    expect(missing).toEqual([]);
  });

  it('uses no prefix it cannot check', () => {
    const unchecked = allIds().filter((id) => !((parseCurie(id)?.prefix ?? '') in known));
    expect(unchecked).toEqual([]);
  });
});
