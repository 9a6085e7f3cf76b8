import { Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { GraphStore } from '../store/port.js';

/** The service's Prometheus metrics, on a registry of its own (tests run several servers). */
export interface ApiMetrics {
  readonly registry: Registry;
  readonly requestDuration: Histogram<'operation' | 'status'>;
  readonly storeDuration: Histogram<'store' | 'method' | 'outcome'>;
  /** Bounded label for an operation name (client-chosen names must not explode cardinality). */
  operationLabel(name: string | null | undefined): string;
}

const MAX_OPERATION_LABELS = 200;

export function createMetrics(): ApiMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requestDuration = new Histogram({
    name: 'medkg_graphql_request_duration_seconds',
    help: 'GraphQL request latency by operation name and HTTP status',
    labelNames: ['operation', 'status'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
    registers: [registry],
  });
  const storeDuration = new Histogram({
    name: 'medkg_store_query_duration_seconds',
    help: 'Latency of GraphStore calls by store, method and outcome',
    labelNames: ['store', 'method', 'outcome'] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 5],
    registers: [registry],
  });
  const seen = new Set<string>();
  return {
    registry,
    requestDuration,
    storeDuration,
    operationLabel(name) {
      if (!name || !/^[A-Za-z_][A-Za-z0-9_]{0,63}$/u.test(name)) return 'anonymous';
      if (seen.has(name)) return name;
      if (seen.size >= MAX_OPERATION_LABELS) return 'other';
      seen.add(name);
      return name;
    },
  };
}

/**
 * Wraps a store so every promise-returning call is timed into `medkg_store_query_duration_seconds`.
 * The port stays the port: callers cannot tell the wrapper from the store.
 */
export function instrumentStore(store: GraphStore, metrics: ApiMetrics): GraphStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      return (...args: unknown[]) => {
        const stop = metrics.storeDuration.startTimer({ store: target.name, method: property });
        const result: unknown = (value as (...a: unknown[]) => unknown).apply(target, args);
        if (!(result instanceof Promise)) return result;
        return result.then(
          (resolved: unknown) => {
            stop({ outcome: 'ok' });
            return resolved;
          },
          (error: unknown) => {
            stop({ outcome: 'error' });
            throw error;
          },
        );
      };
    },
  });
}
