import type { QueryRunner } from './executor.js';
import { asNumber } from './records.js';

/**
 * Bumps the data version (and, for article writes, the last ingest time). Called inside every
 * write transaction, so a reader never sees new data under an old version.
 */
export async function bumpDataVersion(runner: QueryRunner, ingestAt?: Date): Promise<void> {
  await runner.run('data-version-bump', { ingestAt: ingestAt?.toISOString() ?? null });
}

export async function readDataVersion(runner: QueryRunner): Promise<string> {
  const [row] = await runner.run('data-version-read');
  return String(asNumber(row?.['version'] ?? 0));
}
