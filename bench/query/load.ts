import autocannon from 'autocannon';

/** Throughput and latency of one load run (autocannon's HdrHistogram percentiles, ms). */
export interface LoadResult {
  readonly connections: number;
  readonly seconds: number;
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  /** Responses that were not 2xx, plus socket errors and timeouts: a run with any is suspect. */
  readonly failures: number;
}

export interface LoadOptions {
  readonly baseUrl: string;
  /** Request paths, used round robin (one per request). */
  readonly paths: readonly string[];
  readonly connections: number;
  /** How long the run lasts; with `amount`, the longest it may last. */
  readonly seconds: number;
  /** Stop after this many requests (when they take less than `seconds`). */
  readonly amount?: number;
}

/**
 * Runs autocannon against `baseUrl` with `connections` concurrent clients (one request in
 * flight each, keep-alive) for `seconds`, cycling through `paths`.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  let next = 0;
  let stop = (): void => {};
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.baseUrl,
        connections: Math.min(options.connections, options.amount ?? options.connections),
        pipelining: 1,
        ...(options.amount === undefined ? { duration: options.seconds } : { amount: options.amount }),
        timeout: 30,
        headers: { accept: 'application/graphql-response+json, application/json' },
        requests: [
          {
            method: 'GET',
            setupRequest: (request) => {
              const path = options.paths[next % options.paths.length] ?? '/';
              next += 1;
              return { ...request, path };
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    stop = () => instance.stop();
  });
  const cap = options.amount === undefined ? undefined : setTimeout(stop, options.seconds * 1000);
  const result = await finished.finally(() => clearTimeout(cap));
  return {
    connections: options.connections,
    seconds: options.seconds,
    requests: result.requests.total,
    requestsPerSecond: result.requests.total / (result.duration || options.seconds),
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}
