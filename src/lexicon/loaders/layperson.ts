import type { EntityKind } from '../../domain/kinds.js';
import { readTable } from '../files.js';
import type { LoadedRecord } from '../model.js';
import { makeEntry } from '../model.js';

const HP_IRI = /HP_(\d{7})/u;

/**
 * HPO layperson synonym report (?term as an HP IRI in <>, ?term_label, ?layperson): adds
 * `layperson` synonyms ("Small uterus") to HP entries, creating the entry from its label when
 * hp.obo was not imported (yet).
 */
export async function* loadHpoLayperson(path: string, options: { kind?: EntityKind } = {}): AsyncGenerator<LoadedRecord> {
  for await (const row of readTable(path, { delimiter: '\t' })) {
    const number = HP_IRI.exec(row['?term'] ?? '')?.[1];
    const label = row['?term_label']?.trim();
    const layperson = row['?layperson']?.trim();
    if (!number || !label || !layperson) continue;
    const entry = makeEntry({
      id: `HP:${number}`,
      kind: options.kind ?? 'Phenotype',
      name: label,
      source: 'HPO',
      synonyms: [{ name: layperson, scope: 'layperson' }],
    });
    yield { entry, mode: 'augment' };
  }
}
