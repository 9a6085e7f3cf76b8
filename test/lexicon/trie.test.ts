import { describe, expect, it } from 'vitest';
import { EdgeTable } from '../../src/lexicon/edge-table.js';
import { NODE_HAS_CHILDREN, NODE_HAS_VALUES, TokenTrie, childBit } from '../../src/lexicon/trie.js';

describe('EdgeTable', () => {
  it('finds every edge it holds through its resizes, and -1 for any other', () => {
    const table = new EdgeTable();
    for (let node = 0; node < 3000; node += 1) for (let token = 0; token < 7; token += 1) table.add(node, token * 1009, node * 7 + token + 1);
    expect(table.size).toBe(21_000);
    for (let node = 0; node < 3000; node += 1) {
      for (let token = 0; token < 7; token += 1) expect(table.get(node, token * 1009)).toBe(node * 7 + token + 1);
      expect(table.get(node, 1)).toBe(-1);
    }
    expect(table.get(3000, 0)).toBe(-1);
  });
});

describe('TokenTrie', () => {
  const trie = new TokenTrie<string>();
  trie.add(['bone', 'marrow', 'transplant'], 'procedure');
  trie.add(['bone', 'marrow'], 'tissue');
  trie.add(['bone', 'marrow'], 'tissue again');
  trie.add(['anemia'], 'disease');

  it('walks names token by token and accumulates values under one path', () => {
    const bone = trie.child(0, trie.token('bone'));
    const marrow = trie.child(bone, trie.token('marrow'));
    expect(trie.valuesAt(marrow)).toEqual(['tissue', 'tissue again']);
    expect(trie.valuesAt(trie.child(marrow, trie.token('transplant')))).toEqual(['procedure']);
    expect(trie.valuesAt(bone)).toBeUndefined();
    expect(trie.child(bone, trie.token('anemia'))).toBe(-1);
    expect(trie.token('unknown')).toBe(-1);
    expect(trie.child(0, -1)).toBe(-1);
  });

  it('keeps the root children by token, node flags and child filters in step with the edges', () => {
    const roots = trie.rootChildren();
    expect(roots[trie.token('bone')]).toBe(trie.child(0, trie.token('bone')));
    expect(roots[trie.token('marrow')]).toBe(-1);
    const info = trie.nodeInfo();
    const bone = trie.child(0, trie.token('bone'));
    const marrow = trie.child(bone, trie.token('marrow'));
    const anemia = trie.child(0, trie.token('anemia'));
    expect(info[2 * bone]).toBe(NODE_HAS_CHILDREN);
    expect(info[2 * marrow]).toBe(NODE_HAS_CHILDREN | NODE_HAS_VALUES);
    expect(info[2 * anemia]).toBe(NODE_HAS_VALUES);
    expect((info[2 * bone + 1] as number) & childBit(trie.token('marrow'))).not.toBe(0);
    expect(info[2 * anemia + 1]).toBe(0);
  });
});
