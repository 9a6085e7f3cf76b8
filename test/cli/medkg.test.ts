// The `medkg` command as users run it: a real child process through bin/medkg.js (what npx
// medkg runs), on a temporary embedded store.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'medkg-cli-'));

function medkg(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(root, 'bin/medkg.js'), '--data', dataDir, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '' },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('medkg command', () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('lists its commands on --help', () => {
    const result = medkg('--help');
    expect(result.status).toBe(0);
    for (const command of ['ingest', 'export', 'serve', 'stats', 'suggest', 'vocab']) expect(result.stdout).toContain(command);
  });

  it('ingests an article, reports it in stats, and refuses a bad file in one line with a non-zero exit', () => {
    const empty = join(dataDir, 'empty.txt');
    writeFileSync(empty, '');
    const ingest = medkg('ingest', join(root, 'seed/articles/asthma.txt'), empty);
    expect(ingest.status).toBe(1);
    expect(ingest.stderr + ingest.stdout).toMatch(/empty\.txt.*empty/iu);
    const stats = medkg('stats', '--json');
    expect(stats.status).toBe(0);
    const parsed = JSON.parse(stats.stdout) as { articles: number; nodesByKind: Record<string, number> };
    expect(parsed.articles).toBe(1);
    expect(parsed.nodesByKind['Disease']).toBeGreaterThan(0);
  }, 240_000);

  it('names an invalid setting instead of printing a stack trace', () => {
    const result = spawnSync(process.execPath, [join(root, 'bin/medkg.js'), 'stats'], {
      encoding: 'utf8',
      env: { PATH: process.env['PATH'] ?? '', MEDKG_PORT: 'not-a-port' },
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('MEDKG_PORT');
    expect(result.stderr).not.toMatch(/\n\s+at /u);
  });
});
