import type { EntityKind } from '../../domain/kinds.js';
import type { VocabSynonym } from '../../domain/vocabulary.js';
import { kindForId, normaliseCurie } from '../curies.js';
import { readTable } from '../files.js';
import type { LoadedRecord } from '../model.js';
import { isObsoleteLabel, makeEntry } from '../model.js';

/** A label that names a gland and nothing more ("Pituitary Gland", "Apocrine Sweat Gland"). */
const ORGAN_ONLY = /^(?:[A-Z][a-z]+\s+){1,3}Glands?$/u;

interface MappingRow {
  readonly object: string;
  readonly objectLabel: string;
  readonly predicate: string;
}

const EXACT = 'skos:exactMatch';

/**
 * Concept vocabularies whose one-to-one exact matches are equivalences worth resolving (an old
 * DOID or OMIM id then finds the Mondo entry). Classification codes (ICD-10, ICD-11) are
 * excluded even when one-to-one here: one such code means many diseases elsewhere.
 */
const EQUIVALENT_PREFIXES = new Set(['DOID', 'OMIM', 'OMIMPS', 'ORPHA', 'NCIT', 'MESH', 'UMLS', 'EFO', 'MEDGEN', 'SNOMEDCT']);

function prefixOf(curie: string): string {
  return curie.slice(0, curie.indexOf(':'));
}

/**
 * SSSOM mapping sets (Mondo): one entry per subject, named by subject_label. Only
 * `skos:exactMatch` rows where BOTH sides are one-to-one (the object maps to no other subject,
 * the subject to no other object of that prefix) make equivalences: the object id goes into
 * `replaces` (so lookups resolve it) and its label becomes an exact synonym. Every other row
 * (hasDbXref, closeMatch, one-to-many) is only an xref. The file is read whole first because
 * cardinality needs every row; it is a mapping table, not a term list.
 */
export async function* loadSssom(path: string, options: { kind?: EntityKind } = {}): AsyncGenerator<LoadedRecord> {
  const bySubject = new Map<string, { label: string; rows: MappingRow[] }>();
  const exactSubjectsOfObject = new Map<string, number>();
  for await (const row of readTable(path, { delimiter: '\t', quoted: false })) {
    const subject = row['subject_id']?.trim();
    const predicate = row['predicate_id']?.trim();
    const rawObject = row['object_id']?.trim();
    if (!subject || !predicate || !rawObject) continue;
    const object = normaliseCurie(rawObject);
    let group = bySubject.get(subject);
    if (!group) bySubject.set(subject, (group = { label: row['subject_label']?.trim() ?? '', rows: [] }));
    group.rows.push({ object, objectLabel: row['object_label']?.trim() ?? '', predicate });
    if (predicate === EXACT) exactSubjectsOfObject.set(object, (exactSubjectsOfObject.get(object) ?? 0) + 1);
  }
  for (const [subject, { label, rows }] of bySubject) {
    const kind = options.kind ?? kindForId(subject);
    if (!kind || !label) continue;
    yield { entry: subjectEntry(subject, label, kind, rows, exactSubjectsOfObject), mode: 'primary' };
  }
}

function subjectEntry(
  subject: string,
  label: string,
  kind: EntityKind,
  rows: readonly MappingRow[],
  exactSubjectsOfObject: ReadonlyMap<string, number>,
): ReturnType<typeof makeEntry> {
  const exactPerPrefix = new Map<string, number>();
  for (const row of rows) {
    if (row.predicate === EXACT) exactPerPrefix.set(prefixOf(row.object), (exactPerPrefix.get(prefixOf(row.object)) ?? 0) + 1);
  }
  const replaces: string[] = [];
  const synonyms: VocabSynonym[] = [];
  for (const row of rows) {
    const oneToOne =
      row.predicate === EXACT &&
      exactSubjectsOfObject.get(row.object) === 1 &&
      exactPerPrefix.get(prefixOf(row.object)) === 1;
    if (!oneToOne) continue;
    // A term Mondo has made obsolete ("obsolete endometrial hyperplasia") must not swallow
    // the live term another vocabulary still has for it (DOID's endometrial hyperplasia).
    if (EQUIVALENT_PREFIXES.has(prefixOf(row.object)) && !isObsoleteLabel(label)) replaces.push(row.object);
    // "Pituitary Gland" as NCIT's label for hypophysitis: a mapping to the organ, whose name is no name of the disease.
    if (row.objectLabel && !ORGAN_ONLY.test(row.objectLabel)) synonyms.push({ name: row.objectLabel, scope: 'exact' });
  }
  return makeEntry({
    id: subject,
    kind,
    name: label,
    source: prefixOf(subject),
    synonyms,
    xrefs: rows.map((row) => row.object),
    replaces,
  });
}
