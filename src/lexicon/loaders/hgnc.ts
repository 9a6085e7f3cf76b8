import type { EntityKind } from '../../domain/kinds.js';
import type { VocabSynonym } from '../../domain/vocabulary.js';
import { readTable, splitList } from '../files.js';
import type { LoadedRecord } from '../model.js';
import { makeEntry } from '../model.js';

/**
 * HGNC complete set (TSV): one Gene per approved HGNC id, named by its symbol; the full gene
 * name is an exact synonym, alias and previous symbols keep their own scopes (an alias shared
 * by two genes is resolved later, by the matcher's context rules), alias and previous names
 * are related synonyms. Multi-valued cells are quoted pipe lists ("TIRC7|OC-116").
 */
export async function* loadHgnc(path: string, options: { kind?: EntityKind } = {}): AsyncGenerator<LoadedRecord> {
  for await (const row of readTable(path, { delimiter: '\t' })) {
    const id = row['hgnc_id']?.trim();
    const symbol = row['symbol']?.trim();
    if (!id || !symbol) continue;
    if (row['status'] && row['status'].trim() !== 'Approved') continue;
    const synonyms: VocabSynonym[] = [];
    if (row['name']) synonyms.push({ name: row['name'].trim(), scope: 'exact' });
    for (const alias of splitList(row['alias_symbol'])) synonyms.push({ name: alias, scope: 'alias_symbol' });
    for (const previous of splitList(row['prev_symbol'])) synonyms.push({ name: previous, scope: 'previous_symbol' });
    for (const name of [...splitList(row['alias_name']), ...splitList(row['prev_name'])]) {
      synonyms.push({ name, scope: 'related' });
    }
    const xrefs = [
      ...splitList(row['entrez_id']).map((value) => `NCBIGene:${value}`),
      ...splitList(row['ensembl_gene_id']).map((value) => `ENSEMBL:${value}`),
      ...splitList(row['omim_id']).map((value) => `OMIM:${value}`),
      ...splitList(row['orphanet']).map((value) => `ORPHA:${value}`),
    ];
    const entry = makeEntry({ id, kind: options.kind ?? 'Gene', name: symbol, source: 'HGNC', synonyms, xrefs });
    yield { entry, mode: 'primary' };
  }
}
