import type { ASTVisitor, DocumentNode, GraphQLSchema, SelectionSetNode, ValidationContext } from 'graphql';
import { GraphQLError, Kind } from 'graphql';
import { createRequire } from 'node:module';
import type * as QueryComplexity from 'graphql-query-complexity';
import type { ComplexityEstimator } from 'graphql-query-complexity';

// The package's ESM build imports 'graphql/index.mjs', a second copy of graphql next to the one
// every other module loads ('Cannot use GraphQLObjectType from another module or realm'). Its
// CommonJS build requires plain 'graphql', the same instance as ours.
const { getComplexity } = createRequire(import.meta.url)('graphql-query-complexity') as typeof QueryComplexity;


function depthOf(selectionSet: SelectionSetNode | undefined, fragments: ValidationContext, seen: Set<string>): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection.selectionSet, fragments, seen) : 1);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen));
    } else {
      const name = selection.name.value;
      // A fragment cycle is reported by graphql's own NoFragmentCycles rule.
      if (seen.has(name)) continue;
      const fragment = fragments.getFragment(name);
      deepest = Math.max(deepest, depthOf(fragment?.selectionSet, fragments, new Set([...seen, name])));
    }
  }
  return deepest;
}

/** Validation rule: operations may nest fields at most `maxDepth` levels (introspection aside). */
export function createDepthLimitRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const depth = depthOf(operation.selectionSet, context, new Set());
      if (depth > maxDepth) {
        context.reportError(
          new GraphQLError(`query depth ${depth} exceeds the limit of ${maxDepth}`, {
            nodes: [operation],
            extensions: { code: 'QUERY_TOO_COMPLEX' },
          }),
        );
      }
    },
  });
}

/**
 * Cost of a field: 1 plus its children times its page size (`first`, or the number of `ids`),
 * so `neighbours(first: 100) { edges { node { neighbours(first: 100) … } } }` costs 10 000+.
 */
const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const ids = args['ids'];
  const size = typeof args['first'] === 'number' ? args['first'] : Array.isArray(ids) ? ids.length : null;
  if (size !== null) return 1 + childComplexity * Math.max(size, 1);
  return 1 + childComplexity;
};

/** Estimated cost of an operation with its variables; fields without a page size count once. */
export function estimateCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName?: string | null): number {
  return getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    ...(operationName ? { operationName } : {}),
    estimators: [pageSizeEstimator],
  });
}

