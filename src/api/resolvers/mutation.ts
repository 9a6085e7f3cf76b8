import { MedkgError, badInput, notFound } from '../../domain/errors.js';
import type { EdgeKey } from '../../domain/graph.js';
import type { Predicate } from '../../domain/predicates.js';
import { fitsSignature, isClinicalPredicate } from '../../domain/predicates.js';
import { refreshAfterArticlesChanged } from '../../graph/derived.js';
import { articlesSharingEntities } from '../../graph/related/related.js';
import type { CuratedEdit, EditorDecision } from '../../store/port.js';
import { assertEditor } from '../auth.js';
import { decision } from './decision.js';
import type { ApiContext, IngestFile } from '../context.js';
import { assertFirst } from '../context.js';
import { loadNodeParent } from './nodes.js';

interface EdgeInput {
  readonly subject: string;
  readonly predicate: Predicate;
  readonly object: string;
  readonly reason: string;
}

/** Resolves both ends (aliases included) and checks the predicate is clinical and fits them. */
async function resolveEdge(context: ApiContext, input: EdgeInput, checkSignature: boolean): Promise<EdgeKey> {
  if (!isClinicalPredicate(input.predicate)) throw badInput(`${input.predicate} edges come from articles, not editors`);
  const [subject, object] = await context.store.getNodes([input.subject, input.object]);
  if (!subject) throw notFound(`no node "${input.subject}"`);
  if (!object) throw notFound(`no node "${input.object}"`);
  if (checkSignature && !fitsSignature(input.predicate, subject.kind, object.kind)) {
    throw badInput(`${input.predicate} does not join a ${subject.kind} to a ${object.kind}`);
  }
  return { subject: subject.id, predicate: input.predicate, object: object.id };
}

function editResult(key: EdgeKey, made: EditorDecision, action: CuratedEdit['action'], context: ApiContext) {
  return {
    ...made,
    predicate: key.predicate,
    action: action === 'add' ? 'ADD' : 'RETRACT',
    subject: () => loadNodeParent(context, key.subject),
    object: () => loadNodeParent(context, key.object),
  };
}

const STATUS = { created: 'CREATED', updated: 'UPDATED', unchanged: 'UNCHANGED', failed: 'FAILED' } as const;

async function ingestArticles(context: ApiContext, files: readonly IngestFile[]) {
  assertFirst(context, Math.max(files.length, 1), 'input (count)');
  const oversized = files.find((file) => Buffer.byteLength(file.content, 'utf8') > context.maxArticleBytes);
  if (oversized) throw badInput(`"${oversized.name}" is larger than ${context.maxArticleBytes} bytes`);
  if (!context.ingest) throw new MedkgError('INTERNAL', 'this server was started without an ingest pipeline');
  const outcomes = await context.ingest(files);
  const changed = outcomes.filter((item) => item.id && (item.status === 'created' || item.status === 'updated')).map((item) => item.id as string);
  const refreshed = await refreshAfterArticlesChanged(context.store, changed);
  return {
    articles: outcomes.map((item) => ({ source: item.source, id: item.id ?? null, status: STATUS[item.status], message: item.message ?? null })),
    relatedRecomputed: refreshed.relatedArticles,
  };
}

async function deleteArticle(context: ApiContext, id: string) {
  if (id.includes(':')) throw badInput('id is an article slug, such as "osteopetrosis"');
  const affected = await articlesSharingEntities(context.store, [id]);
  const deleted = await context.store.deleteArticle(id);
  // The sharing articles still exist: their lists and suggestions are recomputed without this one.
  if (deleted) await refreshAfterArticlesChanged(context.store, affected);
  return { id, deleted };
}

export const mutationResolvers = {
  Mutation: {
    ingestArticles: (_root: unknown, args: { input: IngestFile[] }, context: ApiContext) => {
      assertEditor(context.viewer);
      return ingestArticles(context, args.input);
    },
    deleteArticle: (_root: unknown, args: { id: string }, context: ApiContext) => {
      assertEditor(context.viewer);
      return deleteArticle(context, args.id);
    },
    addEdge: async (_root: unknown, args: { input: EdgeInput }, context: ApiContext) => {
      const made = decision(context, assertEditor(context.viewer), args.input.reason);
      const key = await resolveEdge(context, args.input, true);
      await context.store.addCuratedEdge(key, made);
      return editResult(key, made, 'add', context);
    },
    retractEdge: async (_root: unknown, args: { input: EdgeInput }, context: ApiContext) => {
      const made = decision(context, assertEditor(context.viewer), args.input.reason);
      const key = await resolveEdge(context, args.input, false);
      await context.store.retractEdge(key, made);
      return editResult(key, made, 'retract', context);
    },
  },
};
