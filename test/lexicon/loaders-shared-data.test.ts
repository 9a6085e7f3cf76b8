import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openVocabulary } from '../../src/lexicon/formats.js';
import type { LoadedRecord } from '../../src/lexicon/model.js';
import { SHARED_VOCAB, hasSharedVocab } from './support.js';

/** Loads a real shared vocabulary file, counting records per mode and keeping a few by id. */
async function summarise(file: string, keep: readonly string[]): Promise<{ format: string; counts: Record<string, number>; kept: Map<string, LoadedRecord> }> {
  const { format, records } = await openVocabulary(join(SHARED_VOCAB, file));
  const counts: Record<string, number> = {};
  const kept = new Map<string, LoadedRecord>();
  for await (const record of records) {
    counts[record.mode] = (counts[record.mode] ?? 0) + 1;
    if (keep.includes(record.entry.id) && record.mode !== 'patch') kept.set(record.entry.id, record);
  }
  return { format, counts, kept };
}

describe.skipIf(!hasSharedVocab)('loaders on the shared vocabulary files', () => {
  it('reads every live term of doid.obo 2024-01-31 and the replaced_by links', async () => {
    const { format, counts, kept } = await summarise('doid.obo.gz', ['DOID:13533']);
    expect(format).toBe('obo');
    expect(counts['primary']).toBe(11_501);
    expect(counts['patch']).toBeGreaterThan(0);
    expect(kept.get('DOID:13533')?.entry.name).toBe('osteopetrosis');
  });

  it('reads hp.obo 2017-04-13 (12,226 live terms) as Phenotypes', async () => {
    const { counts, kept } = await summarise('hp.obo.gz', ['HP:0011002']);
    expect(counts['primary']).toBe(12_226);
    expect(kept.get('HP:0011002')?.entry).toMatchObject({ kind: 'Phenotype', name: 'Osteopetrosis' });
  });

  it('reads symp.obo (895 live terms)', async () => {
    const { counts } = await summarise('symp.obo', []);
    expect(counts['primary']).toBe(895);
  });

  it('reads all 43,882 HGNC genes with their quoted pipe lists', async () => {
    const { format, counts, kept } = await summarise('hgnc_complete_set.trimmed.tsv.gz', ['HGNC:11647']);
    expect(format).toBe('hgnc');
    expect(counts['primary']).toBe(43_882);
    expect(kept.get('HGNC:11647')?.entry.synonyms).toContainEqual({ name: 'OC116', scope: 'alias_symbol' });
  });

  it.each([
    ['GARD.csv.gz', 'gard', 'primary', 12_004],
    ['GARD_xrefs.csv.gz', 'gard-xrefs', 'patch', 11_997],
    ['drugbank_vocabulary.csv.gz', 'drugbank', 'primary', 19_853],
    ['loinc_top2000_common_lab_results_us.csv', 'loinc', 'primary', 2_181],
    ['hp_layperson-synonyms.tsv', 'hpo-layperson', 'augment', 7_186],
    ['mondo_mappings.trimmed.sssom.tsv.gz', 'sssom', 'primary', 25_134],
    ['do_HumanDO.tsv.gz', 'do-humando', 'augment', 12_296],
  ])('reads %s as %s (%s records: %i)', async (file, expectedFormat, mode, count) => {
    const { format, counts } = await summarise(file, []);
    expect(format).toBe(expectedFormat);
    expect(counts[mode]).toBe(count);
  });

  it('reads allXREFinDO grouped per DOID', async () => {
    const { format, counts } = await summarise('do_allXREFinDO.tsv.gz', []);
    expect(format).toBe('do-xrefs');
    expect(counts['augment']).toBeGreaterThanOrEqual(11_559);
  });
});
