import type { EntityKind } from '../../domain/kinds.js';
import { curieFrom, normaliseCurie } from '../curies.js';
import { readTable, splitList } from '../files.js';
import type { LoadedRecord } from '../model.js';
import { makeEntry } from '../model.js';

/**
 * NCATS GARD rare-disease list (GARD.csv): GardID, DataSource, SourceID (ORPHA:… or OMIM:…,
 * kept as an xref, never merged: GARD ↔ Orphanet is a cross-reference), Name, Synonym (pipe
 * list, items may contain commas inside quotes).
 */
export async function* loadGard(path: string, options: { kind?: EntityKind } = {}): AsyncGenerator<LoadedRecord> {
  for await (const row of readTable(path, { delimiter: ',' })) {
    const id = row['GardID']?.trim();
    const name = row['Name']?.trim();
    if (!id || !name) continue;
    const entry = makeEntry({
      id,
      kind: options.kind ?? 'Disease',
      name,
      source: 'GARD',
      synonyms: splitList(row['Synonym']).map((synonym) => ({ name: synonym, scope: 'exact' as const })),
      xrefs: splitList(row['SourceID']).map(normaliseCurie),
    });
    yield { entry, mode: 'primary' };
  }
}

/**
 * GARD_xrefs.csv (GardID, XrefSource, SourceID, MapRelationship): cross-references added to
 * GARD entries already imported (rows carry no names, so an unknown GardID is skipped).
 */
export async function* loadGardXrefs(path: string, options: { kind?: EntityKind } = {}): AsyncGenerator<LoadedRecord> {
  let currentId: string | undefined;
  let xrefs: string[] = [];
  const flush = (): LoadedRecord | undefined => {
    if (!currentId || xrefs.length === 0) return undefined;
    const entry = makeEntry({ id: currentId, kind: options.kind ?? 'Disease', name: currentId, source: 'GARD', xrefs });
    return { entry, mode: 'patch' };
  };
  for await (const row of readTable(path, { delimiter: ',' })) {
    const id = row['GardID']?.trim();
    const source = row['XrefSource']?.trim();
    const code = row['SourceID']?.trim();
    if (!id || !source || !code) continue;
    if (id !== currentId) {
      const record = flush();
      if (record) yield record;
      currentId = id;
      xrefs = [];
    }
    xrefs.push(curieFrom(source, code));
  }
  const last = flush();
  if (last) yield last;
}
