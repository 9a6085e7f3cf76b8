// A process killed with SIGKILL in the middle of an ingest leaves a store that opens, passes
// SQLite's integrity check and holds every article committed before the kill, complete.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, expect, it } from 'vitest';
import { openSqliteStore } from '../../../src/store/sqlite/open.js';
import { osteopetrosis } from '../../fixtures/graphs/articles.js';
import { copyArticle } from './copies.js';

const CHILD = fileURLToPath(new URL('./crash-child.ts', import.meta.url));
const COMMITS_BEFORE_KILL = 30;

let dataDir: string | null = null;
afterEach(async () => {
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  dataDir = null;
});

/** Runs the child until it has reported `commits` commits, then SIGKILLs it; returns the reported slugs. */
function ingestThenKill(dir: string, commits: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    const committed: string[] = [];
    let buffered = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('committed ')) committed.push(line.slice('committed '.length));
      if (committed.length >= commits && child.exitCode === null && !child.killed) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(committed);
      else reject(new Error(`child ended by itself (code ${code}): ${stderr}`));
    });
  });
}

it('keeps every committed article after the ingesting process is killed with SIGKILL', { timeout: 120_000 }, async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'medkg-crash-'));
  const committed = await ingestThenKill(dataDir, COMMITS_BEFORE_KILL);
  expect(committed.length).toBeGreaterThanOrEqual(COMMITS_BEFORE_KILL);

  const raw = new Database(join(dataDir, 'medkg.sqlite'));
  expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
  raw.close();

  const store = await openSqliteStore({ dataDir });
  try {
    const hashes = await store.articleHashes();
    for (const slug of committed) expect(hashes.get(slug), slug).toBe(`${slug}-hash`);
    // At most the one article in flight at the kill may be missing; nothing half-written appears.
    expect(hashes.size - committed.length).toBeLessThanOrEqual(1);
    for (const slug of hashes.keys()) {
      const expected = copyArticle(osteopetrosis, slug);
      const [record] = await store.getArticles([slug]);
      expect(record).toEqual(expected.article);
      const entities = (await store.articleEntities([slug])).get(slug) ?? [];
      expect(entities).toHaveLength(expected.edges.filter((edge) => edge.predicate === 'MENTIONS' || edge.predicate === 'ABOUT').length);
      const evidence = await store.edgeEvidence(expected.edges);
      expected.edges.forEach((edge, index) => {
        expect(evidence[index]?.filter((item) => item.article === slug), `${slug} ${edge.predicate}`).toEqual(edge.evidence);
      });
    }
  } finally {
    await store.close();
  }
});
