import type { EntityKind } from '../../domain/kinds.js';

/** Endings of single words that name a finding or condition ("osteomyelitis", "bruising", "tiredness"). */
const CLINICAL_WORD = /(?:itis|algia|a?emia|osis|pathy|megaly|uria|rrho?ea|plegia|penia|cytosis|oma|ism|ia|sis|ing|ness|ache|ency|ure)$/iu;

/** Words a noun phrase does not start with: a qualifier or clause fragment ("Other tumours" is a group heading), not a name. */
const FRAGMENT_START = /^(?:with|without|such|as|in|on|at|to|from|of|for|by|the|a|an|and|or|if|when|which|that|especially|mostly|mainly|chiefly|largely|usually|often|sometimes|occasionally|rarely|typically|particularly|including|like|other|after|before|during|following)\b/iu;

function balancedBrackets(name: string): boolean {
  let depth = 0;
  for (const char of name) {
    if (char === '(' || char === '[') depth += 1;
    else if (char === ')' || char === ']') depth -= 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/**
 * Whether a phrase no vocabulary knows may become a local (unverified) entity: a noun phrase of
 * reasonable shape, never a clause fragment ("with long-term over-treatment", "such as thrush"),
 * a piece cut through a parenthesis ("inner eyelids (pallor") or, for a finding or condition, a
 * single generic word split off a list ("hair" of "Fair skin and hair", "puberty", "rare").
 */
export function isLocalEntityShape(name: string, kind: EntityKind): boolean {
  const text = name.trim();
  if (text.length < 3 || !balancedBrackets(text) || FRAGMENT_START.test(text)) return false;
  const words = text.split(/\s+/u);
  if ((kind === 'Phenotype' || kind === 'Disease') && words.length === 1) return CLINICAL_WORD.test(text) || /^[A-Z0-9-]{2,}$/u.test(text);
  // "Null variants", "PiZZ genotype": forms of a gene, not conditions; "Protecting the stomach": a goal.
  // "CLL with 17p deletion or TP53 mutation" is a form of a disease, named by the change it carries.
  if ((kind === 'Phenotype' || kind === 'Disease') && ((GENETIC_FORM.test(text) && !/\swith\s/u.test(text)) || GOAL_START.test(text))) return false;
  if ((kind === 'Drug' || kind === 'Procedure') && GENERIC_TREATMENT.test(text)) return false;
  // "Family history": what a doctor asks about, no test.
  if (kind === 'Test' && /^(?:(?:a|the)\s+)?(?:family|medical|personal|drug|medication)\s+history$/iu.test(text)) return false;
  return true;
}

const GOAL_START = /^(?:protect|prevent|reduc|lower|treat|manag|control|help|heal|improv|relie|eas)ing\s/iu;

const GENETIC_FORM = /\b(?:variants?|genotypes?|alleles?|mutations?|carriers?)$/iu;

/** "Medications", "Surgery", "Other treatments": a word for treatment in general names no treatment. */
const GENERIC_TREATMENT = /^(?:(?:other|further|more|some|several|new|current|available)\s+)?(?:medications?|medicines?|drugs?|treatments?|therap(?:y|ies)|surgery|surgeries|procedures?|options?)$/iu;

/** Head nouns of advice, services and goals, not treatments ("Hearing support", "Pain relief", "Medicine review", "Blood sugar control", "Sun protection", "Watchful waiting", "Steroid emergency card"). */
const ADVICE_HEAD = /\b(?:support|services?|relief|advice|help|tips|review|control|training|technique|cards?|bracelets?|protection|handling|positioning|management|waiting|rest|preservation|reassurance|first\s+aid|groups?|education)$/iu;
/** Imperative or gerund advice ("Avoiding triggers and stopping smoking", "Keep active", "Less salt"). */
const ADVICE_START = /^(?:avoid(?:ing)?|stop(?:ping)?|keep(?:ing)?|limit(?:ing)?|eat(?:ing)?|drink(?:ing)?|get(?:ting)?|try(?:ing)?|stay(?:ing)?|maintain(?:ing)?|quit(?:ting)?|cut(?:ting)?|reduc(?:e|ing)|los(?:e|ing)|less|fewer|enough|plenty|don't|do not|explanation)\b/iu;

/**
 * Whether a treatment item's head, when no vocabulary knows it, is advice or a service rather
 * than a treatment: such heads make no local entity (and so no TREATS relation).
 */
export function isAdviceHead(name: string): boolean {
  const text = name.trim();
  return ADVICE_HEAD.test(text) || ADVICE_START.test(text);
}

/** Manner and frequency words that qualify a treatment without naming it ("Careful dental hygiene"). */
const MANNER_WORD = /^(?:careful|daily|regular|good|gentle|proper|routine)\s+/iu;

/** A treatment head without leading manner words ("Careful dental hygiene" → "dental hygiene"). */
export function withoutMannerWords(name: string): string {
  const stripped = name.replace(MANNER_WORD, '');
  return stripped.trim().length >= 3 ? stripped : name;
}
