import type { ArticleGraph } from '../../domain/graph.js';
import type { ArticleSink, ReplaceResult } from './types.js';

/** Articles written in one transaction at most: bounds the transaction and the memory held. */
export const MAX_GROUP = 64;

interface Pending {
  readonly graph: ArticleGraph;
  readonly resolve: (result: ReplaceResult) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Group commit for ingest: graphs that arrive while a write is under way (or in the same turn of
 * the event loop) are written together with replaceArticles, one transaction instead of one per
 * article. Each caller still gets its own article's summary or error: when a group fails, its
 * articles are retried one by one, so one bad graph fails alone and the others land.
 */
export class GroupWriter {
  readonly #sink: ArticleSink;
  readonly #linksNamespace: string;
  readonly #pending: Pending[] = [];
  #flushing = false;

  constructor(sink: ArticleSink, linksNamespace: string) {
    this.#sink = sink;
    this.#linksNamespace = linksNamespace;
  }

  write(graph: ArticleGraph): Promise<ReplaceResult> {
    return new Promise((resolve, reject) => {
      this.#pending.push({ graph, resolve, reject });
      if (this.#flushing) return;
      this.#flushing = true;
      // Let results that arrived in this turn of the event loop join the first group.
      setImmediate(() => void this.#flush());
    });
  }

  async #flush(): Promise<void> {
    while (this.#pending.length > 0) {
      const group = this.#pending.splice(0, MAX_GROUP);
      try {
        const results = await this.#sink.replaceArticles(group.map((item) => item.graph));
        await this.#storeLinks(group.map((item) => item.graph));
        group.forEach((item, index) => item.resolve(results[index] as ReplaceResult));
      } catch {
        for (const item of group) await this.#writeAlone(item);
      }
    }
    this.#flushing = false;
  }

  async #writeAlone(item: Pending): Promise<void> {
    try {
      const result = await this.#sink.replaceArticle(item.graph);
      await this.#storeLinks([item.graph]);
      item.resolve(result);
    } catch (error) {
      item.reject(error);
    }
  }

  #storeLinks(graphs: readonly ArticleGraph[]): Promise<void> {
    return this.#sink.putComputed(this.#linksNamespace, new Map(graphs.map((graph) => [graph.article.id, JSON.stringify(graph.links)])));
  }
}
