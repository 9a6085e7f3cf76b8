/**
 * The vocabulary files of the shared data release (data/vocab/MANIFEST.md), in the order that
 * imports them best: primary sources first, then the files that add to their entries.
 */
export const SHARED_VOCAB_FILES: readonly string[] = [
  'hgnc_complete_set.trimmed.tsv.gz',
  'doid.obo.gz',
  'do_HumanDO.tsv.gz',
  'do_allXREFinDO.tsv.gz',
  'symp.obo',
  'hp.obo.gz',
  'hp_layperson-synonyms.tsv',
  'mondo_mappings.trimmed.sssom.tsv.gz',
  'GARD.csv.gz',
  'GARD_xrefs.csv.gz',
  'drugbank_vocabulary.csv.gz',
  'loinc_top2000_common_lab_results_us.csv',
];
