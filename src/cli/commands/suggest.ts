import type { Command } from 'commander';
import { Option } from 'commander';
import { badInput } from '../../domain/errors.js';
import { recomputeSuggestions } from '../../graph/suggest/refresh.js';
import { formatSuggestions, REPORT_FORMATS, type ReportFormat } from '../../graph/suggest/report.js';
import { acceptSuggestion, getSuggestion, listSuggestions, rejectSuggestion } from '../../graph/suggest/review.js';
import { readStoredSuggestions } from '../../graph/suggest/stored.js';
import { isSuggestionKind, SUGGESTION_KINDS, type SuggestionKind } from '../../graph/suggest/types.js';
import type { CliContext } from '../context.js';

interface SuggestFlags {
  kind?: string[];
  format: ReportFormat;
  minScore?: string;
  limit: string;
  recompute?: boolean;
}

function parseKinds(kinds: readonly string[] | undefined): SuggestionKind[] | undefined {
  if (!kinds) return undefined;
  const bad = kinds.filter((kind) => !isSuggestionKind(kind));
  if (bad.length > 0) throw badInput(`unknown suggestion kind ${bad.join(', ')} (one of ${SUGGESTION_KINDS.join(', ')})`);
  return kinds.filter(isSuggestionKind);
}

function decisionFrom(flags: { editor: string; reason: string }): { editor: string; reason: string; at: string } {
  return { editor: flags.editor, reason: flags.reason, at: new Date().toISOString() };
}

/**
 * `medkg suggest`: the editors' queue in the terminal (computed first when the store has none,
 * or with --recompute), and `medkg review accept|reject|show <id>` to decide on one.
 */
export function registerSuggestCommand(program: Command, context: CliContext): void {
  program
    .command('suggest')
    .description("Editors' suggestions (missing links, one-sided relations, gaps, conflicts), highest score first")
    .addOption(new Option('--kind <kind...>', 'only these kinds').choices([...SUGGESTION_KINDS]))
    .addOption(new Option('--format <format>', 'output format').choices([...REPORT_FORMATS]).default('table'))
    .option('--min-score <score>', 'only suggestions scoring at least this (0–1)')
    .option('--limit <n>', 'at most this many', '50')
    .option('--recompute', 'recompute every suggestion from the graph first')
    .action(async (flags: SuggestFlags) => {
      const store = await context.store();
      if (flags.recompute === true || (await readStoredSuggestions(store)).length === 0) {
        const report = await recomputeSuggestions(store);
        context.stderr.write(`computed ${report.total} suggestions in ${report.milliseconds} ms (${report.opened} new, ${report.closed} closed)\n`);
      }
      const page = await listSuggestions(
        store,
        { kinds: parseKinds(flags.kind), minScore: flags.minScore === undefined ? undefined : Number(flags.minScore) },
        { first: Math.max(1, Number.parseInt(flags.limit, 10) || 50) },
      );
      context.stdout.write(`${formatSuggestions(page.items.map((item) => item.suggestion), flags.format)}\n`);
    });

  const review = program.command('review').description('Decide on a suggestion: accept, reject or show it');
  review
    .command('accept <id>')
    .description('Accept: add the curated edge, lexicon entry or merge it proposes, recording who and why')
    .requiredOption('--editor <name>', 'who decides')
    .requiredOption('--reason <text>', 'why')
    .option('--predicate <predicate>', 'accept as an edge with this predicate instead')
    .option('--merge-into <id>', 'merge the unverified entity into this node instead')
    .action(async (id: string, flags: { editor: string; reason: string; predicate?: string; mergeInto?: string }) => {
      const recorded = await acceptSuggestion(await context.store(), id, decisionFrom(flags), { predicate: flags.predicate, mergeInto: flags.mergeInto });
      context.stdout.write(`accepted ${recorded.suggestion} (${recorded.kind}) by ${recorded.editor}\n`);
    });
  review
    .command('reject <id>')
    .description('Reject: the suggestion never comes back, whatever is re-ingested')
    .requiredOption('--editor <name>', 'who decides')
    .requiredOption('--reason <text>', 'why')
    .action(async (id: string, flags: { editor: string; reason: string }) => {
      const recorded = await rejectSuggestion(await context.store(), id, decisionFrom(flags));
      context.stdout.write(`rejected ${recorded.suggestion} (${recorded.kind}) by ${recorded.editor}\n`);
    });
  review
    .command('show <id>')
    .description('A suggestion with its status and evidence, as JSON')
    .action(async (id: string) => {
      context.stdout.write(`${JSON.stringify(await getSuggestion(await context.store(), id), null, 2)}\n`);
    });
}
