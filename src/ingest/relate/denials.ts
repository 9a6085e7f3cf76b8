import { searchKey } from '../../domain/text.js';
import type { RuleContext } from './context.js';
import { itemKey, namesTopic } from './context.js';
import { ONLY_SURVIVAL_UNPROVEN, clauseSpan } from './cues.js';
import type { MentionPlace } from './places.js';
import { insideParentheses, offsetInSentence } from './places.js';

/** "do not treat", "does not cure", "does not slow or cure", "did not slow the growth of …", "does not act on the tumour", "is not a treatment for", "has no role in", "should not be used as long-term treatment of": a statement that something fails to treat. */
const DENIED_TREATING = /\b(?:should|must)\s+not\s+be\s+used\s+(?:as\s+(?:a\s+|an\s+)?(?:[\p{L}-]+\s+){0,2}?treatments?\s+(?:for|of))\b|\b(?:(?:do|does|did|will|can|could)\s+not|doesn't|don't|didn't|cannot|can't|never)\s+(?:\w+\s+(?:or\s+)?)?(?:treat|cure|correct|remove|reverse|shrink|act\s+on)\b|\bdid\s+not\s+(?:slow|halt|stop)\b|\b(?:is|are)\s+not\s+(?:used\s+as\s+)?(?:a\s+|an\s+)?(?:standard\s+|proven\s+|licensed\s+|approved\s+|recommended\s+)?(?:treatments?|cures?)(?:\s+(?:for|of)\b|(?=\s*[.;)]|$))|\b(?:has|have|plays?)\s+no\s+(?:role|place|part)\s+in(?:\s+(?:the\s+)?(?:treatment|management)\s+of)?(?=\s)/giu;
/** "a large trial did not show a clear benefit", "has not been shown to help", "none has been shown to slow ALS": the treatment failed, whatever it was tried for. */
const NO_BENEFIT = /\b(?:has|have)\s+not\s+been\s+shown\s+to\s+(?:help|work|clear|treat|improve|cure|increase|raise|reduce|prevent|slow|lower|extend|prolong)\b|\b(?:none|neither|no\s+(?:[\p{L}-]+\s+){0,3}?(?:treatments?|therapy|therapies|drugs?|medicines?|supplements?))\s+(?:of\s+(?:them|these)\s+)?(?:has|have)\s+(?:yet\s+)?been\s+shown\s+to\s+(?:help|work|treat|improve|cure|prevent|slow|stop|halt|reverse|extend|prolong)\b|\b(?:have|has|did)\s+not\s+shown?\s+that\b|\b(?:did|does|do)\s+not\s+(?:show|find|give|bring)\s+(?:a\s+|any\s+)?(?:clear\s+|real\s+|significant\s+|meaningful\s+)?benefit\b|\b(?:showed|shows|found|gave)\s+no\s+(?:clear\s+|real\s+|significant\s+|survival\s+|overall\s+)?benefit\b|\b(?:has|have)\s+not\s+(?:yet\s+)?shown\s+(?:a\s+|any\s+)?(?:clear\s+|real\s+|significant\s+|meaningful\s+)?benefit\b|\b(?:is|are)\s+no\s+longer\s+(?:recommended|used|advised)\b/giu;
/** "it", "they", "this medicine", "these injections", after a trial it was tested in: the card's own drug as the subject of a denial. */
const CARD_DRUG_AS_SUBJECT = /^\s*(?:and\s+)?(?:(?:in|during)\s+(?:an?\s+|the\s+|one\s+|two\s+|several\s+)?(?:[\p{L}-]+\s+){0,2}?(?:trials?|studies|study)\s*,?\s+)?(?:it|they|this\s+(?:medicine|drug|treatment)|these\s+(?:medicines|drugs|treatments|injections|tablets))(?:\s+[^;,.]*?\s+and)?\s*$/iu;
/** What a cancer or disease article calls its own topic in passing ("it does not remove the cancer"). */
const TOPIC_WORD = /^(?:the\s+)?(?:cancer|tumou?r|disease|condition|disorder|illness|symptoms|plaques|lesions|rash)\b|^(?:it|this)\b/iu;
const TREATMENT_KINDS: ReadonlySet<string> = new Set(['Drug', 'Procedure']);

/**
 * "Finasteride and dutasteride, taken for BPH, … but do not treat prostate cancer", "miglustat
 * on its own does not treat Pompe disease", "TURP — …; it does not remove the cancer", "are not
 * used as treatments for NPC", "a large trial did not show a clear benefit": the
 * treatments a sentence says do not treat the topic. The article's own denial outweighs what
 * the section alone would make of them, so they treat the topic nowhere in it. The subjects are
 * the treatment the denying clause names last before the denial, else the treatment the sentence
 * names last before it, each with those joined to it; a denial about an item's head covers every
 * name the head gives.
 */
export function treatmentsDeniedForTopic(context: RuleContext): Set<string> {
  const denied = new Set<string>();
  for (const places of context.bySentence.values()) {
    const sentence = places[0]?.sentence.text;
    if (sentence === undefined) continue;
    // "ACE inhibitors and beta blockers have not been shown to help people with HFpEF live longer": no benefit in another condition.
    // "it reduces swelling and delays growth, but it has not been shown to help people live longer": a benefit stated, only survival unproven.
    const noBenefit = [...sentence.matchAll(NO_BENEFIT)].filter((match) => !namesOtherConditionAfter(places, match, context) && !ONLY_SURVIVAL_UNPROVEN.test(sentence.slice(Math.max(0, match.index - 20))));
    const denials = [...[...sentence.matchAll(DENIED_TREATING)].filter((match) => deniesTheTopic(sentence, match, context)), ...noBenefit];
    for (const match of denials) {
      const treatments = places.filter((place) => TREATMENT_KINDS.has(place.mention.kind) && offsetInSentence(place) < match.index);
      const clause = clauseSpan(sentence, match.index);
      const inClause = treatments.filter((place) => offsetInSentence(place) >= clause.start);
      if (treatments.length === 0) for (const head of itemHeadNamedShort(places, sentence.slice(clause.start, match.index), context)) denied.add(head);
      // "Drug 5. Carglumic acid — Purpose: the treatment of NAGS deficiency; it does not correct OTC deficiency": "it" is the card's own drug,
      // even after the line has named another ("given after each cisplatin dose …; it does not act on the tumour").
      // "it does not lower PTH and does not cure PHPT": "it" still, after a first verb of its own.
      // "they do not treat the underlying Stargardt disease" after a card naming several injections; "in a large trial it did not slow …": every drug the card's head names.
      // "They reduce pain, stiffness and CRP …, but they do not cure AS": a benefit, then only no cure; the card still treats it.
      const onlyNoCure = /\bcure\b/iu.test(match[0]) && /\sbut,?\s$/iu.test(sentence.slice(0, clause.start));
      const cardDrugs = inClause.length === 0 && !onlyNoCure && CARD_DRUG_AS_SUBJECT.test(sentence.slice(clause.start, match.index)) ? itemTreatmentHeads(places, context) : [];
      for (const head of cardDrugs) denied.add(head);
      if (cardDrugs.length > 0) continue;
      // "… so prednisolone and azathioprine should not be used as …": every treatment joined to the clause's last.
      for (const place of coordinatedSubject(inClause.length > 0 ? inClause : treatments, sentence)) {
        denied.add(place.mention.entity);
        // "Fish oil (omega-3 fatty acids) — … fish oil has not been shown to clear psoriasis": the head's bracketed name too;
        // "Omega-3 fatty acids (fish oil) — trials have not shown …": a denial in the head's own line, every name it gives.
        const key = itemKey(place);
        if (key) for (const head of context.heads.get(key) ?? []) if (TREATMENT_KINDS.has(head.mention.kind) && (place.inHead || insideParentheses(head))) denied.add(head.mention.entity);
      }
    }
  }
  return denied;
}

/**
 * "Drug 5. Helicobacter pylori eradication therapy … Eradication therapy does not cure stomach
 * cancer": a line of an item that calls the item's treatment by the last words of its name.
 */
function itemHeadNamedShort(places: readonly MentionPlace[], subject: string, context: RuleContext): string[] {
  const key = itemKeyOf(places);
  const words = searchKey(subject.replace(/^[^\p{L}]*(?:[\p{L}]+\+\d+)?/u, '')).trim();
  if (!key || words.split(' ').length < 2) return [];
  return (context.heads.get(key) ?? [])
    .filter((head) => TREATMENT_KINDS.has(head.mention.kind) && searchKey(head.mention.text).endsWith(words))
    .map((head) => head.mention.entity);
}

/** The item a sentence's mentions sit in, if any. */
function itemKeyOf(places: readonly MentionPlace[]): string | undefined {
  return places.map(itemKey).find((found) => found !== undefined);
}

/** The treatments an item's head names, for a sentence of that item. */
function itemTreatmentHeads(places: readonly MentionPlace[], context: RuleContext): string[] {
  const key = itemKeyOf(places);
  return key ? (context.heads.get(key) ?? []).filter((head) => TREATMENT_KINDS.has(head.mention.kind)).map((head) => head.mention.entity) : [];
}

/** Whether the clause after a denial names a condition other than the topic (a type of it, or another one). */
function namesOtherConditionAfter(places: readonly MentionPlace[], match: RegExpExecArray, context: RuleContext): boolean {
  const sentence = places[0]?.sentence.text ?? '';
  const clause = clauseSpan(sentence, match.index);
  // "has not been shown to help people with MuSK antibody-positive MG": a group the article names by a qualifier before the topic's name.
  const qualifiedTopic = places.some(
    (place) =>
      place.mention.entity === context.primary.id &&
      offsetInSentence(place) > match.index &&
      offsetInSentence(place) < clause.end &&
      /\b(?:people|patients|those|children|adults|women|men)\s+with\s+(?:[\p{L}\p{N}-]+\s+){1,3}$/iu.test(sentence.slice(match.index, offsetInSentence(place))),
  );
  if (qualifiedTopic) return true;
  return places.some(
    (place) =>
      (place.mention.kind === 'Disease' || place.mention.kind === 'Phenotype') &&
      offsetInSentence(place) > match.index &&
      offsetInSentence(place) < clause.end &&
      place.mention.entity !== context.primary.id &&
      !TOPIC_WORD.test(place.mention.text),
  );
}

/** The treatment named last before a denial, with those joined to it ("Finasteride and dutasteride, …"). */
function coordinatedSubject(treatments: readonly MentionPlace[], sentence: string): MentionPlace[] {
  const subject: MentionPlace[] = [];
  for (let index = treatments.length - 1; index >= 0; index -= 1) {
    const place = treatments[index] as MentionPlace;
    const next = subject.at(-1);
    // "proton pump inhibitors such as omeprazole … do not treat the cancer": the class its example stands for too.
    if (next && !/^\s*(?:,\s*|\s(?:and|or|such\s+as|like|including)\s)\s*$/u.test(sentence.slice(offsetInSentence(place) + place.mention.text.length, offsetInSentence(next)))) break;
    subject.push(place);
  }
  return subject;
}

function deniesTheTopic(sentence: string, match: RegExpExecArray, context: RuleContext): boolean {
  // "… but is not a standard treatment.": no object named, so the article's own topic.
  if (/(?:treatments?|cures?)$/iu.test(match[0]) && /^\s*(?:[.;)]|$)/u.test(sentence.slice(match.index + match[0].length))) return true;
  const object = sentence.slice(match.index + match[0].length).replace(/^\s+(?:in|for|of)?\s*/u, '').split(/[,.;:()]/u)[0] ?? '';
  return namesTopic(object, context) || TOPIC_WORD.test(object.trim());
}

/**
 * "cannot diagnose", "does not detect", "does not show whether", "is no longer used just to
 * diagnose", "is not used to make the diagnosis", "is not used to screen healthy people for" (a normal result that "does not rule out" a
 * condition still tests for it).
 */
const DENIED_DIAGNOSING = /\b(?:cannot|can't|can\s+not|does\s+not|do\s+not|doesn't|don't|will\s+not|(?:is|are)\s+(?:not|no\s+longer)\s+(?:able|enough|accurate\s+enough|used)\s+(?:just\s+|only\s+|alone\s+|routinely\s+)?to)\s+(?:\w+\s+)?(?:diagnose|detect|confirm|(?:show|tell)\s+(?:whether|if)|(?:make|give)\s+(?:the|a)\s+diagnosis(?!\s+of\b)|screen\s+(?:[\p{L}-]+\s+){0,3}?for)\b/giu;

/**
 * "A urinalysis alone cannot diagnose diabetes: a blood glucose or HbA1c test is needed": the
 * test–condition pairs a sentence denies, as `test|condition`; the test is the one the sentence
 * names before the denial, else the article's topic.
 */
export function diagnosesDenied(context: RuleContext): Set<string> {
  const denied = new Set<string>();
  const purposes = statedPurposes(context);
  for (const places of context.bySentence.values()) {
    const sentence = places[0]?.sentence.text;
    if (sentence === undefined) continue;
    for (const match of sentence.matchAll(DENIED_DIAGNOSING)) {
      const clause = clauseSpan(sentence, match.index, /;|:\s|\s(?:but|whereas|while|although|however),?\s|\.\s/gu);
      const tests = places.filter((place) => (place.mention.kind === 'Test' || place.mention.kind === 'Procedure') && offsetInSentence(place) >= clause.start && offsetInSentence(place) < match.index);
      // "Chromosomal microarray — … but it does not detect FXS": "it" is the item's own test.
      const key = itemKeyOf(places);
      const itemTests = key ? (context.heads.get(key) ?? []).filter((head) => head.mention.kind === 'Test' || head.mention.kind === 'Procedure') : [];
      // "TSH test. | … TSH is usually normal and does not show whether …": the line's own name for the item's test is that test too.
      const subjects = [...new Set([...tests, ...itemTests].map((place) => place.mention.entity))];
      if (subjects.length === 0) subjects.push(context.primary.id);
      const objects = places.filter((place) => CONDITION_KINDS.has(place.mention.kind) && offsetInSentence(place) > match.index && offsetInSentence(place) < clause.end);
      // "… does not show whether a nodule is cancer": the topic, in the article's generic word for it.
      const topicIsCondition = CONDITION_KINDS.has(context.primary.kind);
      const targets = objects.flatMap((place) => (topicIsCondition && TOPIC_WORD.test(place.mention.text) ? [place.mention.entity, context.primary.id] : [place.mention.entity]));
      // "p-ANCA is not used to make the diagnosis": the diagnosis the page is about, its topic's.
      if (topicIsCondition && /diagnosis$/iu.test(match[0])) targets.push(context.primary.id);
      // "To rule out DVT — …" as the test's stated purpose: "a positive result on its own cannot confirm DVT" is a limit, no denial.
      // "The test is not used to diagnose kidney disease: in chronic kidney disease …": the narrower forms the article names too.
      const forms = withNarrowerForms(new Set(targets), context, 'ending');
      for (const subject of subjects) for (const object of forms) if (!(subject === context.primary.id && purposes.has(object))) denied.add(`${subject}|${object}`);
    }
  }
  return denied;
}

const CONDITION_KINDS: ReadonlySet<string> = new Set(['Disease', 'Phenotype']);

const PURPOSE_HEAD = /^\s*to\s+(?:help\s+)?(?:rule out|find|diagnose|detect|confirm|check for|look for|screen for)\s+(?:(?:a|an|the)\s+)?$/iu;

/** Conditions a lab test page's purpose section names as what its items are for ("To rule out deep vein thrombosis"). */
function statedPurposes(context: RuleContext): Set<string> {
  const purposes = new Set<string>();
  for (const places of context.bySentence.values()) {
    for (const place of places) {
      if (place.sentence.section !== 'test_purpose' || !place.inHead || !CONDITION_KINDS.has(place.mention.kind) || !place.item) continue;
      const before = place.sentence.text.slice(Math.max(0, place.item.headStart - place.sentence.start), offsetInSentence(place));
      if (PURPOSE_HEAD.test(before)) purposes.add(place.mention.entity);
    }
  }
  return purposes;
}

/**
 * "Atorvastatin … does not lower blood sugar and is not a treatment for diabetes itself" on the
 * drug's own page: the conditions the page says its topic does not treat, when no other
 * treatment is the subject of the denying clause.
 */
export function conditionsTopicDoesNotTreat(context: RuleContext): Set<string> {
  const denied = new Set<string>();
  if (!TREATMENT_KINDS.has(context.primary.kind)) return denied;
  for (const places of context.bySentence.values()) {
    const sentence = places[0]?.sentence.text;
    if (sentence === undefined) continue;
    for (const match of sentence.matchAll(DENIED_TREATING)) {
      const clause = clauseSpan(sentence, match.index);
      const otherSubject = places.some((place) => TREATMENT_KINDS.has(place.mention.kind) && place.mention.entity !== context.primary.id && offsetInSentence(place) >= clause.start && offsetInSentence(place) < match.index);
      if (otherSubject) continue;
      for (const place of places) {
        const at = offsetInSentence(place);
        if (CONDITION_KINDS.has(place.mention.kind) && at > match.index && at < clause.end) denied.add(place.mention.entity);
      }
    }
  }
  return withNarrowerForms(denied, context);
}

const SOME_CASES = /\b(?:rare|some|a\s+few|few|other|certain|several)\s+(?:cases|forms|types|people|families)\b/iu;

/** "PV is not caused by changes in DSG3", "it is not due to variants in the": up to the gene. */
const GENE_DENIED_BEFORE = /\b(?:is|are)\s+not\s+(?:caused\s+by|due\s+to|linked\s+to)\s+(?:(?:changes|variants|mutations|faults|defects)\s+in\s+)?(?:the\s+)?$/iu;

/**
 * "The antibodies target desmoglein 3, made from the DSG3 gene, but PV is not caused by changes
 * in DSG3": the genes a sentence says do not cause the topic, which then causes it nowhere in
 * the article (another sentence may name the gene for what it makes).
 */
export function genesDeniedForTopic(context: RuleContext): Set<string> {
  const denied = new Set<string>();
  for (const places of context.bySentence.values()) {
    for (const place of places) {
      if (place.mention.kind !== 'Gene') continue;
      const before = place.sentence.text.slice(0, offsetInSentence(place));
      const cue = GENE_DENIED_BEFORE.exec(before);
      if (!cue) continue;
      const clauseStart = clauseSpan(place.sentence.text, cue.index).start;
      const subject = before.slice(clauseStart, cue.index);
      const namesIt = places.some((other) => other.mention.entity === context.primary.id && offsetInSentence(other) < cue.index && offsetInSentence(other) >= clauseStart);
      // "Rare cases of ocular albinism are not caused by mutations in the GPR143 gene": only some cases, the gene still causes the rest.
      if (SOME_CASES.test(subject)) continue;
      if (namesIt || TOPIC_WORD.test(subject.trim())) denied.add(place.mention.entity);
    }
  }
  return denied;
}

/** "not a treatment for diabetes itself" also denies "type 2 diabetes": the article's conditions whose names hold a denied one's. */
function withNarrowerForms(denied: ReadonlySet<string>, context: RuleContext, where: 'anywhere' | 'ending' = 'anywhere'): Set<string> {
  const names = [...denied].flatMap((id) => namesOf(id, context)).filter((name) => name.length >= 4);
  const all = new Set(denied);
  // 'ending': only a name that qualifies the denied one ("chronic kidney disease"), not one that uses it as a modifier.
  const holds = (name: string, denied: string): boolean => (where === 'ending' ? ` ${name}`.endsWith(` ${denied}`) : ` ${name} `.includes(` ${denied} `));
  for (const entity of context.article.entities.values()) {
    if (!CONDITION_KINDS.has(entity.kind) || all.has(entity.id)) continue;
    // A vocabulary's loose synonym ("ketosis-prone diabetes mellitus" for diabetic ketoacidosis) is no narrower form: only the article's own words count there.
    const own = where === 'ending' ? writtenNames(entity.id, context) : namesOf(entity.id, context);
    if (own.some((name) => names.some((denied) => holds(name, denied)))) all.add(entity.id);
  }
  return all;
}

/** The words the article itself uses for an entity. */
function writtenNames(id: string, context: RuleContext): string[] {
  const names = new Set<string>();
  for (const places of context.bySentence.values()) for (const place of places) if (place.mention.entity === id) names.add(searchKey(place.mention.text));
  return [...names];
}

function namesOf(id: string, context: RuleContext): string[] {
  const entity = context.article.entities.get(id);
  return entity ? [entity.name, ...entity.synonyms].map(searchKey) : [];
}
