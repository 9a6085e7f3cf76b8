import { openStore } from '../app.js';
import type { Config } from '../config.js';
import type { GraphStore } from '../store/port.js';

/** What every command gets: the parsed configuration and a way to open the configured store. */
export interface CliContext {
  /** Configuration after global flags (--data) were applied. */
  config(): Config;
  /** Opens the store once per command run; the caller closes it with `closeStore`. */
  store(): Promise<GraphStore>;
  closeStore(): Promise<void>;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
}

export function createCliContext(
  resolveConfig: () => Config,
  streams: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream },
): CliContext {
  let opened: Promise<GraphStore> | undefined;
  return {
    config: resolveConfig,
    store() {
      opened ??= openStore(resolveConfig());
      return opened;
    },
    async closeStore() {
      if (opened) await (await opened).close();
      opened = undefined;
    },
    stdout: streams.stdout,
    stderr: streams.stderr,
  };
}
