import { distance } from 'fastest-levenshtein';
import type { NodeKind } from '../../domain/kinds.js';
import { searchKey } from '../../domain/text.js';
import type { SearchCandidate } from '../port.js';
import type { QueryRunner, Row } from './executor.js';
import { readNodes } from './nodes.js';
import { asString } from './records.js';

interface NameRow {
  readonly node: string;
  readonly name: string;
  readonly key: string;
}

/** Names each full-text index may return before the edit-distance filter (best scores first). */
const FUZZY_POOL = 400;

/** One typo for short texts, two for longer ones (the SQLite adapter's rule). */
function allowedEdits(key: string): number {
  return key.length <= 5 ? 1 : 2;
}

function isFuzzyMatch(query: string, key: string): boolean {
  const edits = allowedEdits(query);
  if (Math.abs(key.length - query.length) <= edits && distance(query, key) <= edits) return true;
  // A typo in the beginning of a longer name ("interferon gama" → "interferon gamma 1b").
  return query.length >= 6 && key.length > query.length && distance(query, key.slice(0, query.length)) <= edits;
}

/** Lucene syntax for the fuzzy queries; a search key holds only letters, digits and spaces. */
function luceneTerm(text: string): string {
  return text.replace(/[+\-!(){}[\]^"~*?:\\/&| ]/gu, (character) => `\\${character}`);
}

function toNameRows(rows: Row[]): NameRow[] {
  return rows.map((row) => ({ node: asString(row['node']), name: asString(row['name']), key: asString(row['key']) }));
}

async function fuzzyNames(runner: QueryRunner, key: string): Promise<NameRow[]> {
  const edits = allowedEdits(key);
  const words = key.split(' ').filter((word) => word.length > 0);
  const rows = await runner.run('search-fuzzy', {
    wholeQuery: `${luceneTerm(key)}~${edits}`,
    wordsQuery: words.map((word) => `${luceneTerm(word)}~${Math.min(edits, word.length <= 2 ? 0 : edits)}`).join(' '),
    pool: FUZZY_POOL,
  });
  return toNameRows(rows).filter((row) => isFuzzyMatch(key, row.key));
}

/**
 * Candidate nodes for a search text: exact key matches, then prefix matches (range index on
 * the key), then matches within one or two edits (full-text indexes, re-checked with
 * fastest-levenshtein). Each tier is ordered by node id; the caller ranks. Every stored name
 * that matched is reported. Same tiers and rules as the SQLite adapter.
 */
export async function searchCandidates(
  runner: QueryRunner,
  text: string,
  kinds: readonly NodeKind[] | undefined,
  limit: number,
): Promise<SearchCandidate[]> {
  const key = searchKey(text);
  if (key === '' || limit <= 0) return [];
  const exact = toNameRows(await runner.run('search-exact', { key }));
  const prefix = toNameRows(await runner.run('search-prefix', { key }));
  const tiers = [exact, prefix, await fuzzyNames(runner, key)];
  const matched = new Map<string, Set<string>>();
  const order: string[] = [];
  for (const tier of tiers) {
    const tierIds = new Set<string>();
    for (const row of tier) {
      const names = matched.get(row.node) ?? new Set<string>();
      if (!matched.has(row.node)) tierIds.add(row.node);
      matched.set(row.node, names.add(row.name));
    }
    order.push(...[...tierIds].sort());
  }
  const candidates: SearchCandidate[] = [];
  const chunk = Math.max(limit * 2, 100);
  for (let start = 0; start < order.length && candidates.length < limit; start += chunk) {
    const ids = order.slice(start, start + chunk);
    const nodes = await readNodes(runner, ids);
    for (const id of ids) {
      const node = nodes.get(id);
      if (!node || (kinds && !kinds.includes(node.kind))) continue;
      candidates.push({ node, matchedNames: [...(matched.get(id) ?? [])].sort() });
      if (candidates.length >= limit) break;
    }
  }
  return candidates;
}
