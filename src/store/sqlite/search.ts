import { distance } from 'fastest-levenshtein';
import type { NodeKind } from '../../domain/kinds.js';
import { searchKey } from '../../domain/text.js';
import type { SearchCandidate } from '../port.js';
import type { Db } from './database.js';
import { NODE_COLUMNS, type NodeRow, toNode } from './rows.js';

interface NameRow {
  node_id: string;
  name: string;
  key: string;
}

/** Rows the trigram index may return before the edit-distance filter; bm25 puts the closest first. */
const FUZZY_POOL = 400;
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

function trigramQuery(key: string): string | null {
  const grams = new Set<string>();
  for (let index = 0; index + 3 <= key.length; index += 1) grams.add(key.slice(index, index + 3));
  if (grams.size === 0) return null;
  return [...grams].map((gram) => `"${gram.replace(/"/gu, '""')}"`).join(' OR ');
}

function fuzzyNames(db: Db, key: string): NameRow[] {
  const match = trigramQuery(key);
  if (match === null) return [];
  const rows = db
    .prepare(
      `SELECT nn.node_id, nn.name, nn.key FROM node_names_fts f JOIN node_names nn ON nn.rowid = f.rowid
        WHERE node_names_fts MATCH ? ORDER BY f.rank LIMIT ?`,
    )
    .all(match, FUZZY_POOL) as NameRow[];
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
  const exact = db.prepare('SELECT node_id, name, key FROM node_names WHERE key = ?').all(key) as NameRow[];
  const prefix = db
    .prepare('SELECT node_id, name, key FROM node_names WHERE key > ? AND key < ?')
    .all(key, key + MAX_CHAR) as NameRow[];
  const tiers = [exact, prefix, fuzzyNames(db, key)];
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
  const select = db.prepare(`SELECT ${NODE_COLUMNS} FROM nodes n WHERE n.id = ?`);
  const candidates: SearchCandidate[] = [];
  for (const id of order) {
    const row = select.get(id) as NodeRow | undefined;
    if (!row || (kinds && !kinds.includes(row.kind as NodeKind))) continue;
    candidates.push({ node: toNode(row), matchedNames: [...(matched.get(id) ?? [])].sort() });
    if (candidates.length >= limit) break;
  }
  return candidates;
}
