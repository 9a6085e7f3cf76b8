import type { RuleContext } from './context.js';
import type { MentionPlace } from './places.js';
import { offsetInSentence } from './places.js';

const CONDITION_KINDS: ReadonlySet<string> = new Set(['Disease', 'Phenotype']);

/** " of the lips, tongue or face ", " in the hands and feet ": the places a described finding is in. */
const PLACES_DESCRIBED = /^\s+(?:of|in|on|around)\s+(?:the\s+|your\s+|both\s+)?[\p{L}-]+(?:(?:\s*,\s*(?:or\s+|and\s+)?|\s+(?:or|and)\s+)[\p{L}-]+)*\s*$/u;

/**
 * "swelling of the lips, tongue or face (angioedema)", "tingling in the hands and feet
 * (peripheral neuropathy)": a finding word inside a description that a bracketed clinical term
 * then names is part of that term, no second finding of its own.
 */
export function isPartOfGlossedDescription(place: MentionPlace, context: RuleContext): boolean {
  if (!CONDITION_KINDS.has(place.mention.kind)) return false;
  const text = place.sentence.text;
  const end = offsetInSentence(place) + place.mention.text.length;
  const open = text.indexOf('(', end);
  if (open < 0 || !PLACES_DESCRIBED.test(text.slice(end, open))) return false;
  return (context.bySentence.get(place.sentence.start) ?? []).some(
    (other) => CONDITION_KINDS.has(other.mention.kind) && other.mention.entity !== place.mention.entity && offsetInSentence(other) > open && offsetInSentence(other) <= open + 2,
  );
}
