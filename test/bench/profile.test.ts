// The CPU-profile summary in BENCHMARKS.md's analysis: self time per frame and per file.
import { describe, expect, it } from 'vitest';
import type { CpuProfile } from '../../bench/lib/profile.js';
import { mergeProfiles, summariseProfile } from '../../bench/lib/profile.js';

const root = '/repo';
const frame = (functionName: string, url: string, lineNumber = 0) => ({ functionName, url, lineNumber });

// (root) → scan (src/lexicon/matcher.ts) → prepare (better-sqlite3), plus idle time.
const profile: CpuProfile = {
  startTime: 0,
  endTime: 10_000,
  nodes: [
    { id: 1, callFrame: frame('(root)', ''), children: [2, 4] },
    { id: 2, callFrame: frame('scan', 'file:///repo/src/lexicon/matcher.ts', 9), children: [3] },
    { id: 3, callFrame: frame('prepare', 'file:///repo/node_modules/better-sqlite3/lib/methods/wrappers.js', 4) },
    { id: 4, callFrame: frame('(idle)', '') },
  ],
  // Deltas in µs; each sample's time runs until the next sample.
  samples: [2, 2, 3, 4, 2],
  timeDeltas: [0, 1000, 1000, 1000, 1000],
};

describe('summariseProfile', () => {
  const summary = summariseProfile(profile, root);

  it('charges each interval to the frame that was running, with repository-relative names', () => {
    expect(summary.totalMs).toBe(4);
    expect(summary.topSelf[0]).toEqual({ frame: 'scan (src/lexicon/matcher.ts)', selfMs: 2, share: 0.5 });
    expect(summary.topSelf.map((item) => item.frame)).toContain('(idle)');
  });

  it('sums self time by file and folds node_modules paths into their package', () => {
    expect(summary.byFile.map((item) => [item.frame, item.selfMs])).toEqual([
      ['src/lexicon/matcher.ts', 2],
      ['(native)', 1],
      ['node_modules/better-sqlite3', 1],
    ]);
  });

  it('falls back to hit counts when the profile has no time deltas', () => {
    const counted = summariseProfile(
      { startTime: 0, endTime: 4000, nodes: [{ id: 1, callFrame: frame('f', 'file:///repo/a.ts'), hitCount: 3 }, { id: 2, callFrame: frame('g', 'file:///repo/b.ts'), hitCount: 1 }] },
      root,
    );
    expect(counted.topSelf).toEqual([
      { frame: 'f (a.ts)', selfMs: 3, share: 0.75 },
      { frame: 'g (b.ts)', selfMs: 1, share: 0.25 },
    ]);
  });
});

describe('mergeProfiles', () => {
  it('adds the self times of the profiles of both ingest phases without mixing up their nodes', () => {
    const merged = summariseProfile(mergeProfiles([profile, profile]), root);
    expect(merged.totalMs).toBe(8);
    expect(merged.topSelf[0]).toEqual({ frame: 'scan (src/lexicon/matcher.ts)', selfMs: 4, share: 0.5 });
    expect(merged.byFile.map((item) => [item.frame, item.selfMs])).toEqual([
      ['src/lexicon/matcher.ts', 4],
      ['(native)', 2],
      ['node_modules/better-sqlite3', 2],
    ]);
  });
});
