import { searchKey } from '../../domain/text.js';
import type { RuleContext } from './context.js';
import { isLevelOfNamedTest, isLifeState, isNamedAsSought, isResultOfTest, itemHeadOtherThanTopic, itemKey, relation } from './context.js';
import {
  ADVERSE_EFFECT_CUE,
  CONTRAINDICATION_CUE,
  DOSE_OR_ACTIVITY_LIMIT,
  GENE_CUE,
  MONITORING_CUE,
  clauseAround,
  clauseBefore,
  clauseSpan,
} from './cues.js';
import { loweringVerbOf } from '../recognise/lowered-levels.js';
import { SILENT_SECTIONS } from './silent-sections.js';
import { relateTreatedWithOnLabPage } from './treatment-rules.js';
import { isPartOfGlossedDescription } from './glossed.js';
import { isNegated } from './negation.js';
import type { MentionPlace } from './places.js';
import { offsetInSentence } from './places.js';

const CONDITION_KINDS = new Set(['Disease', 'Phenotype']);
const LOOKS_FOR = /\bto (?:find|look for|check for|rule out|detect)\b/iu;

/** "TSH — before starting, to find an underactive thyroid": a test done once before the drug, for another condition. */
function isBaselineSearch(itemText: string): boolean {
  return LOOKS_FOR.test(itemText) && /\bbefore (?:starting|treatment|the first dose)|\bbaseline\b/iu.test(itemText);
}
const RISK_LOWERED = /\b(?:reduc|lower|cut|decreas)\w*\s+(?:the\s+)?(?:risk|chance)s?\s+of\b/iu;

/** A side-effect item's explanation that shows how its head presents ("… with severe pain, weakness …"). */
function describesItsHead(place: MentionPlace, context: RuleContext): boolean {
  const key = itemKey(place);
  if (!key || place.inHead) return false;
  const named = (context.heads.get(key) ?? []).some((head) => CONDITION_KINDS.has(head.mention.kind) && context.article.entities.get(head.mention.entity)?.status === 'verified');
  if (!named) return false;
  const before = clauseBefore(place.sentence.text, offsetInSentence(place));
  if (/\bwith\s+(?:(?:severe|mild|sudden|some|a|an)\s+)?(?:[\p{L}-]+[\s,]+(?:(?:and|or)\s+)?){0,4}$/iu.test(before)) return true;
  // "Lactic acidosis — rare but serious; symptoms are muscle pain …", "Vitamin B12 deficiency — …; it can cause anaemia and numbness": what the head brings.
  if (HEAD_SHOWS_ITSELF.test(before)) return true;
  // "Serotonin syndrome — agitation, a high temperature, heavy sweating …": a line that opens with the syndrome's signs.
  // A broad head's line lists its forms ("Bleeding — easy bruising, nosebleeds"), each an effect of its own; a syndrome's lists its signs.
  const head = place.item?.head.trim() ?? '';
  if (!/\b(?:syndrome|crisis|storm)\b/iu.test(head)) return false;
  return before.startsWith(head) && /^\s*[—–:-]\s*(?:(?:an?|the)\s+)?(?:[\p{L}-]+[\s,]+(?:(?:and|or|an?|the)\s+)*){0,12}$/iu.test(before.slice(head.length));
}
const HEAD_SHOWS_ITSELF = /(?:\b(?:its\s+)?(?:symptoms|signs)\s+(?:are|include)|(?:^|;)\s*(?:it|this|which)\s+(?:can|may)\s+(?:cause|lead\s+to))\s+(?:[\p{L}-]+[\s,]+(?:(?:and|or|an?|the)\s+)*){0,8}$/iu;
const TREATS_CUE = /\b(?:treat\w*|used (?:for|to)|for|relieve\w*|prevent\w*|control\w*|lower\w*|manage\w*|indicated)\b/iu;
// "an enlarged prostate, prostatitis or a urinary tract infection can all raise it": other causes of a result, not what the test finds.
// "A high result can also come from … pancreatitis", "Other causes of a raised level — pregnancy, … cancer": the same.
// "Iron deficiency can lower HbA2 and hide beta-thalassaemia trait": what hides a result, and what it hides.
const UNRELIABLE_CUE = /\b(?:false(?:ly)?|misleading|unreliable|not reliable|inaccurate|interfere\w*|distort\w*)\b|\b(?:can|may|could|will)\s+(?:also\s+)?(?:[\p{L}\d-]+\s+){0,3}?(?:hide|mask)\b|\b(?:can|may|could|will)\s+(?:all\s+|also\s+)?(?:raise|lower|increase|reduce)\s+(?:it|them|the (?:level|result|value|reading))\b|\b(?:result|level|value|reading)s?\s+(?:can|may|could)\s+(?:also\s+)?(?:come|result|arise)\s+from\b|\b(?:other\s+)?causes\s+of\s+(?:a\s+|an\s+)?(?:raised|high|higher|low|lower|abnormal|positive)\s+(?:level|result|value|reading)s?\b/iu;
// "The test is usually ordered for symptoms such as joint pain, …", "when someone has a goitre or
// symptoms of an overactive thyroid such as tremor": why it is done, not what it finds.
const GROUP_LABEL_HEAD = /^\s*(?:other|some|several|many|various)\s+(?:[\p{L}-]+\s+){0,2}(?:conditions|diseases|disorders|problems|illnesses)\b/iu;
const BEFORE_THE_DRUG = /^[\s\d.)]*before\s+(?:starting|giving|taking|beginning|prescribing|the\s+first\s+dose\s+of\s+)?\s*(?:[\p{L}-]+\s+(?:or|and)\s+)?$/iu;
const PEOPLE_TAKING = /\bto\s+(?:check|test|monitor)\s+(?:people|patients|those|anyone|children|adults)\s+(?:who\s+are\s+)?(?:taking|on)\s+(?:(?:[^.;:]*?\b(?:such\s+as|like|including)\s+)?(?:[^.;:]*?(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+))?)?$/iu;
const REASON_FOR_TESTING = /\b(?:someone|people|patients|persons?|anyone|children|babies|adults|you)\s+(?:who|whose|with|has|have)\b|\b(?:risk|chance|danger)s?\s+of\b|\b(?:symptoms|signs|complaints)\s+(?:of\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){1,3})?(?:such\s+as|like|including)\b|\bwho\s+(?:develop|have|get|show|report)\b|\b(?:when|if)\s+they\s+(?:develop|get|have)\b[^.;]*$|\b(?:in|for)\s+(?:conditions|diseases|disorders|illnesses)\s+(?:that|which|where)\b[^.;]*$|\bwhen\s+(?:a\s+person|someone|a\s+patient|a\s+child|people|patients|children)\b[^.;]{0,40}?\b(?:develops?|gets?|has|have)\b(?![^.;]*,\s+(?:the|this)\s+test\b)[^.;]*$/iu;
// The person a line says is checked, up to the mention, before the line's dash or colon turns to what a result shows.
const PERSON_CHECKED_WITH = /\b(?:bab(?:y|ies)|child(?:ren)?|infants?|newborns?|persons?|patients?|adults?|teenagers?|wom[ae]n|m[ae]n)\s+with\s+[^.;:—–]*$/iu;
const RESULT_WITH_SIGNS = /\b(?:low|high|raised|normal|abnormal|rising|falling)\s+(?:[\p{L}-]+\s+){0,2}with\s+(?:(?!\b(?:points?\s+to|suggests?|means?)\b)[^.;:—–])*$/iu;
const CAUSE_OF_READING = /(?:^|[—–:;,]\s*)(?:(?:usually|mostly|mainly|often|most\s+often|commonly|for\s+example)\s+)?(?:from|after|due\s+to|(?:can|may|might|could|often)\s+(?:come|result)\s+from)\s+(?:(?:[^.;:()]|\([^()]*\))*?(?:,\s*(?:or\s+|and\s+)?|\s+or\s+|\s+and\s+))?(?:(?:an?|the)\s+)?(?:(?:long-lasting|long-term|severe|chronic|repeated)\s+)?(?:[^.;:()]*\(\s*)?$/iu;
const MEDICINES_CAUSING_READING = /(?:^|[—–:;,]\s*)(?:(?:usually|mostly|mainly|often|most\s+often|commonly)\s+)?(?:from|due\s+to)\s+[^.;:()]*?\b(?:medicines?|drugs?|medications?)\s+(?:such\s+as|like|including)\s+(?:[^.;:()]*?(?:,\s*(?:or\s+|and\s+)?|\s+or\s+|\s+and\s+))?$/iu;

const OTHER_CAUSES_LISTED = /\bother\s+(?:possible\s+)?(?:causes|conditions|explanations)\s+(?:such\s+as|like|including)\s+[^.;]*$/iu;
const LEFT_TO_BE_SOUGHT = /^[^.;]*?\b(?:must|should|need\s+to|needs\s+to|have\s+to)\s+be\s+(?:looked\s+for|considered|sought|checked\s+for)\b/iu;
const EXPLAINED_BY_A_RESULT = /\b(?:level|result|value|reading)s?\s+(?:\w+\s+){0,2}(?:explains?|accounts? for|causes?|can cause|leads? to)\b/iu;
const RISK_GROUP = /(?:\b(?:more|most|less)\s+(?:likely|common|frequent|often)\b[^.;]*|\b(?:especially|particularly|mainly))\s+(?:in|with|among|if)\s+(?:people\s+with\s+)?(?:[\p{L}-]+[\s,]+(?:(?:or|and)\s+)?){0,6}$|\b(?:reported|seen|found|occurred|happened)\s+(?:mainly\s+|mostly\s+|only\s+)?(?:in|among)\s+(?:(?:young|younger|older|elderly)\s+)?(?:people|adults|children|patients|women|men)\s+(?:with|who have)\s+(?:[\p{L}'’-]+[\s,]+(?:(?:or|and)\s+)?){0,6}$/iu;
const NOT_WHAT_IT_FINDS = /\b(?:complications?\s+of|(?:correct|treat|cure|relieve|prevent|ease|calm|soothe)(?:s|d|ed|ing)?)\s+(?:(?:the|a|an|their|your)\s+)?(?:[\p{L}-]+\s+(?:(?:and|or)\s+)?){0,2}$/iu;
const USED_FOR_OPENING = /^\s*(?:for|when\s+(?:it\s+is\s+)?(?:used|given)\s+for|in\s+(?:the\s+)?treatment\s+of)\s+[^,;.]*$/iu;
const DIAGNOSIS_CUE = /\b(?:diagnos\w*|detect\w*|screen\w*|check\w* for|find\w*|help\w* (?:find|tell)|confirm\w*|rule out|sign of|may mean|indicate\w*|point to|suggest\w*|caused by|high|low|abnormal)\b/iu;

/**
 * A drug article's topic: its indications treat conditions, its side effects are adverse
 * effects, tests that watch it monitor it, and a contraindication cue names where to avoid it.
 */
export function relateDrugPlace(place: MentionPlace, context: RuleContext): void {
  const section = place.sentence.section;
  if (SILENT_SECTIONS.has(section) || place.mention.entity === context.primary.id) return;
  const offset = offsetInSentence(place);
  const clause = clauseAround(place.sentence.text, offset);
  const drug = context.primary.id;
  const { kind, entity } = place.mention;
  if (CONDITION_KINDS.has(kind)) {
    const contraindication = CONTRAINDICATION_CUE.exec(clause);
    const doseLimit = DOSE_OR_ACTIVITY_LIMIT.test(clause);
    const cueAt = contraindication ? place.sentence.text.indexOf(contraindication[0]) : -1;
    // "Rash and sensitivity to sunlight (photosensitivity) — avoid strong sun and sunbeds during the course": advice after a side effect, which stays a side effect.
    const adviceAfterEffect = section === 'side_effects' && cueAt > offset;
    if (contraindication && !doseLimit && !adviceAfterEffect) {
      // "… should not be given to people with glandular fever, because it very often causes a rash": the harm, not who.
      const between = cueAt >= 0 && cueAt < offset ? place.sentence.text.slice(cueAt, offset) : '';
      // "it should not be used to treat rheumatoid arthritis during pregnancy": the aim of the use, when who must avoid it comes after
      // ("should not be used to treat obesity" alone still contraindicates).
      // "must not be used for bipolar disorder or migraine during pregnancy": each aim of the list.
      const populationAfter = /^\s+(?:(?:or|and)\s+(?:[\p{L}-]+\s+){1,3}?)?(?:during|while|in\s+(?:people|women|men|children|patients|those))\b/iu.test(place.sentence.text.slice(offset + place.mention.text.length));
      if (populationAfter && /\b(?:to\s+treat|used\s+for)\s+(?:[\p{L}-]+\s+){0,3}?(?:(?:or|and)\s+)?$/iu.test(between)) return;
      // "should not be used to treat obesity or for weight loss": a sign named as the aim of a use, not who must avoid it.
      if (kind === 'Phenotype' && /\bfor\s+$/iu.test(between) && !/\b(?:people|patients|children|adults|women|men|those|anyone)\s+(?:with|who)\b/iu.test(between)) return;
      // "For rheumatoid arthritis and vasculitis, rituximab should not be used in people with severe heart failure": what it is used for, not who must avoid it.
      if (cueAt > offset && USED_FOR_OPENING.test(place.sentence.text.slice(0, offset))) return;
      if (!/\b(?:because|since|as (?:it|they))\b/iu.test(between)) {
        const subjects = clauseSubjectDrugs(place, cueAt, context);
        for (const subject of subjects.length > 0 ? subjects : [drug]) context.propose(relation(subject, 'CONTRAINDICATED_IN', entity, place, contraindication[0]));
      }
      return;
    }
    // "Who should not take it | 3. A urea cycle disorder — because of the risk of severe hyperammonaemia": the list's heading is the cue, for what each line opens with.
    if (section === 'interactions' && isOpeningOfAvoidListItem(place, context)) {
      if (!isNegated(place)) context.propose(relation(drug, 'CONTRAINDICATED_IN', entity, place, 'who should not take it'));
      return;
    }
    // "Chronic kidney disease: start at a lower dose": a caution about a dose names no indication.
    if (section === 'interactions') return;
    if (isNegated(place)) return;
    if (section === 'side_effects') {
      if (isPartOfGlossedDescription(place, context)) return;
      // "Rhabdomyolysis — a breakdown of muscle with severe pain, weakness and dark urine": how the head shows itself.
      if (describesItsHead(place, context)) return;
      // "… the most dangerous effect, more likely in older people and in kidney disease": who is at risk, not an effect.
      if (!RISK_GROUP.test(clauseBefore(place.sentence.text, offset))) context.propose(relation(drug, 'HAS_ADVERSE_EFFECT', entity, place));
    } else if (section === 'monitoring' || section === 'dosage') {
      // "TSH — before starting, to find an underactive thyroid": the item's test looks for that condition.
      const test = section === 'monitoring' && isBaselineSearch(place.itemText ?? '') && LOOKS_FOR.test(clauseBefore(place.sentence.text, offset)) ? otherHeadOfItem(place, context, TEST_KINDS) : undefined;
      if (test) context.propose(relation(test, 'DIAGNOSES', entity, place, LOOKS_FOR.exec(clauseBefore(place.sentence.text, offset))?.[0]));
      // "Chest X-ray — as a baseline for later lung problems", "lowered when kidney function falls": what is watched for.
      return;
    } else if (section === 'indications') {
      // "Valproate was once given every day to young children to prevent febrile seizures, but …": a use given up.
      if (FORMER_USE.test(clauseBefore(place.sentence.text, offset))) return;
      // "People who cannot take aspirin because of allergy or stomach problems": why another drug is not taken, no indication.
      if (REASON_NOT_TAKEN.test(clauseBefore(place.sentence.text, offset))) return;
      // "people with several risk factors such as high blood pressure, smoking or chronic kidney disease": who is at risk, not what is treated.
      if (RISK_FACTOR_LIST.test(place.sentence.text.slice(Math.max(0, offset - 100), offset))) return;
      // "Other autoimmune conditions — lupus, myasthenia gravis …": a group label, whose members the line names.
      if (place.inHead && GROUP_LABEL_HEAD.test(place.item?.head ?? '')) return;
      if (!explainsAnIndication(place, context)) context.propose(relation(drug, 'TREATS', entity, place));
    } else {
      // "Reversing the effect: Prothrombin complex concentrate — for serious bleeding": an item
      // about another treatment says what that one does.
      const subject = otherHeadOfItem(place, context, TREATMENT_KINDS) ?? drug;
      // "… and reduces the risk of heart attack and stroke": a risk lowered is an aim, not a harm.
      if (RISK_LOWERED.test(clauseBefore(place.sentence.text, offset))) context.propose(relation(subject, 'TREATS', entity, place, RISK_LOWERED.exec(clauseBefore(place.sentence.text, offset))?.[0]));
      else if (ADVERSE_EFFECT_CUE.test(clause)) context.propose(relation(subject, 'HAS_ADVERSE_EFFECT', entity, place, ADVERSE_EFFECT_CUE.exec(clause)?.[0]));
      // "approved only for nerve pain after shingles": what came before the aim is its setting.
      else if (TREATS_CUE.test(clause) && !AFTER_THE_AIM.test(place.sentence.text.slice(Math.max(0, offset - 60), offset))) context.propose(relation(subject, 'TREATS', entity, place, TREATS_CUE.exec(clause)?.[0]));
    }
    return;
  }
  // "TSH — before starting, to find an underactive thyroid": a baseline test for another condition watches no drug.
  if (kind === 'Test' && place.inHead && section === 'monitoring' && isBaselineSearch(place.itemText ?? '') && !MONITORING_CUE.test(place.itemText ?? '')) return;
  if (kind === 'Test' && (section === 'monitoring' || MONITORING_CUE.test(clause)) && !isNegated(place)) {
    context.propose(relation(entity, 'MONITORS', drug, place, MONITORING_CUE.exec(clause)?.[0]));
  }
}

/** A lab test article's topic: the conditions its purpose and results name, diagnosed or monitored. */
export function relateTestPlace(place: MentionPlace, context: RuleContext): void {
  const section = place.sentence.section;
  if (SILENT_SECTIONS.has(section)) return;
  // "aspirin should not be given to children or teenagers who have flu or chickenpox": who must not take a drug the page names.
  if (place.mention.kind === 'Drug') for (const avoided of conditionsOfWhoMustAvoid(place, context)) context.propose(relation(place.mention.entity, 'CONTRAINDICATED_IN', avoided, place, 'should not be given'));
  // "hepatic encephalopathy is treated with lactulose": what is done about a result, of no topic of the page's own.
  relateTreatedWithOnLabPage(place, context);
  const offset = offsetInSentence(place);
  if (isNegated(place)) return;
  const clause = clauseAround(place.sentence.text, offset);
  // "To monitor levothyroxine treatment": the test watches a drug.
  // "Activated partial thromboplastin time (aPTT) — … used to monitor heparin": an item about
  // another test says what that test does.
  const subject = otherHeadOfItem(place, context, TEST_OR_PROCEDURE_KINDS) ?? context.primary.id;
  if (place.mention.kind === 'Drug') {
    // "Before starting azathioprine — to choose a safe starting dose": a check before a drug is given watches that drug.
    // "To check people taking medicines that lower folate, such as methotrexate, phenytoin and trimethoprim": the test watches those medicines.
    const monitoring = MONITORING_CUE.exec(place.itemText ?? clause)?.[0] ?? (BEFORE_THE_DRUG.test(place.sentence.text.slice(0, offset)) ? 'before' : PEOPLE_TAKING.test(clauseBefore(place.sentence.text, offset)) ? 'people taking' : undefined);
    if (monitoring) context.propose(relation(subject, 'MONITORS', place.mention.entity, place, monitoring));
    // "Tell your doctor about medicines that can cause pancreatitis, such as azathioprine …": an example of such a medicine has that effect.
    // "High potassium (hyperkalaemia) — usually from kidney disease or medicines such as ACE inhibitors": a medicine that brings on the item's reading.
    const reading = !place.inHead && MEDICINES_CAUSING_READING.test(clauseBefore(place.sentence.text, offset)) ? itemHeadOtherThanTopic(place, context, CONDITION_KINDS) : undefined;
    if (reading) context.propose(relation(place.mention.entity, 'HAS_ADVERSE_EFFECT', reading, place, 'from'));
    const harm = exampleOfHarmfulMedicines(place, context);
    if (harm) context.propose(relation(place.mention.entity, 'HAS_ADVERSE_EFFECT', harm, place, 'can cause'));
    // "people taking medicines that lower magnesium — for example … omeprazole": the low reading the page names is that medicine's harm.
    const shifted = levelShiftedByExampleMedicines(place, context);
    if (shifted) context.propose(relation(place.mention.entity, 'HAS_ADVERSE_EFFECT', shifted.finding, place, shifted.cue));
    return;
  }
  // "To diagnose hypomagnesaemia (low blood magnesium)": a reading of the test itself, named as what the test is done to find.
  if (!CONDITION_KINDS.has(place.mention.kind) || loweringVerbOf(place.mention.text) || (isResultOfTest(place.mention.entity, context.primary.id, context) && !isNamedAsSought(place)) || isLevelOfNamedTest(place, context)) return;
  // "Rasburicase (ELITEK®) — a medicine used to prevent and treat tumour lysis syndrome": what a medicine the page names treats.
  const treatedBy = drugUsedToTreat(place, context);
  if (treatedBy) {
    context.propose(relation(treatedBy, 'TREATS', place.mention.entity, place, 'used to treat'));
    return;
  }
  // "statins can cause statin myopathy and, rarely, rhabdomyolysis": a sentence that states a medicine's harm outright.
  const harmful = causingDrug(place, context);
  if (harmful) context.propose(relation(harmful, 'HAS_ADVERSE_EFFECT', place.mention.entity, place, 'can cause'));
  // "the tuberculosis medicine isoniazid": a condition naming a kind of medicine is not what the test looks at.
  if (/^\s+(?:medicines?|medications?|drugs?|treatments?|vaccines?)\b/iu.test(place.sentence.text.slice(offset + place.mention.text.length))) return;
  // "In pregnancy — the level is checked …": a state of life, not a finding; "dying cancer cells": cells of a kind, not a cancer found.
  if (isLifeState(place.mention.entity, context) || /^\s+cells?\b/iu.test(place.sentence.text.slice(offset + place.mention.text.length))) return;
  // "falsely low in sickle cell disease": a condition that disturbs the test, not one it finds.
  if (UNRELIABLE_CUE.test(clause)) return;
  // "To rule out pulmonary embolism (PE) — a clot … that causes sudden breathlessness": signs of the item's condition.
  const described = describedHeadCondition(place, context);
  if (described) {
    if (described.withSign && place.mention.kind === 'Phenotype') context.propose(relation(described.condition, 'HAS_PHENOTYPE', place.mention.entity, place, 'with'));
    return;
  }
  // "in someone who bruises easily", "a raised risk of stroke": why the test is done, or what a
  // result warns of, not what the test finds.
  if (REASON_FOR_TESTING.test(clauseBefore(place.sentence.text, offset))) return;
  // "To check a newborn baby with lethargy … or vomiting —": the signs that lead to the test.
  // "Very low cortisol with vomiting, dizziness and low blood pressure — this can be an adrenal crisis": signs that come with a result.
  if (PERSON_CHECKED_WITH.test(place.sentence.text.slice(0, offset)) || (place.mention.kind === 'Phenotype' && RESULT_WITH_SIGNS.test(place.sentence.text.slice(0, offset)))) return;
  // "so other causes such as low blood sugar, stroke or alcohol withdrawal must be looked for": look-alikes left to other tests.
  if (OTHER_CAUSES_LISTED.test(clauseBefore(place.sentence.text, offset)) && LEFT_TO_BE_SOUGHT.test(place.sentence.text.slice(offset))) return;
  // "A low level explains tiredness, a sore red tongue …": what a result accounts for are signs, not diagnoses.
  if (EXPLAINED_BY_A_RESULT.test(clauseBefore(place.sentence.text, offset))) return;
  // "a serious complication of sepsis", "they can correct the anaemia": a cause named in passing, or what a treatment does.
  if (NOT_WHAT_IT_FINDS.test(place.sentence.text.slice(Math.max(0, offset - 40), offset))) return;
  // "…; a TSH test is done to look for hypothyroidism": another test the clause names is the one that looks for it.
  const seeker = otherTestSeeking(place, context);
  if (seeker) {
    context.propose(relation(seeker.test, 'DIAGNOSES', place.mention.entity, place, seeker.cue));
    return;
  }
  // "High potassium (hyperkalaemia) — usually from kidney disease …", "a low potassium level, for example after long-lasting vomiting": what brings a reading about.
  // (Under Why the test is done, "To look for a blocked bile duct — for example from gallstones" names what is sought.)
  if (!place.inHead && section === 'test_results' && CAUSE_OF_READING.test(clauseBefore(place.sentence.text, offset))) return;
  // "Creatine kinase — checked if muscle aches develop", "MCV — large red cells point to folate
  // deficiency": an item about another test (often a part of the topic's panel) speaks of that
  // test, and what it reads from a result is no diagnosis of its own.
  if (subject !== context.primary.id) {
    // "Prostate biopsy — the only test that confirms prostate cancer": that other test's own
    // diagnosis; "BNP or NT-proBNP — used to diagnose and monitor heart failure": of every test
    // the head names, and followed too when the clause says so.
    const confirms = OTHER_TEST_CONFIRMS.exec(clauseBefore(place.sentence.text, offset));
    // "Complement C3 and C4 — low during active lupus; used with anti-dsDNA to monitor SLE": followed only.
    const followsOnly = !confirms && section === 'diagnosis' ? OTHER_TEST_MONITORS.exec(clauseBefore(place.sentence.text, offset)) : null;
    if (followsOnly) for (const test of otherHeadsOfItem(place, context, TEST_OR_PROCEDURE_KINDS)) context.propose(relation(test, 'MONITORS', place.mention.entity, place, followsOnly[0].trim()));
    if (!confirms || section !== 'diagnosis') return;
    const monitors = /\bmonitor\w*\b/iu.exec(clause);
    for (const test of otherHeadsOfItem(place, context, TEST_OR_PROCEDURE_KINDS)) {
      context.propose(relation(test, 'DIAGNOSES', place.mention.entity, place, confirms[0].trim()));
      if (monitors) context.propose(relation(test, 'MONITORS', place.mention.entity, place, monitors[0]));
    }
    return;
  }
  const typed = section === 'test_purpose' || section === 'test_results';
  const diagnosisCue = DIAGNOSIS_CUE.exec(clause);
  const monitoring = MONITORING_CUE.exec(clause);
  // "Doctors also use the tests to monitor some liver diseases": a monitoring cue speaks for itself in any section.
  if (!typed && !diagnosisCue && !monitoring) return;
  const predicate = monitoring ? 'MONITORS' : 'DIAGNOSES';
  context.propose(relation(context.primary.id, predicate, place.mention.entity, place, (monitoring ?? diagnosisCue)?.[0]));
  // "To diagnose and monitor inflammatory myopathies (myositis) — such as polymyositis …": both,
  // for the condition the line is about and the forms it lists, not for where that condition arises.
  const aboutIt = place.inHead || /\b(?:such as|including)\s+(?:[\p{L}-]+\s+){0,3}(?:(?:and|or)\s+(?:[\p{L}-]+\s+){0,3})?$/iu.test(clauseBefore(place.sentence.text, offset));
  const diagnoses = monitoring && aboutIt ? /\b(?:diagnos\w*|detect\w*|confirm\w*)\b/iu.exec(clause) : null;
  if (diagnoses) context.propose(relation(context.primary.id, 'DIAGNOSES', place.mention.entity, place, diagnoses[0]));
}

const DONE_TO_SEEK = /^\s*(?:(?:tests?|scans?|panel)\s+)?(?:\([^()]*\)\s*)?(?:is|are|may\s+be|can\s+be)\s+(?:(?:usually|also|often|then)\s+)?(?:done|used|ordered|needed|carried\s+out)\s+to\s+(?:look\s+for|check\s+for|find|rule\s+out|diagnose|confirm|detect)\s+(?:(?:an?|the|any)\s+)?$/iu;

/** The test other than the page's topic that the mention's clause says "is done to look for" the mention. */
function otherTestSeeking(place: MentionPlace, context: RuleContext): { test: string; cue: string } | undefined {
  const offset = offsetInSentence(place);
  const clause = clauseSpan(place.sentence.text, offset);
  for (const other of context.bySentence.get(place.sentence.start) ?? []) {
    const at = offsetInSentence(other);
    if (other.mention.kind !== 'Test' || other.mention.entity === context.primary.id || at < clause.start || at >= offset) continue;
    const cue = DONE_TO_SEEK.exec(place.sentence.text.slice(at + other.mention.text.length, offset));
    if (cue) return { test: other.mention.entity, cue: cue[0].trim() };
  }
  return undefined;
}

const USED_TO_TREAT = /\b(?:medicines?|drugs?|treatments?)?\s*(?:(?:that\s+is\s+|which\s+is\s+)?(?:used|given))\s+(?:to\s+(?:prevent\s+(?:and|or)\s+)?treat|for)\s+(?:(?:the|an?)\s+)?$/iu;

/** The drug an item's head (or the clause before) names, when the line says it is "used to treat" the condition. */
function drugUsedToTreat(place: MentionPlace, context: RuleContext): string | undefined {
  const offset = offsetInSentence(place);
  if (!USED_TO_TREAT.test(clauseBefore(place.sentence.text, offset))) return undefined;
  const key = itemKey(place);
  const head = (key ? (context.heads.get(key) ?? []) : []).find((other) => other.mention.kind === 'Drug');
  if (head) return head.mention.entity;
  return (context.bySentence.get(place.sentence.start) ?? []).filter((other) => other.mention.kind === 'Drug' && offsetInSentence(other) < offset).at(-1)?.mention.entity;
}

/** Right after a drug: "should not be given to children or teenagers who have", "must not be used in people with". */
const MUST_NOT_BE_GIVEN_TO = /^\s*(?:\([^()]*\)\s*)?(?:should|must)\s+(?:not|never)\s+be\s+(?:given|used|taken)\s+(?:to|in|by)\s+(?:[\p{L}-]+\s+){0,4}?(?:who\s+(?:have|has|are\s+recovering\s+from)|with)\s+(?:(?!(?:in\s+)?(?:whom|which|because|since|so|it|they)\b)[\p{L}\d'’()-]+(?:\s+|,\s*))*$/iu;

/** The conditions a clause names after a drug and "should not be given to … who have". */
function conditionsOfWhoMustAvoid(place: MentionPlace, context: RuleContext): string[] {
  const drugEnd = offsetInSentence(place) + place.mention.text.length;
  const clauseEnd = clauseSpan(place.sentence.text, drugEnd).end;
  return (context.bySentence.get(place.sentence.start) ?? [])
    .filter((other) => CONDITION_KINDS.has(other.mention.kind) && offsetInSentence(other) > drugEnd && offsetInSentence(other) < clauseEnd)
    .filter((other) => MUST_NOT_BE_GIVEN_TO.test(place.sentence.text.slice(drugEnd, offsetInSentence(other))))
    .map((other) => other.mention.entity);
}

// "Some of them … can cause hyperprolactinaemia: antipsychotic medicines such as risperidone …": the colon opens the list of such medicines.
const MEDICINES_THAT_CAUSE = /\b(?:medicines?|medications?|drugs?)\s+that\s+(?:can\s+|may\s+|sometimes\s+)?(?:cause|trigger|bring\s+on)\s+([^.;]*?),?\s+(?:such\s+as|like|including)\s+[^.;]*$|\b(?:can|may|often)\s+(?:cause|trigger|bring\s+on)\s+([^.;:]*?)\s*:\s*[^.;:]*$/iu;

/** The condition a clause says the medicines it then gives examples of can cause. */
function exampleOfHarmfulMedicines(place: MentionPlace, context: RuleContext): string | undefined {
  const before = place.sentence.text.slice(0, offsetInSentence(place));
  const match = MEDICINES_THAT_CAUSE.exec(before);
  const caused = match?.[1] ?? match?.[2];
  if (!match || !caused) return undefined;
  const from = match.index + match[0].indexOf(caused);
  const to = from + caused.length;
  return (context.bySentence.get(place.sentence.start) ?? []).find(
    (other) => (other.mention.kind === 'Disease' || other.mention.kind === 'Phenotype') && offsetInSentence(other) >= from && offsetInSentence(other) < to,
  )?.mention.entity;
}

const MEDICINES_THAT_SHIFT = /\b(?:medicines?|medications?|drugs?)\s+that\s+(?:can\s+|may\s+|often\s+)?(lower|reduce|raise|increase)\s+(?:the\s+|your\s+)?(?:blood\s+|serum\s+)?([\p{L}-]+)(?:\s+levels?)?\b[^.;]*?\b(?:for\s+example|such\s+as|like|including)\b[^.;]*$/iu;

/**
 * "medicines that lower magnesium — for example proton pump inhibitors …": the finding the page
 * names for that low (or high) level of the substance ("low magnesium" is hypomagnesaemia there),
 * which each example medicine brings on.
 */
function levelShiftedByExampleMedicines(place: MentionPlace, context: RuleContext): { finding: string; cue: string } | undefined {
  const match = MEDICINES_THAT_SHIFT.exec(place.sentence.text.slice(0, offsetInSentence(place)));
  if (!match?.[1] || !match[2]) return undefined;
  const direction = /^(?:lower|reduce)$/iu.test(match[1]) ? 'low' : 'high';
  const wanted = new Set([`${direction} ${match[2]}`, `${direction} blood ${match[2]}`].map((name) => searchKey(name)));
  for (const [id, entity] of context.article.entities) {
    if (entity.kind !== 'Disease' && entity.kind !== 'Phenotype') continue;
    if ([entity.name, ...entity.synonyms].some((name) => wanted.has(searchKey(name)))) return { finding: id, cue: `${match[1]} ${match[2]}` };
  }
  return undefined;
}

/** The drug that opens the clause before "can cause" a condition ("statins can cause …, and rarely, rhabdomyolysis"). */
export function causingDrug(place: MentionPlace, context: RuleContext): string | undefined {
  const offset = offsetInSentence(place);
  const clause = clauseSpan(place.sentence.text, offset);
  const cause = /\b(?:can|may|might|could|often|sometimes|rarely)\s+cause\b/iu.exec(place.sentence.text.slice(clause.start, offset));
  if (!cause) return undefined;
  const cueAt = clause.start + cause.index;
  const drug = (context.bySentence.get(place.sentence.start) ?? []).filter((other) => other.mention.kind === 'Drug' && offsetInSentence(other) >= clause.start && offsetInSentence(other) < cueAt).at(-1);
  // Only the drug right before the verb is its subject ("in people taking a statin, … statins can cause …").
  if (!drug || !/^\s*$/u.test(place.sentence.text.slice(offsetInSentence(drug) + drug.mention.text.length, cueAt))) return undefined;
  return drug.mention.entity;
}

const OTHER_TEST_MONITORS = /\bto\s+monitor\s+(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

// "ST elevation means an emergency heart attack", "helps rule out a clot", "shows narrowed or
// blocked arteries (coronary artery disease)", "a high value suggests Cushing syndrome": what another test's result tells.
const OTHER_TEST_CONFIRMS = /\b(?:confirms?|diagnoses|to diagnose|suggests?|(?:used\s+)?to\s+screen\s+for|detects?|means|rules?\s+out|shows|positive\s+in|(?:highly\s+)?specific\s+for|(?:found|present)\s+in\s+(?:most\s+|many\s+|some\s+)?(?:people\s+with\s+)?|helps?\s+(?:to\s+)?(?:classify|diagnose|confirm|find)|makes?\s+(?:[\p{L}-]+\s+){0,2}more likely|test\s+for|looks?\s+for|points?\s+to|(?:high|low|raised)\s+level)\s+(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+){0,4}\(?$/iu;

/**
 * The condition an item's head names, when the line gives the finding as what that condition
 * causes, or as what it comes "with" ("To diagnose Cushing syndrome — too much cortisol over a
 * long time, with weight gain, a round face …"); `withSign` says the line states it as a sign.
 */
function describedHeadCondition(place: MentionPlace, context: RuleContext): { readonly condition: string; readonly withSign: boolean } | undefined {
  const key = itemKey(place);
  if (!key || place.inHead) return undefined;
  const head = (context.heads.get(key) ?? []).find((other) => CONDITION_KINDS.has(other.mention.kind) && other.mention.entity !== place.mention.entity);
  if (!head) return undefined;
  const before = clauseBefore(place.sentence.text, offsetInSentence(place));
  if (/\b(?:causes?|causing|leads? to)\b[^;.]*$/iu.test(before)) return { condition: head.mention.entity, withSign: false };
  return /(?:^|,\s*)with\s+[^;.()]*$/iu.test(before) ? { condition: head.mention.entity, withSign: true } : undefined;
}

const AFTER_THE_AIM = /\bfor\s+(?:[\p{L}-]+\s+){1,4}(?:after|following|left\s+by)\s+(?:an?\s+|the\s+)?$/iu;

const AVOID_LIST_HEADING = /\bwho\s+(?:should|must)\s*(?:n['’]t|\s+not)\s+(?:take|use|have|be\s+given)\b|\bcontraindications?\b|\bdo\s+not\s+(?:take|use)\b/iu;

/** A condition an item opens with (before its dash, and before any "because"), under a heading that lists who must not take the drug. */
function isOpeningOfAvoidListItem(place: MentionPlace, context: RuleContext): boolean {
  if (!place.item) return false;
  if (!AVOID_LIST_HEADING.test(context.article.segmented.sections[place.mention.section]?.heading ?? '')) return false;
  const lineBefore = place.sentence.text.slice(Math.max(0, place.item.headStart - place.sentence.start), offsetInSentence(place));
  // "Active liver disease, or a close relative with severe liver problems": the relative's condition is no reason of one's own.
  return !/[—–]|\s-\s|\b(?:because|risk|since|trigger\w*)\b|\b(?:relatives?|family\s+members?|parents?|brothers?|sisters?|siblings?)\s+with\b/iu.test(lineBefore);
}

// "It is no longer recommended for gonorrhoea, because most strains have become resistant": a use given up too.
const FORMER_USE = /\b(?:was|were)\s+(?:once|formerly|previously)\s+(?:widely\s+)?(?:used|given|prescribed|taken)\b(?:\s+[\p{L}-]+){0,6}?\s+(?:to\s+(?:prevent|treat|control)|for)\s+(?:[\p{L}-]+\s+){0,2}$|\b(?:is|are)\s+no\s+longer\s+(?:recommended|used|advised|given|a\s+first\s+choice)\s+(?:to\s+(?:prevent|treat|control)|for|in)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

const RISK_FACTOR_LIST = /\brisk\s+factors?\s+(?:such\s+as|like|including|for\s+example|e\.g\.)\s+(?:[\p{L}-]+[\s,]+(?:(?:or|and)\s+)?){0,10}$/iu;

const REASON_NOT_TAKEN = /\b(?:because of|due to)\s+(?:[\p{L}-]+\s+){0,3}$|\bwho\s+(?:cannot|can't|can not|should not|must not)\s+take\b/iu;

/**
 * "Prasugrel (EFFIENT®), a related antiplatelet medicine, must not be used in people who have had
 * a stroke": on a drug page, a clause whose subject is another drug says what that drug must
 * avoid. The subjects are the first drug of the clause, before the cue, and those joined to it
 * ("Carbamazepine and phenytoin"); "it" and the topic's own names leave it to the topic.
 */
function clauseSubjectDrugs(place: MentionPlace, cueAt: number, context: RuleContext): string[] {
  if (cueAt < 0) return [];
  let clauseStart = clauseSpan(place.sentence.text, cueAt).start;
  // "Spironolactone and amiloride, unlike furosemide, keep potassium in the body; they should not be used …": "they" are the drugs the sentence opens with.
  if (/^[\s;,]*(?:they|these|both)\s+$/iu.test(place.sentence.text.slice(clauseStart, cueAt))) clauseStart = 0;
  const drugs = (context.bySentence.get(place.sentence.start) ?? []).filter(
    (other) => other.mention.kind === 'Drug' && offsetInSentence(other) >= clauseStart && offsetInSentence(other) < cueAt,
  );
  const [first] = drugs;
  if (!first || first.mention.entity === context.primary.id) return [];
  // Only when it opens the clause: "People on warfarin must not …" names who, not what.
  // "(Note: dronedarone (MULTAQ), a related medicine, must not be used …)": a note's label opens no subject.
  if (!/^[\s(]*(?:(?:note|important|caution|warning):\s*)?(?:the\s+)?$/iu.test(place.sentence.text.slice(clauseStart, offsetInSentence(first)))) return [];
  // "Carbamazepine and phenytoin are not used for absence seizures": every drug joined to the first.
  const subjects = [first];
  for (const next of drugs.slice(1)) {
    const last = subjects.at(-1) as MentionPlace;
    if (!/^\s*(?:,|,?\s+(?:and|or))\s+$/iu.test(place.sentence.text.slice(offsetInSentence(last) + last.mention.text.length, offsetInSentence(next)))) break;
    subjects.push(next);
  }
  return [...new Set(subjects.map((subject) => subject.mention.entity))].filter((id) => id !== context.primary.id);
}

/**
 * "Tumour lysis syndrome prevention — started before chemotherapy for leukaemia or lymphoma",
 * "Antiphospholipid syndrome — for people who have had clots because of this autoimmune
 * condition": once an item's head names the indication, the conditions its explanation names are
 * its setting, not further indications.
 */
function explainsAnIndication(place: MentionPlace, context: RuleContext): boolean {
  const key = itemKey(place);
  if (!key || place.inHead || !place.item) return false;
  if (!(context.heads.get(key) ?? []).some((head) => CONDITION_KINDS.has(head.mention.kind) && head.mention.entity !== place.mention.entity)) return false;
  // "GORD — eases heartburn …, and heals an inflamed food pipe (reflux oesophagitis)": what the drug heals there it treats.
  if (HEALED.test(clauseBefore(place.sentence.text, offsetInSentence(place)))) return false;
  // "Epilepsy — it works for all the main seizure types: generalised tonic-clonic seizures, …", "It is often a first choice
  // for juvenile myoclonic epilepsy", "Bipolar disorder — to treat episodes of mania": the line names more it is used for.
  if (USED_FOR_THESE.test(clauseBefore(place.sentence.text, offsetInSentence(place)))) return false;
  return !listsFormsOfTheHead(place, context);
}

// "— including kidney infection (pyelonephritis)", "— the drops treat bacterial conjunctivitis, corneal ulcers and outer-ear infection (otitis externa)": more it is used for.
const USED_FOR_THESE = /\b(?:works?\s+(?:well\s+)?(?:for|against)\s+[^.;:]*:\s*[^.;]*|(?:first|usual|main|preferred)\s+choice\s+for\s+(?:[\p{L}-]+\s+){0,2}|\bto\s+treat\s+(?:(?:episodes|attacks|flares)\s+of\s+)?(?:[\p{L}-]+\s+){0,2}|(?<=[—–:,]\s{0,3})including\s+(?:[^.;:]*?(?:,\s*|\s+and\s+|\s+or\s+))?(?:[\p{L}'’-]+\s+){0,3}\(?|\b(?:drops|cream|ointment|tablets|injections?|it|they)\s+(?:also\s+)?treats?\s+(?:[^.;:]*?(?:,\s*|\s+and\s+|\s+or\s+))?(?:[\p{L}'’-]+\s+){0,3}\(?)$/iu;
// The drug's own verb ("heals", "eases"); "to ease breathlessness" says why it is given for the head's condition.
const HEALED = /(?<!\bto\s)\b(?:heals|eases|relieves|cures|clears)\s+(?:(?:the|an?|any)\s+)?(?:[\p{L}-]+\s+){0,3}\(?$/iu;

/**
 * "Inflammatory bowel disease — flares of ulcerative colitis and Crohn's disease": an
 * explanation that opens with a list of conditions names the forms the drug is used for.
 */
function listsFormsOfTheHead(place: MentionPlace, context: RuleContext): boolean {
  const headEnd = (place.item?.headStart ?? 0) + (place.item?.head.length ?? 0);
  if (place.mention.start < headEnd) return false;
  let before = place.sentence.text.slice(Math.max(0, headEnd - place.sentence.start), offsetInSentence(place));
  for (const other of context.bySentence.get(place.sentence.start) ?? []) {
    if (CONDITION_KINDS.has(other.mention.kind) && other.mention.start >= headEnd && other.mention.start < place.mention.start) before = before.replace(other.mention.text, ' ');
  }
  // "Anaerobic infections — intra-abdominal infections, pelvic inflammatory disease, …": a part no vocabulary knows, named as a condition, is still a part of the list.
  return FORMS_LIST_OPENING.test(before.replace(/\([^()]*\)/gu, ' ').replace(CONDITION_PHRASE, ' '));
}

const CONDITION_PHRASE = /(?:[\p{L}-]+\s+){0,3}(?:infections?|abscess(?:es)?|diseases?|disorders?|wounds?|ulcers?)\b/giu;

const FORMS_LIST_OPENING = /^[\s—–:-]*(?:(?:flares?|attacks?|episodes?|forms?)\s+of\s+|such as\s+|including\s+|both\s+)?(?:(?:,|and|or)\s*)*$/iu;

const TEST_KINDS: ReadonlySet<string> = new Set(['Test']);
// "Prostate biopsy — the only test that confirms prostate cancer": a biopsy is a Procedure that diagnoses.
const TEST_OR_PROCEDURE_KINDS: ReadonlySet<string> = new Set(['Test', 'Procedure']);
const TREATMENT_KINDS: ReadonlySet<string> = new Set(['Drug', 'Procedure']);

/** Every entity of `kinds` an item's head names ("BNP or NT-proBNP"), when the item is not about the topic. */
function otherHeadsOfItem(place: MentionPlace, context: RuleContext, kinds: ReadonlySet<string>): string[] {
  const first = otherHeadOfItem(place, context, kinds);
  if (first === undefined) return [];
  const key = itemKey(place);
  const heads = (key ? (context.heads.get(key) ?? []) : []).filter((head) => kinds.has(head.mention.kind) && head.mention.entity !== context.primary.id);
  return [...new Set([first, ...heads.map((head) => head.mention.entity)])];
}

/** What an item is about (its head, of one of `kinds`) when that is not the article's topic, else undefined. */
function otherHeadOfItem(place: MentionPlace, context: RuleContext, kinds: ReadonlySet<string>): string | undefined {
  if (place.inHead) return undefined;
  const other = itemHeadOtherThanTopic(place, context, kinds);
  if (!other) return undefined;
  // "Newborn screening — a heel-prick TSH finds congenital hypothyroidism": the item names the topic itself.
  const namesTopic = (context.bySentence.get(place.sentence.start) ?? []).some((mention) => mention.mention.entity === context.primary.id && mention.itemIndex === place.itemIndex);
  return namesTopic ? undefined : other;
}

/** A gene article's topic: the diseases a sentence says its variants cause. */
export function relateGeneTopicPlace(place: MentionPlace, context: RuleContext): void {
  const section = place.sentence.section;
  if (SILENT_SECTIONS.has(section) || place.mention.kind !== 'Disease') return;
  const offset = offsetInSentence(place);
  if (isNegated(place)) return;
  const cue = GENE_CUE.exec(clauseAround(place.sentence.text, offset));
  if (cue || section === 'causes' || section === 'genetics') {
    context.propose(relation(context.primary.id, 'GENE_ASSOCIATED_WITH', place.mention.entity, place, cue?.[0]));
  }
}
