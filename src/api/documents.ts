import type { DocumentNode, GraphQLError, GraphQLSchema, ValidationRule } from 'graphql';
import { parse, specifiedRules, validate } from 'graphql';
import { LRUCache } from 'lru-cache';

export type PreparedDocument =
  | { readonly ok: true; readonly document: DocumentNode }
  | { readonly ok: false; readonly errors: readonly GraphQLError[] };

/** Longest query text kept in the cache; longer ones are prepared every time. */
const MAX_CACHED_QUERY = 20_000;

/**
 * Parses and validates each distinct query text once (graphql-js spends ~250 µs on it per
 * request): a widget sends the same few documents on every page view. Validation depends only
 * on the schema and the static rules, never on variables, so the result can be shared.
 */
export class DocumentCache {
  private readonly cache: LRUCache<string, PreparedDocument>;
  private readonly rules: readonly ValidationRule[];

  constructor(
    private readonly schema: GraphQLSchema,
    extraRules: readonly ValidationRule[],
    max = 1_000,
  ) {
    this.cache = new LRUCache({ max });
    this.rules = [...specifiedRules, ...extraRules];
  }

  prepare(query: string): PreparedDocument {
    const hit = this.cache.get(query);
    if (hit) return hit;
    const prepared = this.prepareUncached(query);
    if (query.length <= MAX_CACHED_QUERY) this.cache.set(query, prepared);
    return prepared;
  }

  private prepareUncached(query: string): PreparedDocument {
    let document: DocumentNode;
    try {
      document = parse(query, { maxTokens: 5_000 });
    } catch (error) {
      return { ok: false, errors: [error as GraphQLError] };
    }
    const errors = validate(this.schema, document, this.rules);
    return errors.length > 0 ? { ok: false, errors } : { ok: true, document };
  }
}
