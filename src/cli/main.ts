import { Command } from 'commander';
import { ConfigError, loadConfig } from '../config.js';
import { isMedkgError } from '../domain/errors.js';
import type { CliContext } from './context.js';
import { createCliContext } from './context.js';
import { registerProfileCommands } from './commands/profile.js';
import { registerIngestCommand } from './commands/ingest.js';
import { registerRebuildCommand } from './commands/rebuild.js';
import { registerExportCommand } from './commands/export.js';
import { registerServeCommand } from './commands/serve.js';
import { registerStartCommand } from './commands/start.js';
import { registerStatsCommand } from './commands/stats.js';
import { registerVocabCommands } from './commands/vocab.js';
import { registerSuggestCommand } from './commands/suggest.js';
import { registerReferenceCommand } from './commands/reference.js';
import { registerDecisionsCommand } from './commands/decisions.js';

/**
 * The `medkg` command. Each sub-command lives in src/cli/commands/ and registers itself here;
 * errors end as one line on stderr and a non-zero exit, never a stack trace.
 */
async function main(argv: readonly string[]): Promise<void> {
  const program = new Command('medkg')
    .description('Knowledge graph of diseases, genes, drugs, tests, symptoms and procedures from patient articles')
    .option('--data <dir>', 'data directory of the embedded store (default: MEDKG_DATA_DIR or .data)')
    .showHelpAfterError()
    .exitOverride();

  const context = createCliContext(
    () => {
      const globalOptions = program.opts<{ data?: string }>();
      // The CLI is the edge that reads the environment; everything below gets the parsed Config.
      const env = { ...process.env, ...(globalOptions.data ? { MEDKG_DATA_DIR: globalOptions.data } : {}) };
      return loadConfig(env);
    },
    { stdout: process.stdout, stderr: process.stderr },
  );

  // Each entry is a `registerXCommand(program, context)` from src/cli/commands/.
  const registrations: ((program: Command, context: CliContext) => void)[] = [registerProfileCommands, registerIngestCommand, registerRebuildCommand, registerExportCommand, registerServeCommand, registerStartCommand, registerVocabCommands, registerStatsCommand, registerSuggestCommand, registerReferenceCommand, registerDecisionsCommand];
  for (const register of registrations) register(program, context);

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } finally {
    await context.closeStore();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const code = (error as { code?: string }).code;
  if (code === 'commander.helpDisplayed' || code === 'commander.version' || code === 'commander.help') {
    process.exit(0);
  }
  if (typeof code === 'string' && code.startsWith('commander.')) process.exit(2);
  if (error instanceof ConfigError || isMedkgError(error)) {
    process.stderr.write(`medkg: ${error.message}\n`);
  } else {
    process.stderr.write(`medkg: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
});
