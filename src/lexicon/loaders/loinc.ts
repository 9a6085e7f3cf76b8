import type { EntityKind } from '../../domain/kinds.js';
import { readTable } from '../files.js';
import type { LoadedRecord } from '../model.js';
import { makeEntry } from '../model.js';

/**
 * LOINC top-2000 lab results (and any LOINC table with the same columns): "LOINC #" →
 * LOINC:code, kind Test, the long common name as name and the short name as an abbreviation.
 * Rows repeat a code when it ranks in two lists; the repeats merge on import.
 */
export async function* loadLoinc(path: string, options: { kind?: EntityKind } = {}): AsyncGenerator<LoadedRecord> {
  for await (const row of readTable(path, { delimiter: ',' })) {
    const code = (row['LOINC #'] ?? row['LOINC_NUM'])?.trim();
    const name = (row['Long Common Name'] ?? row['LONG_COMMON_NAME'])?.trim();
    if (!code || !name) continue;
    const short = (row['Short Name'] ?? row['SHORTNAME'])?.trim();
    const entry = makeEntry({
      id: `LOINC:${code}`,
      kind: options.kind ?? 'Test',
      name,
      source: 'LOINC',
      synonyms: short ? [{ name: short, scope: 'abbreviation' }] : [],
    });
    yield { entry, mode: 'primary' };
  }
}
