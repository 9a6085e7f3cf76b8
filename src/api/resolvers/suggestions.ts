import { auditLog } from '../../graph/decisions/audit.js';
import { acceptSuggestion, listSuggestions, rejectSuggestion } from '../../graph/suggest/review.js';
import type { Suggestion, SuggestionKind } from '../../graph/suggest/types.js';
import type { Predicate } from '../../domain/predicates.js';
import type { SuggestionDecision } from '../../store/port.js';
import { assertEditor } from '../auth.js';
import type { ApiContext } from '../context.js';
import { assertFirst } from '../context.js';
import { decision } from './decision.js';

const toKind = (value: string): SuggestionKind => value.toLowerCase() as SuggestionKind;
const toNode = (item: Suggestion) => ({ ...item, kind: item.kind.toUpperCase(), action: JSON.stringify(item.action) });
const toDecision = (item: SuggestionDecision) => ({ ...item, verdict: item.verdict.toUpperCase() });

interface SuggestionsArgs {
  readonly kinds?: string[] | null;
  readonly first: number;
  readonly after?: string | null;
  readonly minScore?: number | null;
}

/** The editors' review queue over GraphQL: every field needs an editor key. */
export const suggestionResolvers = {
  Query: {
    async suggestions(_root: unknown, args: SuggestionsArgs, context: ApiContext) {
      assertEditor(context.viewer);
      const page = await listSuggestions(
        context.store,
        { kinds: args.kinds?.map(toKind), minScore: args.minScore ?? undefined },
        { first: assertFirst(context, args.first), after: args.after ?? undefined },
      );
      return {
        edges: page.items.map((item, index) => ({ cursor: page.cursors[index], node: toNode(item.suggestion) })),
        pageInfo: {
          hasNextPage: page.hasNextPage,
          hasPreviousPage: args.after !== undefined && args.after !== null,
          startCursor: page.cursors[0] ?? null,
          endCursor: page.cursors.at(-1) ?? null,
        },
        totalCount: page.totalCount,
      };
    },
    async auditLog(_root: unknown, args: { first: number }, context: ApiContext) {
      assertEditor(context.viewer);
      return (await auditLog(context.store)).slice(0, assertFirst(context, args.first));
    },
  },
  Mutation: {
    async acceptSuggestion(
      _root: unknown,
      args: { id: string; reason: string; predicate?: Predicate | null; mergeInto?: string | null },
      context: ApiContext,
    ) {
      const editor = assertEditor(context.viewer);
      const made = await acceptSuggestion(context.store, args.id, decision(context, editor, args.reason), {
        ...(args.predicate ? { predicate: args.predicate } : {}),
        ...(args.mergeInto ? { mergeInto: args.mergeInto } : {}),
      });
      return toDecision(made);
    },
    async rejectSuggestion(_root: unknown, args: { id: string; reason: string }, context: ApiContext) {
      const editor = assertEditor(context.viewer);
      return toDecision(await rejectSuggestion(context.store, args.id, decision(context, editor, args.reason)));
    },
  },
};
