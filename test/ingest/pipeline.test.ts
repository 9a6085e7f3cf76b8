// The pipeline and batch runner end to end on the real SQLite store: good files land, bad ones
// (empty, binary, over the size limit) fail with one line naming the file and the reason and
// never reach the store, unchanged articles are skipped, --prune unpublishes, rebuild re-derives
// from stored text. Articles are written to a temp folder at run time (ARO facts).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildArticles } from '../../src/ingest/batch/rebuild.js';
import { runBatch } from '../../src/ingest/batch/runner.js';
import { expandSources } from '../../src/ingest/batch/sources.js';
import type { ProgressEvent } from '../../src/ingest/batch/types.js';
import { jsonLinesReporter } from '../../src/ingest/batch/progress.js';
import { ingestBytes, ingestBytesIncremental } from '../../src/ingest/pipeline.js';
import { loadSiteProfile } from '../../src/ingest/profile/load.js';
import { vocabEntrySchema } from '../../src/domain/vocabulary.js';
import { createLexicon } from '../../src/lexicon/create.js';
import type { GraphStore } from '../../src/store/port.js';
import { openSqliteStore } from '../../src/store/sqlite/open.js';
import { ARO_TEXT, ARO_VOCABULARY, aroLexicon } from './article-fixture.js';

const OSTEOPETROSIS_MD = `---
title: "Autosomal Dominant Osteopetrosis Type 2 (ADO2)"
slug: autosomal-dominant-osteopetrosis-type-2
category: Diseases
---

# Autosomal Dominant Osteopetrosis Type 2 (ADO2)

## Definition

Autosomal dominant osteopetrosis type 2 (ADO2) is an inherited bone condition. NCBI

## Causes

ADO2 is caused by a change in one copy of the CLCN7 gene. NCBI+2PMC+2

## Symptoms and signs

1. Osteomyelitis of the jaw — infection of the jaw bone.
`;

describe('ingest batch', () => {
  let dir: string;
  let store: GraphStore;
  const profile = loadSiteProfile();
  const lexicon = aroLexicon();
  const options = { profile, lexicon, maxBytes: 20_000 };

  function load(file: string, isUnchanged: (slug: string, hash: string) => boolean) {
    return readFile(file).then((bytes) => ingestBytesIncremental(bytes, file, options, isUnchanged));
  }

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'medkg-batch-'));
    store = await openSqliteStore({ dataDir: join(dir, 'data'), clock: () => new Date('2024-06-01T00:00:00Z') });
    await writeFile(join(dir, 'autosomal-recessive-osteopetrosis.txt'), ARO_TEXT);
    await writeFile(join(dir, 'ado2.md'), OSTEOPETROSIS_MD);
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0]));
    await writeFile(join(dir, 'huge.txt'), `Huge article\n\nDefinition\n\n${'Bone. '.repeat(5000)}`);
  });

  afterAll(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('lands every good file and reports each bad one in one line naming it, without storing it', async () => {
    const events: string[] = [];
    const files = await expandSources([dir]);
    const report = await runBatch({ files, sink: store, load, progress: jsonLinesReporter({ write: (line: string) => events.push(line) }) });
    expect(report.ok).toEqual(['autosomal-dominant-osteopetrosis-type-2', 'autosomal-recessive-osteopetrosis']);
    expect(report.failed.map((failure) => failure.file.split('/').at(-1))).toEqual(['binary.txt', 'empty.txt', 'huge.txt']);
    for (const failure of report.failed) expect(failure.reason).toMatch(/^[^\n]+$/u);
    expect(report.failed.map((failure) => failure.reason).join(' ')).toMatch(/empty.*over the limit|binary.*empty.*limit/su);
    expect([...(await store.articleHashes()).keys()].sort()).toEqual(report.ok);
    expect(report.nodesByKind).toMatchObject({ Article: 2, Gene: 4 });
    expect(report.edgesByPredicate.GENE_ASSOCIATED_WITH).toBeGreaterThanOrEqual(4);
    const parsed = events.map((line) => JSON.parse(line) as { event: string } & Partial<ProgressEvent>);
    expect(parsed.filter((event) => event.event === 'file')).toHaveLength(files.length);
    expect(parsed.find((event) => event.outcome === 'failed')?.reason).toBeTruthy();
  });

  it('skips articles whose content hash is unchanged, and re-derives them when the lexicon changes', async () => {
    const files = [join(dir, 'autosomal-recessive-osteopetrosis.txt'), join(dir, 'ado2.md')];
    const again = await runBatch({ files, sink: store, load });
    expect(again.unchanged).toEqual(['autosomal-dominant-osteopetrosis-type-2', 'autosomal-recessive-osteopetrosis']);
    expect(again.ok).toEqual([]);
    // One more vocabulary entry: a new lexicon version, so every article is derived again.
    const updated = createLexicon([...ARO_VOCABULARY, vocabEntrySchema.parse({ id: 'HP:0002315', kind: 'Phenotype', name: 'Headache', synonyms: [{ name: 'head pain', scope: 'layperson' }], source: 'test' })]);
    expect(updated.version).not.toBe(lexicon.version);
    const withNewLexicon = await runBatch({
      files,
      sink: store,
      load: async (file, isUnchanged) => ingestBytesIncremental(await readFile(file), file, { ...options, lexicon: updated }, isUnchanged),
    });
    expect(withNewLexicon.ok).toHaveLength(2);
  });

  it('derives the same graph from the same bytes every time', async () => {
    const bytes = await readFile(join(dir, 'autosomal-recessive-osteopetrosis.txt'));
    expect(ingestBytes(bytes, 'a.txt', options)).toEqual(ingestBytes(bytes, 'a.txt', options));
  });

  it('prunes stored articles no source yields any more, but not when a file failed', async () => {
    const only = [join(dir, 'autosomal-recessive-osteopetrosis.txt')];
    const refused = await runBatch({ files: [...only, join(dir, 'empty.txt')], sink: store, load, prune: true });
    expect(refused.pruned).toEqual([]);
    expect(refused.pruneSkipped).toMatch(/failed/u);
    const pruned = await runBatch({ files: only, sink: store, load, prune: true });
    expect(pruned.pruned).toEqual(['autosomal-dominant-osteopetrosis-type-2']);
    expect([...(await store.articleHashes()).keys()]).toEqual(['autosomal-recessive-osteopetrosis']);
  });

  it('rebuilds every stored article from its stored text to the same clinical edges', async () => {
    const before = (await store.stats()).edgesByPredicate;
    const report = await rebuildArticles({ store, lexicon });
    expect(report.ok).toEqual(['autosomal-recessive-osteopetrosis']);
    expect(report.failed).toEqual([]);
    const after = (await store.stats()).edgesByPredicate;
    for (const predicate of ['GENE_ASSOCIATED_WITH', 'HAS_PHENOTYPE', 'TREATS', 'DIAGNOSES']) expect(after[predicate]).toBe(before[predicate]);
    const second = await rebuildArticles({ store, lexicon });
    expect(second.unchanged).toEqual(['autosomal-recessive-osteopetrosis']);
  });
});
