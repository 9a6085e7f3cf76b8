import { isNegatedAround } from './cues.js';
import type { MentionPlace } from './places.js';
import { offsetInSentence } from './places.js';

/**
 * A head phrase names a thing, so only the head itself can deny it ("Anaemia — the marrow
 * cannot make enough red cells" still names a symptom); elsewhere the clause around the mention.
 */
export function isNegated(place: MentionPlace): boolean {
  if (place.inHead && place.item) return isNegatedAround(place.item.head, 0);
  return isNegatedAround(place.sentence.text, offsetInSentence(place));
}
