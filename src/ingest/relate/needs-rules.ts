import type { RuleContext } from './context.js';
import { relation } from './context.js';
import { clauseBefore } from './cues.js';
import { SILENT_SECTIONS } from './silent-sections.js';
import { isNegated } from './negation.js';
import type { MentionPlace } from './places.js';
import { offsetInSentence } from './places.js';

const TREATMENT_KINDS = new Set(['Drug', 'Procedure']);
const CONDITION_KINDS = new Set(['Disease', 'Phenotype']);

/**
 * "People with pernicious anaemia need lifelong hydroxocobalamin injections": the treatment
 * people with a condition are said to need treats that condition, whatever the article's topic
 * and section. The condition is the last one named between "with" and the verb.
 */
export function relateNeededTreatment(place: MentionPlace, context: RuleContext): void {
  if (!TREATMENT_KINDS.has(place.mention.kind) || SILENT_SECTIONS.has(place.sentence.section)) return;
  const offset = offsetInSentence(place);
  const before = clauseBefore(place.sentence.text, offset);
  const need = PEOPLE_WITH_NEED.exec(before);
  if (!need || isNegated(place)) return;
  // "people with neutropenia also receive antifungal medicines … to prevent fungal infections": aimed elsewhere.
  const after = place.sentence.text.slice(offset + place.mention.text.length);
  if (AIMED_ELSEWHERE.test(after)) return;
  const clauseStart = place.sentence.start + offset - before.length;
  const from = clauseStart + need.index;
  const to = clauseStart + need.index + need[0].length;
  const condition = (context.bySentence.get(place.sentence.start) ?? [])
    .filter((other) => CONDITION_KINDS.has(other.mention.kind) && other.mention.start >= from && other.mention.end <= to)
    .at(-1);
  if (condition && condition.mention.entity !== place.mention.entity) context.propose(relation(place.mention.entity, 'TREATS', condition.mention.entity, place, 'need'));
}

const AIMED_ELSEWHERE = /^[^.;]{0,60}?\b(?:to (?:prevent|treat|stop|reduce|control|protect)|against|for)\b/iu;

/** "people with X need (lifelong) ", "patients with X usually require regular ": up to the treatment. */
const PEOPLE_WITH_NEED =
  /\b(?:people|patients|children|adults|babies|infants|women|men|those|anyone|someone)\s+(?:who have|with)\s+[^,;]{2,80}?\s+(?:(?:usually|often|may|will|must|then|also|generally)\s+)*(?:need|needs|require|requires|are given|is given|receive|receives)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/**
 * "…kidney failure, which may need dialysis or a transplant": a treatment a relative clause says
 * a condition needs treats that condition (the nearest one named before the clause).
 */
export function conditionNeeding(place: MentionPlace, context: RuleContext): string | undefined {
  const offset = offsetInSentence(place);
  const before = clauseBefore(place.sentence.text, offset);
  const need = NEEDS_CUE.exec(before);
  if (!need) return undefined;
  const cueAt = place.sentence.start + offset - before.length + need.index;
  const condition = (context.bySentence.get(place.sentence.start) ?? [])
    .filter((other) => CONDITION_KINDS.has(other.mention.kind) && other.mention.end <= cueAt && cueAt - other.mention.end <= 3)
    .at(-1);
  return condition?.mention.entity;
}

/** ", which may need", ", which can require", " that needs": the rest of the clause lists what the condition needs. */
const NEEDS_CUE = /,?\s(?:which|that)\s+(?:(?:may|can|might|often|usually|will|sometimes)\s+)*(?:needs?|requires?|be treated (?:with|by))\s[^;]*$/iu;
