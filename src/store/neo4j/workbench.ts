import type { Predicate } from '../../domain/predicates.js';
import type { ReferenceRow, SuggestionDecision } from '../port.js';
import type { QueryRunner } from './executor.js';
import { bumpDataVersion } from './meta.js';
import { asNumber, asString, asStrings } from './records.js';

const BATCH = 2000;

/** Replaces one reference source's rows in the caller's transaction (row order kept as `ordinal`). */
export async function replaceReferenceRelations(runner: QueryRunner, source: string, rows: readonly ReferenceRow[]): Promise<void> {
  await runner.run('reference-delete-source', { source });
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH).map((row, index) => ({ ...row, objectAlternatives: [...row.objectAlternatives], source, ordinal: start + index }));
    await runner.run('reference-write', { rows: batch });
  }
  await bumpDataVersion(runner);
}

export async function referenceRelations(runner: QueryRunner, sources?: readonly string[]): Promise<ReferenceRow[]> {
  const rows = await runner.run('reference-read', { sources: sources === undefined ? null : [...sources] });
  return rows.map((row) => ({
    source: asString(row['source']),
    subject: asString(row['subject']),
    predicate: asString(row['predicate']) as Predicate,
    object: asString(row['object']),
    objectAlternatives: asStrings(row['objectAlternatives']),
    subjectLabel: asString(row['subjectLabel']),
    objectLabel: asString(row['objectLabel']),
    classification: asString(row['classification']),
    strength: asNumber(row['strength']),
    refutes: row['refutes'] === true,
  }));
}

export async function recordDecision(runner: QueryRunner, decision: SuggestionDecision): Promise<void> {
  await runner.run('decision-write', { ...decision });
  await bumpDataVersion(runner);
}

export async function decisions(runner: QueryRunner): Promise<SuggestionDecision[]> {
  const rows = await runner.run('decisions-read');
  return rows.map((row) => ({
    suggestion: asString(row['suggestion']),
    kind: asString(row['kind']),
    verdict: asString(row['verdict']) === 'accepted' ? 'accepted' : 'rejected',
    editor: asString(row['editor']),
    reason: asString(row['reason']),
    at: asString(row['at']),
    detail: asString(row['detail']),
  }));
}
