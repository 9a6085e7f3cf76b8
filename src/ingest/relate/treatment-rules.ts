import type { RuleContext } from './context.js';
import { itemKey, relation } from './context.js';
import {
  ADVERSE_EFFECT_CUE,
  CONTRAINDICATION_CUE,
  DOSE_OR_ACTIVITY_LIMIT,
  MONITORING_LABEL,
  PURPOSE_LABEL,
  SIDE_EFFECT_LABEL,
  TREATMENT_CUE,
  clauseAround,
} from './cues.js';
import { isNegated } from './negation.js';
import type { MentionPlace } from './places.js';
import { offsetInSentence } from './places.js';

const TREATMENT_KINDS = new Set(['Drug', 'Procedure']);
/** "Side effects (if the dose is too high): palpitations, …": a line that is a list of side effects. */
const SIDE_EFFECT_LINE = /^[\s•*-]*(?:common |rare |serious |possible )?(?:side[- ]effects?|adverse (?:effects?|reactions?))\b[^:.;]{0,60}:/iu;
const CONDITION_KINDS = new Set(['Disease', 'Phenotype']);

/**
 * A mention in a treatment section (drugs, surgery, non-drug treatment…). A drug or procedure
 * named as an item's head, in prose or in a "Purpose" sub-point treats the topic, unless the
 * sentence contraindicates it or denies it; a condition named in "Side effects" is an adverse
 * effect of the item's drug; "X for Y" makes X treat Y.
 */
export function relateTreatmentPlace(place: MentionPlace, context: RuleContext): void {
  if (TREATMENT_KINDS.has(place.mention.kind)) relateTreatment(place, context);
  else if (CONDITION_KINDS.has(place.mention.kind)) relateCondition(place, context);
  else if (place.mention.kind === 'Test') relateMonitoringTest(place, context);
}

/** "Monitoring: liver function tests before starting…" under a drug item: the test watches that drug. */
function relateMonitoringTest(place: MentionPlace, context: RuleContext): void {
  if (place.subPointLabel === undefined || !MONITORING_LABEL.test(place.subPointLabel) || isNegated(place)) return;
  const subject = subjectOf(place, context);
  if (subject) context.propose(relation(place.mention.entity, 'MONITORS', subject, place, place.subPointLabel));
}

function relateTreatment(place: MentionPlace, context: RuleContext): void {
  const offset = offsetInSentence(place);
  const clause = clauseAround(place.sentence.text, offset);
  const treatment = place.mention.entity;
  const contraindication = contraindicationCue(clause);
  if (contraindication) {
    const object = conditionAfter(place, context, contraindication.index) ?? (namesAnotherTarget(clause, contraindication) ? undefined : context.primary.id);
    if (object) context.propose(relation(treatment, 'CONTRAINDICATED_IN', object, place, contraindication.text));
    return;
  }
  if (isNegated(place)) return;
  const purpose = place.subPointLabel !== undefined && PURPOSE_LABEL.test(place.subPointLabel);
  if (place.inHead || purpose) context.propose(relation(treatment, 'TREATS', context.primary.id, place));
  else if (place.item === undefined) relateProseTreatment(place, context, clause);
  const key = itemKey(place);
  if (place.inHead && key) {
    for (const target of context.headTargets.get(key) ?? []) context.propose(relation(treatment, 'TREATS', target, place, 'for'));
  }
}

/** "Pain crises are treated with fluids, paracetamol or NSAIDs": the condition before the cue. */
const TREATED_WITH = /\b(?:treated|managed|relieved|controlled|eased) (?:with|by)\b/iu;
/** "Aspirin and other NSAIDs trigger attacks": the drug harms rather than treats. */
const HARM_CUE = /\b(?:trigger\w*|worsen\w*|provok\w*|bring on|set off)\b/iu;

/**
 * A drug named in a treatment section's prose (outside items) treats what the sentence says it
 * treats: the condition before "treated with", else the topic when the clause has a treatment
 * cue and no harm cue.
 */
function relateProseTreatment(place: MentionPlace, context: RuleContext, clause: string): void {
  if (HARM_CUE.test(clause)) return;
  const offset = offsetInSentence(place);
  const treatedWith = TREATED_WITH.exec(place.sentence.text.slice(0, offset));
  if (treatedWith) {
    const cueOffset = place.sentence.start + treatedWith.index;
    const condition = (context.bySentence.get(place.sentence.start) ?? []).filter(
      (other) => CONDITION_KINDS.has(other.mention.kind) && other.mention.start < cueOffset,
    ).at(-1);
    const target = condition?.mention.entity ?? context.primary.id;
    context.propose(relation(place.mention.entity, 'TREATS', target, place, treatedWith[0]));
    return;
  }
  const cue = TREATMENT_CUE.exec(clause);
  if (cue) context.propose(relation(place.mention.entity, 'TREATS', context.primary.id, place, cue[0]));
}

function relateCondition(place: MentionPlace, context: RuleContext): void {
  const subject = subjectOf(place, context);
  if (!subject || place.mention.entity === context.primary.id) return;
  const offset = offsetInSentence(place);
  const clause = clauseAround(place.sentence.text, offset);
  const before = place.sentence.text.slice(Math.max(0, offset - 80), offset);
  const contraindication = contraindicationCue(clause);
  if (contraindication && clause.indexOf(place.mention.text) > contraindication.index) {
    context.propose(relation(subject, 'CONTRAINDICATED_IN', place.mention.entity, place, contraindication.text));
    return;
  }
  if (isNegated(place)) return;
  const sideEffectLabel = (place.subPointLabel !== undefined && SIDE_EFFECT_LABEL.test(place.subPointLabel)) || SIDE_EFFECT_LINE.test(place.sentence.text.slice(0, offset));
  if (sideEffectLabel || (!place.subPointLabel && ADVERSE_EFFECT_CUE.test(before) && !TREATMENT_CUE.test(before))) {
    context.propose(relation(subject, 'HAS_ADVERSE_EFFECT', place.mention.entity, place, sideEffectLabel ? (place.subPointLabel ?? 'side effects') : ADVERSE_EFFECT_CUE.exec(before)?.[0]));
    return;
  }
  const purpose = place.subPointLabel !== undefined && PURPOSE_LABEL.test(place.subPointLabel);
  const treatCue = purpose ? TREATMENT_CUE.exec(before) : (/\bfor\s+(?:\S+\s+){0,5}$/iu.exec(before) ?? explanationVerb(place));
  if (treatCue) context.propose(relation(subject, 'TREATS', place.mention.entity, place, treatCue[0].trim().split(/\s+/u)[0]));
}

/** "Spinal fusion — corrects severe scoliosis": an explanation that opens with what the item does. */
function explanationVerb(place: MentionPlace): RegExpExecArray | null {
  if (!place.item || place.inHead || place.subPointLabel !== undefined) return null;
  const headEnd = place.item.headStart + place.item.head.length;
  if (place.mention.start < headEnd || place.mention.start - headEnd > 80) return null;
  const between = place.item.explanation ? place.sentence.text.slice(Math.max(0, headEnd - place.sentence.start), offsetInSentence(place)) : '';
  return /^[\s—–:-]*(?:\w+\s+){0,2}?(?:corrects?|treats?|relieves?|eases?|controls?|removes?|repairs?|prevents?|improves?|cures?)\b/iu.exec(between);
}

/** The drug or procedure a condition mention is about: the nearest one before it, or the item's head. */
function subjectOf(place: MentionPlace, context: RuleContext): string | undefined {
  const before = (context.bySentence.get(place.sentence.start) ?? []).filter(
    (other) => TREATMENT_KINDS.has(other.mention.kind) && other.mention.start < place.mention.start,
  );
  const nearest = before.at(-1);
  if (nearest) return nearest.mention.entity;
  const key = itemKey(place);
  const head = key ? context.heads.get(key)?.find((other) => TREATMENT_KINDS.has(other.mention.kind)) : undefined;
  return head?.mention.entity;
}

interface Cue {
  readonly text: string;
  readonly index: number;
}

/** A contraindication cue, unless the clause limits a dose or an activity instead. */
function contraindicationCue(clause: string): Cue | undefined {
  const match = CONTRAINDICATION_CUE.exec(clause);
  if (!match) return undefined;
  const rest = clause.slice(match.index);
  if (DOSE_OR_ACTIVITY_LIMIT.test(rest)) return undefined;
  return { text: match[0], index: match.index };
}

function conditionAfter(place: MentionPlace, context: RuleContext, cueIndex: number): string | undefined {
  const cueOffset = place.sentence.start + cueIndex;
  return (context.bySentence.get(place.sentence.start) ?? []).find(
    (other) => CONDITION_KINDS.has(other.mention.kind) && other.mention.start > cueOffset && other.mention.entity !== place.mention.entity,
  )?.mention.entity;
}

/** "not recommended for the OSTM1-related form": the cue names a target we did not recognise. */
function namesAnotherTarget(clause: string, cue: Cue): boolean {
  const rest = clause.slice(cue.index + cue.text.length);
  const complement = /^\s*(?:in|for|with|during|to)\s+(?:the\s+|a\s+|an\s+|people\s+with\s+|patients\s+with\s+|children\s+with\s+)?([^,.;]+)/iu.exec(rest);
  if (!complement?.[1]) return false;
  return !/\b(?:this|the) (?:condition|disease|disorder)\b|^(?:it|them)\b/iu.test(complement[1]);
}
