/**
 * Cue phrases that type a relation by what the sentence says, whatever its section. Each is a
 * pattern over one sentence; offsets of the match let a rule ask what sits before or after it.
 */

/** "X is contraindicated in", "generally not used in", "avoid X in", "should not be given to". */
export const CONTRAINDICATION_CUE =
  /\b(?:contra-?indicat\w*|(?:generally|usually) not (?:used|recommended|given|advised)|(?:is|are) not (?:used|given)(?= (?:in|to) (?:people|patients|men|women|children|adults|anyone|those) (?:with|who))|should(?: not|n't) be (?:used|given|taken|combined|started)|must(?: not|n't) be (?:used|given|taken|started)|(?:is|are) best avoided|must be avoided|should be avoided|avoid(?:ed|ing)?\b(?=[^.;]*\b(?:in|with|during|if|when|for|because|since)\b)|do not (?:use|give|take)|never (?:be )?(?:used|given)|not (?:be )?(?:safe|recommended) (?:in|for|with)|unsafe (?:in|for|with)|can worsen|may worsen|makes? [^.;]{0,30} worse)\b/iu;

/** "…; it reduces swelling and delays growth, but it has not been shown to help people live longer": a use, with only survival unproven. */
export const ONLY_SURVIVAL_UNPROVEN = /\bbut\s+(?:it|they|this)\s+(?:has|have)\s+not\s+been\s+shown\s+to\s+(?:help\s+(?:people|patients)\s+live\s+longer|(?:improve|extend|prolong)\s+(?:overall\s+)?(?:survival|life))\b/iu;

/** A limit on a dose, a duration or an activity is a caution, not a contraindication. */
export const DOSE_OR_ACTIVITY_LIMIT =
  /\b(?:doses?|dosage|dosing|more than|exceed\w*|maximum|max\.|high-dose|too much|prolonged use|long-term use|per day|a day|mg|milligrams?|lifting|sports?|exercise|activit(?:y|ies)|strenuous|alcohol|driving|contact with|exposure to|being near)\b/iu;

/** "caused by", "mutations/variants/changes in", "due to", "associated with". */
export const GENE_CUE =
  /\b(?:caused by|cause[sd]?|causing|result(?:s|ed)? from|due to|mutations?|variants?|alterations?|changes?|defects?|deletions?|duplications?|pathogenic|associated with|linked to|loss of)\b/iu;

/** Side effects of a treatment. */
export const ADVERSE_EFFECT_CUE = /\b(?:side[- ]effects?|adverse|can cause|may cause|might cause|causes?|risk of|risks include|risks are|toxicity|cautions?|warnings?)\b/iu;

/** "X for Y", "to treat Y", "relieves Y": a treatment aimed at a named condition. */
export const TREATMENT_CUE =
  /\b(?:for|treat(?:s|ed|ing|ment of)?|relieve[sd]?|ease[sd]?|clear(?:s|ed)?|control(?:s|led)?|correct(?:s|ed)?|manage[sd]?|reduce[sd]?|lower(?:s|ed)?|raise[sd]?|prevent(?:s|ed)?|improve[sd]?|against|dr(?:y|ies|ied) up)\b/iu;

/** Tests used to follow a condition or a treatment over time; "To follow advanced melanoma —" only where a line opens with it. */
export const MONITORING_CUE = /\b(?:monitor\w*|(?<=^\s*)to\s+(?:stage\s+and\s+)?follow|before (?:each|every) (?:dose|infusion|injection|treatment)|(?:whether|if|how well)\b[^.;]{0,60}\b(?:is|are) working|(?:yearly|annual|regular) (?:checks?|tests?|scans?)|(?:yearly|annual) (?:eye|kidney|foot) checks?|follow(?:s|ed)? (?:up|the)|followed (?:every|each|yearly|regularly)|(?<=[—–:]\s{0,3})every\s+(?:\d+(?:\s*(?:to|-|–)\s*\d+)?|one|two|three|few)\s+(?:years?|months?)|follow-up|(?:measured|checked|done|tested) again|to (?:judge|assess|check) (?:the )?response|track(?:s|ed|ing)?|check(?:s|ed)? (?:regularly|periodically|every|how well)|watch(?:es|ed)? for|over time|serial|(?:is|are|be|been)\s+repeated|repeated\s+(?:every|each|at|regularly|yearly|to|over|after|during))\b/iu;

/** "X is a type/form/subtype of Y", "X is one of about 150 types of Y", "X belongs to a class of diseases called Y". */
export const SUBCLASS_CUE =
  /\b(?:belongs? to (?:a|an|the|one) (?:large |small )?(?:class|group|family|category) of|(?:is|are) (?:(?:one|any) of (?:the |about |around |over |more than |many |several )*(?:\d[\d,]* )?|a |an |one |the )?(?:rare |common |severe |mild |milder |inherited |genetic |specific |distinct |particular )*(?:type|form|subtype|variant|kind|class)s? of)\b/iu;

/** Sub-point labels of a drug item that list its side effects. */
export const SIDE_EFFECT_LABEL = /\b(?:side[- ]effects?|adverse|cautions?|warnings?|risks?|safety)\b/iu;
/** Sub-point labels that say what a drug is for. */
export const PURPOSE_LABEL = /\b(?:purpose|use[sd]?|indications?|why|what it does|role)\b/iu;
/** Sub-point labels that say how a drug is watched. */
export const MONITORING_LABEL = /\b(?:monitor\w*|tests?|follow-up|checks?)\b/iu;

const NEGATION = /\b(?:not|no|never|cannot|can't|doesn't|don't|didn't|isn't|aren't|wasn't|weren't|neither|nor|none|unlikely|rather than|instead of|ruled out|rules out|lack of evidence)\b/iu;
/** Phrases with a negation word that still assert ("not only", "whether or not", "if not treated", "a cough that does not go away"). */
const NOT_A_NEGATION = /\b(?:not only|whether or not|if not (?:treated|managed|controlled|corrected)|if left untreated|no longer|cannot be (?:cured|prevented)|not always|not everyone|not all|(?:does|do|did|will|would)\s+not\s+(?:go away|heal|clear up|settle|get better)|(?:doesn't|don't|won't|didn't)\s+(?:go away|heal|clear up|settle|get better))\b/giu;

/**
 * Whether the clause around a mention denies the relation ("is not caused by", "no evidence
 * that", "did not show a benefit, so it is not used"). Clauses end at ";" and at contrastive
 * conjunctions, so "X is not inherited, but variants in G cause it" keeps G.
 */
export function isNegatedAround(sentence: string, offset: number): boolean {
  const { start, end } = negationScope(sentence, offset);
  const clause = withoutOwnDescription(withoutGlossedDescriptions(sentence.slice(start, end), offset - start), offset - start).replace(NOT_A_NEGATION, ' ');
  // "a small nose … and nostrils that open to the front rather than downward": a contrast denies only what follows it.
  return NEGATION.test(withoutLaterContrast(clause, offset - start));
}

function withoutLaterContrast(clause: string, mentionOffset: number): string {
  // "Fever and night sweats that are not caused by an infection": a relative clause after the name denies only what it names.
  return clause.replace(/\b(?:rather than|instead of)\b|\b(?:that|which)\s+(?:is|are|was|were)\s+not\b/giu, (match, at: number) => (at > mentionOffset ? ' '.repeat(match.length) : match));
}

/**
 * "…including "lazy eye" (amblyopia), eyes that do not look in the same direction (strabismus),
 * involuntary eye movements (nystagmus)": a negation inside a relative clause that a bracketed
 * name then glosses describes the sign that name is; it denies nothing outside itself, neither
 * that name nor the names listed before or after it. ("…people who cannot have phlebotomy, for example because of heart disease"
 * is no gloss: its negation still reaches on.)
 */
const RELATIVE_NEGATION = /\b(?:that|which|who)\s+(?:(?:do|does|did|is|are|was|were|can|could|will|would|may)\s+)?(?:not|never|cannot|can't|don't|doesn't|aren't|isn't)\b[^,;()]*(?=\()/giu;

/** "does not cause", "does not make", "does not work against": denying a cause of, or an action on, what a bracketed term names. */
const DENIED_CAUSE = /\b(?:not|never|no longer)\s+(?:\w+\s+)?(?:(?:work|act)s?\s+(?:against|on)|treat(?:s)?|cure[sd]?|kill(?:s)?|cause[sd]?|make[s]?|made|lead(?:s)? to|produce[sd]?|result(?:s)? in|trigger(?:s)?|bring(?:s)? on|raise[sd]?|increase[sd]?|include[sd]?|mean(?:s)?|give(?:s)?|show(?:s)?|have|has|had|develop(?:s)?|get(?:s)?)\b/iu;

/**
 * "Many affected females do not begin menstruation by age 16 (primary amenorrhea)": a bracketed
 * term names what the description before it says, negation and all; the description's "not"
 * does not deny the term.
 */
function withoutOwnDescription(clause: string, mentionOffset: number): string {
  if (!/\(\s*$/u.test(clause.slice(0, mentionOffset))) return clause;
  const open = clause.lastIndexOf('(', mentionOffset);
  const from = Math.max(clause.lastIndexOf(',', open), clause.lastIndexOf(';', open), 0);
  // "warfarin does not cause a low platelet count (thrombocytopenia)": denying a cause denies the term.
  if (DENIED_CAUSE.test(clause.slice(from, open))) return clause;
  return `${clause.slice(0, from)}${' '.repeat(open - from)}${clause.slice(open)}`;
}

function withoutGlossedDescriptions(clause: string, mentionOffset: number): string {
  return clause.replace(RELATIVE_NEGATION, (match, at: number) => (at <= mentionOffset && mentionOffset < at + match.length ? match : ' '));
}

/**
 * A reason, a condition or a relative clause after a mention is a statement of its own: in "a
 * reduced ability to sweat (hypohidrosis) because their sweat glands do not work" or "lowers uric
 * acid when allopurinol is not tolerated", the "not" denies the glands working or the other
 * drug being tolerated, not the finding. A negation before the mention still reaches into such a clause ("not
 * used in people who are bleeding, such as from an ulcer").
 */
const SUBORDINATE_BOUNDARY = /,?\s(?:because(?! of)|since|which|who|whose|so that|as a result|when|unless|until|(?:shows?|means?|suggests?|indicates?) that)\s/iu;

function negationScope(sentence: string, offset: number): { start: number; end: number } {
  const { start, end } = clauseSpan(sentence, offset);
  const after = sentence.slice(offset, end);
  const boundary = SUBORDINATE_BOUNDARY.exec(after);
  // "…may also help, but do not replace smoking cessation: Medications to dilate blood vessels…":
  // what a colon introduces is a list of its own, out of reach of a negation before the colon.
  const colon = sentence.slice(start, offset).lastIndexOf(': ');
  return { start: colon >= 0 ? start + colon + 2 : start, end: boundary ? offset + boundary.index : end };
}

/** The clause of a sentence that contains `offset`. */
export function clauseAround(sentence: string, offset: number): string {
  const { start, end } = clauseSpan(sentence, offset);
  return sentence.slice(start, end);
}

/** ", and" / ", while" / ";": the joints between coordinated parts of a clause (global, for clauseSpan). */
export const COORDINATE_JOINT = /,\s+(?:and|while|whereas)\s+|;\s*/gu;

const CLAUSE_BOUNDARY = /;|\s(?:but|whereas|while|although|however),?\s|\.\s/giu;

/**
 * Where the clause containing `offset` starts and ends in its sentence; `boundary` (a global
 * pattern) says what separates clauses.
 */
export function clauseSpan(sentence: string, offset: number, boundary: RegExp = CLAUSE_BOUNDARY): { start: number; end: number } {
  let start = 0;
  let end = sentence.length;
  for (const match of sentence.matchAll(boundary)) {
    if (match.index + match[0].length <= offset) start = match.index + match[0].length;
    else if (match.index >= offset) {
      end = match.index;
      break;
    }
  }
  return { start, end };
}

/** The words of a mention's clause that come before it (not before an earlier same-named word). */
export function clauseBefore(sentence: string, offset: number): string {
  return sentence.slice(clauseSpan(sentence, offset).start, offset);
}
