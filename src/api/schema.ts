import { readFileSync } from 'node:fs';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { edgeResolvers } from './resolvers/edges.js';
import { mutationResolvers } from './resolvers/mutation.js';
import { nodeResolvers } from './resolvers/nodes.js';
import { queryResolvers } from './resolvers/query.js';
import { resultResolvers } from './resolvers/results.js';
import { suggestionResolvers } from './resolvers/suggestions.js';

/** The SDL is the API's documentation: schema.graphql is the single source of the schema. */
export function readSchemaSource(): string {
  return readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8');
}

/**
 * The executable schema: schema.graphql plus thin resolvers over the graph services. Built
 * once per process; resolvers get the store, loaders and viewer from the request context.
 */
export function buildApiSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: readSchemaSource(),
    resolvers: [queryResolvers, mutationResolvers, nodeResolvers, edgeResolvers, resultResolvers, suggestionResolvers],
    resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
  });
}
