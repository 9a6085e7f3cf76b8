import type { RuleContext } from './context.js';
import { itemKey } from './context.js';
import { PURPOSE_LABEL, SIDE_EFFECT_LABEL } from './cues.js';
import type { MentionPlace } from './places.js';
import { insideParentheses, offsetInSentence } from './places.js';

// Whom a drug item's lines speak of: the item's head drugs, a combination or a list of them, the
// members of a class named for a sign, or the drug a side effect is put down to.

const TREATMENT_KINDS: ReadonlySet<string> = new Set(['Drug', 'Procedure']);
const CONDITION_KINDS: ReadonlySet<string> = new Set(['Disease', 'Phenotype']);

/** A head naming a class of medicines by the sign it acts against ("Antiseizure medicines", "Anticonvulsants"). */
const SIGN_CLASS_HEAD = /^(?:anti[-\s]?[\p{L}-]+\s+(?:medicines?|medications?|drugs?)|anti(?:convulsants|epileptics|depressants|psychotics|emetics|spasmodics))$/iu;

export function isSignClassItem(key: string, context: RuleContext): boolean {
  return (context.heads.get(key) ?? []).some((head) => TREATMENT_KINDS.has(head.mention.kind) && !insideParentheses(head) && SIGN_CLASS_HEAD.test(head.mention.text.trim()));
}

/** The item's treatment heads a vocabulary knows; a head no vocabulary knows ("Penicillin V prophylaxis") leaves the Purpose line to name the drug. */
export function verifiedTreatmentHeads(place: MentionPlace, context: RuleContext): readonly MentionPlace[] {
  const key = itemKey(place);
  if (!key) return [];
  return (context.heads.get(key) ?? []).filter((head) => TREATMENT_KINDS.has(head.mention.kind) && context.article.entities.get(head.mention.entity)?.status === 'verified');
}

/**
 * The drugs or procedures a condition mention is about: the nearest one before it in the
 * sentence, else the item's head, every drug of it when the head names a combination
 * ("Dabrafenib (TAFINLAR) + trametinib (MEKINIST)": the side effects listed are the pair's).
 */
/** "Stapes surgery or a cochlear implant — for hearing loss": head treatments listed before the nearest one share what the line says of it. */
function alternativesBefore(nearest: MentionPlace, before: readonly MentionPlace[]): MentionPlace[] {
  if (!nearest.inHead) return [];
  const listed: MentionPlace[] = [];
  let next = nearest;
  for (const other of [...before].reverse()) {
    if (other === nearest) continue;
    const between = next.sentence.text.slice(offsetInSentence(other) + other.mention.text.length, offsetInSentence(next));
    if (!other.inHead || !LISTED_ALTERNATIVE.test(between)) break;
    listed.unshift(other);
    next = other;
  }
  return listed;
}

const LISTED_ALTERNATIVE = /^\s*(?:,\s*)?(?:(?:or|and)\s+)?(?:an?\s+|the\s+)?$/iu;

/** "(peripheral neuropathy, from oxaliplatin), hair loss, diarrhoea": a drug named in an aside that closed before the place speaks only inside it. */
function closedAsideBefore(drug: MentionPlace, place: MentionPlace): boolean {
  const between = place.sentence.text.slice(offsetInSentence(drug) + drug.mention.text.length, offsetInSentence(place));
  let depth = 0;
  for (const character of between) {
    if (character === '(') depth += 1;
    else if (character === ')') depth -= 1;
    if (depth < 0) return true;
  }
  return false;
}

export function subjectsOf(place: MentionPlace, context: RuleContext): string[] {
  // "allergic reactions to carboplatin and tingling … (peripheral neuropathy) from vincristine": the drug the finding is put down to.
  const attributed = attributedDrugs(place, context);
  if (attributed.length > 0) return attributed;
  // A list of drugs in one head shares the side effects listed; what each is for may differ.
  const listShares = place.subPointLabel !== undefined && SIDE_EFFECT_LABEL.test(place.subPointLabel);
  // "Purpose: a steroid used by specialists for …" under "Budesonide": "a steroid" says what the item's drug is.
  const before = (context.bySentence.get(place.sentence.start) ?? []).filter(
    (other) => TREATMENT_KINDS.has(other.mention.kind) && other.mention.start < place.mention.start && !describesTheItem(other) && !closedAsideBefore(other, place) && !marksTheTime(other),
  );
  // "Purpose: releases the body's own stored factor VIII in mild haemophilia A": a Purpose line
  // speaks of the item's own drug; what else it names is what that drug acts on.
  const purposeLine = place.subPointLabel !== undefined && PURPOSE_LABEL.test(place.subPointLabel) && verifiedTreatmentHeads(place, context).length > 0;
  const key = itemKey(place);
  // "Purpose: fibrates added to ursodiol off-label; bezafibrate also eases itching": one of the
  // item's own drugs named again in the clause is the one it speaks of.
  const named = purposeLine ? namedAgainInClause(place, before, key ? (context.heads.get(key) ?? []) : []) : undefined;
  if (named) return [named.mention.entity];
  // "Cautions: folic acid is taken on another day; a full blood count is checked while on it": a drug in an earlier clause is not what a later one speaks of.
  const nearest = purposeLine ? undefined : before.filter((other) => !/;/u.test(place.sentence.text.slice(offsetInSentence(other), offsetInSentence(place)))).at(-1);
  if (nearest) return [...alternativesBefore(nearest, before), nearest].map((other) => other.mention.entity);
  const heads = key ? (context.heads.get(key) ?? []).filter((other) => TREATMENT_KINDS.has(other.mention.kind)) : [];
  // Names in parentheses are the head's brands or members ("Beta blockers (metoprolol, atenolol)"): the head speaks for them.
  const [first, ...rest] = heads.filter((head) => !insideParentheses(head)).sort((a, b) => a.mention.start - b.mention.start);
  if (!first) return heads.slice(0, 1).map((head) => head.mention.entity);
  // Only "X + Y", "X with Y", "X and Y" make a combination; a class tag after the name
  // ("Ferrous sulfate tablets Oral iron") is no second drug.
  const chosen = [first];
  for (const next of rest) {
    const previous = chosen.at(-1) as MentionPlace;
    const between = next.sentence.text.slice(offsetInSentence(previous) + previous.mention.text.length, offsetInSentence(next)).replace(/\([^()]*\)/gu, ' ');
    if (!COMBINATION.test(between) || (!listShares && LIST_JOINT.test(between))) break;
    chosen.push(next);
  }
  // "Antiseizure medicines (valproate, lamotrigine) — Purpose: control seizures": each member is used for the sign.
  const members = purposeLine && key && isSignClassItem(key, context) ? heads.filter((head) => insideParentheses(head)) : [];
  // "Drug 6. Anti-TNF agents: infliximab (REMICADE) and adalimumab (HUMIRA)": the members a class head lists after its colon are whom its sub-points speak of.
  const afterColon = place.subPointLabel !== undefined && key ? membersAfterColon(chosen, key, context) : [];
  if (afterColon.length > 0) return [...new Set(afterColon.map((member) => member.mention.entity))];
  const listed = slashListedMembers(chosen, heads);
  if (listed.length > 0) return [...new Set(listed.map((head) => head.mention.entity))];
  return [...new Set([...chosen, ...members].map((head) => head.mention.entity))];
}

/**
 * The drugs a side-effect line puts a finding down to, right after it ("diarrhoea with
 * relugolix", "seizures with enzalutamide and apalutamide"), when no other finding or list break
 * comes between.
 */
function attributedDrugs(place: MentionPlace, context: RuleContext): string[] {
  if (place.subPointLabel === undefined || !SIDE_EFFECT_LABEL.test(place.subPointLabel)) return [];
  const later = (context.bySentence.get(place.sentence.start) ?? []).filter((other) => other.mention.start >= place.mention.end);
  const nextDrug = later.findIndex((other) => TREATMENT_KINDS.has(other.mention.kind));
  const next = later[nextDrug];
  if (!next || later.slice(0, nextDrug).some((other) => CONDITION_KINDS.has(other.mention.kind))) return [];
  const text = place.sentence.text;
  if (!/^[^,;:]*?\s(?:with|from|to|after|on)\s+$/iu.test(text.slice(offsetInSentence(place) + place.mention.text.length, offsetInSentence(next)))) return [];
  const drugs = [next];
  for (const other of later.slice(nextDrug + 1)) {
    const last = drugs.at(-1) as MentionPlace;
    if (!TREATMENT_KINDS.has(other.mention.kind) || !/^\s*(?:,\s*|\s(?:and|or)\s)\s*$/u.test(text.slice(offsetInSentence(last) + last.mention.text.length, offsetInSentence(other)))) break;
    drugs.push(other);
  }
  return [...new Set(drugs.map((drug) => drug.mention.entity))];
}

/** "a steroid", "an antibiotic" in an item's sub-point: a class the item's own drug belongs to. */
/** "given 6 hours after each cisplatin dose": another treatment named only to say when this one is given. */
function marksTheTime(place: MentionPlace): boolean {
  const offset = offsetInSentence(place);
  const text = place.sentence.text;
  return /\b(?:after|before|during|between)\s+(?:each|every|the|a|any)?\s*$/iu.test(text.slice(Math.max(0, offset - 24), offset)) && /^\s+(?:doses?|infusions?|injections?|cycles?|courses?|sessions?)\b/iu.test(text.slice(offset + place.mention.text.length));
}

function describesTheItem(place: MentionPlace): boolean {
  if (place.subPointLabel === undefined) return false;
  return /(?:^|[\s:;,])(?:a|an)\s+$/iu.test(place.sentence.text.slice(0, offsetInSentence(place)));
}

/** The item's one head when it names a class of drugs in the plural ("Anti-TNF agents", "Muscle relaxants"). */
function singleClassHead(chosen: readonly MentionPlace[]): MentionPlace | undefined {
  const [head] = chosen;
  return chosen.length === 1 && head && /s$/iu.test(head.mention.text.trim()) ? head : undefined;
}

function membersAfterColon(chosen: readonly MentionPlace[], key: string, context: RuleContext): MentionPlace[] {
  const head = singleClassHead(chosen);
  const item = head?.item;
  if (!head || !item) return [];
  const headEnd = item.headStart + item.head.length;
  const line = (context.items.get(key) ?? []).filter(
    (other) => other.sentence.start === head.sentence.start && !other.inHead && TREATMENT_KINDS.has(other.mention.kind) && other.mention.start >= headEnd && !insideParentheses(other),
  );
  const [firstMember] = line;
  if (!firstMember) return [];
  return /^\s*:\s*$/u.test(head.sentence.text.slice(headEnd - head.sentence.start, offsetInSentence(firstMember))) ? line : [];
}

/** "X + Y", "X with Y", and a list of drugs in one head ("Enzalutamide (XTANDI), apalutamide (ERLEADA) and …"). */
const COMBINATION = /^[\s®™]*(?:\+|&|\/|with|and|plus|,|,\s*and)[\s]*$/iu;
const LIST_JOINT = /^[\s®™]*,/u;

function namedAgainInClause(place: MentionPlace, before: readonly MentionPlace[], heads: readonly MentionPlace[]): MentionPlace | undefined {
  const own = new Set(heads.filter((head) => TREATMENT_KINDS.has(head.mention.kind)).map((head) => head.mention.entity));
  if (own.size < 2) return undefined;
  const clauseStart = place.sentence.text.lastIndexOf(';', offsetInSentence(place)) + 1;
  return before.filter((other) => !other.inHead && own.has(other.mention.entity) && offsetInSentence(other) >= clauseStart).at(-1);
}

/**
 * "Muscle relaxants (baclofen / tizanidine)": a class head whose brackets offer its members as
 * alternatives; what the item's lines say is said of each member.
 */
function slashListedMembers(chosen: readonly MentionPlace[], heads: readonly MentionPlace[]): MentionPlace[] {
  const head = singleClassHead(chosen);
  if (!head) return [];
  const members = heads.filter((other) => insideParentheses(other) && other.mention.kind === 'Drug' && other.mention.entity !== head.mention.entity);
  if (new Set(members.map((member) => member.mention.entity)).size < 2) return [];
  const text = head.sentence.text;
  const slashJoined = members.every((member, index) => {
    const previous = members[index - 1];
    return previous === undefined || /^\s*\/\s*$/u.test(text.slice(offsetInSentence(previous) + previous.mention.text.length, offsetInSentence(member)));
  });
  return slashJoined ? members : [];
}
