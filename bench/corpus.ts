import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from './synthetic/generate.js';
import type { BenchVocabulary } from './vocabulary.js';

export interface CorpusSpec {
  readonly articles: number;
  readonly short: boolean;
  readonly seed: number;
}

export interface CorpusOnDisk extends CorpusSpec {
  readonly dir: string;
  readonly files: number;
  readonly bytes: number;
  readonly generateMs: number;
}

export function corpusLabel(spec: CorpusSpec): string {
  const size = spec.articles >= 1000 ? `${spec.articles / 1000}k` : String(spec.articles);
  return spec.short ? `${size} (short bodies)` : size;
}

/**
 * Writes a synthetic corpus into the OS temp folder (never the repository), reusing one written
 * by an earlier run with the same size, seed and vocabulary: the generator is deterministic,
 * and writing 100k files is not what the benchmark measures.
 */
export async function ensureCorpus(spec: CorpusSpec, vocabulary: BenchVocabulary, root = join(tmpdir(), 'medkg-bench-corpora')): Promise<CorpusOnDisk> {
  const key = `${spec.articles}-${spec.short ? 'short' : 'full'}-seed${spec.seed}-v${vocabulary.entries.length}`;
  const dir = join(root, key);
  const marker = join(root, `${key}.json`);
  if (existsSync(marker)) {
    const done = JSON.parse(await readFile(marker, 'utf8')) as { files: number; bytes: number };
    return { ...spec, dir, ...done, generateMs: 0 };
  }
  await rm(dir, { recursive: true, force: true });
  const start = process.hrtime.bigint();
  const written = await writeCorpus(dir, vocabulary.names, { articles: spec.articles, seed: spec.seed, short: spec.short });
  const generateMs = Number(process.hrtime.bigint() - start) / 1e6;
  await writeFile(marker, JSON.stringify(written));
  return { ...spec, dir, ...written, generateMs };
}
