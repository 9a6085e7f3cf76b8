import { badInput } from '../../domain/errors.js';
import type { EditorDecision } from '../../store/port.js';
import type { ApiContext } from '../context.js';

const MAX_REASON = 2_000;

/** An editor's decision with a required, bounded reason and the request's clock. */
export function decision(context: ApiContext, editor: string, reason: string): EditorDecision {
  const trimmed = reason.trim();
  if (trimmed.length === 0) throw badInput('a reason is required', { argument: 'reason' });
  if (trimmed.length > MAX_REASON) throw badInput(`the reason is longer than ${MAX_REASON} characters`);
  return { editor, reason: trimmed, at: context.clock().toISOString() };
}
