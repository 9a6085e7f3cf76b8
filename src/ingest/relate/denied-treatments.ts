import type { RuleContext } from './context.js';
import { namesTopic } from './context.js';
import { clauseSpan } from './cues.js';
import { offsetInSentence } from './places.js';

/** "do not treat", "does not cure", "is not a treatment for": a statement that something fails to treat. */
const DENIED_TREATING = /\b(?:(?:do|does|did|will|can|could)\s+not|doesn't|don't|didn't|cannot|can't|never)\s+(?:\w+\s+)?(?:treat|cure|remove|reverse|shrink)\b|\b(?:is|are)\s+not\s+(?:used\s+as\s+)?(?:a\s+|an\s+)?(?:treatments?|cures?)\s+(?:for|of)\b/giu;
/** "a large trial did not show a clear benefit", "showed no benefit": the treatment failed, whatever it was tried for. */
const NO_BENEFIT = /\b(?:did|does|do)\s+not\s+(?:show|find|give|bring)\s+(?:a\s+|any\s+)?(?:clear\s+|real\s+|significant\s+|meaningful\s+)?benefit\b|\b(?:showed|shows|found|gave)\s+no\s+(?:clear\s+|real\s+|significant\s+)?benefit\b/giu;
/** What a cancer or disease article calls its own topic in passing ("it does not remove the cancer"). */
const TOPIC_WORD = /^(?:the\s+)?(?:cancer|tumou?r|disease|condition|disorder|illness)\b|^(?:it|this)\b/iu;
const TREATMENT_KINDS: ReadonlySet<string> = new Set(['Drug', 'Procedure']);

/**
 * "Finasteride and dutasteride, taken for BPH, … but do not treat prostate cancer", "miglustat
 * on its own does not treat Pompe disease", "TURP — …; it does not remove the cancer", "are not
 * used as treatments for NPC", "a large trial did not show a clear benefit": the
 * treatments a sentence says do not treat the topic. The article's own denial outweighs what
 * the section alone would make of them, so they treat the topic nowhere in it. The subjects are
 * the treatments the denying clause names before the denial, else every treatment the sentence
 * names before it.
 */
export function treatmentsDeniedForTopic(context: RuleContext): Set<string> {
  const denied = new Set<string>();
  for (const places of context.bySentence.values()) {
    const sentence = places[0]?.sentence.text;
    if (sentence === undefined) continue;
    const denials = [...[...sentence.matchAll(DENIED_TREATING)].filter((match) => deniesTheTopic(sentence, match, context)), ...sentence.matchAll(NO_BENEFIT)];
    for (const match of denials) {
      const treatments = places.filter((place) => TREATMENT_KINDS.has(place.mention.kind) && offsetInSentence(place) < match.index);
      const clause = clauseSpan(sentence, match.index);
      const inClause = treatments.filter((place) => offsetInSentence(place) >= clause.start);
      for (const place of inClause.length > 0 ? inClause.slice(-1) : treatments) denied.add(place.mention.entity);
    }
  }
  return denied;
}

function deniesTheTopic(sentence: string, match: RegExpExecArray, context: RuleContext): boolean {
  const object = sentence.slice(match.index + match[0].length).replace(/^\s+(?:in|for|of)?\s*/u, '').split(/[,.;:()]/u)[0] ?? '';
  return namesTopic(object, context) || TOPIC_WORD.test(object.trim());
}
