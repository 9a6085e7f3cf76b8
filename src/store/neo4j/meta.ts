import type { QueryRunner } from './executor.js';
import { asNumber } from './records.js';

/**
 * Bumps the data version (and, for article writes, the last ingest time). Called inside every
 * write transaction, so a reader never sees new data under an old version; a group of article
 * writes bumps it once per article.
 */
export async function bumpDataVersion(runner: QueryRunner, ingestAt?: Date, increment = 1): Promise<void> {
  await runner.run('data-version-bump', { ingestAt: ingestAt?.toISOString() ?? null, increment });
}

export async function readDataVersion(runner: QueryRunner): Promise<string> {
  const [row] = await runner.run('data-version-read');
  return String(asNumber(row?.['version'] ?? 0));
}
