import { createReadStream, existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SHARED_VOCAB, hasSharedVocab } from './support.js';

// The vocabulary fixtures are ours: real identifiers and names, but rows, selection and free
// text written for these tests. The shared vocabulary files are reference only, so no data line
// of a fixture may be a line of the shared file it imitates.

const FIXTURES = fileURLToPath(new URL('../fixtures/vocab/', import.meta.url));

/** Each fixture → the shared file of the same format, or null when the shared folder has none. */
const SHARED_SOURCE: Readonly<Record<string, string | null>> = {
  'do-humando-sample.tsv': 'do_HumanDO.tsv.gz',
  'do-xrefs-sample.tsv': 'do_allXREFinDO.tsv.gz',
  'doid-sample.obo': 'doid.obo.gz',
  'drugbank-sample.csv': 'drugbank_vocabulary.csv.gz',
  'editor-list.tsv': null,
  'gard-sample.csv': 'GARD.csv.gz',
  'gard-xrefs-sample.csv': 'GARD_xrefs.csv.gz',
  'hgnc-sample.tsv': 'hgnc_complete_set.trimmed.tsv.gz',
  'hp-layperson-sample.tsv': 'hp_layperson-synonyms.tsv',
  'hp-sample.obo': 'hp.obo.gz',
  'kgx-nodes-sample.tsv': null,
  'loinc-sample.csv': 'loinc_top2000_common_lab_results_us.csv',
  'mondo-sample.sssom.tsv': 'mondo_mappings.trimmed.sssom.tsv.gz',
};

/** Lines this short ("is_a: DOID:4254", "xref: ORDO:667") are bare facts any writer would repeat. */
const MIN_COMPARED_LENGTH = 25;

/**
 * OBO tags whose line states one fact in the only spelling OBO has for it (a name, a synonym
 * with its scope, an xref, a parent): a faithful fixture repeats such a line as a table fixture
 * repeats an id cell. Definitions, comments and all other tags are compared.
 */
const OBO_FACT_TAGS = new Set(['id', 'name', 'alt_id', 'synonym', 'xref', 'is_a', 'is_obsolete', 'replaced_by', 'consider', 'subset']);

function isOboFactLine(line: string): boolean {
  return OBO_FACT_TAGS.has(line.slice(0, line.indexOf(':')));
}

function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** Line endings and trailing blanks do not make a line a different one. */
function normalise(line: string): string {
  return line.replace(/^\uFEFF/u, '').trimEnd();
}

/**
 * The lines of a fixture that carry data: for OBO the lines inside stanzas except single-fact
 * tags (the header before the first stanza is ours), for tables every line after the column
 * header, comments skipped.
 */
function dataLines(name: string): Set<string> {
  const lines = fixtureText(name).split(/\r?\n/u).map(normalise);
  let body: string[];
  if (name.endsWith('.obo')) {
    const firstStanza = lines.findIndex((line) => line.startsWith('['));
    body = lines.slice(firstStanza < 0 ? lines.length : firstStanza).filter((line) => !line.startsWith('!') && !isOboFactLine(line));
  } else {
    const uncommented = lines.filter((line) => !line.startsWith('#'));
    body = uncommented.slice(1);
  }
  return new Set(body.filter((line) => line.length >= MIN_COMPARED_LENGTH));
}

function sharedLines(file: string): AsyncIterable<string> {
  const raw = createReadStream(join(SHARED_VOCAB, file));
  let input: Readable = raw;
  if (file.endsWith('.gz')) {
    const gunzip = createGunzip();
    raw.on('error', (error) => gunzip.destroy(error));
    input = raw.pipe(gunzip);
  }
  return createInterface({ input: input.setEncoding('utf8'), crlfDelay: Infinity });
}

/** Fixture lines found verbatim in the shared file, streamed so large files stay out of memory. */
async function linesFoundInShared(fixture: string, shared: string): Promise<string[]> {
  const candidates = dataLines(fixture);
  const found = new Set<string>();
  for await (const line of sharedLines(shared)) {
    const normalised = normalise(line);
    if (candidates.has(normalised)) found.add(normalised);
  }
  return [...found];
}

describe('vocabulary fixtures', () => {
  it('are each mapped to the shared file they imitate (or to none), so none escapes the check', () => {
    const present = readdirSync(FIXTURES).sort();
    expect(present).toEqual(Object.keys(SHARED_SOURCE).sort());
  });

  it.each(Object.keys(SHARED_SOURCE))('%s says it was written for medkg tests and was not copied', (name) => {
    const text = fixtureText(name);
    expect(text).toMatch(/fixture written for medkg tests/u);
    expect(text).not.toMatch(/copied from/iu);
  });

  it.each(Object.keys(SHARED_SOURCE))('%s has data lines long enough to compare', (name) => {
    expect(dataLines(name).size).toBeGreaterThan(0);
  });
});

const COMPARED = Object.entries(SHARED_SOURCE).filter((entry): entry is [string, string] => entry[1] !== null);

describe.skipIf(!hasSharedVocab)('vocabulary fixtures against the shared files (skipped when ../shared/data/vocab is absent)', () => {
  it.each(COMPARED)('%s repeats no data line of %s', async (fixture, shared) => {
    expect(existsSync(join(SHARED_VOCAB, shared)), `${shared} is missing from ${SHARED_VOCAB}`).toBe(true);
    expect(await linesFoundInShared(fixture, shared)).toEqual([]);
  });
});
