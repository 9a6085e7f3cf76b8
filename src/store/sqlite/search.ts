import { distance } from 'fastest-levenshtein';
import type { NodeKind } from '../../domain/kinds.js';
import { searchKey } from '../../domain/text.js';
import type { SearchCandidate } from '../port.js';
import type { Db } from './database.js';
import { NODE_COLUMNS, type NodeRow, toNode } from './rows.js';
import { sql, sqlValue } from './statements.js';

interface NameRow {
  node_id: string;
  name: string;
  key: string;
}

/** Bound on the rows a typo search reads from the trigram index before the edit-distance check. */
const FUZZY_POOL = 2000;
/** Highest code point: `key < prefix || MAX` bounds a prefix range on the key index. */
const MAX_CHAR = '\u{10FFFF}';

/** One typo for short texts, two for longer ones: enough for "osteopetrsis", not enough to match anything. */
function allowedEdits(key: string): number {
  return key.length <= 5 ? 1 : 2;
}

function isFuzzyMatch(query: string, key: string): boolean {
  const edits = allowedEdits(query);
  if (Math.abs(key.length - query.length) <= edits && distance(query, key) <= edits) return true;
  // A typo in the beginning of a longer name ("interferon gama" → "interferon gamma 1b").
  return query.length >= 6 && key.length > query.length && distance(query, key.slice(0, query.length)) <= edits;
}

function trigrams(key: string): string[] {
  const grams = new Set<string>();
  for (let index = 0; index + 3 <= key.length; index += 1) grams.add(key.slice(index, index + 3));
  return [...grams];
}

/**
 * The trigrams to query. One edit destroys at most three of the text's trigrams, so any
 * 3·edits + 1 of them include one that every match within `edits` still contains: the rarest
 * such set finds every match while reading the fewest rows. Shorter texts use all trigrams.
 */
function chooseTrigrams(db: Db, key: string): { grams: string[]; complete: boolean } {
  const grams = trigrams(key);
  const needed = 3 * allowedEdits(key) + 1;
  if (grams.length < needed) return { grams, complete: false };
  const frequency = sqlValue(db, 'SELECT doc FROM node_names_terms WHERE term = ?');
  const rarest = grams
    .map((gram) => ({ gram, docs: (frequency.get(gram) as number | undefined) ?? 0 }))
    .sort((a, b) => a.docs - b.docs || (a.gram < b.gram ? -1 : 1))
    .slice(0, needed)
    .map((item) => item.gram);
  return { grams: rarest, complete: true };
}

function fuzzyNames(db: Db, key: string): NameRow[] {
  const { grams, complete } = chooseTrigrams(db, key);
  if (grams.length === 0) return [];
  const match = grams.map((gram) => `"${gram.replace(/"/gu, '""')}"`).join(' OR ');
  // Without the guarantee, rank by bm25 so the names sharing most trigrams come first.
  const order = complete ? '' : 'ORDER BY f.rank';
  const rows = sql(
    db,
    `SELECT nn.node_id, nn.name, nn.key FROM node_names_fts f JOIN node_names nn ON nn.rowid = f.rowid
      WHERE node_names_fts MATCH ? ${order} LIMIT ?`,
  ).all(match, FUZZY_POOL) as NameRow[];
  return rows.filter((row) => isFuzzyMatch(key, row.key));
}

/**
 * Candidate nodes for a search text: exact key matches, then prefix matches, then matches
 * within two edits (trigram index, re-checked by edit distance). Each tier is ordered by node
 * id; the caller ranks. Every stored name that matched is reported.
 */
export function searchCandidates(db: Db, text: string, kinds: readonly NodeKind[] | undefined, limit: number): SearchCandidate[] {
  const key = searchKey(text);
  if (key === '' || limit <= 0) return [];
  const exact = sql(db, 'SELECT node_id, name, key FROM node_names WHERE key = ?').all(key) as NameRow[];
  const prefix = sql(db, 'SELECT node_id, name, key FROM node_names WHERE key > ? AND key < ?')
    .all(key, key + MAX_CHAR) as NameRow[];
  const exactAndPrefix = new Set([...exact, ...prefix].map((row) => row.node_id));
  // Typo matches rank after every exact and prefix match: skip them when those fill the list.
  const tiers = exactAndPrefix.size >= limit && !kinds ? [exact, prefix] : [exact, prefix, fuzzyNames(db, key)];
  const matched = new Map<string, Set<string>>();
  const order: string[] = [];
  for (const tier of tiers) {
    const tierIds = new Set<string>();
    for (const row of tier) {
      const names = matched.get(row.node_id) ?? new Set<string>();
      if (!matched.has(row.node_id)) tierIds.add(row.node_id);
      matched.set(row.node_id, names.add(row.name));
    }
    order.push(...[...tierIds].sort());
  }
  const select = sql(db, `SELECT ${NODE_COLUMNS} FROM nodes n WHERE n.id = ?`);
  const candidates: SearchCandidate[] = [];
  for (const id of order) {
    const row = select.get(id) as NodeRow | undefined;
    if (!row || (kinds && !kinds.includes(row.kind as NodeKind))) continue;
    candidates.push({ node: toNode(row), matchedNames: [...(matched.get(id) ?? [])].sort() });
    if (candidates.length >= limit) break;
  }
  return candidates;
}
