// Runs a block of contract tests once per adapter from test/support/stores.ts, each test on
// an empty store with a stepping clock, so results can be compared exactly across adapters.
import { afterAll, afterEach, beforeEach, describe } from 'vitest';
import type { EditorDecision, GraphStore } from '../../src/store/port.js';
import { type StoreFactory, storeFactories } from '../support/stores.js';

export interface SteppingClock {
  (): Date;
  /** ISO time the clock returned last. */
  last(): string | null;
}

/** A clock that starts at 2025-01-01T00:00:00Z and moves one second per call. */
export function steppingClock(): SteppingClock {
  let calls = 0;
  let last: string | null = null;
  const clock = (): Date => {
    const date = new Date(Date.UTC(2025, 0, 1, 0, 0, calls));
    calls += 1;
    last = date.toISOString();
    return date;
  };
  return Object.assign(clock, { last: () => last });
}

export interface ContractContext {
  readonly store: GraphStore;
  readonly clock: SteppingClock;
  readonly factory: StoreFactory;
  /** Closes the store and opens the same data again (persistence, migrations at start). */
  reopen(): Promise<GraphStore>;
}

export function decision(reason: string, second = 0): EditorDecision {
  return { editor: 'dr.rahman', reason, at: new Date(Date.UTC(2025, 5, 1, 12, 0, second)).toISOString() };
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const result: T[] = [];
  for await (const item of items) result.push(item);
  return result;
}

/** Declares `define`'s tests for every adapter ("sqlite", "neo4j" in the output). */
export function describeContract(area: string, define: (context: () => ContractContext) => void): void {
  describe.each(storeFactories())(`${area} [$name]`, (factory) => {
    describe.skipIf(!factory.available)(`GraphStore on ${factory.name}`, () => {
      let current: ContractContext | null = null;
      beforeEach(async () => {
        await factory.reset();
        const clock = steppingClock();
        let store = await factory.open({ clock });
        current = {
          get store() {
            return store;
          },
          clock,
          factory,
          async reopen() {
            await store.close();
            store = await factory.open({ clock });
            return store;
          },
        };
      });
      afterEach(async () => {
        await current?.store.close();
        current = null;
      });
      afterAll(async () => {
        await factory.dispose();
      });
      define(() => {
        if (!current) throw new Error('contract context used outside a test');
        return current;
      });
    });
  });
}
