/** A seeded PRNG (mulberry32): the same seed writes the same corpus on every machine. */
export interface Random {
  next(): number;
  int(maxExclusive: number): number;
  pick<T>(items: readonly T[]): T;
  /** An index in [0, size) drawn from a Zipf(s) law: a few items very often, a long tail rarely. */
  zipf(size: number): number;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const zipfTables = new Map<number, Float64Array>();
  const zipfTable = (size: number): Float64Array => {
    let table = zipfTables.get(size);
    if (!table) {
      table = new Float64Array(size);
      let sum = 0;
      for (let rank = 0; rank < size; rank += 1) {
        sum += 1 / (rank + 1) ** 1.1;
        table[rank] = sum;
      }
      for (let rank = 0; rank < size; rank += 1) table[rank] = (table[rank] ?? 0) / sum;
      zipfTables.set(size, table);
    }
    return table;
  };
  return {
    next,
    int: (maxExclusive) => Math.floor(next() * maxExclusive),
    pick: (items) => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
    zipf(size) {
      const table = zipfTable(size);
      const target = next();
      let low = 0;
      let high = size - 1;
      while (low < high) {
        const middle = (low + high) >> 1;
        if ((table[middle] ?? 1) < target) low = middle + 1;
        else high = middle;
      }
      return low;
    },
  };
}
