import type { SectionKind } from '../../domain/sections.js';

/**
 * Heading text → canonical section kind, by the words a heading uses rather than exact strings,
 * so "Symptoms and signs", "Signs & Symptoms" and "What are the signs and symptoms of X?" all
 * land on `symptoms`. Order matters: the first rule whose pattern matches wins, so narrower
 * kinds ("Drug interactions", "Non-pharmacological treatments", "Dietary molecular supplements")
 * come before the broad ones they contain ("drugs", "treatment", "diet").
 */
const HEADING_RULES: readonly (readonly [SectionKind, RegExp])[] = [
  ['definition', /^what (?:is|are) (?:the |this )?(?:test|drug|medicine|medication|it)$|^about (?:the |this )?(?:test|drug|medicine|medication)$/u],
  // "Getting ready for the test", "How to prepare": practical steps, before "test" makes them a diagnosis section.
  ['other', /\bgetting ready\b|\bprepar(?:e|es|ing|ation)\b|\bbefore (?:the|your|this) test\b/u],
  ['other_names', /\b(?:other|alternative|alternate|also|common) names?\b|\bsynonyms?\b|\balso (?:known|called)\b/u],
  ['faq', /\bfaqs?\b|\bfrequently asked\b|\bcommon questions\b/u],
  ['when_to_see_doctor', /\b(?:see|call|contact|consult|visit|seek)\b.*\b(?:doctor|physician|provider|gp|help|care|medical)\b|\bget (?:help|advice|medical)\b|\bemergency\b|\burgent/u],
  ['advanced_therapy', /stem[ -]?cell|\bregenerative\b|\bimmune[ -]support|\bexperimental\b|\bemerging\b|\binvestigational\b|\bgene therap|\bnovel therap|\badvanced therap|\bfuture therap/u],
  ['supplements', /\bsupplements?\b|\bnutraceuticals?\b/u],
  ['non_drug_treatment', /\bnon[ -]?(?:pharmacolog|drug|medic|surgical)|\b(?:without|other than|besides|beyond) (?:drugs?|medications?|medicines?)\b|\blifestyle\b|\bself[ -]care\b|\bhome (?:care|remed)|\bphysical therapy\b|\brehabilitation\b|\bsupportive care\b/u],
  ['diet', /\b(?:eat|eating|foods?|diet|nutrition)\b/u],
  // "Who should not take it", "Cautions", "Before taking it": the drug page part that holds cautions and contraindications.
  ['interactions', /\binteract|\bcontraindicat|\bwho should(?:n't| not)\b|\bshould(?:n't| not) (?:take|use)\b|\bcautions?\b|\bprecautions?\b|\bwarnings?\b|\bbefore (?:taking|using|you take)\b/u],
  ['side_effects', /\bside[ -]?effects?\b|\badverse (?:effects?|reactions?)\b/u],
  // "How the dose is checked", "Regular checks", "Check-ups while taking it": what is watched over time, before "dose".
  ['monitoring', /\bmonitor|\bfollow[ -]?up\b|\b(?:is|are) checked\b|\bchecks\b|\bcheck[ -]?ups?\b/u],
  ['dosage', /\bdos(?:e|es|age|ing)\b|\bhow (?:to|should i) (?:take|use)\b/u],
  ['indications', /^uses?$|\bused for\b|\bprescribed\b|\bindications?\b|\buses of\b|\bwhat is (?:it|this (?:drug|medicine)) used\b/u],
  ['test_purpose', /\breasons? for (?:the |this |having )?(?:test|testing)\b|\bwhy\b.*\b(?:test|done|ordered|needed|need|get)\b|\bpurpose of (?:the|this) test\b|\bwhen is (?:it|the test) (?:ordered|done)\b/u],
  ['test_results', /\bresults?\b|\bnormal (?:range|values?)\b|\breference (?:range|values?)\b/u],
  // "Prevention and early detection": screening offered to prevent is still prevention.
  ['prevention', /\bprevent\w*\b.*\b(?:detect|screen)|\b(?:detect|screen)\w*\b.*\bprevent/u],
  // "How doctors confirm it", "How is it found?", "Spotting it early".
  ['diagnosis', /\bdiagnos|\btests?\b|\btesting\b|\bscreening\b|\bexam(?:s|ination)?\b|\bworkup\b|\bconfirm|\bdetect|\bidentif|\bhow\b.*\bfound\b|\bfind(?:ing)? (?:it|out)\b|\bspott?(?:ed|ing)\b/u],
  ['drugs', /\bdrugs?\b|\bmedications?\b|\bmedicines?\b|\bpharmacolog|\bprescriptions?\b/u],
  ['surgery', /\bsurger(?:y|ies)\b|\bsurgical\b|\bprocedures?\b|\boperations?\b|\btransplant/u],
  ['inheritance', /\binherit|\bhereditary\b|\bpassed (?:down|on)\b/u],
  ['genetics', /\bgen(?:e|es|etic|etics)\b|\bmutations?\b|\bvariants?\b|\bchromosom/u],
  ['frequency', /\bhow (?:many|common)\b|\bfrequency\b|\bprevalence\b|\bincidence\b|\bepidemiology\b|\bpeople (?:are )?affected\b/u],
  // "What can it lead to?", "Problems it can lead to", "Long-term effects"; not "What leads to X?" (causes).
  ['complications', /\bcomplications?\b|\b(?:can|may|could|it|they|this) lead to\b|\b(?:long[ -]term|later|late) (?:effects?|problems?|damage|consequences)\b|\bwhat (?:else )?can happen\b/u],
  ['symptoms', /\bsymptoms?\b|\bsigns?\b|\bclinical (?:features|picture|presentation)\b|\bmanifestations?\b/u],
  ['causes', /\bcaus(?:e|es|ed)\b|\brisk factors?\b|\bat risk\b|\b(?:raises?|increases?) (?:the |your )?risk\b|\bwho gets\b|\bwhat leads to\b|\betiology\b|\bwhy does\b|\btriggers?\b/u],
  ['prevention', /\bprevent/u],
  ['prognosis', /\boutlook\b|\bprognosis\b|\blife expectancy\b|\bsurvival\b/u],
  ['types', /\btypes?\b|\bhow severe\b|\bseverity\b|\bforms\b|\bclassification\b|\bsubtypes?\b|\bstages?\b|\bkinds\b|\bvariet/u],
  ['treatment', /treat|\bmanag|therap|\bcare\b|\bcures?\b/u],
  ['definition', /^(?:definition|overview|what (?:is|are)|about|introduction|description|summary|what it is)\b/u],
];

/**
 * The canonical kind of a heading, or 'other'. The article's title is removed from the heading
 * first ("Is inherited thrombophilia inherited?" keeps one "inherited"), so topic words do not
 * decide the kind.
 */
export function classifyHeading(heading: string, title = ''): SectionKind {
  return matchingRule(heading, title)?.[0] ?? 'other';
}

/** The first heading rule whose pattern the heading's words match, if any. */
function matchingRule(heading: string, title: string): (typeof HEADING_RULES)[number] | undefined {
  const text = headingWords(heading, title);
  return text === '' ? undefined : HEADING_RULES.find(([, pattern]) => pattern.test(text));
}

/** Whether a heading names a section we know and deliberately keep as 'other' ("How to prepare"). */
export function isKnownOtherHeading(heading: string, title = ''): boolean {
  return matchingRule(heading, title)?.[0] === 'other';
}

/** Lower-case words of a heading, "&" read as "and", the title phrase removed once. */
export function headingWords(heading: string, title = ''): string {
  const words = normaliseWords(heading);
  const topics = [normaliseWords(title), normaliseWords(title.replace(/\s*\([^)]*\)\s*$/u, ''))];
  for (const topic of topics) {
    if (topic === '' || topic === words) continue;
    const at = ` ${words} `.indexOf(` ${topic} `);
    if (at >= 0) return `${words.slice(0, at)} ${words.slice(at + topic.length)}`.replace(/\s+/gu, ' ').trim();
  }
  return words;
}

function normaliseWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/gu, ' and ')
    .replace(/[^\p{L}\p{N}'-]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

const LIST_LINE = /^\s*(?:\d{1,3}[.)]|[•▪◦·*-]|[A-H]\)|Drug\s*\d+[.)])\s*/u;
const QUESTION_START = /^(?:what|how|is|are|can|who|why|when|where|do|does|should|will)\b/iu;

/**
 * Whether a line of plain text looks like a heading: short, on its own, not a list item, with no
 * final period, and Title Case, a question, ending in ":" or using a known heading phrase.
 */
export function isHeadingShaped(line: string, title = ''): boolean {
  const text = line.trim();
  if (text === '' || text.length > 160 || /^\s/u.test(line) || LIST_LINE.test(text)) return false;
  // "(Note: dacarbazine is used for many larger cancers.)": an aside in brackets is prose, whatever it says.
  if (/^\(/u.test(text) || /[.!]["'’”)\]]+$/u.test(text)) return false;
  const words = text.split(/\s+/u);
  // A sentence end inside the line, or a trailing citation run, marks prose, not a heading.
  if (/[.!?]\s+\S/u.test(text)) return false;
  if (/\?$/u.test(text)) return words.length <= 24 && QUESTION_START.test(text);
  if (words.length > 10 || /[.;,!]$/u.test(text)) return false;
  if (/:$/u.test(text)) return words.length <= 5;
  return isTitleCase(words) || classifyHeading(text, title) !== 'other';
}

/** The words of a heading that carry meaning: not "and", "of", "the"… nor numbers. */
export function significantWords(words: readonly string[]): string[] {
  return words.filter((word) => /^\p{L}/u.test(word) && !/^(?:and|or|of|the|a|an|to|for|in|on|with|by|at|vs)$/iu.test(word));
}

/** Every significant word capitalised ("Medicines and Substances"). */
export function isTitleCase(words: readonly string[]): boolean {
  const significant = significantWords(words);
  return significant.length > 0 && significant.every((word) => /^\p{Lu}/u.test(word));
}
