import { searchKey } from '../../domain/text.js';
import type { RuleContext } from './context.js';
import { isMentioned, isNamedInSections, isResultOfTest, itemKey, relation } from './context.js';
import { MONITORING_CUE, clauseAround, clauseBefore, isNegatedAround } from './cues.js';
import type { MentionPlace } from './places.js';
import { offsetInSentence } from './places.js';

/**
 * Tests in a disease article: what a diagnosis, results or monitoring item says its test finds
 * or follows (DIAGNOSES / MONITORS the topic, or a finding its explanation names), and the
 * screening tests a prevention section offers.
 */

export function relateTestOfDisease(place: MentionPlace, context: RuleContext): void {
  const text = place.itemText ?? place.sentence.text;
  // "creatinine and eGFR, which guide the choice and dose of medicines", "checks heart function
  // before anthracycline chemotherapy", "a high level … signals a poorer outlook", "to find people
  // who cannot break these medicines down": done for the treatment or the outlook, not to find the disease.
  if ((NOT_FOR_DIAGNOSIS.test(text) || (BEFORE_TREATMENT.test(text) && !BEFORE_AND_AFTER.test(text))) && !CONFIRMS_CUE.test(text)) return;
  // "Hepatitis B screening — done before rituximab, because …", "TPMT test — shows who may get dangerously low blood counts on azathioprine": for a medicine's safety.
  if (place.inHead && (WHO_MAY_BE_HARMED.test(text) || (isDoneBeforeADrug(place, context) && !CONFIRMS_CUE.test(text)))) return;
  // "Transvaginal ultrasound — is not recommended for screening, because it does not reliably find …": no test of it.
  if (NOT_A_TEST_FOR_IT.test(text)) return;
  // "Dryness can have other causes that doctors rule out first: … radiotherapy to the head and neck": a treatment named as a cause.
  if (place.mention.kind !== 'Test' && NAMED_AS_A_CAUSE.test(place.sentence.text.slice(0, offsetInSentence(place)))) return;
  // "Blood culture — whenever sepsis is suspected in a sick newborn", "— looks for cataracts": a test
  // an item gives to another condition finds that one (relateFindingOfTest), not the topic.
  if (place.inHead && opensWithOtherCondition(place, context)) return;
  // "Chest X-ray — shows a mass in the middle of the chest in T-ALL": a finding of one subtype, which relateFindingOfTest gives that subtype.
  if (place.inHead && findsInSubtypeOnly(place, context)) return;
  if (place.inHead && watchesForOtherCondition(place, context)) return;
  // "MRCP once a year … to look for early cholangiocarcinoma" in a monitoring list: it looks for that one (relateFindingOfTest), not following the topic.
  // "Genetic testing — offered when a child has osteosarcoma and …, to look for Li-Fraumeni syndrome": the topic is who it is offered to.
  if (place.inHead && (place.sentence.section === 'monitoring' || (place.sentence.section === 'diagnosis' && namesTopicAsSetting(place, context))) && looksForOtherCondition(place, context)) return;
  // "Plasma tyrosine level — checked regularly during treatment with nitisinone": it watches the medicine, not the disease.
  const watchedDrugs = place.inHead ? drugsTakenAlongside(place, context) : [];
  if (watchedDrugs.length > 0) {
    for (const drug of watchedDrugs) context.propose(relation(place.mention.entity, 'MONITORS', drug, place, 'during treatment with'));
    return;
  }
  const monitoring = place.sentence.section === 'monitoring' || MONITORING_CUE.exec(text) || THEN_AT_INTERVALS.exec(text);
  // "Plasma renin activity — guides the fludrocortisone dose": it watches that medicine as well as the disease.
  if (place.inHead && monitoring) for (const drug of drugsDosedBy(place, context)) context.propose(relation(place.mention.entity, 'MONITORS', drug, place, 'guides the dose'));
  const predicate = monitoring ? 'MONITORS' : 'DIAGNOSES';
  const cue = monitoring && typeof monitoring !== 'boolean' ? monitoring[0] : undefined;
  context.propose(relation(place.mention.entity, predicate, context.primary.id, place, cue));
  // "… or above confirms diabetes; it is also the main test to monitor control", "high levels
  // support the diagnosis, and it is repeated to monitor the response": both.
  // "… also used to monitor control": a diagnostic section's test that is also used to follow the disease does both.
  // "measured before surgery, after surgery and at every follow-up visit" in a diagnosis section: at diagnosis too.
  // "SPEP — finds and measures the M-protein; repeated every one to three months to monitor the response": what it finds first, then follows.
  const findsFirst = place.sentence.section === 'diagnosis' && typeof monitoring !== 'boolean' && monitoring ? FINDS_BEFORE_MONITORING.exec(text.slice(0, monitoring.index)) : null;
  const confirms = monitoring ? (CONFIRMS_CUE.exec(text) ?? (place.sentence.section === 'diagnosis' ? (/\balso\s+(?:be\s+)?used\s+to\s+monitor\b|\b(?:is|are)\s+repeated\b/iu.exec(text) ?? findsFirst ?? (BEFORE_TREATMENT.test(text) ? BEFORE_AND_AFTER.exec(text) : null)) : null)) : null;
  // "… to watch for the cancer coming back; it is not accurate enough to diagnose the cancer": a denied diagnosis is none.
  if (confirms && !isNegatedAround(text, confirms.index)) context.propose(relation(place.mention.entity, 'DIAGNOSES', context.primary.id, place, confirms[0]));
}

const WHO_MAY_BE_HARMED = /\b(?:shows?|finds?|tells?|predicts?)\s+who\s+(?:may|might|can|could|will|is\s+likely\s+to)\b/iu;
const BEFORE_A_DRUG = /\bbefore\s+(?:starting\s+|giving\s+|taking\s+)?(?:the\s+first\s+dose\s+of\s+)?$/iu;

/** Whether an item's line says its test is done before a drug it names ("done before rituximab"). */
function isDoneBeforeADrug(place: MentionPlace, context: RuleContext): boolean {
  const key = itemKey(place);
  return (context.items.get(key ?? '') ?? []).some((other) => other.mention.kind === 'Drug' && !other.inHead && BEFORE_A_DRUG.test(other.sentence.text.slice(Math.max(0, offsetInSentence(other) - 40), offsetInSentence(other))));
}

const TAKEN_ALONGSIDE = /\b(?:during\s+(?:treatment|therapy)\s+with|while\s+(?:taking|on)|in\s+people\s+(?:taking|on))\s+$/iu;

/** The drugs a test item's line says it is checked "during treatment with", "during natalizumab treatment" or "while taking". */
function drugsTakenAlongside(place: MentionPlace, context: RuleContext): string[] {
  const text = place.sentence.text;
  // "… every 6 months during natalizumab treatment": the drug named inside the phrase.
  const drugs = (context.bySentence.get(place.sentence.start) ?? []).filter((other) => {
    if (other.mention.kind !== 'Drug' || other.inHead) return false;
    const at = offsetInSentence(other);
    const before = text.slice(Math.max(0, at - 40), at);
    return TAKEN_ALONGSIDE.test(before) || (/\bduring\s+$/iu.test(before) && /^\s+(?:treatment|therapy)\b/iu.test(text.slice(at + other.mention.text.length)));
  });
  return [...new Set(drugs.map((other) => other.mention.entity))];
}

const GUIDES_THE_DOSE_OF = /\b(?:guides?|guiding|adjusts?|to\s+(?:guide|adjust|set|choose))\s+the\s+$/iu;

/** The drugs whose dose a test item's line says the test guides ("guides the fludrocortisone dose", "to adjust the hydrocortisone dose"). */
function drugsDosedBy(place: MentionPlace, context: RuleContext): string[] {
  const text = place.sentence.text;
  const drugs = (context.bySentence.get(place.sentence.start) ?? []).filter((other) => {
    if (other.mention.kind !== 'Drug' || other.inHead) return false;
    const at = offsetInSentence(other);
    return GUIDES_THE_DOSE_OF.test(text.slice(Math.max(0, at - 30), at)) && /^\s+(?:dose|doses|dosage)\b/iu.test(text.slice(at + other.mention.text.length));
  });
  return [...new Set(drugs.map((other) => other.mention.entity))];
}

const FINDS_BEFORE_MONITORING = /[—–:]\s*(?:it\s+)?(?:finds?|detects?|identifies|looks?\s+for|find)\b[^;]*;/iu;

const NOT_A_TEST_FOR_IT = /\b(?:is|are)\s+not\s+(?:recommended|used|advised|useful)\s+(?:for|as)\s+(?:routine\s+)?(?:screening|diagnosis|a\s+screening\s+test)\b|\b(?:does|do)\s+not\s+reliably\s+(?:find|detect|show|pick\s+up)\b/iu;
const NAMED_AS_A_CAUSE = /\b(?:other\s+causes?|caused\s+by|causes?\s+include)\b[^.;]*$/iu;

/**
 * "Carrier screening: a blood test … for couples from high-risk communities", "Newborn screening
 * for congenital hypothyroidism": a test a prevention item offers finds the topic, or the
 * subtype of the topic the item names.
 */
export function relateScreeningTest(place: MentionPlace, context: RuleContext): void {
  const named = context.bySentence.get(place.sentence.start) ?? [];
  const subtypes = named.map((other) => other.mention.entity).filter((id) => context.article.subtypes.has(id));
  // "Bone density scan (DXA) — at the start of long-term steroids to check for osteoporosis": what the line says it looks for.
  const sought = named.filter((other) => !other.inHead && (other.mention.kind === 'Disease' || other.mention.kind === 'Phenotype') && other.mention.entity !== context.primary.id && !context.article.subtypes.has(other.mention.entity) && SOUGHT_BY_SCREENING.test(other.sentence.text.slice(Math.max(0, offsetInSentence(other) - 40), offsetInSentence(other))));
  const targets = subtypes.length > 0 ? [...new Set(subtypes)] : sought.length > 0 ? [...new Set(sought.map((other) => other.mention.entity))] : [context.primary.id];
  for (const target of targets) context.propose(relation(place.mention.entity, 'DIAGNOSES', target, place));
}

const SOUGHT_BY_SCREENING = /\b(?:to\s+(?:check|look|screen|test)\s+for|checks?\s+for|looks?\s+for|screens?\s+for|to\s+(?:find|detect))\s+(?:(?:an?|the|any|early)\s+)?$/iu;

/** The item's line ends by naming one subtype of the topic as where its finding is seen ("… in T-ALL"). */
function findsInSubtypeOnly(place: MentionPlace, context: RuleContext): boolean {
  const others = (context.bySentence.get(place.sentence.start) ?? []).filter((other) => other !== place && !other.inHead && (other.mention.kind === 'Disease' || other.mention.kind === 'Phenotype'));
  const subtypes = others.filter((other) => context.article.subtypes.has(other.mention.entity));
  if (subtypes.length !== 1 || others.some((other) => other.mention.entity === context.primary.id)) return false;
  const subtype = subtypes[0] as MentionPlace;
  const at = offsetInSentence(subtype);
  return /\bin\s+(?:people\s+with\s+)?$/iu.test(place.sentence.text.slice(0, at)) && /^[\s.)]*$/u.test(place.sentence.text.slice(at + subtype.mention.text.length));
}

/** "done at diagnosis and then every 1–2 years", "checked at diagnosis and then once a year": the test follows the disease. */
const THEN_AT_INTERVALS = /\bthen\s+(?:(?:once\s+)?(?:every|each|once\s+a)\s+(?:\d+(?:\s*[–-]\s*\d+)?\s+|few\s+|other\s+)?(?:years?|months?|weeks?)|yearly|annually|every\s+year)\b/iu;

/** "checks heart function before anthracycline chemotherapy": a check for the treatment's sake. */
const BEFORE_TREATMENT = /\bbefore\s+(?:[\p{L}-]+\s+){0,2}(?:chemotherapy|treatment|surgery|starting|giving|transplant)/iu;
/** "measured before surgery, after surgery and at every follow-up visit": the disease followed through its treatment. */
const BEFORE_AND_AFTER = /\bafter\s+(?:[\p{L}-]+\s+){0,2}(?:chemotherapy|treatment|surgery|transplant)\b[^.;]*\bfollow-up\b/iu;
const NOT_FOR_DIAGNOSIS = /\bguides?\s+(?:the\s+)?(?:choice\s+and\s+)?(?:dose|dosing)|\b(?:choose|set|adjust|pick|find)\s+(?:a|the)\s+(?:safe|right|correct|starting)\s+dose\b|\b(?:outlook|prognosis)\b|\bto\s+find\s+(?:the\s+)?(?:people|patients|those|anyone)\s+who\s+(?:cannot|can't|should\s+not|must\s+not)\b/iu;

/** "confirms", "diagnoses": the item says the test makes the diagnosis. */
const CONFIRMS_CUE = /\b(?:confirms?|diagnoses|to diagnose|(?:establish(?:es)?|supports?|makes?) the diagnosis|shows?)\b/iu;

/**
 * "Faecal elastase — a low level shows pancreatic insufficiency", "Thyroid ultrasound — when
 * there is a goitre": a condition an item's explanation names (not the topic) is what the
 * item's test finds.
 */
export function relateFindingOfTest(place: MentionPlace, context: RuleContext): void {
  const key = itemKey(place);
  if (!key || place.mention.entity === context.primary.id) return;
  if (isBroaderThanTopic(place.mention.text, context)) return;
  const offset = offsetInSentence(place);
  const clause = clauseAround(place.sentence.text, offset);
  if (UNRELIABLE_TEST_CUE.test(clause)) return;
  if (context.article.subtypes.has(place.mention.entity)) {
    relateTestOfSubtype(place, key, context);
    return;
  }
  const before = place.sentence.text.slice(0, offset);
  const cue = FINDING_CUE.exec(before.slice(Math.max(0, before.length - 60))) ?? (isSuspectedWhen(place) ? SUSPECTED_WHEN.exec(before) : null);
  if (!cue) return;
  // "a normal CK does not rule out every muscle disease": a limit of the test, not what it is for.
  if (NOT_RULED_OUT.test(clauseBefore(place.sentence.text, offset))) return;
  // "International Criteria — points are given for mouth ulcers, genital ulcers …": what a score counts, not what it finds.
  if (/\bpoints?\s+(?:are\s+|is\s+)?(?:given|scored|awarded|counted)\s+for\b/iu.test(clauseBefore(place.sentence.text, offset))) return;
  // The topic's own signs an examination looks for are part of its picture, not a further diagnosis.
  if (EXAMINATION.test(headNames(place, context)) && isNamedInSections(place.mention.entity, ['symptoms'], context)) return;
  const tests = (context.heads.get(key) ?? []).filter((head) => head.mention.kind === 'Test' || head.mention.kind === 'Procedure');
  // "Calcium and parathyroid hormone — finds low calcium": a reading of one of the item's own tests, no diagnosis of any.
  if (tests.some((head) => isResultOfTest(place.mention.entity, head.mention.entity, context))) return;
  if (RULE_OUT_CUE.test(cue[0]) && (OTHER_CAUSES_OF.test(clauseBefore(place.sentence.text, offset)) || (tests.length > 1 && conditionsNamedAfterHead(place, context) > 1))) return;
  // "… one of them is repeated every one to two years to watch for an aortic aneurysm": what the repeat watches for is followed.
  const watched = isWatchedFor(place);
  for (const head of tests) context.propose(relation(head.mention.entity, watched ? 'MONITORS' : 'DIAGNOSES', place.mention.entity, place, watched ? 'watch for' : undefined));
}

const WATCH_FOR = /\bwatch\s+(?:out\s+)?for\s+(?:an?\s+|the\s+|any\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/** "… to watch for an aortic aneurysm": the words right before the mention say a test watches for it. */
function isWatchedFor(place: MentionPlace): boolean {
  const offset = offsetInSentence(place);
  return WATCH_FOR.test(place.sentence.text.slice(Math.max(0, offset - 60), offset));
}

const LOOK_FOR = /\bto\s+(?:look|check|screen)\s+for\s+(?:an?\s+|the\s+|any\s+)?(?:[\p{L}-]+\s+){0,2}$|\bto\s+find\s+(?:an?\s+|the\s+|any\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

const SETTING_BEFORE = /\b(?:when|if|where)\s+(?:an?\s+|the\s+)?(?:child|person|patient|adult|someone|people|children|adults)\s+(?:has|have)\s+(?:an?\s+)?$|\b(?:in|for)\s+(?:people|patients|children|adults|anyone|those)\s+with\s+(?:an?\s+)?$/iu;

/** Whether a test item's line names the topic only as whom the test is offered to ("offered when a child has osteosarcoma"). */
function namesTopicAsSetting(place: MentionPlace, context: RuleContext): boolean {
  const topic = (context.items.get(itemKey(place) ?? '') ?? []).filter((other) => other.mention.entity === context.primary.id && !other.inHead);
  return topic.length > 0 && topic.every((other) => SETTING_BEFORE.test(other.sentence.text.slice(Math.max(0, offsetInSentence(other) - 40), offsetInSentence(other))));
}

/** A test line that says it is done to look for or find a condition other than the topic. */
function looksForOtherCondition(place: MentionPlace, context: RuleContext): boolean {
  return (context.items.get(itemKey(place) ?? '') ?? []).some((other) => {
    if ((other.mention.kind !== 'Disease' && other.mention.kind !== 'Phenotype') || other.mention.entity === context.primary.id || other.inHead) return false;
    const offset = offsetInSentence(other);
    return LOOK_FOR.test(other.sentence.text.slice(Math.max(0, offset - 60), offset));
  });
}

/** "… repeated every one to two years to watch for an aortic aneurysm": a test line that watches for another condition, not the topic. */
function watchesForOtherCondition(place: MentionPlace, context: RuleContext): boolean {
  return (context.bySentence.get(place.sentence.start) ?? []).some((other) => {
    if ((other.mention.kind !== 'Disease' && other.mention.kind !== 'Phenotype') || other.mention.entity === context.primary.id || other.inHead) return false;
    return isWatchedFor(other);
  });
}

/**
 * "Calcitonin and CEA — high in medullary thyroid cancer; used both to find MTC and to monitor
 * it": a type of the topic an item's line names is what its tests find, and follow when the line
 * says they monitor.
 */
function relateTestOfSubtype(place: MentionPlace, key: string, context: RuleContext): void {
  const text = place.itemText ?? place.sentence.text;
  if (isNegatedAround(place.sentence.text, offsetInSentence(place))) return;
  const tests = (context.heads.get(key) ?? []).filter((head) => head.mention.kind === 'Test' || head.mention.kind === 'Procedure');
  const monitoring = MONITORING_CUE.exec(text);
  for (const head of tests) {
    context.propose(relation(head.mention.entity, 'DIAGNOSES', place.mention.entity, place));
    if (monitoring) context.propose(relation(head.mention.entity, 'MONITORS', place.mention.entity, place, monitoring[0]));
  }
}

const NOT_RULED_OUT = /\b(?:not|never|cannot|can't)\s+(?:fully\s+|always\s+|reliably\s+)?(?:rule\s+out|exclude)\b/iu;

/**
 * What a test item says it finds: "shows", "checks for", "when there is"; and what it is done
 * to rule out ("checked to rule out rheumatoid arthritis", "to exclude an underactive thyroid"),
 * which it tests for just the same.
 */
const FINDING_CUE = /\b(?:shows?|detects?|checks? for|looks? for|finds?|for|when there is|whenever|confirms?|diagnos\w*|identif\w*|points? to|suggests?|rules? out|exclud(?:e|es|ing))\b(?=[^.;]*$)/iu;

const RULE_OUT_CUE = /^(?:rules?\s+out|exclud)/iu;
/** "helps rule out other causes of belly pain": the pain is what the look-alikes cause, not what is ruled out. */
const OTHER_CAUSES_OF = /\bother\s+causes?\s+of\s+[^.;]*$/iu;

/**
 * "TSH, prolactin and 17-hydroxyprogesterone — to exclude hypothyroidism, hyperprolactinaemia and
 * non-classic CAH": several tests ruling out several conditions pair them one to one, which the
 * line does not say; only one condition ruled out by several tests is theirs for certain.
 */
function conditionsNamedAfterHead(place: MentionPlace, context: RuleContext): number {
  const headEnd = (place.item?.headStart ?? 0) + (place.item?.head.length ?? 0);
  const conditions = (context.bySentence.get(place.sentence.start) ?? []).filter((other) => (other.mention.kind === 'Disease' || other.mention.kind === 'Phenotype') && other.mention.entity !== context.primary.id && other.mention.start >= headEnd);
  return new Set(conditions.map((other) => other.mention.entity)).size;
}

/** "— used when GCA affecting the aorta is suspected": the condition the test is ordered for. */
const SUSPECTED_WHEN = /\b(?:when|if)\s+(?:an?\s+|the\s+)?$/iu;

function isSuspectedWhen(place: MentionPlace): boolean {
  const offset = offsetInSentence(place);
  return SUSPECTED_WHEN.test(place.sentence.text.slice(Math.max(0, offset - 30), offset)) && /^[^.;]{0,60}?\b(?:is|are)\s+suspected\b/iu.test(place.sentence.text.slice(offset + place.mention.text.length));
}

/**
 * "confirms diabetes" in a type 2 diabetes article, "shows anaemia" in sickle cell anaemia: the
 * topic's own class, by the names the article itself uses (a vocabulary's long synonym such as
 * "MYH9-related syndromic thrombocytopenia" does not make thrombocytopenia the topic's class).
 */
export function isBroaderThanTopic(text: string, context: RuleContext): boolean {
  const key = searchKey(text);
  if (key.length < 4) return false;
  return [context.primary.name, ...context.article.primaryNames].some((name) => {
    const topic = searchKey(name);
    return topic !== key && ` ${topic} `.includes(` ${key} `);
  });
}

/** A clinical examination looks for the topic's own signs; those are not further diagnoses. */
const EXAMINATION = /\bexamination\b/iu;

function headNames(place: MentionPlace, context: RuleContext): string {
  const key = itemKey(place);
  return (key ? (context.heads.get(key) ?? []) : []).map((head) => head.mention.text).join(' ');
}


/** "falsely low in…", "can be misleading in…": the condition disturbs the test. */
export const UNRELIABLE_TEST_CUE = /\b(?:false(?:ly)?|misleading|unreliable|not reliable|inaccurate|interfere\w*|distort\w*|not (?:needed|used|required))\b/iu;

/** The item's explanation opens by naming what it looks for, a condition other than the topic. */
function opensWithOtherCondition(place: MentionPlace, context: RuleContext): boolean {
  const item = place.item;
  const key = itemKey(place);
  if (!item || !key) return false;
  const headEnd = item.headStart + item.head.length;
  return (context.items.get(key) ?? []).some((other) => {
    if ((other.mention.kind !== 'Disease' && other.mention.kind !== 'Phenotype') || other.mention.entity === context.primary.id || other.mention.start < headEnd) return false;
    // "Neurological examination — looks for tremor …": the topic's own signs are the topic looked for.
    // "Bone scan — looks for spread to the bones (bone metastases)": a cancer's spread is the cancer staged.
    if (context.article.subtypes.has(other.mention.entity) || isNamedInSections(other.mention.entity, ['symptoms', 'types', 'definition'], context) || /metasta/iu.test(other.mention.text)) return false;
    const lead = other.sentence.text.slice(Math.max(0, headEnd - other.sentence.start), offsetInSentence(other));
    // "… once a year to find diabetes early": a complication of the topic looked for is the topic followed.
    // "— measures the pressure in the lung arteries and confirms PAH before treatment starts": the diagnosis it makes is of that condition.
    if ((NOT_FOR_DIAGNOSIS.test(item.explanation) || BEFORE_TREATMENT.test(item.explanation)) && CONFIRMS_ANOTHER.test(lead)) return true;
    return OPENING_LOOK.test(lead) || (FINDS_ANOTHER.test(lead) && !isNamedInSections(other.mention.entity, ['complications'], context));
  });
}

const CONFIRMS_ANOTHER = /\bconfirms?\s+(?:the\s+|an?\s+)?$/iu;

/** "— taken in the first 3 weeks of life to find congenital CMV infection", "— a look … that rules out wax or fluid … (otitis media …)": what the line says the test is for. */
const FINDS_ANOTHER = /^[\s—–:-]*[^.;]{0,80}?\b(?:to\s+(?:find|detect)|that\s+rules?\s+out)\s+(?:(?:an?|the|any|possible|suspected)\s+)?(?:[^.;()]{0,50}\()?$/iu;

// "— to rule out other causes of neuropathy, such as diabetes": the look-alikes listed.
const OPENING_LOOK = /^[\s—–:-]*(?:(?:done\s+)?(?:(?:looks?|checks?|screens?|tests?)\s+for|to\s+(?:look|check|screen|test)\s+for|to\s+rule\s+out|rules?\s+out)(?:\s+other\s+causes?\s+of\s+[^.;]{0,40}?,?\s+(?:such\s+as|like|including))?|(?:(?:done|used|ordered|taken)\s+)?(?:whenever|when|if))\s+(?:(?:an?|the|any|possible|suspected)\s+)?$/iu;

/** "Tuberculosis screening", "Hepatitis B tests": a test named for the disease it looks for. */
const TEST_NAMED_FOR = /^(.+?)\s+(?:screening|screen|tests?|testing)$/iu;

/**
 * "Tuberculosis screening — an IGRA … before the first dose", "Hepatitis B tests (HBsAg and
 * anti-HBc)": a test item's head named for a disease the article also names finds that
 * disease, whatever the line goes on to say.
 */
export function relateTestNamedForCondition(place: MentionPlace, context: RuleContext): void {
  if (!place.inHead || place.mention.kind !== 'Test' || place.mention.entity === context.primary.id) return;
  const test = context.article.entities.get(place.mention.entity);
  if (!test) return;
  const wanted = new Set([test.name, ...test.synonyms].flatMap((name) => {
    const named = TEST_NAMED_FOR.exec(name.trim());
    return named?.[1] ? [searchKey(named[1])] : [];
  }));
  if (wanted.size === 0) return;
  for (const entity of context.article.entities.values()) {
    // A sign's name is often a function ("Dark adaptation test"): only diseases count.
    if (entity.kind !== 'Disease' || !isMentioned(entity.id, context)) continue;
    if ([entity.name, ...entity.synonyms].some((name) => wanted.has(searchKey(name)))) context.propose(relation(place.mention.entity, 'DIAGNOSES', entity.id, place, 'named for'));
  }
}
