import { createHash } from 'node:crypto';
import { badInput } from '../../domain/errors.js';
import { vocabEntrySchema } from '../../domain/vocabulary.js';
import type { VocabEntry } from '../../domain/vocabulary.js';
import type { QueryRunner } from './executor.js';
import { bumpDataVersion } from './meta.js';
import { asNumber, asString } from './records.js';

/** 2^52: digests are summed modulo this, so the version stays an exact JS number. */
const DIGEST_MODULUS = 2n ** 52n;

function digestOf(json: string): bigint {
  return BigInt(`0x${createHash('sha256').update(json).digest('hex').slice(0, 13)}`);
}

/**
 * The vocabulary version: entry count and the sum of the entries' digests, computed exactly as
 * the SQLite adapter does, so the same vocabulary gives the same version in either store (and
 * so the same ingest content hashes).
 */
export async function vocabularyVersion(runner: QueryRunner): Promise<string> {
  const [row] = await runner.run('vocabulary-state');
  const sum = BigInt(asString(row?.['digestSum'] ?? '0'));
  return `${asNumber(row?.['count'])}-${sum.toString(16).padStart(13, '0')}`;
}

export function parseVocabulary(entries: readonly VocabEntry[]): VocabEntry[] {
  return entries.map((entry) => {
    const result = vocabEntrySchema.safeParse(entry);
    if (!result.success) throw badInput(`invalid vocabulary entry ${String(entry.id)}: ${result.error.message}`);
    return result.data;
  });
}

/** Upserts entries whose content changed, keeping the digest sum in step; the caller's write transaction. */
export async function upsertVocabulary(runner: QueryRunner, entries: readonly VocabEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const digests = new Map<string, string>();
  for (const row of await runner.run('vocabulary-digests', { ids: [...new Set(entries.map((entry) => entry.id))] })) {
    digests.set(asString(row['id']), asString(row['digest']));
  }
  const [state] = await runner.run('vocabulary-state');
  let sum = BigInt(asString(state?.['digestSum'] ?? '0'));
  const rows = new Map<string, { id: string; entry: string; digest: string }>();
  for (const entry of entries) {
    const json = JSON.stringify(entry);
    const digest = digestOf(json);
    const old = digests.get(entry.id);
    if (old === digest.toString()) continue;
    if (old !== undefined) sum -= BigInt(old);
    sum = (((sum + digest) % DIGEST_MODULUS) + DIGEST_MODULUS) % DIGEST_MODULUS;
    digests.set(entry.id, digest.toString());
    rows.set(entry.id, { id: entry.id, entry: json, digest: digest.toString() });
  }
  if (rows.size === 0) return;
  await runner.run('vocabulary-write', { rows: [...rows.values()] });
  await runner.run('vocabulary-sum-write', { digestSum: sum.toString() });
  await bumpDataVersion(runner);
}
