import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { Command } from 'commander';
import { badInput } from '../../domain/errors.js';
import { isEntityKind } from '../../domain/kinds.js';
import { isVocabFormat, VOCAB_FORMATS } from '../../lexicon/formats.js';
import { importVocabularyFile } from '../../lexicon/import.js';
import { vocabularyStats } from '../../lexicon/stats.js';
import type { CliContext } from '../context.js';

/** Official download locations of the open vocabularies (documented in `medkg vocab fetch --help`). */
export const OFFICIAL_RELEASES: readonly { readonly file: string; readonly url: string }[] = [
  { file: 'hgnc_complete_set.txt', url: 'https://storage.googleapis.com/public-download-files/hgnc/tsv/tsv/hgnc_complete_set.txt' },
  { file: 'hp.obo', url: 'https://github.com/obophenotype/human-phenotype-ontology/releases/latest/download/hp.obo' },
  { file: 'doid.obo', url: 'https://raw.githubusercontent.com/DiseaseOntology/HumanDiseaseOntology/main/src/ontology/doid.obo' },
  { file: 'HumanDO.tsv', url: 'https://raw.githubusercontent.com/DiseaseOntology/HumanDiseaseOntology/main/DOreports/HumanDO.tsv' },
  { file: 'allXREFinDO.tsv', url: 'https://raw.githubusercontent.com/DiseaseOntology/HumanDiseaseOntology/main/DOreports/allXREFinDO.tsv' },
  { file: 'symp.obo', url: 'https://raw.githubusercontent.com/DiseaseOntology/SymptomOntology/main/src/ontology/symp.obo' },
  { file: 'mondo.obo', url: 'https://github.com/monarch-initiative/mondo/releases/latest/download/mondo.obo' },
  { file: 'mondo.sssom.tsv', url: 'https://github.com/monarch-initiative/mondo/releases/latest/download/mondo.sssom.tsv' },
];

const FETCH_HELP = `
Downloads the open vocabularies from their official locations into DIR (default: <data>/vocab),
then import each with "medkg vocab import <file>":
${OFFICIAL_RELEASES.map((release) => `  ${release.file.padEnd(24)} ${release.url}`).join('\n')}
Not downloaded (licence or login required; fetch by hand, then import):
  DrugBank open vocabulary (CC0)  https://go.drugbank.com/releases/latest#open-data  (unzip the CSV)
  LOINC (free account)            https://loinc.org/downloads/
  GARD rare diseases              https://github.com/ncats/RDAS (RDAS_GARD/src/GARD.csv)
`;

async function download(url: string, path: string): Promise<void> {
  const response = await fetch(url);
  if (!response.ok || !response.body) throw badInput(`download failed: ${url} answered ${response.status}`);
  await pipeline(Readable.fromWeb(response.body as WebReadableStream<Uint8Array>), createWriteStream(path));
}

function registerImport(vocab: Command, context: CliContext): void {
  vocab
    .command('import <file>')
    .description('import a vocabulary file (plain or .gz) into the store; re-imports are idempotent')
    .option('--format <format>', `force the format (${Object.keys(VOCAB_FORMATS).join(', ')})`)
    .option('--kind <kind>', 'kind of the entries (Disease, Gene, Drug, Test, Phenotype, Procedure)')
    .action(async (file: string, options: { format?: string; kind?: string }) => {
      if (options.format !== undefined && !isVocabFormat(options.format)) throw badInput(`unknown format "${options.format}"`);
      if (options.kind !== undefined && !isEntityKind(options.kind)) throw badInput(`unknown kind "${options.kind}"`);
      const store = await context.store();
      const report = await importVocabularyFile(store, file, {
        ...(options.format !== undefined && isVocabFormat(options.format) ? { format: options.format } : {}),
        ...(options.kind !== undefined && isEntityKind(options.kind) ? { kind: options.kind } : {}),
      });
      context.stdout.write(
        `${report.file}: format ${report.format}, ${report.read} records read, ${report.upserted} entries written, ` +
          `${report.skipped} skipped, ${report.conflicts.length} conflicts\n`,
      );
      for (const conflict of report.conflicts.slice(0, 20)) context.stdout.write(`  conflict ${conflict.kind} ${conflict.id}: ${conflict.detail}\n`);
    });
}

function registerStats(vocab: Command, context: CliContext): void {
  vocab
    .command('stats')
    .description('number of vocabulary entries and names per kind and in total')
    .action(async () => {
      const stats = await vocabularyStats((await context.store()).vocabulary());
      context.stdout.write('kind\tentries\tnames\n');
      for (const kind of Object.keys(stats.byKind).sort()) {
        const row = stats.byKind[kind] as { entries: number; names: number };
        context.stdout.write(`${kind}\t${row.entries}\t${row.names}\n`);
      }
      context.stdout.write(`total\t${stats.total.entries}\t${stats.total.names}\n`);
    });
}

function registerFetch(vocab: Command, context: CliContext): void {
  vocab
    .command('fetch')
    .description('download the open vocabularies (HGNC, HPO, DO, SYMP, Mondo) from their official locations')
    .option('--out <dir>', 'folder to download into (default: <data dir>/vocab)')
    .addHelpText('after', FETCH_HELP)
    .action(async (options: { out?: string }) => {
      const out = options.out ?? join(context.config().dataDir, 'vocab');
      await mkdir(out, { recursive: true });
      for (const release of OFFICIAL_RELEASES) {
        context.stdout.write(`downloading ${release.url}\n`);
        await download(release.url, join(out, release.file));
      }
      context.stdout.write(`done: import each file with "medkg vocab import ${out}/<file>"\n`);
    });
}

/** `medkg vocab import|stats|fetch`. */
export function registerVocabCommands(program: Command, context: CliContext): void {
  const vocab = program.command('vocab').description('standard vocabularies: import, stats, fetch');
  registerImport(vocab, context);
  registerStats(vocab, context);
  registerFetch(vocab, context);
}
