import { describe, expect, it } from 'vitest';
import { coalesceFreshReads } from '../../../src/store/neo4j/fresh-read.js';

/** A store whose reads see the version current when they start and answer when released. */
class SlowVersionedSource {
  version = 0;
  reads = 0;
  readonly #waiting: (() => void)[] = [];

  read = (): Promise<number> => {
    this.reads += 1;
    const seen = this.version;
    return new Promise((resolve) => this.#waiting.push(() => resolve(seen)));
  };

  failNext = false;

  readOrFail = (): Promise<number> => {
    if (!this.failNext) return this.read();
    this.failNext = false;
    this.reads += 1;
    return new Promise((_resolve, reject) => this.#waiting.push(() => reject(new Error('bolt connection lost'))));
  };

  /** Lets every read started so far answer, then lets the promise chains settle. */
  async releaseAll(): Promise<void> {
    for (const release of this.#waiting.splice(0)) release();
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('coalesceFreshReads', () => {
  it('serves callers who arrive during a read with one shared next read', async () => {
    const source = new SlowVersionedSource();
    const version = coalesceFreshReads(source.read);
    const first = version();
    const during = [version(), version(), version(), version()];
    expect(source.reads).toBe(1);
    await source.releaseAll();
    expect(await first).toBe(0);
    expect(source.reads).toBe(2);
    await source.releaseAll();
    expect(await Promise.all(during)).toEqual([0, 0, 0, 0]);
    expect(source.reads).toBe(2);
  });

  it('never answers a caller with a read that began before its call', async () => {
    const source = new SlowVersionedSource();
    const version = coalesceFreshReads(source.read);
    const beforeWrite = version();
    source.version = 1; // a write commits while the first read is under way
    const afterWrite = version();
    await source.releaseAll();
    await source.releaseAll();
    expect(await beforeWrite).toBe(0);
    expect(await afterWrite).toBe(1);
  });

  it('lets a failed read fail its own callers only, and reads again for the next', async () => {
    const source = new SlowVersionedSource();
    source.failNext = true;
    const version = coalesceFreshReads(source.readOrFail);
    const failing = version();
    const queued = version();
    await source.releaseAll();
    await expect(failing).rejects.toThrow('bolt connection lost');
    source.version = 2;
    await source.releaseAll();
    expect(await queued).toBe(0);
    const later = version();
    await source.releaseAll();
    expect(await later).toBe(2);
    expect(source.reads).toBe(3);
  });
});
