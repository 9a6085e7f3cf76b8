import { createHash } from 'node:crypto';
import { badInput } from '../../domain/errors.js';
import { type VocabEntry, vocabEntrySchema } from '../../domain/vocabulary.js';
import type { Db } from './database.js';
import { bumpDataVersion, getMeta, setMeta } from './meta.js';
import { sql, sqlValue } from './statements.js';

/** 2^52: digests are summed modulo this, so the version stays an exact JS number. */
const DIGEST_MODULUS = 2n ** 52n;

function digestOf(json: string): bigint {
  return BigInt(`0x${createHash('sha256').update(json).digest('hex').slice(0, 13)}`);
}

/**
 * The vocabulary version is the sum of the entries' digests: it depends on the content only
 * (not on the order of imports), changes with any entry, and is updated per entry without
 * rereading the whole vocabulary.
 */
export function vocabularyVersion(db: Db): string {
  const sum = BigInt(getMeta(db, 'vocabulary_digest_sum') ?? '0');
  const count = sqlValue(db, 'SELECT count(*) FROM vocabulary').get() as number;
  return `${count}-${sum.toString(16).padStart(13, '0')}`;
}

export function upsertVocabulary(db: Db, entries: readonly VocabEntry[]): void {
  const parsed = entries.map((entry) => {
    const result = vocabEntrySchema.safeParse(entry);
    if (!result.success) throw badInput(`invalid vocabulary entry ${String(entry.id)}: ${result.error.message}`);
    return result.data;
  });
  db.transaction(() => {
    const previous = sqlValue(db, 'SELECT digest FROM vocabulary WHERE id = ?');
    const write = sql(db, 
      'INSERT INTO vocabulary (id, entry, digest) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET entry = excluded.entry, digest = excluded.digest',
    );
    let sum = BigInt(getMeta(db, 'vocabulary_digest_sum') ?? '0');
    let changed = false;
    for (const entry of parsed) {
      const json = JSON.stringify(entry);
      const digest = digestOf(json);
      const old = previous.get(entry.id) as string | undefined;
      if (old === digest.toString()) continue;
      if (old !== undefined) sum -= BigInt(old);
      sum = (((sum + digest) % DIGEST_MODULUS) + DIGEST_MODULUS) % DIGEST_MODULUS;
      write.run(entry.id, json, digest.toString());
      changed = true;
    }
    if (!changed) return;
    setMeta(db, 'vocabulary_digest_sum', sum.toString());
    bumpDataVersion(db);
  }).immediate();
}

/** Every entry ordered by id, read row by row from the given (reader) connection. */
export function* iterateVocabulary(db: Db): Generator<VocabEntry> {
  for (const json of sqlValue(db, 'SELECT entry FROM vocabulary ORDER BY id').iterate()) {
    yield JSON.parse(json as string) as VocabEntry;
  }
}
