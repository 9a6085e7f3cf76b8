import type { EntityKind } from '../../domain/kinds.js';
import { isEntityKind } from '../../domain/kinds.js';
import { badInput } from '../../domain/errors.js';
import type { SynonymScope, VocabSynonym } from '../../domain/vocabulary.js';
import { SYNONYM_SCOPES } from '../../domain/vocabulary.js';
import { kindForId } from '../curies.js';
import { readTable, splitList } from '../files.js';
import type { LoadedRecord } from '../model.js';
import { makeEntry } from '../model.js';

/**
 * The simple TSV editors keep their own lists in: columns id, kind, name, synonyms (pipe list;
 * an item may carry its scope as "brand:Actimmune"), and optionally xrefs, parents, source.
 * A missing kind falls back to `--kind`, then to the id's prefix.
 */
export async function* loadSimpleTsv(path: string, options: { kind?: EntityKind } = {}): AsyncGenerator<LoadedRecord> {
  let line = 1;
  for await (const row of readTable(path, { delimiter: '\t', quoted: false })) {
    line += 1;
    const id = row['id']?.trim();
    const name = row['name']?.trim();
    if (!id || !name) continue;
    const kind = options.kind ?? parseKind(row['kind'], id, line);
    const entry = makeEntry({
      id,
      kind,
      name,
      source: row['source']?.trim() || 'simple-tsv',
      synonyms: splitList(row['synonyms']).map(parseSynonym),
      xrefs: splitList(row['xrefs']),
      parents: splitList(row['parents']),
    });
    yield { entry, mode: 'primary' };
  }
}

function parseKind(cell: string | undefined, id: string, line: number): EntityKind {
  const value = cell?.trim();
  if (value && isEntityKind(value)) return value;
  const byPrefix = kindForId(id);
  if (!value && byPrefix) return byPrefix;
  throw badInput(`line ${line}: unknown kind "${value ?? ''}" for ${id}`, { line, id });
}

/** "brand:Actimmune" → brand synonym; a plain item is an exact synonym. */
export function parseSynonym(item: string): VocabSynonym {
  const colon = item.indexOf(':');
  if (colon > 0) {
    const scope = item.slice(0, colon);
    if ((SYNONYM_SCOPES as readonly string[]).includes(scope)) {
      return { name: item.slice(colon + 1).trim(), scope: scope as SynonymScope };
    }
  }
  return { name: item, scope: 'exact' };
}
