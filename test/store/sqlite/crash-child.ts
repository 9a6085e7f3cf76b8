// Child process of crash.int.test.ts: ingests copies of the osteopetrosis fixture, one
// transaction each, printing "committed <slug>" after each commit, until it is killed.
import { openSqliteStore } from '../../../src/store/sqlite/open.js';
import { osteopetrosis } from '../../fixtures/graphs/articles.js';
import { copyArticle } from './copies.js';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: crash-child.ts <dataDir>');
const store = await openSqliteStore({ dataDir });
for (let index = 0; index < 1_000_000; index += 1) {
  const slug = `osteopetrosis-copy-${index}`;
  await store.replaceArticle(copyArticle(osteopetrosis, slug));
  process.stdout.write(`committed ${slug}\n`);
}
