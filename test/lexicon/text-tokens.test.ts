import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { computeWordForm, generalWordForm, tokenize } from '../../src/lexicon/normalise.js';
import { WORD_END, WORD_START, createTextTokens, tokenizeInto } from '../../src/lexicon/text-tokens.js';
import { TokenTrie } from '../../src/lexicon/trie.js';
import { WordTable } from '../../src/lexicon/word-table.js';

// The char-code tokenizer (text-tokens.ts + word-table.ts) against tokenize(), the one
// normalisation: same pieces, same token ids, same word offsets and start/end flags.

const SEED_ARTICLES = fileURLToPath(new URL('../../seed/articles/', import.meta.url));
const DEV_ARTICLES = fileURLToPath(new URL('../../../shared/data/dev-articles/', import.meta.url));

function articles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => /\.(txt|md|html)$/u.test(file))
    .map((file) => readFileSync(join(dir, file), 'utf8'));
}

const TRICKY =
  "interferon-γ1b (ACTIMMUNE®) IFN-γ; Crohn's Crohn’s Crohnʼs patients' 's; CBCs MRIs VEP Vep IL-6 il6 CA2 ca2; " +
  'Albers-Schönberg ﬁbrosis m² ½ Ⅻ 𝐀𝐁𝐂 😀 naïve café \ud800 lone \udc00 pair 𝒜; ANAEMIA Anaemia anaemia oesophagus tumours; ' +
  'ABCDEF ABCDEFs ABCs AB Ab aB A1c HbA1c 12345 x';

/** A trie holding the folded key of every word of the texts, so most pieces have an id. */
function trieFor(texts: readonly string[]): TokenTrie<number> {
  const trie = new TokenTrie<number>();
  let value = 0;
  for (const text of texts) for (const token of tokenize(text)) trie.add([token.alt ?? token.key], (value += 1));
  return trie;
}

function expectSameTokens(trie: TokenTrie<number>, words: WordTable, text: string): void {
  const tokens = createTextTokens(4);
  tokenizeInto(tokens, words, text);
  const expected = tokenize(text).map((token) => [token.key, token.alt === undefined ? -1 : trie.token(token.alt), token.start, token.end, token.wordStart, token.wordEnd]);
  const actual = Array.from({ length: tokens.count }, (_, index) => {
    const flags = tokens.flags[index] as number;
    return [tokens.keys[index], tokens.alts[index], tokens.starts[index], tokens.ends[index], (flags & WORD_START) !== 0, (flags & WORD_END) !== 0];
  });
  const wanted = expected.map(([key, ...rest]) => [trie.token(key as string), ...rest]);
  // Long texts compare as one string: a deep equality over 500k rows takes seconds.
  if (wanted.length > 10_000) expect(JSON.stringify(actual)).toBe(JSON.stringify(wanted));
  else expect(actual).toEqual(wanted);
}

describe('tokenizeInto (char-code walk and word table)', () => {
  it('gives the pieces, ids and offsets of tokenize on texts for each rule', () => {
    const trie = trieFor([TRICKY]);
    const words = new WordTable(trie);
    expectSameTokens(trie, words, TRICKY);
    // Second time round every word comes from the table.
    expectSameTokens(trie, words, TRICKY);
    for (const text of ['', 's', "'s", 'x’s', '😀', '\ud800', 'a\udc00b']) expectSameTokens(trie, words, text);
  });

  it('gives the pieces of tokenize on real articles', () => {
    const texts = [...articles(SEED_ARTICLES), ...articles(DEV_ARTICLES).slice(0, 300)];
    const trie = trieFor(texts.slice(0, 5));
    const words = new WordTable(trie);
    for (const text of texts) expectSameTokens(trie, words, text);
  });

  it('stays exact when the word table fills up and starts over', () => {
    // 150,000 distinct words, more than the table keeps; letters and digits split into pieces.
    const text = Array.from({ length: 150_000 }, (_, index) => `w${index.toString(36)}z`).join(' ');
    const trie = trieFor(['w1z w2z z 1 2']);
    const words = new WordTable(trie);
    expectSameTokens(trie, words, text);
    expectSameTokens(trie, words, text);
  });
});

describe('computeWordForm', () => {
  it('gives the general (Unicode) form for every word of the articles and the tricky words', () => {
    const distinct = new Set<string>();
    for (const text of [TRICKY, ...articles(SEED_ARTICLES), ...articles(DEV_ARTICLES)]) for (const word of text.match(/[\p{L}\p{N}]+/gu) ?? []) distinct.add(word);
    expect(distinct.size).toBeGreaterThan(1000);
    const differing = [...distinct].filter((word) => JSON.stringify(computeWordForm(word)) !== JSON.stringify(generalWordForm(word)));
    expect(differing).toEqual([]);
  });
});
