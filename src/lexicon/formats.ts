import { basename } from 'node:path';
import { badInput } from '../domain/errors.js';
import type { EntityKind } from '../domain/kinds.js';
import { readHead } from './files.js';
import { loadDoHumanDo, loadDoXrefs } from './loaders/do-reports.js';
import { loadDrugbank } from './loaders/drugbank.js';
import { loadGard, loadGardXrefs } from './loaders/gard.js';
import { loadHgnc } from './loaders/hgnc.js';
import { loadKgxNodes } from './loaders/kgx.js';
import { loadHpoLayperson } from './loaders/layperson.js';
import { loadLoinc } from './loaders/loinc.js';
import { loadObo } from './loaders/obo.js';
import { loadSimpleTsv } from './loaders/simple-tsv.js';
import { loadSssom } from './loaders/sssom.js';
import type { LoadedRecord } from './model.js';

export interface LoaderOptions {
  /** Overrides the kind the source's entries default to. */
  readonly kind?: EntityKind;
}

type Loader = (path: string, options: LoaderOptions) => AsyncGenerator<LoadedRecord>;

/** Every vocabulary file shape medkg reads, by the name `--format` takes. */
export const VOCAB_FORMATS = {
  obo: loadObo,
  hgnc: loadHgnc,
  'kgx-nodes': loadKgxNodes,
  'simple-tsv': loadSimpleTsv,
  gard: loadGard,
  'gard-xrefs': loadGardXrefs,
  drugbank: loadDrugbank,
  loinc: loadLoinc,
  'hpo-layperson': loadHpoLayperson,
  sssom: loadSssom,
  'do-humando': loadDoHumanDo,
  'do-xrefs': loadDoXrefs,
} as const satisfies Record<string, Loader>;

export type VocabFormat = keyof typeof VOCAB_FORMATS;

export function isVocabFormat(value: string): value is VocabFormat {
  return Object.hasOwn(VOCAB_FORMATS, value);
}

/** Header columns → format; the first rule whose columns are all present wins. */
const HEADER_RULES: readonly (readonly [VocabFormat, readonly string[]])[] = [
  ['hgnc', ['hgnc_id', 'symbol']],
  ['sssom', ['subject_id', 'predicate_id', 'object_id']],
  ['gard-xrefs', ['GardID', 'XrefSource']],
  ['gard', ['GardID', 'Name']],
  ['drugbank', ['DrugBank ID', 'Common name']],
  ['loinc', ['LOINC #']],
  ['loinc', ['LOINC_NUM']],
  ['hpo-layperson', ['?term', '?layperson']],
  ['do-humando', ['id', 'label', 'subClassOf']],
  ['do-xrefs', ['id', 'label', 'xref']],
  ['kgx-nodes', ['id', 'category']],
  ['simple-tsv', ['id', 'kind', 'name']],
  ['simple-tsv', ['id', 'name']],
];

function headerColumns(line: string): string[] {
  const delimiter = line.includes('\t') ? '\t' : ',';
  return line.split(delimiter).map((cell) => cell.trim().replace(/^\uFEFF/u, '').replace(/^"|"$/gu, ''));
}

/** Detects a file's format from its first lines (OBO header, table header) and its name. */
export async function detectFormat(path: string): Promise<VocabFormat> {
  const name = basename(path).toLowerCase().replace(/\.gz$/u, '');
  const head = (await readHead(path, 40)).filter((line) => line.trim() !== '');
  const first = head[0] ?? '';
  if (name.endsWith('.obo') || first.startsWith('format-version:') || first.startsWith('[Term]')) return 'obo';
  const header = head.find((line) => !line.startsWith('#'));
  if (header) {
    const columns = new Set(headerColumns(header));
    for (const [format, required] of HEADER_RULES) {
      if (required.every((column) => columns.has(column))) return format;
    }
  }
  throw badInput(`cannot tell the vocabulary format of ${basename(path)}; pass --format (${Object.keys(VOCAB_FORMATS).join(', ')})`);
}

/** The records of a vocabulary file, streamed, in the given or detected format. */
export async function openVocabulary(
  path: string,
  options: LoaderOptions & { format?: VocabFormat } = {},
): Promise<{ format: VocabFormat; records: AsyncGenerator<LoadedRecord> }> {
  const format = options.format ?? (await detectFormat(path));
  const loader: Loader = VOCAB_FORMATS[format];
  return { format, records: loader(path, options.kind ? { kind: options.kind } : {}) };
}
