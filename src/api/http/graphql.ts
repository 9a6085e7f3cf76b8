import type { Request, Response } from 'express';
import type { ExecutionArgs, ExecutionResult, GraphQLError, GraphQLSchema } from 'graphql';
import { execute, getOperationAST } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/express';
import type { RequestParams } from 'graphql-http';
import { isMedkgError } from '../../domain/errors.js';
import { assertCanRead, resolveViewer } from '../auth.js';
import type { ApiDependencies } from '../context.js';
import { createContext } from '../context.js';
import { DocumentCache } from '../documents.js';
import type { InternalErrorLogger } from '../errors.js';
import { codedError, maskError } from '../errors.js';
import { createDepthLimitRule, estimateCost } from '../limits.js';
import type { ApiMetrics } from '../metrics.js';

export interface GraphqlHandlerOptions {
  readonly schema: GraphQLSchema;
  readonly dependencies: ApiDependencies;
  readonly metrics: ApiMetrics;
  readonly maxDepth: number;
  readonly maxCost: number;
  readonly requestTimeoutMs: number;
  readonly logInternal: InternalErrorLogger;
}

function timeout(ms: number): { promise: Promise<ExecutionResult>; cancel: () => void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<ExecutionResult>((resolve) => {
    timer = setTimeout(() => resolve({ errors: [codedError('QUERY_TOO_COMPLEX', `the query took longer than ${ms} ms`)] }), ms);
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

/** Runs an operation, answering with QUERY_TOO_COMPLEX when it outlives the request timeout. */
function executeWithTimeout(ms: number) {
  return (args: ExecutionArgs) => {
    const limit = timeout(ms);
    const running = Promise.resolve(execute(args)).finally(limit.cancel);
    return Promise.race([running, limit.promise]);
  };
}

function authorise(raw: Request, dependencies: ApiDependencies) {
  const viewer = resolveViewer(raw.headers.authorization, dependencies.auth);
  assertCanRead(viewer, dependencies.auth);
  return viewer;
}

/**
 * The /graphql handler: graphql-http (the GraphQL-over-HTTP spec) with auth, a cache of parsed
 * and validated documents, depth and cost limits, a per-request timeout and masked errors.
 */
export function createGraphqlHandler(options: GraphqlHandlerOptions) {
  const documents = new DocumentCache(options.schema, [createDepthLimitRule(options.maxDepth)]);
  const format = (error: GraphQLError | Error) => maskError(error, options.logInternal);
  return createHandler({
    schema: options.schema,
    execute: executeWithTimeout(options.requestTimeoutMs),
    formatError: format,
    onSubscribe: (req, params: RequestParams) => {
      const raw = req.raw;
      const res = req.context.res as Response;
      let viewer;
      try {
        viewer = authorise(raw, options.dependencies);
      } catch (error) {
        if (isMedkgError(error)) return [codedError(error.code, error.message)];
        throw error;
      }
      const prepared = documents.prepare(params.query);
      if (!prepared.ok) return prepared.errors;
      const operation = getOperationAST(prepared.document, params.operationName);
      res.locals['operation'] = options.metrics.operationLabel(params.operationName ?? operation?.name?.value);
      const cost = estimateCost(options.schema, prepared.document, params.variables ?? undefined, params.operationName);
      if (cost > options.maxCost) {
        return [codedError('QUERY_TOO_COMPLEX', `query cost ${cost} exceeds the limit of ${options.maxCost}`)];
      }
      return {
        schema: options.schema,
        document: prepared.document,
        operationName: params.operationName ?? null,
        variableValues: params.variables ?? null,
        // graphql-http types the context as a record; resolvers read it as ApiContext.
        contextValue: createContext(options.dependencies, viewer, res.locals['dataVersion'] as string | undefined) as unknown as Record<PropertyKey, unknown>,
      };
    },
    onOperation: (req, _args, result) => {
      // An answer with errors may be transient (timeout, store outage): never let it be cached.
      if ('errors' in result && result.errors && result.errors.length > 0) {
        const res = req.context.res as Response;
        res.removeHeader('ETag');
        res.setHeader('Cache-Control', 'no-store');
      }
    },
  });
}
