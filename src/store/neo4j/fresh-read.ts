/**
 * Shares one read between concurrent callers without ever answering a caller with a read that
 * began before it called. A caller that arrives while a read is running waits for the next one,
 * which starts as soon as the running one ends and serves everyone who queued meanwhile.
 *
 * Why: every GET of the API reads the Neo4j data version for its ETag, one Bolt round trip in a
 * transaction of its own. Under concurrent page views that read dominated the cached path; a
 * time-based cache would hide other writers' changes, this never does (the answer always comes
 * from a read that started after the call, so it sees every write committed before the call).
 */
export function coalesceFreshReads<T>(read: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | undefined;
  let queued: Promise<T> | undefined;

  const begin = (): Promise<T> => {
    const current = read().finally(() => {
      if (running === current) running = undefined;
    });
    running = current;
    return current;
  };

  return () => {
    if (queued !== undefined) return queued;
    if (running === undefined) return begin();
    // Whether the running read succeeds or fails, the queued callers get a read of their own.
    const next = running.catch(() => undefined).then(() => {
      queued = undefined;
      return begin();
    });
    queued = next;
    return next;
  };
}
