// `npm run eval`: gene–disease precision/recall of the ingest pipeline on the golded dev articles
// (shared/data/dev-articles/medquad-ghr, MedQuAD CC BY 4.0) with the shared vocabularies imported
// into a temporary SQLite store, compared with a plain scan for approved HGNC symbols.
// Only GENE_ASSOCIATED_WITH edges whose object is the article's own topic (its ABOUT node) and
// that carry evidence from that article count. Usage: npm run eval [-- --data DIR] [--verbose]
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleGraph } from '../src/domain/graph.js';
import { ingestBytes } from '../src/ingest/pipeline.js';
import { loadSiteProfile } from '../src/ingest/profile/load.js';
import { importVocabularyFile } from '../src/lexicon/import.js';
import type { Lexicon } from '../src/lexicon/lexicon.js';
import { loadLexicon, loadSeedLexicon } from '../src/lexicon/seed.js';
import { SHARED_VOCAB_FILES } from '../src/lexicon/shared-files.js';
import { openSqliteStore } from '../src/store/sqlite/open.js';

interface Gold {
  readonly id: string;
  readonly genes: readonly string[];
  readonly article: string;
  /** Former HGNC symbols the article uses as gene names (C10orf2 → TWNK): not in `genes`. */
  readonly genes_previous_symbols?: readonly { readonly mention: string; readonly symbol: string }[];
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  errors: string[];
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const dataDir = resolve(args.includes('--data') ? (args[args.indexOf('--data') + 1] ?? '') : join(repoRoot, '../shared/data'));
const verbose = args.includes('--verbose');
const ghrDir = join(dataDir, 'dev-articles/medquad-ghr');

function score(gold: readonly Gold[], predict: (gold: Gold) => Set<string>): Counts {
  const counts: Counts = { tp: 0, fp: 0, fn: 0, errors: [] };
  for (const item of gold) {
    const predicted = predict(item);
    const expected = new Set(item.genes);
    // The gold leaves genes named by a former symbol out of `genes` on purpose: neither right nor wrong.
    const neutral = new Set((item.genes_previous_symbols ?? []).map((entry) => entry.symbol));
    for (const gene of predicted) {
      if (expected.has(gene)) counts.tp += 1;
      else if (neutral.has(gene)) continue;
      else {
        counts.fp += 1;
        counts.errors.push(`${item.id} FP ${gene}`);
      }
    }
    for (const gene of expected) {
      if (!predicted.has(gene)) {
        counts.fn += 1;
        counts.errors.push(`${item.id} FN ${gene}`);
      }
    }
  }
  return counts;
}

/** Genes the pipeline attaches to the article's own topic, with evidence from the article. */
function pipelineGenes(graph: ArticleGraph | undefined): Set<string> {
  const genes = new Set<string>();
  if (!graph?.article.primaryEntity) return genes;
  const names = new Map(graph.nodes.map((node) => [node.id, node]));
  for (const edge of graph.edges) {
    if (edge.predicate !== 'GENE_ASSOCIATED_WITH' || edge.object !== graph.article.primaryEntity) continue;
    if (!edge.evidence.some((evidence) => evidence.article === graph.article.id)) continue;
    const node = names.get(edge.subject);
    if (node) genes.add(node.name);
  }
  return genes;
}

/** Baseline: every token of the "genetic changes" answer that is an approved HGNC symbol. */
function scanGenes(text: string, symbols: ReadonlySet<string>): Set<string> {
  const section = /What are the genetic changes related to[^\n]*\n([\s\S]*?)(?:\n\n(?:Is |How |What |Where |Who |Can |Do |Does )[^\n]*\?\n|$)/u.exec(text)?.[1] ?? '';
  const genes = new Set<string>();
  for (const token of section.match(/[A-Za-z0-9-]+/gu) ?? []) if (symbols.has(token)) genes.add(token);
  return genes;
}

function format(label: string, counts: Counts): string {
  const precision = counts.tp / Math.max(1, counts.tp + counts.fp);
  const recall = counts.tp / Math.max(1, counts.tp + counts.fn);
  return `| ${label} | ${precision.toFixed(3)} | ${recall.toFixed(3)} | ${counts.tp} | ${counts.fp} | ${counts.fn} |`;
}

async function buildLexicon(): Promise<{ lexicon: Lexicon; symbols: Set<string>; seconds: number }> {
  const started = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'medkg-eval-'));
  const store = await openSqliteStore({ dataDir: dir });
  try {
    for (const file of SHARED_VOCAB_FILES) {
      const path = join(dataDir, 'vocab', file);
      if (!existsSync(path)) continue;
      const report = await importVocabularyFile(store, path);
      process.stderr.write(`imported ${file}: ${report.upserted} entries\n`);
    }
    const symbols = new Set<string>();
    for await (const entry of store.vocabulary()) if (entry.id.startsWith('HGNC:')) symbols.add(entry.name);
    // What `medkg ingest` uses: the seed lexicon plus every imported vocabulary.
    return { lexicon: await loadLexicon(store), symbols, seconds: (Date.now() - started) / 1000 };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  if (!existsSync(ghrDir)) {
    process.stdout.write(`no dev articles at ${ghrDir}: nothing to evaluate\n`);
    return;
  }
  const gold = readFileSync(join(ghrDir, 'gold.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Gold);
  const { lexicon, symbols, seconds } = await buildLexicon();
  const profile = loadSiteProfile();
  const texts = new Map(gold.map((item) => [item.id, readFileSync(join(ghrDir, item.article))]));
  const derive = (withLexicon: Lexicon): Map<string, ArticleGraph | undefined> =>
    new Map(gold.map((item) => [item.id, ingestBytes(texts.get(item.id) as Buffer, join(ghrDir, item.article), { profile, lexicon: withLexicon })[0]]));
  const ingestStarted = Date.now();
  const graphs = derive(lexicon);
  const ingestSeconds = (Date.now() - ingestStarted) / 1000;
  const pipeline = score(gold, (item) => pipelineGenes(graphs.get(item.id)));
  const seedGraphs = derive(await loadSeedLexicon());
  const seedOnly = score(gold, (item) => pipelineGenes(seedGraphs.get(item.id)));
  const baseline = score(gold, (item) => scanGenes(String(texts.get(item.id)), symbols));

  const lines = [
    `Gene–disease relations on ${gold.length} MedQuAD GHR dev articles (${gold.reduce((n, item) => n + item.genes.length, 0)} gold links)`,
    '',
    '| extractor | precision | recall | TP | FP | FN |',
    '| --- | --- | --- | --- | --- | --- |',
    format('medkg pipeline, seed lexicon + shared vocabularies', pipeline),
    format('medkg pipeline, seed lexicon alone', seedOnly),
    format('baseline: approved HGNC symbols in the genetic-changes answer', baseline),
    '',
    `vocabulary import + lexicon: ${seconds.toFixed(1)} s (${lexicon.size.entries} entries, ${lexicon.size.names} names); ingest: ${ingestSeconds.toFixed(1)} s`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  if (verbose) process.stdout.write(`\npipeline errors:\n${pipeline.errors.join('\n')}\n\nbaseline errors:\n${baseline.errors.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`eval failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
