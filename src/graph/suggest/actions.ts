import { badInput } from '../../domain/errors.js';
import type { EdgeKey } from '../../domain/graph.js';
import type { NodeKind } from '../../domain/kinds.js';
import { fitsSignature, isPredicate } from '../../domain/predicates.js';
import type { EditorDecision, GraphStore } from '../../store/port.js';
import type { SuggestedAction } from './types.js';

/** What an editor may change when accepting: the predicate of a proposed edge, or a merge target. */
export interface AcceptChoices {
  readonly predicate?: string | undefined;
  readonly mergeInto?: string | undefined;
}

async function kindsOf(store: GraphStore, key: EdgeKey): Promise<[NodeKind | undefined, NodeKind | undefined]> {
  const [subject, object] = await store.getNodes([key.subject, key.object]);
  return [subject?.kind, object?.kind];
}

/** The action to apply: the suggested one, with the editor's choices checked against the model. */
export async function chooseAction(store: GraphStore, action: SuggestedAction, choices: AcceptChoices): Promise<SuggestedAction> {
  if (choices.mergeInto !== undefined) {
    if (action.type !== 'vocabulary' && action.type !== 'merge') throw badInput('only an unverified entity can be merged');
    const [target] = await store.getNodes([choices.mergeInto]);
    if (!target) throw badInput(`no node ${choices.mergeInto} to merge into`);
    return { type: 'merge', from: action.type === 'merge' ? action.from : action.id, to: target.id };
  }
  if (choices.predicate === undefined) return action;
  if (action.type !== 'edge' && action.type !== 'editorial') throw badInput('this suggestion does not propose an edge');
  if (action.type === 'editorial' || !isPredicate(choices.predicate)) throw badInput(`cannot accept as predicate ${choices.predicate}`);
  const key = { subject: action.subject, predicate: choices.predicate, object: action.object };
  const [subject, object] = await kindsOf(store, key);
  if (!subject || !object || !fitsSignature(key.predicate, subject, object)) {
    throw badInput(`${key.predicate} cannot join a ${subject ?? 'missing node'} to a ${object ?? 'missing node'}`);
  }
  return { type: 'edge', ...key };
}

/** Applies an accepted action through the port: curated edge, retraction, lexicon entry or merge. */
export async function applyAction(store: GraphStore, action: SuggestedAction, decision: EditorDecision): Promise<void> {
  switch (action.type) {
    case 'edge':
      await store.addCuratedEdge({ subject: action.subject, predicate: action.predicate, object: action.object }, decision);
      return;
    case 'retract':
      await store.retractEdge({ subject: action.subject, predicate: action.predicate, object: action.object }, decision);
      return;
    case 'vocabulary':
      await store.upsertVocabulary([
        { id: action.id, kind: action.kind, name: action.name, synonyms: [], xrefs: [], parents: [], replaces: [], source: `editor:${decision.editor}` },
      ]);
      return;
    case 'merge':
      await store.addAlias(action.from, action.to);
      return;
    case 'editorial':
      return;
  }
}
