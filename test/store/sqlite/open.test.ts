// The embedded store's file, settings and migrations (the SQLite-specific side of the port).
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../src/store/sqlite/migrations/migrations.js';
import { openSqliteStore } from '../../../src/store/sqlite/open.js';
import { osteopetrosis } from '../../fixtures/graphs/articles.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'medkg-open-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

it('creates medkg.sqlite in a missing data folder, in WAL mode, at the latest schema version', async () => {
  const dataDir = join(root, 'nested', 'data');
  const store = await openSqliteStore({ dataDir });
  expect(await store.schemaVersion()).toBe(LATEST_SCHEMA_VERSION);
  await store.close();
  expect(existsSync(join(dataDir, 'medkg.sqlite'))).toBe(true);
  const raw = new Database(join(dataDir, 'medkg.sqlite'));
  expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
  expect(raw.prepare('SELECT max(version) FROM schema_version').pluck().get()).toBe(LATEST_SCHEMA_VERSION);
  raw.close();
});

it('applies migrations once: reopening keeps data and records each version once', async () => {
  const first = await openSqliteStore({ dataDir: root });
  await first.replaceArticle(osteopetrosis);
  await first.close();
  const second = await openSqliteStore({ dataDir: root });
  expect((await second.articleHashes()).size).toBe(1);
  await second.close();
  const raw = new Database(join(root, 'medkg.sqlite'));
  expect(raw.prepare('SELECT count(*) FROM schema_version').pluck().get()).toBe(LATEST_SCHEMA_VERSION);
  raw.close();
});

it('migrates a version-1 store forward at open, keeping its data searchable', async () => {
  const raw = new Database(join(root, 'medkg.sqlite'));
  raw.exec('CREATE TABLE schema_version (version INTEGER NOT NULL)');
  raw.exec(MIGRATIONS[0]?.sql ?? '');
  raw.prepare('INSERT INTO schema_version (version) VALUES (1)').run();
  raw.close();
  const store = await openSqliteStore({ dataDir: root });
  expect(await store.schemaVersion()).toBe(LATEST_SCHEMA_VERSION);
  await store.replaceArticle(osteopetrosis);
  const candidates = await store.searchCandidates('osteopetrsis', ['Disease'], 5);
  expect(candidates.map((candidate) => candidate.node.id)).toEqual(['DOID:13533']);
  await store.close();
});

it('refuses to open a store written by a newer medkg with STORE_TOO_NEW', async () => {
  const store = await openSqliteStore({ dataDir: root });
  await store.close();
  const raw = new Database(join(root, 'medkg.sqlite'));
  raw.prepare('INSERT INTO schema_version (version) VALUES (?)').run(LATEST_SCHEMA_VERSION + 1);
  raw.close();
  await expect(openSqliteStore({ dataDir: root })).rejects.toMatchObject({ code: 'STORE_TOO_NEW' });
});

it('enforces foreign keys on its connection: evidence cannot point at a missing edge', async () => {
  const store = await openSqliteStore({ dataDir: root });
  await store.replaceArticle(osteopetrosis);
  await store.close();
  // A second writer with the same settings as the store, to show the schema's keys hold.
  const raw = new Database(join(root, 'medkg.sqlite'));
  raw.pragma('foreign_keys = ON');
  expect(() =>
    raw
      .prepare(
        `INSERT INTO evidence (subject, predicate, object, article, section, sentence, start_offset, end_offset, sources, extractor, extractor_version, weight)
         VALUES ('HGNC:1884', 'TREATS', 'DOID:13533', 'osteopetrosis', 'summary', 's', 0, 1, '[]', 'x', '1', 0.5)`,
      )
      .run(),
  ).toThrow(/FOREIGN KEY/u);
  expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
  raw.close();
});

it('reports STORE_UNAVAILABLE when the data folder cannot be created', async () => {
  const blocker = join(root, 'file');
  const raw = new Database(blocker);
  raw.close();
  await expect(openSqliteStore({ dataDir: join(blocker, 'data') })).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
});
