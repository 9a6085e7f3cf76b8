import { searchKey } from '../../domain/text.js';
import type { RuleContext } from './context.js';
import { isLifeState, isMentioned, isNamedInSections, itemHeadOtherThanTopic, itemKey, namesTopic, relation } from './context.js';
import {
  ADVERSE_EFFECT_CUE,
  CONTRAINDICATION_CUE,
  COORDINATE_JOINT,
  DOSE_OR_ACTIVITY_LIMIT,
  MONITORING_CUE,
  MONITORING_LABEL,
  ONLY_SURVIVAL_UNPROVEN,
  PURPOSE_LABEL,
  SIDE_EFFECT_LABEL,
  TREATMENT_CUE,
  clauseAround,
  clauseBefore,
  clauseSpan,
} from './cues.js';
import { isBroaderThanTopic } from './disease-tests.js';
import { isPartOfGlossedDescription } from './glossed.js';
import { isSignClassItem, subjectsOf, verifiedTreatmentHeads } from './treatment-subjects.js';
import { isNegated } from './negation.js';
import { loweringVerbOf } from '../recognise/lowered-levels.js';
import type { MentionPlace } from './places.js';
import { insideParentheses, offsetInSentence } from './places.js';

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

/** "Monitoring: liver function tests before starting…" under a drug item, or a sub-point clause that says a test monitors: the test watches that drug. */
function relateMonitoringTest(place: MentionPlace, context: RuleContext): void {
  if (place.subPointLabel === undefined || isNegated(place)) return;
  // "Side effects: … heart failure; an echocardiogram is used to monitor the heart during trastuzumab": a monitoring clause in any sub-point.
  if (!MONITORING_LABEL.test(place.subPointLabel) && !MONITORING_CUE.test(clauseAround(place.sentence.text, offsetInSentence(place)))) return;
  // "Monitoring: kidney function tests and a CBC before each dose of lutetium-177 PSMA-617": the drug the line names.
  const dosed = (context.bySentence.get(place.sentence.start) ?? []).filter(
    (other) => TREATMENT_KINDS.has(other.mention.kind) && other.mention.start > place.mention.start && DOSE_OF.test(textBefore(other, 30)),
  );
  const subjects = dosed.length > 0 ? [...new Set(dosed.map((other) => other.mention.entity))] : subjectsOf(place, context);
  for (const subject of subjects) context.propose(relation(place.mention.entity, 'MONITORS', subject, place, place.subPointLabel));
}

/** The part of a clause, between ", and"s, that holds the mention: "… given between cycles, and high-dose chemotherapy … is used when …". */
function conjunctAround(place: MentionPlace): string {
  const { start, end } = clauseSpan(place.sentence.text, offsetInSentence(place), COORDINATE_JOINT);
  return place.sentence.text.slice(start, end);
}

/** "before each chemotherapy dose", "before any treatment", "between cycles": given for the sake of another treatment. */
const ALONGSIDE_ANOTHER_TREATMENT = /\b(?:before|with|after)\s+(?:each|every|any)\s+(?:(?:chemotherapy|radiotherapy)\s+)?(?:cycle|dose|infusion|session|treatment)\b|\bbetween\s+(?:(?:chemotherapy|treatment)\s+)?(?:cycles|doses|infusions|sessions)\b/iu;
const WITH_THE_OTHER_DRUG = /^\s*(?:(?:together|at the same time)\s+)?(?:with|alongside)\s+(?:it|them|this medicine|these medicines|each other)\b|^\s*(?:together|at the same time)\b/iu;
const DOSE_OF = /\b(?:doses?|courses?|cycles?|infusions?|injections?|treatment)\s+(?:of|with)\s+$/iu;

const PURPOSE_HELPS = /\b(?:may|can|might|often)?\s*helps?\s+(?:(?:with|to\s+(?:ease|calm|settle))\s+)?(?:[^.;:]*?(?:,\s*|\s+and\s+|\s+or\s+))?(?:[\p{L}'’-]+\s+){0,3}$/iu;
const DOSE_LABEL = /\bdos(?:e|es|ing|age)\b/iu;

const REASON_AFTER = /\b(?:because|since)\b/iu;

const NOT_GIVEN_OPENING = /^\s*(?:(?:it\s+)?is\s+)?not\s+(?:done|used|given|offered|recommended|needed|performed)\b(?!\s+(?:until|unless|before|for\s+(?:mild|early)))/iu;

function relateTreatment(place: MentionPlace, context: RuleContext): void {
  const offset = offsetInSentence(place);
  const clause = clauseAround(place.sentence.text, offset);
  const treatment = place.mention.entity;
  // "Dose & timing: testosterone is started at a low dose and raised slowly, because it can worsen behaviour": how to dose it, no condition to avoid it in.
  const contraindication = place.subPointLabel !== undefined && DOSE_LABEL.test(place.subPointLabel) ? undefined : contraindicationCue(clause);
  // "it must not be given together with bleomycin": the drug named after the cue is what the item's drug must not be combined with.
  if (contraindication && COMBINED_WITH.test(place.sentence.text.slice(Math.max(0, offset - 30), offset)) && offset > clauseSpan(place.sentence.text, offset).start + contraindication.index) return;
  // "fluvoxamine raises pirfenidone levels and should not be taken with it": a pair not to combine, said of no condition.
  if (contraindication && WITH_THE_OTHER_DRUG.test(clause.slice(contraindication.index + contraindication.text.length))) return;
  // "metoprolol has not been shown to protect as well as nadolol or propranolol and is not recommended for LQTS":
  // not recommended for want of benefit, and said of the clause's subject, not of what it is compared with.
  if (contraindication && (NO_BENEFIT_BEFORE.test(clause.slice(0, contraindication.index)) || COMPARED_WITH.test(place.sentence.text.slice(Math.max(0, offset - 40), offset)))) return;
  // "phenytoin and carbamazepine are avoided …, because they speed up the breakdown of dexamethasone": the reason names another drug, not one avoided.
  if (contraindication && REASON_AFTER.test(place.sentence.text.slice(clauseSpan(place.sentence.text, offset).start + contraindication.index, offset))) return;
  if (contraindication && !hasOwnSubjectBeforeCue(place, clause, contraindication) && !isObjectOfWorsening(place, clause, contraindication)) {
    // The cue's place in the sentence, not in its clause: "…; pirfenidone is not recommended in severe liver disease".
    const cueInSentence = clauseSpan(place.sentence.text, offset).start + contraindication.index;
    // "should not be used in people with heart block who do not have a pacemaker": part of who, not what must be avoided.
    if (isPartOfWhoMustAvoid(place, cueInSentence, context)) return;
    // "In children under 3, radiotherapy is delayed or avoided": an age limit, no condition to avoid it in.
    if (AGE_LIMIT_OPENING.test(place.sentence.text.slice(0, offset))) return;
    const object = conditionAfter(place, context, cueInSentence) ?? conditionOfOpeningGroup(place, context) ?? (namesAnotherTarget(clause, contraindication) ? undefined : context.primary.id);
    // "Splenectomy is not recommended for mild HS": a limit to the severe forms the treatment is for, no contraindication.
    if (object && !(object === context.primary.id && MILD_FORM_ONLY.test(clause.slice(contraindication.index + contraindication.text.length, contraindication.index + contraindication.text.length + 30)))) {
      context.propose(relation(treatment, 'CONTRAINDICATED_IN', object, place, contraindication.text));
    }
    return;
  }
  // "… should be avoided in people with LQTS. Examples are the macrolides erythromycin and clarithromycin, …": the examples share the caution.
  const avoided = EXAMPLES_OPENING.test(place.sentence.text) && !describesNextDrug(place, context) ? avoidedByPreviousSentence(place, context) : undefined;
  if (avoided) {
    context.propose(relation(treatment, 'CONTRAINDICATED_IN', avoided.object, place, avoided.cue));
    return;
  }
  if (isNegated(place)) return;
  // "Lymph node dissection — not done routinely, because GIST seldom spreads to lymph nodes": a treatment the line says is not given.
  if (place.inHead && NOT_GIVEN_OPENING.test(place.item?.explanation ?? '')) return;
  // "Sentinel lymph node biopsy — removes the first few lymph nodes to check for spread": done to find out, not to treat.
  // "Temporal artery biopsy — … removed to confirm GCA; it is not done for PMR alone": it finds the condition it confirms.
  if (place.inHead && place.mention.kind === 'Procedure' && (DIAGNOSTIC_PURPOSE.test(place.item?.explanation ?? '') || CONFIRMING_PURPOSE.test(place.item?.explanation ?? ''))) {
    const confirmed = conditionConfirmed(place, context);
    if (confirmed) context.propose(relation(treatment, 'DIAGNOSES', confirmed.mention.entity, confirmed, 'to confirm'));
    else context.propose(relation(treatment, 'DIAGNOSES', context.primary.id, place, 'to check'));
    return;
  }
  // "Drug 4. Thiazide diuretics | • Caution: should be avoided in PHPT, because …": a card that names a drug to keep away from the topic.
  const avoidedCue = place.inHead ? cardAvoidsTopic(place, context) : undefined;
  if (avoidedCue) {
    context.propose(relation(treatment, 'CONTRAINDICATED_IN', context.primary.id, place, avoidedCue));
    return;
  }
  const purpose = place.subPointLabel !== undefined && PURPOSE_LABEL.test(place.subPointLabel) && isItemsOwnTreatment(place, context);
  if ((place.inHead || purpose || opensMemberPoint(place, context)) && !aimsElsewhere(place, context) && !purposeDeniesBenefit(place, context) && !isTaggedNoTreatment(place)) {
    context.propose(relation(treatment, 'TREATS', context.primary.id, place));
    // "Laser treatment — for nosebleeds": one of the topic's own signs it is aimed at is treated too.
    if (place.inHead) for (const sign of signsAimedAt(place, context)) context.propose(relation(treatment, 'TREATS', sign, place, 'for'));
  }
  else if (place.item === undefined) relateProseTreatment(place, context, clause);
  // "Medicine review — many medicines, including metformin and gabapentin, need a lower dose": a dose note, no member.
  else if (isMemberOfHead(place, context) && !DOSE_ADJUSTMENT.test(clause)) context.propose(relation(treatment, 'TREATS', context.primary.id, place, 'member of the item'));
  // "• Phosphate binders do not lower potassium; high potassium is treated with patiromer": a condition an item's line treats with another drug.
  else if (!place.inHead) relateTreatedWith(place, context);
  const key = itemKey(place);
  if (place.inHead && key) {
    for (const target of context.headTargets.get(key) ?? []) context.propose(relation(treatment, 'TREATS', target, place, 'for'));
    const cared = careNamedForCondition(key, context);
    if (cared && isMentioned(cared, context)) context.propose(relation(treatment, 'TREATS', cared, place, 'named for'));
  }
}

/**
 * "Drug 7. Hormonal and other tablets | • Spironolactone — for women whose HS flares with their
 * periods": a card headed by a group label whose unlabelled points each open with a drug and a
 * dash; that drug is the point's treatment, as a card's head is.
 */
function opensMemberPoint(place: MentionPlace, context: RuleContext): boolean {
  const key = itemKey(place);
  if (!place.item?.subPoints || place.subPointLabel !== '' || (key ? (context.heads.get(key) ?? []) : []).some((head) => TREATMENT_KINDS.has(head.mention.kind))) return false;
  const point = place.item.subPoints.filter((candidate) => candidate.start <= place.mention.start).at(-1);
  if (!point) return false;
  const offset = place.mention.start - point.start;
  return /^[\s•·*-]*$/u.test(point.text.slice(0, offset)) && /^(?:\s*\([^()]*\))?\s*[—–:]/u.test(point.text.slice(offset + place.mention.text.length));
}

/** "Lymphoedema care", "Pain management", "Fatigue treatment": care named for a condition. */
const CARE_NAMED_FOR = /^(.+?)\s+(?:care|management|treatment|therapy|relief|control)$/iu;

/**
 * The condition (other than the topic) an item's treatment head is named for: "Lymphoedema
 * care — compression garments, skin care and gentle exercise" looks after lymphoedema, and what
 * its line lists does too, not the cancer.
 */
function careNamedForCondition(key: string, context: RuleContext): string | undefined {
  for (const head of context.heads.get(key) ?? []) {
    if (!TREATMENT_KINDS.has(head.mention.kind)) continue;
    const named = CARE_NAMED_FOR.exec(head.mention.text.trim())?.[1];
    if (!named) continue;
    const wanted = searchKey(named);
    for (const entity of context.article.entities.values()) {
      if (!CONDITION_KINDS.has(entity.kind) || entity.id === context.primary.id || isFormOfTopic(entity.id, context)) continue;
      if ([entity.name, ...entity.synonyms].some((name) => searchKey(name) === wanted)) return entity.id;
    }
  }
  return undefined;
}

const CONFIRMING_PURPOSE = /\bto\s+(?:confirm|diagnose)\b/iu;

/** The condition other than the topic that a procedure item's line says it is done to confirm ("… to confirm GCA"). */
function conditionConfirmed(place: MentionPlace, context: RuleContext): MentionPlace | undefined {
  const key = itemKey(place);
  return (context.items.get(key ?? '') ?? []).find(
    (other) => !other.inHead && CONDITION_KINDS.has(other.mention.kind) && other.mention.entity !== context.primary.id && !isFormOfTopic(other.mention.entity, context) && /\bto\s+(?:confirm|diagnose|check\s+for|look\s+for)\s+(?:(?:the|an?)\s+)?$/iu.test(textBefore(other, 30)),
  );
}

/** "Drug 2. Irinotecan (CAMPTOSAR®) Chemotherapy — a caution, not a treatment": a card whose tag says it is not the topic's treatment. */
const AVOIDED_IN = /^\s*(?:(?:it|they|these|this\s+(?:medicine|drug))\s+)?((?:should|must)\s+(?:be\s+avoided|not\s+be\s+(?:used|given|taken)))\s+(?:in|by|for)\s+(?:(?:people|patients|anyone|those)\s+with\s+)?([^,.;()]+)/iu;

/** The cue of a card's Caution point that says, with no subject of its own, that the card's drugs are to be avoided in the topic. */
function cardAvoidsTopic(place: MentionPlace, context: RuleContext): string | undefined {
  for (const point of place.item?.subPoints ?? []) {
    if (!/\b(?:cautions?|warnings?)\b/iu.test(point.label)) continue;
    const avoided = AVOIDED_IN.exec(point.text);
    if (avoided?.[1] && avoided[2] && (namesTopic(avoided[2], context) || /^(?:this|the)\s+(?:condition|disease|disorder)\b/iu.test(avoided[2].trim()))) return avoided[1];
  }
  return undefined;
}

function isTaggedNoTreatment(place: MentionPlace): boolean {
  const item = place.item;
  return item?.subPoints !== undefined && /\bnot\s+(?:a\s+|the\s+)?(?:treatment|cure)\b/iu.test(item.explanation);
}

/**
 * "Purpose: once hoped to reduce PMP22; high-dose vitamin C has not been shown to help CMT1A … and
 * is not recommended", "Purpose: none in Menkes disease": the item's own Purpose says it does not work.
 */
function purposeDeniesBenefit(place: MentionPlace, context: RuleContext): boolean {
  const key = itemKey(place);
  if (!key) return false;
  return (context.items.get(key) ?? []).some(
    (other) =>
      other.subPointLabel !== undefined &&
      PURPOSE_LABEL.test(other.subPointLabel) &&
      ((NO_BENEFIT_BEFORE.test(other.sentence.text) && !ONLY_SURVIVAL_UNPROVEN.test(other.sentence.text)) || NO_PURPOSE.test(other.sentence.text)),
  );
}

/** "Purpose: none in Menkes disease; copper taken by mouth does not work": a card that says it has no use. */
const NO_PURPOSE = /^(?:[\p{L} ]+:\s*)?none\b/iu;


// "trials did not show that it improves ataxia": the same, told of a trial.
const NO_BENEFIT_BEFORE = /\b(?:has|have)\s+not\s+been\s+shown\s+to\b|\b(?:did|do|does)\s+not\s+show\s+that\s+(?:it|they)\s+(?:improves?|helps?|works?|slows?|prevents?|reduces?)\b/iu;
const COMPARED_WITH = /\b(?:as\s+well\s+as|better\s+than|than|unlike|instead\s+of)\s+(?:[\p{L}-]+\s+(?:or|and)\s+)?$/iu;
const EXAMPLES_OPENING = /^\s*(?:examples?\s+(?:are|include)|for\s+example|these\s+include|they\s+include)\b/iu;

/** "the antipsychotic haloperidol": a class word right before a drug's name says what that drug is. */
function describesNextDrug(place: MentionPlace, context: RuleContext): boolean {
  const end = offsetInSentence(place) + place.mention.text.length;
  return (context.bySentence.get(place.sentence.start) ?? []).some((other) => other.mention.kind === 'Drug' && /^\s+$/u.test(place.sentence.text.slice(end, offsetInSentence(other))));
}

/** The contraindication the sentence right before states, when it names who must avoid (a condition, else the topic). */
function avoidedByPreviousSentence(place: MentionPlace, context: RuleContext): { object: string; cue: string } | undefined {
  let previous: MentionPlace | undefined;
  for (const [start, places] of context.bySentence) {
    const first = places[0];
    if (!first || start >= place.sentence.start || first.sentence.section !== place.sentence.section) continue;
    if (place.sentence.start - first.sentence.end > 3) continue;
    previous = first;
  }
  if (!previous) return undefined;
  const cue = contraindicationCue(previous.sentence.text);
  if (!cue) return undefined;
  const object = conditionAfter(previous, context, cue.index) ?? context.primary.id;
  return { object, cue: cue.text };
}

const COMBINED_WITH = /\b(?:together\s+with|in\s+combination\s+with|alongside|combined\s+with|at\s+the\s+same\s+time\s+as)\s+(?:the\s+)?$/iu;

const MILD_FORM_ONLY = /^\s*(?:(?:in|for)\s+)?(?:(?:people|patients|children|adults|those)\s+with\s+)?(?:a\s+|the\s+)?(?:mild|milder|very mild|mild to moderate)\b/iu;

/** "need a lower dose as the eGFR falls", "doses are reduced": a note on adjusting a dose. */
const DOSE_ADJUSTMENT = /\b(?:lower|smaller|reduced|adjusted)\s+doses?\b|\bdoses?\s+(?:is|are|must be|should be|may be)?\s*(?:reduced|lowered|adjusted|cut)\b|\bdose (?:adjustment|reduction)s?\b/iu;

const DIAGNOSTIC_PURPOSE = /\bto (?:check|look|test) (?:for|whether|if)\b|\bto (?:see|find out) (?:if|whether|how far)\b|\bto stage\b/iu;

/**
 * An item whose head says what it is for ("Dapsone — for the skin rash") or whose Purpose names
 * only a subtype of the topic ("Tretinoin — Purpose: treat APL" in an AML article) treats that,
 * not the topic as a whole; the rules for targets and conditions give those relations. A form
 * named with the topic's own name ("for mild haemophilia A") still leaves the topic treated.
 */
function aimsElsewhere(place: MentionPlace, context: RuleContext): boolean {
  const key = itemKey(place);
  if (!key || !place.item) return false;
  if ((context.headTargets.get(key) ?? []).some((target) => target !== context.primary.id && !isFormOfTopic(target, context))) return true;
  if (careNamedForCondition(key, context)) return true;
  const item = place.item;
  // "Sperm banking — freezing sperm before any treatment that may affect fertility": done for the sake of another treatment.
  if (item.subPoints === undefined && ALONGSIDE_ANOTHER_TREATMENT.test(item.explanation)) return true;
  // "Ventriculoperitoneal shunt — for hydrocephalus that raises …": an explanation that opens with its aim.
  if (item.subPoints === undefined && opensWithAim(place, context)) return true;
  // "Drug 3. Dapsone | For the skin rash": a class tag that says what the drug is for.
  const tagTarget = item.subPoints !== undefined ? /^(?:for|to treat|against)\s+(.+)$/iu.exec(item.explanation.trim())?.[1] : undefined;
  if (tagTarget !== undefined && !namesTopic(tagTarget, context)) return true;
  const purpose = (context.items.get(key) ?? []).filter((other) => other.subPointLabel !== undefined && PURPOSE_LABEL.test(other.subPointLabel));
  // "Purpose: injections that treat the anaemia of CKD": the Purpose names its own aim, and the topic only as whose it is.
  const topic = purpose.filter((other) => other.mention.entity === context.primary.id);
  // "Purpose: treat ADHD in children with NF1": the topic says who, the aim is the other condition.
  if (purpose.some((other) => isAimOtherThanTopic(other, context)) && topic.length > 0 && topic.every((other) => TOPIC_AS_OWNER_OR_SETTING.test(textBefore(other, 40)))) return true;
  // "Purpose: a 14-day course that clears Helicobacter pylori infection": an infection cleared is the aim, whatever it leads to.
  if (topic.length === 0 && purpose.some((other) => CONDITION_KINDS.has(other.mention.kind) && other.mention.entity !== context.primary.id && !isBroaderThanTopic(other.mention.text, context) && /\b(?:clears?|to clear|eradicates?|to eradicate|kills?|to kill)\s+(?:the\s+)?$/iu.test(textBefore(other, 30)))) return true;
  // "Antiseizure medicines (valproate, lamotrigine) — Purpose: control seizures": the members of a class named for a sign treat that sign.
  if (insideParentheses(place) && isSignClassItem(key, context) && topic.length === 0 && purpose.some((other) => CONDITION_KINDS.has(other.mention.kind))) return true;
  // "Anti-sickness medicines — Purpose: given before each chemotherapy dose to prevent nausea and vomiting": care for another treatment's effects.
  if (topic.length === 0 && purpose.some((other) => ALONGSIDE_ANOTHER_TREATMENT.test(other.sentence.text))) return true;
  // "Drug 4. Iron tablets — Purpose: for people who also have iron-deficiency anaemia": given for a condition had as well.
  if (topic.length === 0 && purpose.some((other) => CONDITION_KINDS.has(other.mention.kind) && other.mention.entity !== context.primary.id && ALSO_HAVE.test(textBefore(other, 50)))) return true;
  // "Drug 4. Omeprazole — Purpose: treats heartburn from gastro-oesophageal reflux disease (GORD)": another disease's medicine, listed beside the topic's.
  if (topic.length === 0 && purpose.some((other) => isDiseaseAimOtherThanTopic(other, context))) return true;
  const named = purpose.filter((other) => other.mention.kind === 'Disease');
  return named.length > 0 && named.every((other) => context.article.subtypes.has(other.mention.entity) && !isFormOfTopic(other.mention.entity, context));
}

/** An item explanation that opens with "for X" / "to treat X" / "the first treatment for X", X a condition other than the topic. */
function opensWithAim(place: MentionPlace, context: RuleContext): boolean {
  const item = place.item;
  if (!item) return false;
  // "Liver transplantation — for liver failure; it cures the deficiency": a cure of the topic all the same.
  if (/\bcures?\b/iu.test(item.explanation)) return false;
  // "Laser treatment — for nosebleeds", "… — for blast phase": the topic's own signs or phases are the topic treated.
  return openingAims(place, context).some((other) => !isFormOfTopic(other.mention.entity, context) && !isNamedInSections(other.mention.entity, ['symptoms', 'types', 'definition'], context));
}

/** The topic's own signs (named under Symptoms) that an item's explanation opens by aiming at ("— for nosebleeds"). */
function signsAimedAt(place: MentionPlace, context: RuleContext): string[] {
  if (place.item?.subPoints !== undefined) return [];
  // "Spinal fusion — corrects severe scoliosis", "Biliary stent — … relieves jaundice": what the line says the treatment fixes, named as a sign or complication of the topic.
  const signs = openingAims(place, context, SIGN_AIM).filter((other) => isNamedInSections(other.mention.entity, ['symptoms', 'complications'], context));
  return [...new Set(signs.map((other) => other.mention.entity))];
}

/** Conditions other than the topic that an item's explanation opens by aiming at ("— for hydrocephalus", "— to treat …"). */
function openingAims(place: MentionPlace, context: RuleContext, aim: RegExp = OPENING_AIM): MentionPlace[] {
  const item = place.item;
  if (!item) return [];
  const headEnd = item.headStart + item.head.length;
  return (context.items.get(itemKey(place) ?? '') ?? []).filter((other) => {
    if (!CONDITION_KINDS.has(other.mention.kind) || other.mention.entity === context.primary.id || other.mention.start < headEnd) return false;
    return aim.test(other.sentence.text.slice(Math.max(0, headEnd - other.sentence.start), offsetInSentence(other)));
  });
}

/** "helps many women with": whom a treatment helps, named by their condition. */
const HELPS_PEOPLE_WITH = String.raw`helps?\s+(?:(?:many|most|some)\s+)?(?:people|patients|women|men|children|couples)\s+with`;

// "IVF — helps many women with infertility caused by endometriosis to get pregnant": whom it helps is its aim.
const OPENING_AIM = new RegExp(String.raw`^[\s—–:-]*(?:(?:the\s+)?(?:first|main|usual|standard)\s+(?:treatment|choice)\s+for|for|to\s+(?:treat|relieve|correct|control)|treats?|${HELPS_PEOPLE_WITH})\s+(?:(?:an?|the|repeated|recurrent|severe|persistent)\s+)?$`, 'iu');

const ALSO_HAVE = /\bfor\s+(?:people|patients|those|children|adults|anyone|women|men)\s+who\s+also\s+(?:have|has|get|develop)\s+(?:an?\s+)?$/iu;

const SIGN_AIM = /^[\s—–:-]*(?:(?:the\s+)?(?:first|main|usual|standard|best)\s+(?:treatment|choice)\s+for|for|to\s+(?:treat|relieve|correct|control|ease)|treats?|relieves|corrects|eases)\s+(?:(?:an?|the|repeated|recurrent|severe|persistent|heavy)\s+)?$/iu;

const TOPIC_AS_OWNER_OR_SETTING = /(?:\bof\s+(?:the\s+)?|\b(?:people|patients|children|adults|those|babies|men|women)\s+with\s+)$/iu;

/** A condition a Purpose line names right after a treating verb ("treat the anaemia", "to treat high phosphate"), other than the topic. */
function isAimOtherThanTopic(place: MentionPlace, context: RuleContext): boolean {
  if (!CONDITION_KINDS.has(place.mention.kind) || place.mention.entity === context.primary.id || isFormOfTopic(place.mention.entity, context)) return false;
  return /\b(?:treats?|to treat|treating|corrects?|to correct)\s+(?:the\s+|a\s+|an\s+)?$/iu.test(textBefore(place, 30));
}

/**
 * "treats heartburn from GORD", "to treat gout": a disease other than the topic that a Purpose
 * line's treating verb aims at. Not a type or form of the topic, nor a word for it ("leukaemia in
 * the brain"), nor one of its signs or complications ("treats PAH" in systemic sclerosis), whose
 * medicines treat the topic too.
 */
function isDiseaseAimOtherThanTopic(place: MentionPlace, context: RuleContext): boolean {
  const entity = place.mention.entity;
  if (place.mention.kind !== 'Disease' || entity === context.primary.id || isFormOfTopic(entity, context) || context.article.subtypes.has(entity) || isBroaderThanTopic(place.mention.text, context)) return false;
  if (isNamedInSections(entity, ['symptoms', 'complications', 'types', 'definition'], context)) return false;
  // "Purpose: a medicine for HIV infection", "a cancer medicine for bowel cancer": whose medicine it is.
  return /\b(?:treats?|to treat|treating)\s+(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:(?:from|of|caused by|due to)\s+)?$|(?:^|:)\s*(?:an?\s+)?(?:[\p{L}-]+\s+)?(?:medicines?|drugs?|treatments?)\s+(?:used\s+)?for\s+(?:(?:the|an?)\s+)?$/iu.test(textBefore(place, 60));
}

function textBefore(place: MentionPlace, length: number): string {
  const offset = offsetInSentence(place);
  return place.sentence.text.slice(Math.max(0, offset - length), offset);
}

/** "mild haemophilia A" in a haemophilia A article: a form of the topic, named with the topic's name. */
function isFormOfTopic(entity: string, context: RuleContext): boolean {
  const named = context.article.entities.get(entity);
  return named !== undefined && [named.name, ...named.synonyms].some((name) => namesTopic(name, context));
}

/**
 * "Drug 2. Trientine — Purpose: binds copper so that it leaves the body": a Purpose sub-point
 * says what the item's own drug does; another substance it names (copper, glucose, haemoglobin)
 * is what the drug acts on, not a second treatment.
 */
function isItemsOwnTreatment(place: MentionPlace, context: RuleContext): boolean {
  const heads = verifiedTreatmentHeads(place, context);
  return heads.length === 0 || heads.some((head) => head.mention.entity === place.mention.entity);
}

/** "for example", "such as": what follows names members of the item's class. */
const EXAMPLE_CUE = /\b(?:for example|for instance|e\.g\.?|such as|including|like|namely)[\s,:]*$/iu;

/**
 * "Statins: the first treatment for everyone, for example atorvastatin or rosuvastatin",
 * "PCSK9 inhibitors: evolocumab and alirocumab are injections …": a drug the explanation of a
 * treatment item names as an example of its head, or lists right after the head, is one of the
 * treatments the item recommends.
 */
function isMemberOfHead(place: MentionPlace, context: RuleContext): boolean {
  // A "Drug N. Name (BRAND)" head's explanation is its class tag, not a list of members; after a
  // class head ("Drug 1. LHRH agonists — goserelin (ZOLADEX), leuprorelin …") it lists them.
  if (!place.item || place.inHead || place.subPointLabel !== undefined) return false;
  // "Septal myectomy — open-heart surgery that removes part of the septum": what the head is, described.
  if (/^\s+(?:that|which|where|in which|to)\s/iu.test(place.sentence.text.slice(offsetInSentence(place) + place.mention.text.length))) return false;
  const key = itemKey(place);
  const heads = key ? (context.heads.get(key) ?? []).filter((head) => TREATMENT_KINDS.has(head.mention.kind)) : [];
  if (heads.length === 0 || (key && careNamedForCondition(key, context))) return false;
  if (place.item.subPoints !== undefined && !heads.some((head) => DRUG_CLASS_HEAD.test(head.mention.text))) return false;
  const headEnd = place.item.headStart + place.item.head.length;
  if (place.mention.start < headEnd) return false;
  const from = Math.max(0, headEnd - place.sentence.start);
  let before = place.sentence.text.slice(from, offsetInSentence(place));
  // Other treatments listed before this one, and their brands in parentheses, are part of the list.
  for (const other of context.bySentence.get(place.sentence.start) ?? []) {
    if (!TREATMENT_KINDS.has(other.mention.kind) || other.mention.start < headEnd || other.mention.start >= place.mention.start) continue;
    before = before.replace(other.mention.text, ' ');
  }
  before = before.replace(/\([^()]*\)/gu, ' ');
  // "TNF-α inhibitors (…)Biologic DMARDs": a class tag glued to the head is no member.
  if (place.item.subPoints !== undefined && !/[—–:-]/u.test(before)) return false;
  return LIST_OPENING.test(before) || EXAMPLE_CUE.test(before.replace(TRAILING_AND_OR, ' '));
}

/** A head naming a class of drugs, whose members an explanation may list. */
const DRUG_CLASS_HEAD = /\b(?:inhibitors?|blockers?|agonists?|antagonists?|binders?|analogues?|agents?|antibodies|antibiotics|statins|steroids|corticosteroids)\s*$/iu;

/** Nothing but separators and list words between the head and the drug: the explanation opens with a list. */
const LIST_OPENING = /^[\s—–:;,-]*(?:(?:,|and|or|\+|with)\s*)*$/iu;
/** "for example atorvastatin or …": the "or" left after the earlier members were cut out. */
const TRAILING_AND_OR = /(?:[\s,]+(?:and|or))+[\s,]*$/iu;

/** "Pain crises are treated with fluids, paracetamol or NSAIDs": the condition before the cue. */
const TREATED_WITH = /\b(?:treated|managed|relieved|controlled|eased) (?:(?:in\s+hospital|at\s+home|urgently|first|promptly)\s+)?(?:with|by)\b/iu;
/** "Aspirin and other NSAIDs trigger attacks": the drug harms rather than treats. */
const HARM_CUE = /\b(?:trigger\w*|worsen\w*|provok\w*|bring on|set off)\b/iu;

/** "X is treated with Y" inside an item: Y treats the condition the clause names before the cue, never the item's topic by default. */
function relateTreatedWith(place: MentionPlace, context: RuleContext): void {
  const found = conditionTreatedWith(place, context);
  if (found) context.propose(relation(place.mention.entity, 'TREATS', found.condition.mention.entity, place, found.cue));
}

/**
 * "If ammonia is high because of liver disease, hepatic encephalopathy is treated with lactulose
 * …, often together with rifaximin": on a lab page, a treatment of a condition the clause makes
 * the subject of "is treated with" (not "a person treated with insulin"), other than the
 * substance the test measures.
 */
export function relateTreatedWithOnLabPage(place: MentionPlace, context: RuleContext): void {
  if (!TREATMENT_KINDS.has(place.mention.kind) || isNegated(place)) return;
  if (searchKey(context.primary.name).includes(searchKey(context.article.entities.get(place.mention.entity)?.name ?? ''))) return;
  // "Low magnesium (hypomagnesaemia) — … Mild cases are treated with magnesium oxide tablets; severe cases with magnesium sulfate": cases of the item's condition.
  const cases = CASES_TREATED_WITH.exec(clauseBefore(place.sentence.text, offsetInSentence(place)));
  const headCondition = cases ? itemHeadOtherThanTopic(place, context, CONDITION_KINDS) : undefined;
  if (cases && headCondition) {
    context.propose(relation(place.mention.entity, 'TREATS', headCondition, place, cases[0].trim()));
    return;
  }
  const found = conditionTreatedWith(place, context);
  if (!found || !CONDITION_AS_SUBJECT.test(place.sentence.text.slice(found.condition.mention.end - place.sentence.start, found.cueOffset - place.sentence.start))) return;
  context.propose(relation(place.mention.entity, 'TREATS', found.condition.mention.entity, place, found.cue));
}

const CASES_TREATED_WITH = /\b(?:(?:mild|moderate|severe|most|some|many|acute|chronic)\s+)?cases\s+(?:(?:are|can\s+be|may\s+be)\s+(?:usually\s+|often\s+|mostly\s+)?treated\s+)?with\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/** Between a condition and "treated with": it is the verb's subject ("… (HE) is usually treated with"). */
const CONDITION_AS_SUBJECT = /^\s*(?:\([^()]*\)\s*)?(?:is|are|can\s+be|may\s+be|should\s+be|must\s+be)\s+(?:(?:usually|often|mostly|first|then|mainly)\s+)?$/iu;

/** The condition the clause names last before its "treated with", and where that cue is. */
function conditionTreatedWith(place: MentionPlace, context: RuleContext): { condition: MentionPlace; cue: string; cueOffset: number } | undefined {
  const offset = offsetInSentence(place);
  const clause = clauseSpan(place.sentence.text, offset);
  const treatedWith = TREATED_WITH.exec(place.sentence.text.slice(clause.start, offset));
  if (!treatedWith) return undefined;
  const cueOffset = place.sentence.start + clause.start + treatedWith.index;
  const condition = (context.bySentence.get(place.sentence.start) ?? [])
    .filter((other) => CONDITION_KINDS.has(other.mention.kind) && other.mention.start >= place.sentence.start + clause.start && other.mention.start < cueOffset)
    .at(-1);
  return condition ? { condition, cue: treatedWith[0], cueOffset } : undefined;
}

/**
 * A drug named in a treatment section's prose (outside items) treats what the sentence says it
 * treats: the condition before "treated with", else the topic when the clause has a treatment
 * cue and no harm cue.
 */
function relateProseTreatment(place: MentionPlace, context: RuleContext, clause: string): void {
  if (HARM_CUE.test(clause)) return;
  const offset = offsetInSentence(place);
  // "corticosteroids such as prednisolone … were once used for IPF, but …": a past use is no treatment.
  if (WAS_ONCE_USED.test(place.sentence.text.slice(offset, clauseSpan(place.sentence.text, offset).end))) return;
  // "people on long-term corticosteroids are offered bisphosphonates …": who is treated, not the treatment.
  if (PEOPLE_ON.test(place.sentence.text.slice(Math.max(0, offset - 50), offset))) return;
  const treatedWith = TREATED_WITH.exec(place.sentence.text.slice(0, offset));
  if (treatedWith) {
    const cueOffset = place.sentence.start + treatedWith.index;
    const condition = (context.bySentence.get(place.sentence.start) ?? []).filter(
      (other) => CONDITION_KINDS.has(other.mention.kind) && other.mention.start < cueOffset,
    ).at(-1);
    // "people with inhibitors are treated with bypassing agents": a group named by something the article has no entity for.
    const group = condition ? undefined : /\b(?:people|patients|those|children|adults|anyone)\s+(?:with|who have)\s+([^,;]+?)\s*$/iu.exec(place.sentence.text.slice(0, treatedWith.index));
    if (group?.[1] && !namesTopic(group[1], context)) return;
    const target = condition?.mention.entity ?? context.primary.id;
    context.propose(relation(place.mention.entity, 'TREATS', target, place, treatedWith[0]));
    return;
  }
  // "Options include medication, physical therapy, exercise, … orthotics": a list of the treatments.
  const listed = TREATMENT_LIST.exec(place.sentence.text.slice(0, offset));
  if (listed) {
    context.propose(relation(place.mention.entity, 'TREATS', context.primary.id, place, listed[1]));
    return;
  }
  const cue = TREATMENT_CUE.exec(clause);
  if (!cue) return;
  // "iron tablets, calcium and antacids reduce levothyroxine absorption": the verb acts on another drug, an interaction.
  if (ACTS_ON_A_DRUG.test(clause.slice(cue.index + cue[0].length)) || actsOnLaterDrug(place, context)) return;
  // "(Note: anti-sickness medicines … are used to ease symptoms.)": comfort care, named for no condition.
  if (/^\s+(?:the\s+|some\s+)?symptoms\s*(?:[.;)]|$)/iu.test(clause.slice(cue.index + cue[0].length))) return;
  // "antifungal medicines such as posaconazole to prevent fungal infections": the clause names its own target.
  const named = aimedCondition(place, context);
  // "filgrastim injections may be given to raise the white cell count between cycles": care for another treatment's effects.
  if (!named && ALONGSIDE_ANOTHER_TREATMENT.test(conjunctAround(place))) return;
  // "losartan is a better choice for their blood pressure": aimed at something the article names no entity for.
  if (!named && aimsAtUnnamed(place, clause, context)) return;
  if (named) context.propose(relation(place.mention.entity, 'TREATS', named, place, cue[0]));
  // "approved for some adults with severe haemophilia A": a form of the topic, so the topic too.
  if (!named || isFormOfTopic(named, context)) context.propose(relation(place.mention.entity, 'TREATS', context.primary.id, place, cue[0]));
}

/** "for adults", "for 6 months", "for a long time", "for example": who or how long, not an aim. */
const WHO_OR_HOW_LONG = /^(?:(?:a|an|the|all|most|some|many|older|younger|young)\s+)?(?:people|persons?|adults?|children|kids|patients|those|women|men|babies|infants|anyone|everyone|life|years?|months?|weeks?|days?|hours?|long|while|time|example|instance|\d)\b/iu;

const PEOPLE_ON = /\b(?:people|patients|those|anyone|children|adults|women|men)\s+(?:on|taking|using|who take|who use|receiving)\s+(?:long-term\s+|high-dose\s+|regular\s+)?$/iu;
// "First-line medicines are corticosteroids, with …": the line's own list of medicines too.
const TREATMENT_LIST = /\b((?:treatment\s+)?(?:options?|treatments?|therapies|approaches)\s+(?:(?:may|can|might|often|usually)\s+)?(?:include|includes)|(?:first|second|third)-line\s+(?:medicines|drugs|treatments|therapies|options)\s+(?:are|include))\s+[^.;:]*$/iu;
/** "… for their blood pressure" after the treatment, naming neither the topic nor a known condition. */
function aimsAtUnnamed(place: MentionPlace, clause: string, context: RuleContext): boolean {
  const after = place.sentence.text.slice(offsetInSentence(place) + place.mention.text.length);
  // "omeprazole or other acid-lowering medicines for reflux": a bare aim the article has no entity for.
  // "take aspirin or another blood thinner to prevent clots": an aim named in words the article has no entity for.
  // "vitamin D and calcium protect the bones": an organ kept from harm, no condition treated.
  if (/^[^.;,]{0,40}?\b(?:protects?|to\s+protect|protecting)\s+(?:the|their|your|his|her|its)\s+(?:bones?|kidneys?|liver|stomach|heart|skin|eyes?|lungs?|nerves?|joints?|teeth|bladder|gut)\b/iu.test(after)) return true;
  // "filgrastim injections help white cells recover after chemotherapy", "ondansetron eases sickness": supportive care named in words the article has no entity for.
  const eased = /^[^.;,]{0,40}?\b(?:helps?\s+(?:the\s+)?(?:white\s+cells|blood\s+counts?|bone\s+marrow)\s+recover|(?:eases?|relieves?|soothes?)\s+([^.;,]+))/iu.exec(after);
  if (eased && (eased[1] === undefined || (!namesTopic(eased[1], context) && !/\b(?:condition|disease|disorder|symptoms?|attacks?|pain|cancers?|tumou?rs?)\b/iu.test(eased[1]) && !isConditionNamedIn(eased[1], place, context)))) return true;
  const aim = /^[^.;,]{0,40}?\b(?:for|to\s+(?:prevent|stop|avoid))\s+(?:(?:their|your|his|her|the|its)\s+)?([^.;,]+)/iu.exec(after);
  if (!aim?.[1] || !clause.includes(aim[1]) || WHO_OR_HOW_LONG.test(aim[1])) return false;
  // "for many larger or triple-negative cancers", "for brain and bone spread": the topic in other words.
  return !namesTopic(aim[1], context) && !/\b(?:condition|disease|disorder|symptoms?|attacks?|cancers?|tumou?rs?|spread|metastas[ie]s)\b/iu.test(aim[1]);
}

/** Whether a condition entity is mentioned within `text` right after the place, in its sentence. */
function isConditionNamedIn(text: string, place: MentionPlace, context: RuleContext): boolean {
  const at = place.sentence.text.indexOf(text, offsetInSentence(place));
  if (at < 0) return false;
  const start = place.sentence.start + at;
  return (context.bySentence.get(place.sentence.start) ?? []).some((other) => CONDITION_KINDS.has(other.mention.kind) && other.mention.start >= start && other.mention.start < start + text.length);
}

/**
 * "rifampicin, phenytoin and carbamazepine speed up the breakdown of hydrocortisone, so the dose
 * has to be raised": drugs that change another drug's breakdown, levels or effect interact with
 * it; they are no treatment of the topic.
 */
function actsOnLaterDrug(place: MentionPlace, context: RuleContext): boolean {
  const sentence = place.sentence.text;
  const start = offsetInSentence(place) + place.mention.text.length;
  return (context.bySentence.get(place.sentence.start) ?? []).some((other) => {
    if (other.mention.kind !== 'Drug' || other.mention.entity === place.mention.entity) return false;
    const at = offsetInSentence(other);
    return at > start && !/[;:]/u.test(sentence.slice(start, at)) && OF_ANOTHER_DRUG.test(sentence.slice(Math.max(start, at - 40), at));
  });
}

const OF_ANOTHER_DRUG = /\b(?:breakdown|clearance|metabolism|absorption|blood\s+levels?|levels?|effects?|action)\s+of\s+(?:the\s+)?$/iu;

// "… raise the levels of all these medicines": drugs named only as "these medicines" too.
const ACTS_ON_A_DRUG = /^\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}(?:absorption|uptake|effect|effects|action|blood levels?|dose|doses)\b|^\s+(?:the\s+)?(?:blood\s+)?levels?\s+of\s+(?:all\s+|both\s+)?(?:these|those|other|the|your|such)\s+(?:medicines?|drugs?|tablets?)\b/iu;

const LOOKED_FOR_FIRST = /\b(?:screen(?:ed|ing)?|test(?:ed|ing)?|check(?:ed|ing)?)\s+for\b/iu;

/** "to prevent/treat/relieve Y", "for Y" after the treatment in its clause: the condition it is aimed at. */
const AIM_CUE = /\b(?:to (?:prevent|treat|relieve|ease|control|stop|clear|correct)|prevents?|treats?|relieves?|eases?|corrects?|for)\s+(?:\S+\s+){0,3}$/iu;

function aimedCondition(place: MentionPlace, context: RuleContext): string | undefined {
  const span = clauseSpan(place.sentence.text, offsetInSentence(place));
  for (const other of context.bySentence.get(place.sentence.start) ?? []) {
    if (!CONDITION_KINDS.has(other.mention.kind) || other.mention.start <= place.mention.start) continue;
    const at = offsetInSentence(other);
    if (at >= span.end) break;
    const between = place.sentence.text.slice(offsetInSentence(place) + place.mention.text.length, at);
    // "before a biologic is started, everyone is screened for tuberculosis": what is looked for first is no aim.
    if (AIM_CUE.test(between) && !LOOKED_FOR_FIRST.test(between)) return other.mention.entity;
  }
  return undefined;
}

function relateCondition(place: MentionPlace, context: RuleContext): void {
  if (place.mention.entity === context.primary.id) return;
  for (const subject of new Set([...subjectsOf(place, context), ...sharedTreatmentSubject(place, context)])) relateConditionOf(subject, place, context);
}

/**
 * "100 mg of hydrocortisone by injection, followed by intravenous sodium chloride with glucose,
 * is the treatment of adrenal crisis": what the clause calls "the treatment of" a condition is
 * everything it names before the verb, not only the nearest drug.
 */
function sharedTreatmentSubject(place: MentionPlace, context: RuleContext): string[] {
  const offset = offsetInSentence(place);
  const cue = IS_THE_TREATMENT_OF.exec(place.sentence.text.slice(Math.max(0, offset - 60), offset));
  if (!cue) return [];
  const cueAt = offset - Math.min(offset, 60) + cue.index;
  const clauseStart = clauseSpan(place.sentence.text, cueAt).start;
  return (context.bySentence.get(place.sentence.start) ?? [])
    .filter((other) => TREATMENT_KINDS.has(other.mention.kind) && offsetInSentence(other) >= clauseStart && offsetInSentence(other) < cueAt)
    .map((other) => other.mention.entity);
}

const IS_THE_TREATMENT_OF = /,?\s+(?:is|are)\s+the\s+(?:(?:main|first|standard|usual|emergency|first-line)\s+)?(?:treatments?|therapy)\s+(?:of|for)\s+(?:(?:an?|the)\s+)?$/iu;

function relateConditionOf(subject: string, place: MentionPlace, context: RuleContext): void {
  const offset = offsetInSentence(place);
  const clause = clauseAround(place.sentence.text, offset);
  const before = place.sentence.text.slice(Math.max(0, offset - 80), offset);
  const contraindication = contraindicationCue(clause);
  const inClause = clauseBefore(place.sentence.text, offset).length;
  if (contraindication && inClause > contraindication.index) {
    if (isPopulation(clause, contraindication.index, inClause)) context.propose(relation(subject, 'CONTRAINDICATED_IN', conditionOrTopic(place, context), place, contraindication.text));
    return;
  }
  // "should not be used while a cancer such as leukaemia is active": the cue's clause ends at "while", the condition is still whom to avoid it in.
  const sentenceCue = contraindication ? undefined : contraindicationCue(place.sentence.text.slice(0, offset));
  if (sentenceCue && WHILE_CONDITION.test(place.sentence.text.slice(sentenceCue.index, offset)) && isPopulation(place.sentence.text, sentenceCue.index, offset)) {
    context.propose(relation(subject, 'CONTRAINDICATED_IN', conditionOrTopic(place, context), place, sentenceCue.text));
    return;
  }
  if (isNegated(place)) return;
  // "… diabetic ketoacidosis in people with diabetes": who is at risk, neither an effect nor an aim.
  // "Purpose: make periods lighter in women with heavy menstrual bleeding": on a Purpose line, who takes the drug is what it is for.
  const purpose = place.subPointLabel !== undefined && PURPOSE_LABEL.test(place.subPointLabel);
  if ((!purpose && WHO_IS_AT_RISK.test(place.sentence.text.slice(Math.max(0, offset - 40), offset))) || isPartOfGlossedDescription(place, context)) return;
  // "Quinine and procainamide, once used for myotonia, are no longer recommended": a past use is no treatment.
  if (PAST_USE.test(place.sentence.text.slice(Math.max(0, offset - 40), offset))) return;
  // "Cautions: screening for TB and hepatitis B is done before the first dose": what is looked for first is no effect.
  if (SCREENED_FOR.test(place.sentence.text.slice(Math.max(0, offset - 40), offset))) return;
  // "Cautions: a tuberculosis test comes first": the condition names a test.
  if (/^\s+(?:tests?|screening|skin\s+test|blood\s+test)\b/iu.test(place.sentence.text.slice(offset + place.mention.text.length))) return;
  const sideEffectLabel = (place.subPointLabel !== undefined && SIDE_EFFECT_LABEL.test(place.subPointLabel)) || SIDE_EFFECT_LINE.test(place.sentence.text.slice(0, offset));
  if (sideEffectLabel || (!place.subPointLabel && ADVERSE_EFFECT_CUE.test(before) && !TREATMENT_CUE.test(before))) {
    // "women who could become pregnant need reliable contraception": a state of life, never an effect of the drug.
    if (isLifeState(place.mention.entity, context)) return;
    context.propose(relation(subject, 'HAS_ADVERSE_EFFECT', place.mention.entity, place, sideEffectLabel ? (place.subPointLabel ?? 'side effects') : ADVERSE_EFFECT_CUE.exec(before)?.[0]));
    return;
  }
  // "to lower uric acid" is itself the cue and the condition (hyperuricaemia), see lowered-levels.ts.
  const lowering = loweringVerbOf(place.mention.text);
  // "Purpose: releases the body's own stored factor VIII in mild haemophilia A": the form it is used in;
  // "Purpose: replaces thyroid hormone in people who develop hypothyroidism": whom it is for.
  // "Purpose: for advanced cancers with a RET change, including most inherited and many sporadic medullary thyroid cancers": the types it names.
  const usedIn =
    purpose && (place.mention.kind === 'Disease' || (place.mention.kind === 'Phenotype' && /\b(?:with|who\s+(?:develop|have|get))\s+$/iu.test(before)))
      ? (/\bin\s+(?:(?:people|patients|children|adults|those|women|men|girls|boys)\s+(?:with|who\s+(?:develop|have|get))\s+)?$/iu.exec(before) ??
        (context.article.subtypes.has(place.mention.entity) ? /\b(?:including|especially|such as)\s+(?:(?:most|many|some|all)\s+)?(?:[\p{L}-]+\s+(?:(?:and|or)\s+(?:(?:most|many|some|all)\s+)?)?){0,3}$/iu.exec(before) : null))
      : null;
  // "Purpose: may help obsessive-compulsive behaviour, anxiety and skin picking": what a Purpose says it helps it treats.
  const treatCue = purpose ? (TREATMENT_CUE.exec(before) ?? (lowering ? [lowering] : null) ?? usedIn ?? PURPOSE_HELPS.exec(before)) : (/\bfor\s+(?:\S+\s+){0,5}$/iu.exec(before) ?? explanationVerb(place));
  if (!treatCue || isLifeState(place.mention.entity, context)) return;
  const cueEnd = 'index' in treatCue ? treatCue.index + treatCue[0].length : before.length;
  const cueAt = place.mention.start - before.length + cueEnd;
  const afterAnotherCondition = (context.bySentence.get(place.sentence.start) ?? []).some(
    (other) => CONDITION_KINDS.has(other.mention.kind) && other.mention.start >= cueAt && other.mention.end <= place.mention.start,
  );
  if (treatCue !== usedIn && isSettingOfTheAim(before.slice(cueEnd), afterAnotherCondition, context)) return;
  context.propose(relation(subject, 'TREATS', place.mention.entity, place, treatCue[0].trim().split(/\s+/u)[0]));
}

/**
 * "… lower the risk of ESKD, in people with or without diabetes", "for CKD with type 2 diabetes",
 * "when an ACE inhibitor causes cough": between the aim's verb and a condition, words that make
 * the condition who takes the drug or why it is chosen, not a second aim.
 */
function isSettingOfTheAim(between: string, afterAnotherCondition: boolean, context: RuleContext): boolean {
  if (SETTING_OF_THE_AIM.test(between)) return true;
  // "for CKD with type 2 diabetes", "for liver AVMs with heart failure": the aim, then what comes with it.
  return /\bwith\s+$/iu.test(between) && (afterAnotherCondition || namesTopic(between, context));
}

const SETTING_OF_THE_AIM = /\b(?:in|among)\s+(?:(?:most|some|many|all)\s+)?(?:people|patients|adults|children|those|anyone|men|women|babies)\b|\bwith or without\b|\b(?:when|if|because)\b|\bcause[sd]?\b/iu;

const WAS_ONCE_USED = /^[^;]*?\b(?:was|were)\s+(?:once|formerly|previously)\s+(?:widely\s+)?(?:used|given|prescribed)\b/iu;
const PAST_USE = /\b(?:once|formerly|previously|no longer)\s+(?:widely\s+)?(?:used|given|prescribed)\s+(?:for|to treat|in)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

const SCREENED_FOR = /\b(?:screen(?:ing|ed)?|test(?:ing|ed)?|check(?:ing|ed)?)\s+for\s+(?:[\p{L}-]+\s+(?:and|or)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

// "… fitted in people at high risk of sudden cardiac death": who gets it, not what it causes.
const WHO_IS_AT_RISK = /\b(?:in|among)\s+(?:people|adults|children|babies|patients|those|women|men)\s+(?:with|who have)\s+(?:[\p{L}-]+\s+){0,2}$|\b(?:people|adults|children|babies|patients|those|women|men)\s+(?:who are\s+)?at\s+(?:(?:a\s+)?(?:high|higher|increased|particular|the greatest|very high)\s+)?risk\s+of\s+$/iu;

/** "Spinal fusion — corrects severe scoliosis", "IVF — helps many women with infertility …": an explanation that opens with what the item does, or whom it helps. */
function explanationVerb(place: MentionPlace): RegExpExecArray | null {
  if (!place.item || place.inHead || place.subPointLabel !== undefined) return null;
  const headEnd = place.item.headStart + place.item.head.length;
  if (place.mention.start < headEnd || place.mention.start - headEnd > 80) return null;
  const between = place.item.explanation ? place.sentence.text.slice(Math.max(0, headEnd - place.sentence.start), offsetInSentence(place)) : '';
  return EXPLANATION_VERB.exec(between);
}

const EXPLANATION_VERB = new RegExp(String.raw`^[\s—–:-]*(?:\w+\s+){0,2}?(?:corrects?|treats?|relieves?|eases?|controls?|removes?|repairs?|prevents?|improves?|cures?)\b|^[\s—–:-]*${HELPS_PEOPLE_WITH}\s+(?:an?\s+|the\s+)?$`, 'iu');

interface Cue {
  readonly text: string;
  readonly index: number;
}

/** A contraindication cue, unless the clause limits a dose or an activity instead. */
/**
 * "… are often given a preventive antiviral such as aciclovir, and live vaccines should be
 * avoided in people with CLL": after ", and" a new subject takes the cue; the treatment named
 * before it is not what is avoided.
 */
function hasOwnSubjectBeforeCue(place: MentionPlace, clause: string, cue: Cue): boolean {
  const clauseStart = clauseSpan(place.sentence.text, offsetInSentence(place)).start;
  const mentionEnd = offsetInSentence(place) - clauseStart + place.mention.text.length;
  if (cue.index < mentionEnd) {
    // "digoxin is generally avoided in HCM, and water tablets are used only in small doses": a subject with its own verb after ", and".
    const mentionStart = mentionEnd - place.mention.text.length;
    return /,\s+and\s+/u.test(clause.slice(cue.index, mentionStart)) && /^\s+(?:are|is|should|must|can|may|will|were|was)\b/iu.test(clause.slice(mentionEnd));
  }
  const joint = /,\s+and\s+/giu;
  for (const match of clause.slice(mentionEnd, cue.index).matchAll(joint)) {
    const subject = clause.slice(mentionEnd + match.index + match[0].length, cue.index);
    // "Nitrates and other vasodilators, and … nifedipine, should be avoided": a list closed by a
    // comma before its verb; "…, and should be avoided": the same subject goes on.
    if (!subject.includes(',') && /\p{L}/u.test(subject)) return true;
  }
  return false;
}

/** "smoking makes skin lupus worse and weakens hydroxychloroquine": what worsens things is the subject; a medicine after it is not. */
function isObjectOfWorsening(place: MentionPlace, clause: string, cue: Cue): boolean {
  if (!/\b(?:worse|worsen)\b/iu.test(cue.text)) return false;
  const clauseStart = clauseSpan(place.sentence.text, offsetInSentence(place)).start;
  return offsetInSentence(place) - clauseStart > cue.index;
}

function contraindicationCue(clause: string): Cue | undefined {
  const match = CONTRAINDICATION_CUE.exec(clause);
  if (!match) return undefined;
  // "digoxin is also generally avoided in obstructive HCM, and water tablets are used only in
  // small doses": a dose limit in the next coordinated clause is not this cue's.
  const rest = clause.slice(match.index).split(/,\s+and\s+/u)[0] ?? '';
  if (DOSE_OR_ACTIVITY_LIMIT.test(rest)) return undefined;
  return { text: match[0], index: match.index };
}

const QUALIFIER = '(?:(?:the|a|an|people|patients|children|adults|women|men|anyone|those|someone|you|your|have|has|had|severe|moderate|mild|to|very|active|known|history|of|untreated|uncontrolled|existing|pre-existing|current|ongoing|serious|advanced|significant)\\s+){0,4}';
/** "who have had a blood clot (venous thromboembolism)": the condition glossing the lay words before it. */
const GLOSSED = '(?:(?:(?!(?:had|have|has|a|an|the)\\s)[\\p{L}-]+\\s+){1,2}[\\p{L}-]+\\s+\\()?';
/** "in people with asthma or severe COPD": the conditions listed before one in the same population. */
const LISTED_BEFORE = '(?:(?:[\\p{L}-]+\\s+){1,4}(?:or|and)\\s+|[\\p{L}-]+,\\s+){0,3}';
/** "during an active infection such as tuberculosis": an example of a class the article has no entity for. */
const EXAMPLE_OF_CLASS = '(?:(?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]+,?\\s+(?:such\\s+as|like|including|especially)\\s+(?:an?\\s+)?)?';
/** "in", "during", "once", "in people with", "for people with": what follows names who must not take it. */
const POPULATION = new RegExp(`\\b(?:(?:in|during|with|if|when|once|who have|who has)\\s+${QUALIFIER}${LISTED_BEFORE}${QUALIFIER}|for\\s+(?:the\\s+)?(?:people|patients|children|adults|women|men|anyone|those|someone)\\s+(?:with|who have|who has)\\s+${QUALIFIER}${LISTED_BEFORE}${QUALIFIER})${EXAMPLE_OF_CLASS}${GLOSSED}$`, 'iu');

/**
 * Whether a condition named after a contraindication cue, in the same clause, is who must not
 * take the treatment ("avoided in people with gout", "not safe during pregnancy") rather than the
 * harm it does ("avoid NSAIDs because they make bleeding worse") or another clause's purpose.
 */
function isPopulation(sentence: string, cueIndex: number, offset: number): boolean {
  // "somatropin should not be used while a cancer such as leukaemia is active": while the condition lasts.
  if (WHILE_CONDITION.test(sentence.slice(cueIndex, offset)) && /^[^.;,]*?\b(?:is|are)\s+(?:active|present|untreated|uncontrolled)\b/iu.test(sentence.slice(offset))) return true;
  if (/[;:]|\s(?:but|whereas|while|although|however),?\s/iu.test(sentence.slice(cueIndex, offset))) return false;
  return POPULATION.test(sentence.slice(Math.max(cueIndex, offset - 60), offset));
}

const WHILE_CONDITION = /^[\p{L}' ]{0,40}?\bwhile\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:such\s+as\s+|like\s+)?$/iu;

/** A treatment named after the cue, in the people the cue names: "… in people with heart block who do not have a pacemaker", "… in children with Kawasaki disease who take aspirin". */
function isPartOfWhoMustAvoid(place: MentionPlace, from: number, context: RuleContext): boolean {
  const offset = offsetInSentence(place);
  if (!WHO_HAVE.test(place.sentence.text.slice(Math.max(from, offset - 40), offset))) return false;
  return (context.bySentence.get(place.sentence.start) ?? []).some((other) => CONDITION_KINDS.has(other.mention.kind) && offsetInSentence(other) > from && offsetInSentence(other) < offset);
}

const WHO_HAVE = /\b(?:who\s+(?:(?:do|does)\s+not\s+|don't\s+|doesn't\s+)?(?:already\s+)?(?:have|has|take|takes|are\s+taking|use|are\s+on)(?:\s+had)?|without)\s+(?:(?:an?|the)\s+)?$/iu;

const AGE_LIMIT_OPENING = /^\s*(?:in|for)\s+(?:children|babies|infants|people|adults|patients)\s+(?:under|over|below|above|younger\s+than|older\s+than|aged)\s+\d/iu;
const GROUP_WITH_OPENING = /^\s*(?:in|for)\s+(?:children|babies|infants|people|adults|patients|women|men|those)\s+(?:who\s+have|with)\s+$/iu;

/** "In children with Gorlin syndrome, radiotherapy is avoided": the condition of the group the sentence opens with. */
function conditionOfOpeningGroup(place: MentionPlace, context: RuleContext): string | undefined {
  const opening = (context.bySentence.get(place.sentence.start) ?? []).find(
    (other) => CONDITION_KINDS.has(other.mention.kind) && offsetInSentence(other) < offsetInSentence(place) && GROUP_WITH_OPENING.test(place.sentence.text.slice(0, offsetInSentence(other))),
  );
  return opening ? conditionOrTopic(opening, context) : undefined;
}

/** The first condition after a contraindication cue (at `cueIndex` in the sentence) that names who must not take the treatment. */
function conditionAfter(place: MentionPlace, context: RuleContext, cueIndex: number): string | undefined {
  const cueOffset = place.sentence.start + cueIndex;
  const found = (context.bySentence.get(place.sentence.start) ?? []).find(
    (other) =>
      CONDITION_KINDS.has(other.mention.kind) &&
      other.mention.start > cueOffset &&
      other.mention.entity !== place.mention.entity &&
      isPopulation(place.sentence.text, cueIndex, offsetInSentence(other)),
  );
  return found ? conditionOrTopic(found, context) : undefined;
}

/**
 * "avoid gentamicin in people with hearing loss" on a GJB2 hearing loss page: the topic in its
 * short words, else the condition named. A condition the article lists as one of the topic's
 * complications is that condition ("in people with decompensated cirrhosis" on a page whose old
 * name was primary biliary cirrhosis).
 */
function conditionOrTopic(place: MentionPlace, context: RuleContext): string {
  if (!isBroaderThanTopic(place.mention.text, context) || isComplicationHead(place.mention.entity, context)) return place.mention.entity;
  return context.primary.id;
}

function isComplicationHead(entity: string, context: RuleContext): boolean {
  const sections = context.article.segmented.sections;
  return [...context.heads.values()].some((heads) => heads.some((head) => head.mention.entity === entity && sections[head.mention.section]?.kind === 'complications'));
}

/** "not recommended for the OSTM1-related form": the cue names a target we did not recognise. */
function namesAnotherTarget(clause: string, cue: Cue): boolean {
  const rest = clause.slice(cue.index + cue.text.length);
  const complement = /^\s*(?:in|for|with|during|to)\s+(?:the\s+|a\s+|an\s+|people\s+with\s+|patients\s+with\s+|children\s+with\s+)?([^,.;]+)/iu.exec(rest);
  if (!complement?.[1]) return false;
  return !/\b(?:this|the) (?:condition|disease|disorder)\b|^(?:it|them)\b/iu.test(complement[1]);
}
