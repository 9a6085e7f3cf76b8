import type { QueryRunner } from './executor.js';
import { bumpDataVersion } from './meta.js';
import { asString } from './records.js';

/** Precomputed results (related articles, pathways…) stored beside the graph they derive from. */
export async function putComputed(runner: QueryRunner, namespace: string, entries: ReadonlyMap<string, string>): Promise<void> {
  const rows = [...entries].map(([key, value]) => ({ key, value }));
  if (rows.length > 0) await runner.run('computed-put', { namespace, rows });
  await bumpDataVersion(runner);
}

export async function getComputed(runner: QueryRunner, namespace: string, keys: readonly string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const rows = await runner.run('computed-get', { namespace, keys: [...new Set(keys)] });
  const values = new Map(rows.map((row) => [asString(row['key']), asString(row['value'])]));
  return new Map(keys.filter((key) => values.has(key)).map((key) => [key, values.get(key) ?? '']));
}

/** Deletes the given keys, or the whole namespace when no keys are given. */
export async function deleteComputed(runner: QueryRunner, namespace: string, keys?: readonly string[]): Promise<void> {
  if (keys === undefined) await runner.run('computed-delete-namespace', { namespace });
  else if (keys.length > 0) await runner.run('computed-delete-keys', { namespace, keys: [...keys] });
  await bumpDataVersion(runner);
}
