import { open, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { badInput } from '../../domain/errors.js';

/** File name endings of the article shapes medkg reads. */
export const ARTICLE_EXTENSIONS = ['html', 'htm', 'json', 'md', 'markdown', 'txt'] as const;

/**
 * Expands `medkg ingest` arguments into article files: a file is itself, a directory is every
 * article file under it, anything else is a glob. Sorted and without duplicates, so a batch
 * always visits files in the same order. A path or pattern that matches nothing is an error.
 */
export async function expandSources(paths: readonly string[], cwd = process.cwd()): Promise<string[]> {
  const files = new Set<string>();
  for (const path of paths) {
    const found = await expandOne(path, cwd);
    if (found.length === 0) throw badInput(`${path}: no article files found`);
    for (const file of found) files.add(file);
  }
  return [...files].sort();
}

async function expandOne(path: string, cwd: string): Promise<string[]> {
  const absolute = resolve(cwd, path);
  const info = await stat(absolute).catch(() => undefined);
  if (info?.isFile()) return [absolute];
  if (info?.isDirectory()) {
    const found = await glob(`**/*.{${ARTICLE_EXTENSIONS.join(',')}}`, { cwd: absolute, absolute: true, onlyFiles: true, caseSensitiveMatch: false });
    const kept = await Promise.all(found.map(async (file) => ((await isOtherJson(file)) ? undefined : file)));
    return kept.filter((file): file is string => file !== undefined);
  }
  return glob(path, { cwd, absolute: true, onlyFiles: true });
}

/**
 * A folder can hold JSON that is not an article (a site profile, a manifest): only a JSON array
 * can be a WordPress export, so other JSON found by walking a folder is left out. A JSON file
 * named explicitly is always read (and fails with its reason if it is not an export).
 */
async function isOtherJson(file: string): Promise<boolean> {
  if (!/\.json$/iu.test(file)) return false;
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(512), 0, 512, 0);
    const head = buffer.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/u, '').trimStart();
    return !head.startsWith('[');
  } finally {
    await handle.close();
  }
}
