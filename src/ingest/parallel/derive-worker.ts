// A worker thread of the derive pool (see derive-pool.ts): builds the lexicon and loads the
// site profile once, then derives the graphs of one file per task.
import { readFile } from 'node:fs/promises';
import { workerData } from 'node:worker_threads';
import { createLexicon } from '../../lexicon/create.js';
import type { DerivedFile } from '../batch/runner.js';
import { ingestBytesIncremental } from '../pipeline.js';
import { loadSiteProfile } from '../profile/load.js';
import type { DeriveWorkerData } from './derive-pool.js';

const setup = workerData as DeriveWorkerData;
const options = {
  profile: loadSiteProfile(setup.profilePath),
  lexicon: createLexicon(setup.entries),
  profileHash: setup.profileHash,
  ...(setup.format ? { format: setup.format } : {}),
  ...(setup.maxBytes === undefined ? {} : { maxBytes: setup.maxBytes }),
};

export async function deriveFile(file: string): Promise<DerivedFile> {
  const bytes = await readFile(file);
  return ingestBytesIncremental(bytes, file, options, (slug, hash) => setup.storedHashes.get(slug) === hash);
}
