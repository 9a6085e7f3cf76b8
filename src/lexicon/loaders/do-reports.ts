import type { EntityKind } from '../../domain/kinds.js';
import { normaliseCurie } from '../curies.js';
import { readTable } from '../files.js';
import type { LoadedRecord } from '../model.js';
import { makeEntry } from '../model.js';

/**
 * Disease Ontology report HumanDO.tsv (id, label, subClassOf = the parent's LABEL): DOIDs as
 * augment records, so terms newer than the imported doid.obo appear and existing ones keep the
 * OBO's richer data. Parents are resolved label → id within the report, which is why the
 * report (a few thousand rows) is read whole.
 */
export async function* loadDoHumanDo(path: string, options: { kind?: EntityKind } = {}): AsyncGenerator<LoadedRecord> {
  const rows: { id: string; label: string; parent: string }[] = [];
  const idByLabel = new Map<string, string>();
  for await (const row of readTable(path, { delimiter: '\t' })) {
    const id = row['id']?.trim();
    const label = row['label']?.trim();
    if (!id || !label) continue;
    rows.push({ id, label, parent: row['subClassOf']?.trim() ?? '' });
    if (!idByLabel.has(label)) idByLabel.set(label, id);
  }
  for (const row of rows) {
    const parent = idByLabel.get(row.parent);
    const entry = makeEntry({
      id: row.id,
      kind: options.kind ?? 'Disease',
      name: row.label,
      source: 'DO',
      parents: parent ? [parent] : [],
    });
    yield { entry, mode: 'augment' };
  }
}

/** Disease Ontology report allXREFinDO.tsv (id, label, xref): xrefs added to DOID entries. */
export async function* loadDoXrefs(path: string, options: { kind?: EntityKind } = {}): AsyncGenerator<LoadedRecord> {
  let current: { id: string; label: string; xrefs: string[] } | undefined;
  const flush = (): LoadedRecord | undefined =>
    current && {
      entry: makeEntry({ id: current.id, kind: options.kind ?? 'Disease', name: current.label, source: 'DO', xrefs: current.xrefs }),
      mode: 'augment',
    };
  for await (const row of readTable(path, { delimiter: '\t' })) {
    const id = row['id']?.trim();
    const xref = row['xref']?.trim();
    if (!id || !xref) continue;
    if (id !== current?.id) {
      const record = flush();
      if (record) yield record;
      current = { id, label: row['label']?.trim() || id, xrefs: [] };
    }
    current.xrefs.push(normaliseCurie(xref));
  }
  const last = flush();
  if (last) yield last;
}
