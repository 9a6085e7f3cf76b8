import type { SectionKind } from '../../domain/sections.js';
import { searchKey } from '../../domain/text.js';
import type { RuleContext } from './context.js';
import { coMentions, isLifeState, isNamedInSections, itemHeadOtherThanTopic, itemKey, namesTopic, relation } from './context.js';
import { COORDINATE_JOINT, GENE_CUE, SUBCLASS_CUE, clauseAround, clauseBefore, clauseSpan } from './cues.js';
import { isBroaderThanTopic, relateFindingOfTest, relateScreeningTest, relateTestOfDisease, UNRELIABLE_TEST_CUE } from './disease-tests.js';
import { isNegated } from './negation.js';
import { conditionNeeding } from './needs-rules.js';
import { isGeneUsage } from './genes.js';
import type { MentionPlace } from './places.js';
import { insideParentheses, offsetInSentence } from './places.js';
import { SILENT_SECTIONS } from './silent-sections.js';
import { causingDrug } from './topic-rules.js';
import { relateTreatmentPlace } from './treatment-rules.js';

/** Silent sections whose advice can still name a product to avoid. */
const ADVICE_SECTIONS: ReadonlySet<SectionKind> = new Set(['diet', 'prevention']);
/** "iron supplements", "vitamin C tablets": a product taken as a medicine, not a food ("mushrooms", "rye"). */
const MEDICINE_FORM = /\b(?:supplements?|tablets?|pills?|capsules?|medicines?|medications?|drugs?|preparations?)\b/iu;
const WHILE_A_STATE = /\b(?:while|whenever|as long as)\s+(?:your|their|his|her|the)\s+[\p{L}-]+\s+(?:level\s+)?(?:is|are|stays?|remains?)\b/iu;
const AVOID_CUE = /^\s*(?:avoid|do not take|don't take|stay away from)\b|\b(?:should not|must not|shouldn't) (?:take|use|have)\b/iu;

const TREATMENT_SECTIONS: ReadonlySet<SectionKind> = new Set([
  'drugs',
  'treatment',
  'supplements',
  'advanced_therapy',
  'surgery',
  'non_drug_treatment',
]);

/**
 * Relations of a disease (or phenotype) article's topic for one mention: typed by the section
 * (symptoms → HAS_PHENOTYPE, diagnosis → DIAGNOSES, drugs → TREATS …) and overridden by cue
 * phrases in the sentence. Item explanations give relations only through cues and sub-points.
 */
export function relateDiseasePlace(place: MentionPlace, context: RuleContext): void {
  const section = place.sentence.section;
  if (place.mention.entity === context.primary.id) return;
  // "Diet: Avoid iron supplements … people with haemochromatosis should not take them": advice
  // sections give no relation, except a product the topic must avoid.
  if (SILENT_SECTIONS.has(section)) {
    const offset = offsetInSentence(place);
    const product = place.sentence.text.slice(offset, offset + place.mention.text.length + 25);
    // "Avoid — calcium supplements while your calcium is high": only while a state lasts, which names no condition of ours.
    if (ADVICE_SECTIONS.has(section) && place.mention.kind === 'Drug' && MEDICINE_FORM.test(product) && !WHILE_A_STATE.test(place.sentence.text.slice(offset)) && !isNegated(place) && AVOID_CUE.test(clauseAround(place.sentence.text, offset))) {
      context.propose(relation(place.mention.entity, 'CONTRAINDICATED_IN', context.primary.id, place, 'avoid'));
    }
    // "Carrier screening: a blood test … before pregnancy": the test a prevention item offers finds the disease.
    // "Keep a healthy weight and stay active": advice that names a measurement offers no test.
    if (section === 'prevention' && place.mention.kind === 'Test' && place.inHead && !isNegated(place) && !ADVICE_OPENING.test(place.item?.head ?? '')) relateScreeningTest(place, context);
    // "It is also different from essential fructosuria, a harmless condition caused by variants in the KHK gene": the gene of another disease, wherever said.
    relateGeneOfNamedDisease(place, context);
    return;
  }
  if (place.mention.kind === 'Gene') {
    relateGenePlace(place, context);
    return;
  }
  if (TREATMENT_SECTIONS.has(section)) {
    relateTreatmentPlace(place, context);
    return;
  }
  if (isNegated(place)) return;
  const { kind, entity } = place.mention;
  const primary = context.primary.id;
  const bodyOrHead = place.inHead || place.item === undefined;
  if (kind === 'Disease' && section !== 'types' && isNamedTypeOfTopic(entity, context)) {
    context.propose(relation(entity, 'SUBCLASS_OF', primary, place));
    // "Calcitonin — high in medullary thyroid cancer": what a test item says it finds.
    if ((section === 'diagnosis' || section === 'monitoring') && !place.inHead) relateFindingOfTest(place, context);
    return;
  }
  if (kind === 'Drug' || kind === 'Procedure') {
    const condition = conditionNeeding(place, context);
    if (condition) {
      context.propose(relation(entity, 'TREATS', condition, place, 'need'));
      return;
    }
  }
  // "Living gluten-free: Gluten-free diet — the only treatment for coeliac disease": an item a
  // section of no treatment kind presents as the treatment.
  if ((kind === 'Drug' || kind === 'Procedure') && place.inHead && section === 'other' && PRESENTED_AS_TREATMENT.test(place.item?.explanation ?? '')) {
    context.propose(relation(entity, 'TREATS', primary, place, 'treatment for'));
    return;
  }
  if (kind === 'Disease' && section === 'causes' && relateRiskOfGeneItem(place, context)) return;
  // "Campylobacter jejuni infection (campylobacteriosis) — the most common trigger; this germ … itself causes diarrhoea and stomach cramps": signs of the cause, not of the topic.
  if (kind === 'Phenotype' && section === 'causes' && !place.inHead && ITSELF_CAUSES.test(clauseBefore(place.sentence.text, offsetInSentence(place)))) {
    const cause = itemHeadOtherThanTopic(place, context, DISEASE_KIND);
    if (cause) {
      context.propose(relation(cause, 'HAS_PHENOTYPE', entity, place, 'itself causes'));
      return;
    }
  }
  if (kind === 'Drug' && section === 'causes') {
    // "… metformin or proton pump inhibitors such as omeprazole can also cause vitamin B12 deficiency, but these are not pernicious anaemia": what they cause is named.
    const caused = conditionCausedAfter(place, context);
    if (caused) context.propose(relation(entity, 'HAS_ADVERSE_EFFECT', caused, place, 'cause'));
    else if (isNamedAsCause(place, context)) context.propose(relation(entity, 'HAS_ADVERSE_EFFECT', primary, place, 'cause'));
    return;
  }
  // "Drug-induced lupus — a lupus-like illness caused by some medicines, mainly hydralazine …": the medicines cause that type.
  if (kind === 'Drug' && section === 'types') {
    const cause = CAUSED_BY_MEDICINES.exec(clauseBefore(place.sentence.text, offsetInSentence(place)));
    const key = itemKey(place);
    const type = key ? (context.heads.get(key) ?? []).find((head) => head.mention.kind === 'Disease' && context.article.subtypes.has(head.mention.entity)) : undefined;
    if (cause && type && !place.inHead) context.propose(relation(entity, 'HAS_ADVERSE_EFFECT', type.mention.entity, place, cause[0].trim()));
    return;
  }
  // "Heart disease — from doxorubicin and chest radiotherapy", "Underactive thyroid — after radiotherapy to the neck": the treatment's harm.
  if (section === 'complications' && (kind === 'Drug' || kind === 'Procedure')) {
    const key = itemKey(place);
    const heads = key && !place.inHead ? (context.heads.get(key) ?? []).filter((head) => head.mention.kind === 'Disease' || head.mention.kind === 'Phenotype') : [];
    const cause = TREATMENT_CAUSE.exec(clauseBefore(place.sentence.text, offsetInSentence(place)));
    if (cause && !isNegated(place)) for (const head of heads) context.propose(relation(entity, 'HAS_ADVERSE_EFFECT', head.mention.entity, place, cause[0].trim()));
    return;
  }
  // "Side effects of treatment — long courses of oral corticosteroids can cause diabetes, osteoporosis …": the medicine's harm, not the topic's.
  if ((section === 'symptoms' || section === 'complications') && !place.inHead && (kind === 'Disease' || kind === 'Phenotype')) {
    const harmful = causingDrug(place, context);
    if (harmful) {
      context.propose(relation(harmful, 'HAS_ADVERSE_EFFECT', entity, place, 'can cause'));
      return;
    }
  }
  if ((section === 'symptoms' || section === 'complications') && (explainsItsHead(place, context) || isUmbrellaHead(place, context))) return;
  if ((section === 'symptoms' || section === 'complications' || section === 'definition') && (causesSomethingElse(place, context) || isLookAlike(entity, context) || isLifeState(entity, context))) return;
  // "diabetes doubles the risk" in a type 2 diabetes article: the topic's own class is no complication of it.
  if ((section === 'symptoms' || section === 'complications') && place.mention.kind === 'Disease' && isBroaderThanTopic(place.mention.text, context)) return;
  // "… found only after a relative has an early heart attack": a relative's condition, not the topic's.
  if (RELATIVE_HAS.test(place.sentence.text.slice(Math.max(0, offsetInSentence(place) - 60), offsetInSentence(place)))) return;
  // "… a swollen belly from fluid (ascites) in adults with liver disease": who has the sign, not a sign.
  if ((section === 'symptoms' || section === 'complications') && !place.inHead && PEOPLE_WITH.test(place.sentence.text.slice(Math.max(0, offsetInSentence(place) - 40), offsetInSentence(place)))) return;
  // "splenomegaly or swollen lymph nodes point to another diagnosis": signs the page says belong to something else.
  if ((section === 'symptoms' || section === 'complications') && POINTS_ELSEWHERE.test(place.sentence.text.slice(offsetInSentence(place)))) return;
  // "Itchy skin — usually mild; severe itching points more to a bile duct disease such as primary biliary cholangitis": what a sign points to instead.
  if (section === 'symptoms' && !place.inHead && kind === 'Disease' && /\b(?:points?\s+(?:more\s+)?to|suggests?\s+(?:instead|rather))\b[^.;]*$/iu.test(clauseBefore(place.sentence.text, offsetInSentence(place)))) return;
  // "Fever — it comes and goes, which can lead to a wrong diagnosis of bone infection (osteomyelitis)": what the topic is mistaken for.
  if ((section === 'symptoms' || section === 'complications') && !place.inHead && MISTAKEN_FOR.test(clauseBefore(place.sentence.text, offsetInSentence(place)))) return;
  // "… especially when Gilbert syndrome occurs together with a haemolytic anaemia such as hereditary spherocytosis", "if they also have G6PD deficiency": a condition the person has as well.
  if ((section === 'symptoms' || section === 'complications') && !place.inHead && kind === 'Disease' && HAS_AS_WELL.test(clauseBefore(place.sentence.text, offsetInSentence(place)))) return;
  switch (section) {
    case 'symptoms':
      if (kind === 'Phenotype') {
        context.propose(relation(primary, findingPredicate(place), entity, place));
        // "Double vision (diplopia) and trouble moving the eyes (ophthalmoplegia) — typical of Miller Fisher syndrome": a sign of that form in particular.
        if (place.inHead) for (const form of formsTheItemIsTypicalOf(place, context)) context.propose(relation(form, 'HAS_PHENOTYPE', entity, place, 'typical of'));
      } else if (kind === 'Disease' && !context.article.subtypes.has(entity)) context.propose(relation(primary, 'HAS_COMPLICATION', entity, place));
      return;
    case 'complications': {
      const before = clauseBefore(place.sentence.text, offsetInSentence(place));
      // "Iron-deficiency anaemia — from heavy periods or repeated nosebleeds": a sign the Symptoms section already gives, named as what brings a complication on, stays a sign.
      if (kind === 'Phenotype' && !place.inHead && CAUSE_OF_HEAD.test(before) && isNamedInSections(entity, ['symptoms'], context)) return;
      // "Giant cell arteritis (GCA) — …; it affects around 1 in 5 people with PMR and can cause sudden, permanent loss of vision": the item's own disease brings it on.
      // "Asbestos can also cause asbestosis, …": so does a cause the line names, which is not the topic.
      const headDisease = !place.inHead && PRONOUN_CAUSES.test(before) ? itemHeadOtherThanTopic(place, context, DISEASE_KIND) : undefined;
      if (headDisease) {
        context.propose(relation(headDisease, 'HAS_COMPLICATION', entity, place, 'can cause'));
        return;
      }
      const causer = OTHER_SUBJECT_CAUSES.exec(before)?.[1];
      if (!place.inHead && place.item === undefined && causer && !namesTopic(causer, context) && !/^(?:it|this|they|these|the\s+(?:disease|condition|cancer))$/iu.test(causer.trim())) return;
      // "People with HoFH can also develop aortic stenosis": a subtype is no complication of its topic.
      if (!context.article.subtypes.has(entity)) context.propose(relation(primary, 'HAS_COMPLICATION', entity, place));
      return;
    }
    case 'types':
      if ((kind === 'Disease' || kind === 'Phenotype') && context.article.subtypes.has(entity)) context.propose(relation(entity, 'SUBCLASS_OF', primary, place));
      // "Non-seminoma — …; it includes embryonal carcinoma, yolk sac tumour, choriocarcinoma and teratoma": forms of the type.
      else if (kind === 'Disease' && !place.inHead) for (const type of typeIncluding(place, context)) context.propose(relation(entity, 'SUBCLASS_OF', type, place, 'includes'));
      return;
    case 'diagnosis':
    case 'test_results':
    case 'monitoring':
      // "tests done on a gluten-free diet can come back falsely normal": what spoils a test is not one.
      // "After surgery or radiotherapy the PSA test is repeated", "In active surveillance, PSA is checked": when, not what watches.
      if (kind === 'Procedure' && TIME_OR_SETTING.test(place.sentence.text.slice(Math.max(0, offsetInSentence(place) - 40), offsetInSentence(place)))) return;
      if ((bodyOrHead || opensTestClassLine(place, context)) && (kind === 'Test' || kind === 'Procedure')) {
        if (!UNRELIABLE_TEST_CUE.test(clauseAround(place.sentence.text, offsetInSentence(place)))) relateTestOfDisease(place, context);
      }
      else if (!place.inHead && (kind === 'Disease' || kind === 'Phenotype')) relateFindingOfTest(place, context);
      return;
    case 'definition':
      if (relateProseCare(place, context)) return;
      relateDefinitionPlace(place, context);
      return;
    default:
      if (relateProseCare(place, context)) return;
      relateByCue(place, context);
  }
}

/**
 * "Complications of NAGS deficiency may include developmental delay and intellectual
 * disability": a sign the sentence calls a complication is one, wherever the section puts it.
 */
function findingPredicate(place: MentionPlace): 'HAS_PHENOTYPE' | 'HAS_COMPLICATION' {
  const before = clauseBefore(place.sentence.text, offsetInSentence(place));
  return COMPLICATION_LIST_CUE.test(before) ? 'HAS_COMPLICATION' : 'HAS_PHENOTYPE';
}

const RELATIVE_HAS = /\b(?:relatives?|family members?|parents?|siblings?|brothers?|sisters?|mothers?|fathers?)\s+(?:\w+\s+){0,2}(?:has|have|had|with)\s+(?:(?:a|an|the|early|sudden|young)\s+){0,3}$/iu;
const ADVICE_OPENING = /^\s*(?:keep|stay|maintain|eat|drink|avoid|limit|stop|quit|take|get|wear|lose|cut|be)\b/iu;
const TIME_OR_SETTING = /(?:^|\b)(?:after|following|before|during|in|on)\s+(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+(?:or|and)\s+)?$/iu;
const HAS_AS_WELL = /\b(?:occurs?\s+together\s+with|(?:who|they|you|he|she)\s+also\s+(?:have|has|had))\s+[^.;]*$/iu;
const PEOPLE_WITH = /\b(?:in\s+)?(?:people|adults|children|babies|infants|patients|those|women|men)\s+(?:with|who have)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const LINKED_CUE = /\b(?:has|have|had)\s+been\s+(?:\w+\s+)?(?:linked|associated|connected)\s+(?:to|with)\b[^.;]*$/iu;
/** "from doxorubicin and chest radiotherapy", "after radiotherapy to the neck", "caused by bleomycin": what brought a complication on. */
const TREATMENT_CAUSE = /(?:^|[\s—–:-])(?:from|after|caused\s+by|due\s+to|because\s+of|a\s+side\s+effect\s+of)\s+(?:(?:the|a|an|some|high-dose|long-term|chest|neck)\s+)?(?:[\p{L}-]+(?:\s+(?:and|or)\s+|,\s*))*(?:(?:the|a|an|chest|neck)\s+)?$/iu;

const COMPLICATION_LIST_CUE = /\bcomplications?\b[^.;:]{0,80}\b(?:include|including|are|such as)\b/iu;

/** The condition other than the topic that the drug's clause says it causes, right after its verb ("… can also cause vitamin B12 deficiency"). */
function conditionCausedAfter(place: MentionPlace, context: RuleContext): string | undefined {
  const offset = offsetInSentence(place);
  const text = place.sentence.text;
  const clause = clauseSpan(text, offset);
  const verb = /^[^.;]*?\b(?:can|may|might|could|often|sometimes|also)\s+(?:also\s+)?(?:cause|trigger|lead\s+to)\s+/iu.exec(text.slice(offset, clause.end));
  if (!verb) return undefined;
  const objectAt = offset + verb[0].length;
  const object = (context.bySentence.get(place.sentence.start) ?? []).find((other) => (other.mention.kind === 'Disease' || other.mention.kind === 'Phenotype') && offsetInSentence(other) === objectAt);
  return object && object.mention.entity !== context.primary.id && !context.article.subtypes.has(object.mention.entity) ? object.mention.entity : undefined;
}

/**
 * "Certain medicines may trigger RLS. These include some: / Antidepressants (used to treat
 * depression) / Calcium channel blockers …": a drug a causes section names as a trigger of the
 * topic, in its own sentence ("Long-term steroid use can cause it") or in the list a triggering
 * sentence opens, brings the topic on as an adverse effect.
 */
function isNamedAsCause(place: MentionPlace, context: RuleContext): boolean {
  // "scarring caused by medicines such as amiodarone … are diagnosed and treated differently": causes of look-alikes.
  if (TREATED_DIFFERENTLY.test(place.sentence.text)) return false;
  const offset = offsetInSentence(place);
  const clause = clauseAround(place.sentence.text, offset);
  // An enzyme or a microbe a vocabulary also lists as a drug is no medicine the clause talks of.
  if (TRIGGER_CUE.test(clause) && MEDICINE_WORD.test(clause)) return true;
  const section = context.article.segmented.sections[place.mention.section];
  if (!section) return false;
  const sentences = section.sentences.filter((sentence) => sentence.end <= place.sentence.start);
  // Walk back over the list's other lines to the sentence that opens it.
  for (let index = sentences.length - 1, lines = 0; index >= 0 && lines <= 12; index -= 1, lines += 1) {
    const text = sentences[index]?.text.trim() ?? '';
    if (!text.endsWith(':')) {
      if (/[.!?]$/u.test(text)) return false;
      continue;
    }
    const opening = [sentences[index - 1], sentences[index]];
    const names = (sentence: (typeof opening)[number]): boolean =>
      sentence !== undefined && (namesTopic(sentence.text, context) || (context.bySentence.get(sentence.start) ?? []).some((other) => other.mention.entity === context.primary.id));
    return TRIGGER_CUE.test(opening.map((sentence) => sentence?.text ?? '').join(' ')) && opening.some(names);
  }
  return false;
}

/**
 * "Tumour markers — alpha-fetoprotein (AFP), beta-hCG and lactate dehydrogenase (LDH) are
 * measured before surgery …": the tests a test item's line opens with, as the subject of its
 * verb, are the item's tests and take what the line says.
 */
function opensTestClassLine(place: MentionPlace, context: RuleContext): boolean {
  const item = place.item;
  if (!item || place.inHead || place.subPointLabel !== undefined || place.mention.kind !== 'Test') return false;
  if (!(context.heads.get(itemKey(place) ?? '') ?? []).some((head) => head.mention.kind === 'Test')) return false;
  const lineStart = item.headStart + item.head.length - place.sentence.start;
  if (lineStart < 0) return false;
  const sentence = place.sentence.text;
  const tests = (context.bySentence.get(place.sentence.start) ?? []).filter((other) => other.mention.kind === 'Test' && !other.inHead).sort((a, b) => offsetInSentence(a) - offsetInSentence(b));
  const endOf = (other: MentionPlace): number => offsetInSentence(other) + other.mention.text.length;
  // Only list punctuation between, once the names and their brackets are taken out.
  const onlySeparators = (from: number, to: number): boolean => {
    let text = sentence.slice(from, to);
    for (const other of tests) text = text.replace(other.mention.text, ' ');
    return /^[\s—–:,-]*(?:(?:and|or)\s*[\s,]*)*$/iu.test(text.replace(/\([^()]*\)/gu, ' '));
  };
  if (!onlySeparators(lineStart, offsetInSentence(place))) return false;
  let last = place;
  for (const other of tests) if (offsetInSentence(other) > offsetInSentence(last) && onlySeparators(endOf(last), offsetInSentence(other))) last = other;
  const after = sentence.slice(endOf(last)).replace(/^\s*\([^()]*\)/u, '');
  return /^\s+(?:are|is)\s+(?:(?:all|each|usually|also)\s+)?(?:measured|checked|tested|done|used|taken|repeated)\b/iu.test(after);
}

/** The type an item heads, when the mention is one of the forms its line says "it includes". */
function typeIncluding(place: MentionPlace, context: RuleContext): string[] {
  if (!INCLUDES.test(clauseBefore(place.sentence.text, offsetInSentence(place)))) return [];
  const heads = context.heads.get(itemKey(place) ?? '') ?? [];
  return heads.filter((head) => head.mention.kind === 'Disease' && !insideParentheses(head) && context.article.subtypes.has(head.mention.entity) && head.mention.entity !== place.mention.entity).map((head) => head.mention.entity);
}

const INCLUDES = /\b(?:it|they|this\s+group|this\s+type)\s+(?:includes?|covers?|comprises?)\s+(?:[^;.]*?)$/iu;

const TREATED_DIFFERENTLY = /\b(?:are|is)\s+(?:diagnosed|treated|managed)\s+(?:and\s+(?:treated|managed)\s+)?differently\b/iu;
const PRESENTED_AS_TREATMENT = /^(?:it is\s+|is\s+)?(?:the|a|an)\s+(?:(?:only|main|first|first-line|standard|usual|best|mainstay|key|effective|lifelong)\s+)*(?:treatment|therapy|cure)\s+(?:for|of)\b/iu;
const MEDICINE_WORD = /\b(?:medicines?|medications?|drugs?|use of|taking|treatment with)\b/iu;
const TRIGGER_CUE = /\b(?:trigger(?:s|ed)?|cause[sd]?|induce[sd]?|worsen(?:s|ed)?|bring(?:s)? on|brought on|lead(?:s)? to)\b/iu;

/**
 * "Hereditary xanthinuria type I", "unilateral focal polymicrogyria": a numbered type of the
 * topic, or a form named with the topic's own name, is a subtype wherever it is named.
 */
function isNamedTypeOfTopic(entity: string, context: RuleContext): boolean {
  const name = context.article.entities.get(entity)?.name ?? '';
  return context.article.subtypes.has(entity) && (/\btype\s+(?:\d|[IVX]+\b)/iu.test(name) || namesTopic(name, context));
}

/**
 * A definition describes its topic: the signs it names are the topic's ("…an inherited disorder
 * … They can include failure to thrive; diarrhea; …"), as articles that answer "What is X?" in
 * one block put the whole clinical picture there. A condition it names is a further condition the
 * topic brings only when the clause says so ("may also develop an eye disorder called …");
 * otherwise it is a class, a relative or a look-alike of the topic (relateByCue).
 */
function relateDefinitionPlace(place: MentionPlace, context: RuleContext): void {
  const { kind, entity } = place.mention;
  if (kind === 'Phenotype') {
    if (isBroaderThanTopic(place.mention.text, context)) return;
    // "the disorder has been linked to kidney failure, Parkinson's disease, …": conditions it goes with, not its signs.
    if (LINKED_CUE.test(clauseBefore(place.sentence.text, offsetInSentence(place)))) return;
    context.propose(relation(context.primary.id, findingPredicate(place), entity, place));
    return;
  }
  if (kind === 'Disease' && !context.article.subtypes.has(entity)) {
    const offset = offsetInSentence(place);
    const clause = clauseAround(place.sentence.text, offset);
    const before = clauseBefore(place.sentence.text, offset);
    if ((CONSEQUENCE_CUE.test(before) || FEATURE_LIST_CUE.test(before)) && !SUBCLASS_CUE.test(clause) && !isBroaderThanTopic(place.mention.text, context)) {
      context.propose(relation(context.primary.id, 'HAS_COMPLICATION', entity, place));
      return;
    }
  }
  relateByCue(place, context);
}

/**
 * "Sometimes arthritis or peripheral artery disease can cause pain in the legs": a condition that
 * is itself the cause in its clause, with the topic not named before it, is another source of a
 * sign (a look-alike), not a finding of the topic.
 */
function causesSomethingElse(place: MentionPlace, context: RuleContext): boolean {
  if (place.inHead) return false;
  const text = place.sentence.text;
  const offset = offsetInSentence(place);
  const after = text.slice(offset + place.mention.text.length);
  if (!AGENT_OF_CAUSE.test(after)) return false;
  const before = clauseBefore(text, offset);
  return !namesTopic(before, context);
}

/**
 * "The unpleasant feelings from RLS aren't the same as the leg cramps many people get at night.
 * Leg cramps often are limited to …": a condition the article sets apart from its topic is a
 * look-alike wherever it is named again.
 */
function isLookAlike(entity: string, context: RuleContext): boolean {
  let cached = LOOK_ALIKES.get(context);
  if (cached === undefined) {
    cached = new Set<string>();
    for (const places of context.bySentence.values()) {
      for (const place of places) {
        if (LOOK_ALIKE_CUE.test(clauseBefore(place.sentence.text, offsetInSentence(place)))) cached.add(place.mention.entity);
      }
    }
    LOOK_ALIKES.set(context, cached);
  }
  return cached.has(entity);
}

/**
 * "A pregnant woman with PKU", "symptoms often get worse during pregnancy": a state of life the
 * article names as a setting, never a sign or a complication of the disease. It can still be
 * where a medicine must not be used.
 */
const LOOK_ALIKES = new WeakMap<RuleContext, Set<string>>();
// "… so it can look like ulcerative colitis", "is more often caused by a urinary tract infection … than by cancer",
// "Trouble swallowing is also caused by achalasia …".
const LOOK_ALIKE_CUE = /(?:(?:\bnot|n't) the same as|\b(?:different from|differs? from|unlike|(?:confused|mistaken) (?:with|for)|look-alikes?|mimics?|(?:can|may|might|could)\s+look\s+(?:very\s+much\s+|much\s+|a\s+lot\s+)?like|(?:more|most)\s+(?:often|commonly|usually)\s+caused\s+by|(?:is|are|can\s+be)\s+also\s+caused\s+by|can\s+also\s+be\s+caused\s+by))\b[^.;]*$/iu;

/** The mention is the subject of a causal verb: "… (P.A.D.) can cause", "or gout may trigger". */
const AGENT_OF_CAUSE = /^(?:\s*\([^)]*\))?(?:\s+(?:or|and)\s+[^;,]{1,60}?)?\s+(?:(?:can|may|might|could|often|also|sometimes|usually)\s+){0,2}(?:causes?|trigger|triggers|lead to|leads to)\b(?!\s+of\b)/iu;

/** "signs and symptoms, including …", "characterized by …", "affected people have …": the clause lists the topic's picture. */
const FEATURE_LIST_CUE = /\b(?:characteri[sz]ed by|(?:signs?|symptoms?|features?|problems|abnormalities)\b[^.;]{0,40}\b(?:including|such as|include)|experience[sd]?|(?:individuals|people|patients|children|adults) with [^.;]{0,60}\b(?:have|has))\b/iu;

/** "Liver problems", "Mood and behaviour changes": a local head naming a group of findings is no finding itself. */
function isUmbrellaHead(place: MentionPlace, context: RuleContext): boolean {
  if (!place.inHead || context.article.entities.get(place.mention.entity)?.status !== 'unverified') return false;
  // "General symptoms — tiredness, low-grade fever …": a group of findings its line lists.
  return /\b(?:problems|changes|issues|difficulties|disturbances|symptoms|signs|features)$/iu.test(place.mention.text.replace(/[\s.:;,—–-]+$/u, ''));
}

/** Heads that name a class of diseases of an organ or system rather than one disease. */
const ORGAN_CLASS_HEAD = /^(?:cardiovascular|heart|lung|kidney|renal|liver|bone|mineral and bone|eye|skin|nerve|metabolic|endocrine)\s+(?:disease|diseases|disorders?)$/iu;

/** Heads that name a group of findings rather than one ("Movement problems", "Mood changes"). */
const UMBRELLA_HEAD = /\b(?:problems?|changes?|issues?|symptoms?|signs?|features?|difficult(?:y|ies)|disturbances?)$/iu;

/** A head of one everyday word for a finding ("Pain", "Rash"), which its explanation may name the kinds of. */
const BARE_FINDING_HEAD = /^(?:\d+[.)]\s*)?(?:pain|rash|swelling|bleeding|weakness|itching|numbness)$/iu;

/** "leads to", "can cause", "risk of": the explanation names a further condition the topic brings. */
const CONSEQUENCE_CUE = /\b(?:lead(?:s|ing)? to|led to|can (?:cause|lead|tear|rupture|burst|result|progress)|may (?:cause|lead|develop|progress)|risk of|result(?:s|ing)? in|progress(?:es|ing)? to|develop(?:s|ing)?|complicated by)\b/iu;

/**
 * "Acute chest syndrome — chest pain, fever and breathing trouble": words in an item's
 * explanation describe the condition its head names, so they are not further findings of the
 * topic, unless the explanation says the topic leads to them ("can tear (aortic dissection)",
 * "raises the risk of cardiovascular disease") or gives a clinical term in parentheses
 * ("a sunken breastbone (pectus excavatum)"). Items whose head names nothing keep their
 * explanation's findings.
 */
function explainsItsHead(place: MentionPlace, context: RuleContext): boolean {
  if (place.inHead || place.item === undefined) return false;
  const key = itemKey(place);
  const heads = key ? (context.heads.get(key) ?? []) : [];
  // A disease the text names by a narrowing word or an eponym ("Secondary Sjögren's syndrome") is named too, though local.
  const named = heads.some(
    (head) =>
      (head.mention.kind === 'Disease' || head.mention.kind === 'Phenotype') &&
      (context.article.entities.get(head.mention.entity)?.status === 'verified' || (head.mention.kind === 'Disease' && /\b(?:syndrome|disease|disorder)$/iu.test(head.mention.text))),
  );
  // "Behaviour problems — hyperactivity, irritability and anxiety": an umbrella head's explanation lists its findings.
  const head = place.item.head.replace(/[\s.:;,—–-]+$/u, '');
  // "Cardiovascular disease — heart attack, stroke and heart failure …": a class of organ disease lists its members.
  // "Pain — a deep aching back pain or nerve pain in the legs": a one-word head whose explanation names the kinds of it.
  if (!named || UMBRELLA_HEAD.test(head) || ORGAN_CLASS_HEAD.test(head) || (BARE_FINDING_HEAD.test(head) && searchKey(place.mention.text).endsWith(searchKey(head)))) return false;
  // "Repeated chest infections — infections with bacteria …": the head's own word, taken up again.
  if (` ${searchKey(place.item.head)} `.includes(` ${searchKey(place.mention.text)} `)) return true;
  const offset = offsetInSentence(place);
  const text = place.sentence.text;
  if (text[offset - 1] === '(' && text[offset + place.mention.text.length] === ')') return false;
  const before = clauseBefore(text, offset);
  // "Poor growth — short stature and failure to thrive are common": a list of findings opens the
  // explanation; "Cirrhosis — scarring of the liver": a definition of the head does.
  // A disease head's list ("Secondary Sjögren's syndrome — dry eyes and a dry mouth") is that disease's picture.
  if (/^[\s—–:-]*(?:an?\s+|the\s+)?$/iu.test(before.replace(headText(place), ''))) {
    return heads.some((head) => head.mention.kind === 'Disease') || /^\s+(?:of|in)\s+(?:the|a|an|your|their)\s+/iu.test(text.slice(offset + place.mention.text.length));
  }
  // "Arterial dissection and aneurysm — a split … or a bulge, including aortic dissection": a form of the head, named as one of the topic's findings too.
  if (/\b(?:including|such as|especially|for example)\s+(?:an?\s+|the\s+)?$/iu.test(before)) return false;
  // "An abdominal mass — a firm lump, sometimes with a swollen belly, poor appetite or constipation": findings that come with the head's.
  if (ACCOMPANIED_BY.test(before)) return false;
  // "Low blood sugar (hypoglycaemia) — with sweating, trembling and drowsiness": in a symptoms list, signs of the topic that come with the head's
  // (a complication's "Liver failure — with swelling of the belly and bleeding" is that complication's picture).
  if (place.sentence.section === 'symptoms' && WITH_AFTER_DASH.test(before)) return false;
  return !CONSEQUENCE_CUE.test(before) && !/\bfrom\s+(?:an?\s+|the\s+)?$/iu.test(before);
}

// "… and may come with nausea and vomiting" too.
const POINTS_ELSEWHERE = /^[^.;]*?\b(?:points?|suggests?|leads?)\s+(?:instead\s+)?to\s+(?:another|a\s+different|an?\s+other|other)\s+(?:diagnosis|diagnoses|cause|causes|condition|conditions|disease|diseases)\b/iu;

const ACCOMPANIED_BY = /\b(?:sometimes|often|usually|may\s+be|can\s+be|and|(?:may|can|often|usually|sometimes)\s+comes?)\s+(?:along\s+)?with\s+(?:[^.;()]*?(?:,\s*(?:or\s+|and\s+)?|\s+(?:or|and)\s+))?(?:an?\s+|the\s+)?$/iu;

const WITH_AFTER_DASH = /(?:[—–:]|\s-)\s+with\s+(?:[^.;()]*?(?:,\s*(?:or\s+|and\s+)?|\s+(?:or|and)\s+))?(?:an?\s+|the\s+)?$/iu;

/** The item's head phrase as it opens the sentence, so what follows it can be told apart. */
function headText(place: MentionPlace): string {
  const head = place.item?.head.trim() ?? '';
  return head !== '' && place.sentence.text.startsWith(head) ? head : '';
}

/**
 * A test or a treatment that prose outside the typed sections names with its use: "Doctors
 * diagnose GAN by using several tests, including … a brain MRI", "lifelong nutritional support is
 * needed and given through intravenous feedings (parenteral nutrition)", "Without lung
 * transplantation, infants … have not been known to survive". True when the place was handled.
 */
function relateProseCare(place: MentionPlace, context: RuleContext): boolean {
  const { kind, entity } = place.mention;
  if (kind !== 'Test' && kind !== 'Drug' && kind !== 'Procedure') return false;
  const offset = offsetInSentence(place);
  const clause = clauseAround(place.sentence.text, offset);
  if (kind === 'Test') {
    const cue = /\bdiagnos(?:e|es|ed|is|ing)\b/iu.exec(clause);
    if (cue && !isNegated(place)) context.propose(relation(entity, 'DIAGNOSES', context.primary.id, place, cue[0]));
    return cue !== null;
  }
  const before = place.sentence.text.slice(0, offset);
  const cue = PROSE_CARE_CUE.exec(clause) ?? /\bwithout\s+$/iu.exec(before);
  if (!cue || /\b(?:caused|triggered|induced) by\b|\bside effects?\b/iu.test(clause)) return false;
  if (!isNegated(place) || /^without\b/iu.test(cue[0].trim())) context.propose(relation(entity, 'TREATS', context.primary.id, place, cue[0].trim()));
  return true;
}

const PROSE_CARE_CUE = /\b(?:treated|managed|controlled) (?:with|by)\b|\b(?:is|are) (?:needed|required) and given\b|\bgiven through\b|\btreatment (?:is|includes?|with)\b/iu;

/** "X is a form of Y" in a definition or other prose: the topic is a subclass of Y. */
function relateByCue(place: MentionPlace, context: RuleContext): void {
  if (place.mention.kind !== 'Disease') return;
  const before = clauseBefore(place.sentence.text, offsetInSentence(place));
  const cue = SUBCLASS_CUE.exec(before);
  // "X is a type of diabetes", not "X is a type of disorder that causes Y".
  if (!cue || before.slice(cue.index + cue[0].length).trim().split(/\s+/u).length > 4) return;
  // "a class of genetic diseases called urea cycle disorders": the class is the name that follows.
  if (NAME_FOLLOWS.test(place.sentence.text.slice(offsetInSentence(place) + place.mention.text.length))) return;
  // "It is one of the 13 types of Ehlers-Danlos syndrome": in the definition, "it" is the topic.
  const named =
    (context.bySentence.get(place.sentence.start) ?? []).some((other) => other.mention.entity === context.primary.id && other.mention.start < place.mention.start) ||
    (place.sentence.section === 'definition' && TOPIC_PRONOUN.test(place.sentence.text));
  if (named) context.propose(relation(context.primary.id, 'SUBCLASS_OF', place.mention.entity, place, cue[0]));
}

const CAUSE_OF_HEAD = /\b(?:from|due to|caused by|because of|brought on by)\s+(?:(?:an?|the|repeated|frequent|heavy|long-standing)\s+)?(?:[\p{L}-]+\s+(?:or|and)\s+(?:repeated\s+|frequent\s+)?)?$/iu;

const CAUSED_BY_MEDICINES = /\b(?:caused|triggered|brought on|induced)\s+by\s+(?:some\s+|certain\s+|a few\s+)?(?:medicines?|medications?|drugs?)\b[^.;]*$/iu;

const TOPIC_PRONOUN = /^\s*(?:it|this (?:condition|disease|disorder|syndrome|cancer))\s+(?:is|belongs)\b/iu;

const NAME_FOLLOWS = /^\s+(?:called|known as|named|termed)\s/iu;

/**
 * Genes: in a causes/genetics section every gene named as a gene belongs to the topic (and to a
 * subtype named with it); in a types section it stays with the subtype; elsewhere only a cue
 * ("caused by", "variants in") links it.
 */
function relateGenePlace(place: MentionPlace, context: RuleContext): void {
  if (!isGeneUsage(place)) return;
  const offset = offsetInSentence(place);
  if (isNegated(place)) return;
  const clause = clauseAround(place.sentence.text, offset);
  const cue = GENE_CUE.exec(clause)?.[0];
  const subtypes = [...new Set([...subtypesNear(place, context), ...diseasesCausedByGene(place, context)])];
  const gene = place.mention.entity;
  const section = place.sentence.section;
  if (section === 'types') {
    for (const subtype of subtypes) context.propose(relation(gene, 'GENE_ASSOCIATED_WITH', subtype, place, cue));
    return;
  }
  if (section === 'causes' || section === 'genetics' || section === 'inheritance') {
    // "A fourth gene, DLD, makes a part … Variants in DLD cause a different, broader disorder": the article gives that gene to another disorder.
    if (causesADifferentDisorder(gene, context)) return;
    // "TSC2 lies right next to the PKD1 gene": a gene named for where it lies is no cause.
    // "common variants near IL10", "variants in or near WNT4" are the gene's own risk variants, found beside it.
    const before = place.sentence.text.slice(Math.max(0, offset - 40), offset);
    if (NEIGHBOUR.test(before) && !/\bvariants?\s+(?:in\s+or\s+)?near\s+(?:the\s+)?$/iu.test(before)) return;
    // "BP180 (type XVII collagen, made by the COL17A1 gene)": the gene that makes a protein the line is about, not a cause.
    if (/\b(?:made|encoded|produced|coded\s+for)\s+by\s+(?:the\s+)?$/iu.test(before)) return;
    // "Polycystic kidney disease — an inherited condition, due to variants in PKD1 or PKD2" in a
    // CKD article, "… also occur in tuberous sclerosis complex, which is caused by the TSC1 and
    // TSC2 genes", "ARPKD is a different disease, caused by variants in PKHD1": the genes of
    // another condition the item or the clause is about are that condition's, not the topic's.
    const causes = [...new Set([...causeHeads(place, context), ...diseasesCausedByGene(place, context).filter((id) => !context.article.subtypes.has(id)), ...clauseSubject(place, context), ...otherDiseasesTheGeneCauses(place, context), ...diseaseGlossedByGene(place, context)])];
    if (causes.length > 0) {
      for (const cause of causes) context.propose(relation(gene, 'GENE_ASSOCIATED_WITH', cause, place, cue));
      // "Lynch syndrome — caused by variants in MLH1 …; it raises the lifetime risk of endometrial
      // cancer": a syndrome's genes that the item says raise the topic's risk are the topic's too.
      const risk = itemRaisesTopicRisk(place, context);
      if (risk) context.propose(relation(gene, 'GENE_ASSOCIATED_WITH', context.primary.id, place, risk));
      return;
    }
    context.propose(relation(gene, 'GENE_ASSOCIATED_WITH', context.primary.id, place, cue));
    for (const subtype of subtypes) context.propose(relation(gene, 'GENE_ASSOCIATED_WITH', subtype, place, cue));
    return;
  }
  // "Purpose: for NSCLC with an EGFR mutation", "… more likely in people who carry HLA-B*15:02": a
  // drug's lines name a gene to say who gets the drug or who is at risk, not what causes the topic.
  if (!cue || place.subPointLabel !== undefined) return;
  const targets = subtypes.length > 0 ? subtypes : [context.primary.id];
  for (const target of targets) context.propose(relation(gene, 'GENE_ASSOCIATED_WITH', target, place, cue));
}

/**
 * The cue when the item a gene sits in says it raises the risk of the topic: "raises the lifetime
 * risk of endometrial cancer", "raises the risk of endometrial and breast cancer".
 */
function itemRaisesTopicRisk(place: MentionPlace, context: RuleContext): string | undefined {
  const text = place.itemText ?? place.sentence.text;
  for (const match of text.matchAll(TOPIC_RISK)) {
    const named = match[1] ?? '';
    // "endometrial and breast cancer": each modifier with the shared noun.
    const shared = /^([\p{L}-]+)\s+(?:and|or)\s+(?:[\p{L}-]+\s+)?([\p{L}-]+)$/u.exec(named.trim());
    if (namesTopic(named, context) || (shared?.[1] && shared[2] && namesTopic(`${shared[1]} ${shared[2]}`, context))) return match[0].split(/\s+of\s+/u)[0];
  }
  return undefined;
}

const TOPIC_RISK = /\b(?:raises?|increases?)\s+(?:the\s+|a\s+)?(?:lifetime\s+|high\s+|higher\s+)?risks?\s+of\s+([^.;,]+)/giu;

/**
 * "BRCA1 and BRCA2 genes — inherited variants raise the risk of ovarian cancer …; the same
 * variants also raise the risk of breast cancer", "C9orf72 — … and it can also cause frontotemporal
 * dementia": a further disease whose risk the variants of a gene item raise, or that the gene also
 * causes, is associated with those genes too. True when the place was handled.
 */
function relateRiskOfGeneItem(place: MentionPlace, context: RuleContext): boolean {
  const key = itemKey(place);
  if (!key || place.inHead || place.mention.entity === context.primary.id) return false;
  const genes = (context.heads.get(key) ?? []).filter((head) => head.mention.kind === 'Gene');
  if (genes.length === 0 || !RISK_RAISED.test(clauseBefore(place.sentence.text, offsetInSentence(place)))) return false;
  for (const gene of genes) context.propose(relation(gene.mention.entity, 'GENE_ASSOCIATED_WITH', place.mention.entity, place, 'raise the risk of'));
  return true;
}

const RISK_RAISED = /\b(?:variants?|mutations?|changes?)\b[^.;]*\b(?:raises?|increases?|carry|carries)\s+(?:the\s+|a\s+)?(?:lifetime\s+|high\s+|higher\s+)?risks?\s+of\s+(?:[\p{L}-]+\s+){0,2}$|\b(?:it|they|this\s+gene|the\s+same\s+(?:variants?|changes?|expansion))\s+(?:can\s+|may\s+)?also\s+causes?\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** "Li-Fraumeni syndrome (TP53 gene)", "Lynch syndrome (genes such as MLH1)": the disease a bracket right after it gives the gene of. */
function diseaseGlossedByGene(place: MentionPlace, context: RuleContext): string[] {
  const text = place.sentence.text;
  const offset = offsetInSentence(place);
  const open = text.lastIndexOf('(', offset);
  if (open < 0 || text.lastIndexOf(')', offset) > open || !/^\(\s*(?:(?:the\s+)?genes?\s+(?:such\s+as\s+|like\s+|including\s+)?)?(?:[A-Z][A-Za-z0-9-]*(?:,\s*|\s+(?:and|or)\s+))*$/u.test(text.slice(open, offset))) return [];
  const named = (context.bySentence.get(place.sentence.start) ?? []).find((other) => other.mention.kind === 'Disease' && /^\s*$/u.test(text.slice(offsetInSentence(other) + other.mention.text.length, open)));
  if (!named || named.mention.entity === context.primary.id || context.article.subtypes.has(named.mention.entity)) return [];
  return [named.mention.entity];
}

const NEIGHBOUR = /\b(?:next to|near|beside|neighbou?ring|adjacent to|close to)\s+(?:the\s+)?$/iu;

/** A disease (not the topic, nor a subtype) that opens the gene's sentence as its subject ("ARPKD is a different disease, caused by variants in PKHD1"). */
function clauseSubject(place: MentionPlace, context: RuleContext): string[] {
  const first = (context.bySentence.get(place.sentence.start) ?? []).find((other) => other.mention.start < place.mention.start);
  if (!first || first.mention.kind !== 'Disease' || first.mention.entity === context.primary.id || context.article.subtypes.has(first.mention.entity)) return [];
  const opening = place.sentence.text.slice(0, offsetInSentence(first));
  if (!/^[\s"'“(]*$/u.test(opening)) return [];
  // "ARPKD is …" / "Lynch syndrome, caused by …": the sentence is about that disease.
  return /^(?:\s*\([^)]*\))?\s*(?:,|is|are|was|were)\b/iu.test(place.sentence.text.slice(offsetInSentence(first) + first.mention.text.length)) ? [first.mention.entity] : [];
}

/**
 * "Variants in CALR and MPL cause many cases of essential thrombocythaemia …, but they are not
 * found in PV", "Variants in NOD2 are linked to Crohn's disease rather than to UC": the diseases
 * the sentence says the gene causes, when the topic is not among them (a topic named after
 * "rather than" or "not found in" is set apart, not caused).
 */
function otherDiseasesTheGeneCauses(place: MentionPlace, context: RuleContext): string[] {
  if (place.inHead) return [];
  const text = place.sentence.text;
  const part = coordinatePart(place);
  const geneEnd = offsetInSentence(place) + place.mention.text.length;
  const caused: string[] = [];
  let lastEnd = -1;
  for (const other of context.bySentence.get(place.sentence.start) ?? []) {
    if (other.mention.kind !== 'Disease' || other.mention.start < place.mention.end || other.mention.end > part.end) continue;
    const at = offsetInSentence(other);
    if (SET_APART.test(text.slice(Math.max(geneEnd, at - 40), at))) continue;
    const listed = lastEnd >= 0 && /^\s*,?\s*(?:and|or)?\s*$/iu.test(text.slice(lastEnd, at));
    if (!listed && !GENE_CAUSES.test(text.slice(geneEnd, at))) continue;
    if (other.mention.entity === context.primary.id || context.article.subtypes.has(other.mention.entity) || namesTopic(other.mention.text, context)) return [];
    caused.push(other.mention.entity);
    lastEnd = at + other.mention.text.length;
  }
  return caused;
}

// "cause many cases of", "are linked to": the gene's own disease right after; not "caused by", which names the gene's disease before it.
const GENE_CAUSES = /\b(?:causes?|(?:are|is)\s+linked\s+to|(?:are|is)\s+associated\s+with)\s+(?:(?:many|most|some|all|rare)\s+)?(?:(?:cases|forms)\s+of\s+)?(?:the\s+)?$/iu;
const SET_APART = /\b(?:rather\s+than|instead\s+of|not\s+(?:found|seen)\s+in|not|nor)\s+(?:to\s+|in\s+|with\s+)?(?:the\s+)?$/iu;

/** Other diseases an item's head names (not the topic, not one of its subtypes), for a mention in its explanation. */
function causeHeads(place: MentionPlace, context: RuleContext): string[] {
  const key = itemKey(place);
  if (!key || place.inHead) return [];
  const heads = (context.heads.get(key) ?? []).filter(
    (head) => head.mention.kind === 'Disease' && head.mention.entity !== context.primary.id && !context.article.subtypes.has(head.mention.entity),
  );
  return [...new Set(heads.map((head) => head.mention.entity))];
}

/**
 * "Lynch syndrome, caused by variants in the mismatch-repair genes MLH1 … and familial adenomatous
 * polyposis (FAP), caused by variants in APC": a condition named right before the cause it is
 * given keeps the genes of its own part, even when it is no subtype of the topic.
 */
/**
 * "… hypophosphatasia, a rare inherited bone disease caused by variants in the ALPL gene" on a
 * test's or a drug's page: a disease the sentence says the gene causes is that gene's, whatever the
 * page is about (a disease page's genes have their own rules).
 */
export function relateGeneOfNamedDisease(place: MentionPlace, context: RuleContext): void {
  if (place.mention.kind !== 'Gene' || !isGeneUsage(place) || isNegated(place)) return;
  const cue = GENE_CUE.exec(clauseAround(place.sentence.text, offsetInSentence(place)))?.[0];
  for (const disease of diseasesCausedByGene(place, context)) context.propose(relation(place.mention.entity, 'GENE_ASSOCIATED_WITH', disease, place, cue));
}

function diseasesCausedByGene(place: MentionPlace, context: RuleContext): string[] {
  const part = coordinatePart(place);
  const text = place.sentence.text;
  const caused = coMentions(place, context)
    .filter((other) => other.mention.kind === 'Disease' && other.sentence.start === place.sentence.start)
    .filter((other) => other.mention.start >= part.start && other.mention.end <= place.mention.start)
    .filter((other) => CAUSE_GIVEN_AFTER.test(text.slice(offsetInSentence(other) + other.mention.text.length, offsetInSentence(place))));
  // "hypophosphatasia, a rare inherited bone disease caused by …": the appositive's class describes the disease before it.
  const describing = (other: MentionPlace): boolean =>
    caused.some((named) => named !== other && /^\s*,\s*(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(text.slice(offsetInSentence(named) + named.mention.text.length, offsetInSentence(other))));
  return caused.filter((other) => !describing(other)).map((other) => other.mention.entity);
}

// "ataxia with vitamin E deficiency (AVED), a look-alike disease caused by variants in the TTPA gene": an appositive may come between.
// "Lesch–Nyhan syndrome — a rare inherited disorder of boys, caused by variants in the HPRT1 gene": or after a dash, with whom it strikes.
const CAUSE_GIVEN_AFTER = /^(?:\s*\([^()]*\))?\s*[,—–]?\s*(?:(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}(?:disease|condition|disorder|syndrome)(?:\s+of\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+\s*,)?\s+)?(?:which (?:is|are) |(?:is|are) )?(?:(?:mainly|mostly|usually|often|most often) )?(?:caused by|due to|results? from)\b/iu;

const CAUSES_A_DIFFERENT_DISORDER = /^\s*(?:genes?\s+)?(?:causes?|leads?\s+to|results?\s+in)\s+(?:a|an)\s+(?:[\p{L}-]+,?\s+){0,2}?(?:different|separate|distinct)\b|^\s*(?:genes?\s+)?(?:causes?|leads?\s+to)\s+another\s+(?:[\p{L}-]+\s+)?(?:disorder|disease|condition)\b/iu;

/** Whether a sentence of the article says the gene causes a different disorder ("Variants in DLD cause a different, broader disorder, …"). */
function causesADifferentDisorder(gene: string, context: RuleContext): boolean {
  for (const places of context.bySentence.values()) {
    for (const place of places) {
      if (place.mention.entity !== gene) continue;
      if (CAUSES_A_DIFFERENT_DISORDER.test(place.sentence.text.slice(offsetInSentence(place) + place.mention.text.length))) return true;
    }
  }
  return false;
}

const ITSELF_CAUSES = /\b(?:itself|themselves)\s+(?:causes?|brings?\s+on)\s+(?:[^.;]*?(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+))?$/iu;
const TYPICAL_OF = /\b(?:typical|characteristic)\s+of\s+(?:the\s+)?$|\b(?:seen|found)\s+(?:mainly|mostly|especially|only)\s+in\s+(?:the\s+)?$/iu;

/** The subtypes of the topic an item's explanation says its signs are typical of. */
function formsTheItemIsTypicalOf(place: MentionPlace, context: RuleContext): string[] {
  return (context.items.get(itemKey(place) ?? '') ?? [])
    .filter((other) => !other.inHead && context.article.subtypes.has(other.mention.entity) && TYPICAL_OF.test(other.sentence.text.slice(Math.max(0, offsetInSentence(other) - 40), offsetInSentence(other))))
    .map((other) => other.mention.entity);
}

const MISTAKEN_FOR = /\b(?:(?:wrong|mistaken|incorrect|false)\s+diagnosis\s+of|mis-?diagnosed\s+as|mistaken\s+for|confused\s+with)\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,3}(?:\(\s*)?$/iu;
const PRONOUN_CAUSES = /^\s*(?:it|they|this)\b[^.;]*?\b(?:can|may|could|often|sometimes)\s+(?:also\s+)?(?:cause|lead\s+to|result\s+in)\s+(?:[\p{L}-]+,?\s+){0,3}$/iu;
const OTHER_SUBJECT_CAUSES = /^\s*((?:[\p{L}-]+\s+){1,3}?)(?:can|may|could)\s+(?:also\s+)?(?:cause|lead\s+to)\s+$/iu;
const DISEASE_KIND: ReadonlySet<string> = new Set(['Disease']);

/** "variants in CYP11B1 (in 11-beta-hydroxylase deficiency), HSD3B2 …": a subtype in a bracket that follows another name of the sentence belongs to that name only. */
function bracketOfAnotherName(place: MentionPlace, other: MentionPlace): boolean {
  if (other.sentence.start !== place.sentence.start || !insideParentheses(other)) return false;
  const text = other.sentence.text;
  const open = text.lastIndexOf('(', offsetInSentence(other));
  const close = text.indexOf(')', offsetInSentence(other));
  const at = offsetInSentence(place);
  if (at > open) return close >= 0 && at > close;
  return !/^\s*$/u.test(text.slice(at + place.mention.text.length, open));
}

/** Subtypes of the topic named in the same sentence or as the head of the same item. */
function subtypesNear(place: MentionPlace, context: RuleContext): string[] {
  const key = itemKey(place);
  const nearby = [...coMentions(place, context), ...(key ? (context.heads.get(key) ?? []) : [])].filter((other) => context.article.subtypes.has(other.mention.entity) && !bracketOfAnotherName(place, other));
  // "Mutations in the LMNA gene cause MADA, and mutations in the ZMPSTE24 gene cause MADB": each gene keeps to its own part.
  const part = coordinatePart(place);
  const inPart = nearby.filter((other) => other.sentence.start === place.sentence.start && other.mention.start >= part.start && other.mention.end <= part.end);
  return [...new Set((inPart.length > 0 ? inPart : nearby).map((other) => other.mention.entity))];
}

/** The stretch of the sentence between ", and" / ";" joints around a mention, in text offsets. */
function coordinatePart(place: MentionPlace): { start: number; end: number } {
  const { start, end } = clauseSpan(place.sentence.text, offsetInSentence(place), COORDINATE_JOINT);
  return { start: place.sentence.start + start, end: place.sentence.start + end };
}

