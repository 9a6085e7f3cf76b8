import { stat } from 'node:fs/promises';
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
    return glob(`**/*.{${ARTICLE_EXTENSIONS.join(',')}}`, { cwd: absolute, absolute: true, onlyFiles: true, caseSensitiveMatch: false });
  }
  return glob(path, { cwd, absolute: true, onlyFiles: true });
}
