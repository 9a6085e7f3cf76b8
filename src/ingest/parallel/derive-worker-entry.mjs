// Entry of each derive worker thread. medkg runs from TypeScript source (tsx) and loader hooks
// of the main thread do not reach worker threads on Node 20, so the worker loads its TypeScript
// module through tsx's API.
import { tsImport } from 'tsx/esm/api';

const worker = await tsImport('./derive-worker.ts', import.meta.url);

export const deriveFile = worker.deriveFile;
