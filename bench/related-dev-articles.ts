// `npm run eval:related`: related articles on the real MedQuAD GHR dev articles
// (shared/data/dev-articles/medquad-ghr, CC BY 4.0) against a word-similarity baseline measured in
// the same run: TF-IDF cosine over the whole article text, which is what "related posts" plugins
// compute. Gold: two conditions are partners when gold.jsonl lists a gene for both.
// Metrics over articles that have at least one partner: success@5 (a partner in the top 5) and
// partner-recall@5 (share of an article's partners found in its top 5, capped at 5 partners).
// Usage: npm run eval:related [-- --data DIR]
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getRelatedArticles, recomputeRelated } from '../src/graph/related/related.js';
import { runBatch } from '../src/ingest/batch/runner.js';
import { profileHash } from '../src/ingest/hash.js';
import { ingestBytesIncremental } from '../src/ingest/pipeline.js';
import { loadSiteProfile } from '../src/ingest/profile/load.js';
import { importVocabularyFile } from '../src/lexicon/import.js';
import { loadLexicon } from '../src/lexicon/seed.js';
import { SHARED_VOCAB_FILES } from '../src/lexicon/shared-files.js';
import { openSqliteStore } from '../src/store/sqlite/open.js';

interface Gold {
  readonly id: string;
  readonly genes: readonly string[];
  readonly article: string;
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const dataDir = resolve(args.includes('--data') ? (args[args.indexOf('--data') + 1] ?? '') : join(repoRoot, '../shared/data'));
const ghrDir = join(dataDir, 'dev-articles/medquad-ghr');
const TOP = 5;

/** Article slug → the slugs of the articles whose conditions share a gene with it. */
export function genePartners(gold: readonly Gold[], slugOf: (item: Gold) => string): Map<string, Set<string>> {
  const byGene = new Map<string, string[]>();
  for (const item of gold) for (const gene of item.genes) byGene.set(gene, [...(byGene.get(gene) ?? []), slugOf(item)]);
  const partners = new Map<string, Set<string>>();
  for (const slugs of byGene.values()) {
    for (const slug of slugs) {
      const set = partners.get(slug) ?? new Set<string>();
      for (const other of slugs) if (other !== slug) set.add(other);
      partners.set(slug, set);
    }
  }
  return partners;
}

/** Plain TF-IDF cosine over whole texts (sublinear tf, smoothed idf, every word kept). */
export function tfidfNeighbours(texts: ReadonlyMap<string, string>, top: number): Map<string, string[]> {
  const tokens = new Map([...texts].map(([id, text]) => [id, text.toLowerCase().match(/[a-z][a-z0-9-]{2,}/gu) ?? []]));
  const documentFrequency = new Map<string, number>();
  for (const words of tokens.values()) for (const word of new Set(words)) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  const vectors = new Map<string, Map<string, number>>();
  for (const [id, words] of tokens) {
    const counts = new Map<string, number>();
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
    const vector = new Map<string, number>();
    for (const [word, count] of counts) vector.set(word, (1 + Math.log(count)) * Math.log((1 + texts.size) / (1 + (documentFrequency.get(word) ?? 0))) + 1e-9);
    const norm = Math.sqrt([...vector.values()].reduce((sum, weight) => sum + weight * weight, 0)) || 1;
    for (const [word, weight] of vector) vector.set(word, weight / norm);
    vectors.set(id, vector);
  }
  const neighbours = new Map<string, string[]>();
  for (const [id, vector] of vectors) {
    const scored: [string, number][] = [];
    for (const [other, otherVector] of vectors) {
      if (other === id) continue;
      let dot = 0;
      for (const [word, weight] of vector) dot += weight * (otherVector.get(word) ?? 0);
      scored.push([other, dot]);
    }
    scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    neighbours.set(id, scored.slice(0, top).map(([other]) => other));
  }
  return neighbours;
}

export function scoreAtK(partners: ReadonlyMap<string, ReadonlySet<string>>, ranked: ReadonlyMap<string, readonly string[]>): { success: number; recall: number; articles: number } {
  let successes = 0;
  let recallSum = 0;
  let articles = 0;
  for (const [id, set] of partners) {
    if (set.size === 0) continue;
    articles += 1;
    const top = ranked.get(id) ?? [];
    const found = top.filter((other) => set.has(other)).length;
    if (found > 0) successes += 1;
    recallSum += found / Math.min(set.size, TOP);
  }
  return { success: successes / Math.max(1, articles), recall: recallSum / Math.max(1, articles), articles };
}

async function main(): Promise<void> {
  if (!existsSync(ghrDir)) {
    process.stdout.write(`no dev articles at ${ghrDir}: nothing to evaluate\n`);
    return;
  }
  const gold = readFileSync(join(ghrDir, 'gold.jsonl'), 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as Gold);
  const dir = mkdtempSync(join(tmpdir(), 'medkg-related-eval-'));
  const store = await openSqliteStore({ dataDir: dir });
  try {
    for (const file of SHARED_VOCAB_FILES) {
      const path = join(dataDir, 'vocab', file);
      if (existsSync(path)) await importVocabularyFile(store, path);
    }
    const profile = loadSiteProfile();
    const options = { profile, lexicon: await loadLexicon(store), profileHash: profileHash(profile), maxBytes: 5 * 1024 * 1024 };
    const files = gold.map((item) => join(ghrDir, item.article));
    const report = await runBatch({
      files,
      sink: store,
      load: async (file, isUnchanged) => ingestBytesIncremental(await readFile(file), file, options, isUnchanged),
    });
    await recomputeRelated(store);
    const slugByFile = new Map<string, string>();
    for (const item of gold) slugByFile.set(item.id, item.article.replace(/^articles\//u, '').replace(/\.txt$/u, ''));
    const slugOf = (item: Gold): string => slugByFile.get(item.id) ?? item.id;
    const partners = genePartners(gold, slugOf);
    const slugs = gold.map(slugOf);
    const records = await store.getArticles(slugs);
    const texts = new Map(records.flatMap((record) => (record ? [[record.id, record.cleanedText] as const] : [])));
    const medkg = new Map<string, string[]>();
    for (const slug of slugs) medkg.set(slug, (await getRelatedArticles(store, slug, TOP)).map((item) => item.article));
    const baseline = tfidfNeighbours(texts, TOP);
    const ours = scoreAtK(partners, medkg);
    const theirs = scoreAtK(partners, baseline);
    const lines = [
      `Related articles on ${gold.length} MedQuAD GHR dev articles (${report.ok.length} ingested, ${ours.articles} with a gene-sharing partner)`,
      '',
      '| ranking | success@5 | partner-recall@5 |',
      '| --- | --- | --- |',
      `| medkg relatedArticles (graph + text) | ${ours.success.toFixed(3)} | ${ours.recall.toFixed(3)} |`,
      `| baseline: TF-IDF cosine over the article text | ${theirs.success.toFixed(3)} | ${theirs.recall.toFixed(3)} |`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    process.stderr.write(`eval failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  });
}
