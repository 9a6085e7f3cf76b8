import type { EntityKind } from '../../domain/kinds.js';
import { BIOLINK_CATEGORY, ENTITY_KINDS } from '../../domain/kinds.js';
import { kindForId, normaliseCurie } from '../curies.js';
import { readTable, splitList } from '../files.js';
import type { LoadedRecord } from '../model.js';
import { makeEntry } from '../model.js';

/** Biolink category → our kind, from the one table in domain/kinds.ts plus common neighbours. */
const KIND_BY_CATEGORY = new Map<string, EntityKind>([
  ...ENTITY_KINDS.map((kind) => [BIOLINK_CATEGORY[kind], kind] as const),
  ['biolink:SmallMolecule', 'Drug'],
  ['biolink:ChemicalEntity', 'Drug'],
  ['biolink:MolecularMixture', 'Drug'],
  ['biolink:Protein', 'Gene'],
  ['biolink:DiseaseOrPhenotypicFeature', 'Disease'],
]);

function kindOf(categoryCell: string | undefined, id: string): EntityKind | undefined {
  for (const category of splitList(categoryCell)) {
    const kind = KIND_BY_CATEGORY.get(category);
    if (kind) return kind;
  }
  return kindForId(id);
}

/**
 * KGX nodes TSV (id, category, name, synonym, xref, description, provided_by): Biolink
 * categories map to our kinds; nodes of other categories are skipped unless `--kind` is given.
 */
export async function* loadKgxNodes(path: string, options: { kind?: EntityKind } = {}): AsyncGenerator<LoadedRecord> {
  for await (const row of readTable(path, { delimiter: '\t', quoted: false })) {
    const id = row['id']?.trim();
    const name = row['name']?.trim();
    if (!id || !name) continue;
    const kind = options.kind ?? kindOf(row['category'], id);
    if (!kind) continue;
    const entry = makeEntry({
      id,
      kind,
      name,
      source: splitList(row['provided_by'])[0] ?? 'KGX',
      description: row['description']?.trim(),
      synonyms: splitList(row['synonym']).map((synonym) => ({ name: synonym, scope: 'exact' as const })),
      xrefs: splitList(row['xref']).map(normaliseCurie),
    });
    yield { entry, mode: 'primary' };
  }
}
