import type { EntityKind } from '../../domain/kinds.js';
import { readTable, splitList } from '../files.js';
import type { LoadedRecord } from '../model.js';
import { makeEntry } from '../model.js';

/**
 * DrugBank open vocabulary (CC0): "DrugBank ID" → DRUGBANK:DBxxxxx, "Common name", synonyms
 * separated by " | " (a bare "|" can occur inside a chemical name, so only the spaced form
 * splits), CAS and UNII codes as xrefs.
 */
export async function* loadDrugbank(path: string, options: { kind?: EntityKind } = {}): AsyncGenerator<LoadedRecord> {
  for await (const row of readTable(path, { delimiter: ',' })) {
    const code = row['DrugBank ID']?.trim();
    const name = row['Common name']?.trim();
    if (!code || !name) continue;
    const entry = makeEntry({
      id: `DRUGBANK:${code}`,
      kind: options.kind ?? 'Drug',
      name,
      source: 'DrugBank',
      synonyms: splitList(row['Synonyms'], ' | ').map((synonym) => ({ name: synonym, scope: 'exact' as const })),
      xrefs: [
        ...splitList(row['CAS']).map((value) => `CAS:${value}`),
        ...splitList(row['UNII']).map((value) => `UNII:${value}`),
      ],
    });
    yield { entry, mode: 'primary' };
  }
}
