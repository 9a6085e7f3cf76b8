// Runs a block of graph-service tests once per store adapter (test/support/stores.ts), each on
// a fresh store loaded with the given article graphs: the services must rank alike on both.
import { afterAll, beforeAll, describe } from 'vitest';
import type { ArticleGraph } from '../../src/domain/graph.js';
import type { GraphStore } from '../../src/store/port.js';
import { storeFactories } from '../support/stores.js';

export function describeEachStore(area: string, articles: readonly ArticleGraph[], define: (store: () => GraphStore) => void): void {
  describe.each(storeFactories())(`${area} [$name]`, (factory) => {
    describe.skipIf(!factory.available)(`on ${factory.name}`, () => {
      let store: GraphStore | null = null;
      beforeAll(async () => {
        await factory.reset();
        const clock = (() => {
          let tick = 0;
          return () => new Date(Date.UTC(2025, 0, 1, 0, 0, tick++));
        })();
        store = await factory.open({ clock });
        for (const article of articles) await store.replaceArticle(article);
      });
      afterAll(async () => {
        await store?.close();
        await factory.dispose();
      });
      define(() => {
        if (!store) throw new Error('store used outside a test');
        return store;
      });
    });
  });
}
