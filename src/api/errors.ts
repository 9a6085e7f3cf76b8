import { GraphQLError } from 'graphql';
import type { ErrorCode } from '../domain/errors.js';
import { MedkgError, isMedkgError } from '../domain/errors.js';

/** Codes a client may see; everything else is INTERNAL. */
const PUBLIC_CODES: ReadonlySet<ErrorCode> = new Set([
  'BAD_USER_INPUT', 'NOT_FOUND', 'UNAUTHENTICATED', 'FORBIDDEN', 'QUERY_TOO_COMPLEX', 'STORE_UNAVAILABLE', 'CONFLICT',
]);

export type InternalErrorLogger = (error: unknown, path: readonly (string | number)[] | undefined) => void;

function originalOf(error: GraphQLError): unknown {
  let current: unknown = error.originalError;
  // graphql-js wraps errors thrown in resolvers once per nesting level.
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current;
}

/**
 * Masks an error for a response: medkg errors keep their message and code in
 * `extensions.code`; GraphQL's own errors (syntax, validation, variables) are BAD_USER_INPUT;
 * anything else becomes INTERNAL with a generic message, so no stack, SQL or Cypher leaks.
 */
export function maskError(error: GraphQLError | Error, logInternal: InternalErrorLogger): GraphQLError {
  const graphQLError = error instanceof GraphQLError ? error : new GraphQLError(error.message, { originalError: error });
  const original = originalOf(graphQLError);
  const base = { nodes: graphQLError.nodes ?? null, source: graphQLError.source ?? null, positions: graphQLError.positions, path: graphQLError.path };
  if (isMedkgError(original) && PUBLIC_CODES.has(original.code)) {
    const details = Object.keys(original.details).length > 0 ? { details: original.details } : {};
    return new GraphQLError(original.message, { ...base, extensions: { code: original.code, ...details } });
  }
  if (original === undefined) {
    const code = graphQLError.extensions['code'];
    const kept = typeof code === 'string' && PUBLIC_CODES.has(code as ErrorCode) ? code : 'BAD_USER_INPUT';
    return new GraphQLError(graphQLError.message, { ...base, extensions: { code: kept } });
  }
  logInternal(original, graphQLError.path);
  return new GraphQLError('Internal server error', { ...base, extensions: { code: 'INTERNAL' } });
}

/** A GraphQLError carrying a medkg code, for errors raised outside resolvers (auth, limits). */
export function codedError(code: ErrorCode, message: string): GraphQLError {
  return new GraphQLError(message, { originalError: new MedkgError(code, message), extensions: { code } });
}
