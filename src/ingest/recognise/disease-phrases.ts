import type { Lexicon } from '../../lexicon/lexicon.js';
import type { SegmentedSection } from '../stages.js';
import type { EntityTable } from './entities.js';
import type { Mention, RecognisedEntity } from './types.js';

/** Words that make a narrower disease of the one they qualify ("congenital hypothyroidism"). */
const NARROWING = /(?:^|[^\p{L}\p{N}-])((?:congenital|subclinical|central|primary|secondary|acquired|hereditary|inherited|juvenile|adult-onset|early-onset|late-onset|familial|autoimmune|neonatal|infantile|gestational|chronic|acute)\s+)$/iu;
/** " trait" after a disease: its carrier state ("sickle cell trait"). */
const CARRIER_STATE = /^\s+trait\b/iu;
/** "ER-positive", "HER2-negative", "triple-negative", "hormone receptor-positive": a marker status that names a subtype of a cancer. */
const MARKER_STATUS = /(?:^|[^\p{L}\p{N}-])((?:[A-Z][A-Za-z]{0,5}\d{0,2}|[Tt]riple|[Hh]ormone[- ]receptor|(?:[Oo]?estrogen|[Pp]rogesterone)[- ]receptor)[- ](?:positive|negative)\s+)$/u;
/** "Graves disease", "Addison's disease", "Cushing syndrome": an eponym names a disease. */
const EPONYM = /(?<![\p{L}\p{N}-])([A-Z][a-z]{2,}(?:['’]s)?(?:[- ][A-Z][a-z]{2,})?)\s+(disease|syndrome)\b/gu;
const NOT_EPONYMS = new Set(['The', 'This', 'That', 'These', 'Those', 'Their', 'Other', 'Any', 'Each', 'Some', 'Such', 'Your', 'His', 'Her', 'Its', 'Our', 'Which', 'What', 'When', 'Rare', 'Common', 'Severe', 'Mild', 'Related', 'Underlying', 'Kidney', 'Liver', 'Heart', 'Lung', 'Bone', 'Thyroid', 'Skin', 'Eye']);

/**
 * Diseases the vocabulary knows only in part: a narrowing word before a known disease
 * ("subclinical hypothyroidism" when only hypothyroidism is known), a marker status before a
 * cancer ("ER-positive breast cancer") and eponyms ("Graves
 * disease"). Each becomes a local unverified disease spanning the whole phrase, which wins over
 * the shorter vocabulary match where they overlap.
 */
export function findDiseasePhrases(sections: readonly SegmentedSection[], candidates: readonly Mention[], lexicon: Lexicon, table: EntityTable): Mention[] {
  const mentions: Mention[] = [];
  for (const mention of candidates) {
    if (mention.kind !== 'Disease' || (mention.origin !== 'lexicon' && mention.origin !== 'primary')) continue;
    const section = sections[mention.section];
    if (!section) continue;
    const before = section.text.slice(Math.max(0, mention.start - section.start - 30), mention.start - section.start);
    // "beta-thalassaemia trait": the carrier state of a known disease is a condition of its own.
    const after = section.text.slice(mention.end - section.start, mention.end - section.start + 10);
    const trait = mention.origin === 'lexicon' ? CARRIER_STATE.exec(after)?.[0] : undefined;
    if (trait) {
      const phrase = `${mention.text}${trait}`;
      if (lexicon.lookup(phrase, 'Disease')) continue;
      mentions.push({ ...mention, entity: table.local('Disease', phrase.toLowerCase()).id, end: mention.end + trait.length, text: phrase, origin: 'lexicon' });
      continue;
    }
    const narrowing = mention.origin === 'lexicon' ? NARROWING.exec(before)?.[1] : undefined;
    const marker = narrowing ? undefined : MARKER_STATUS.exec(before)?.[1];
    const modifier = narrowing ?? marker;
    // "triple-negative cancers" names the article's own cancer by its marker: the subtype's own name is elsewhere.
    if (!modifier || (marker && /^(?:cancers?|tumou?rs?)$/iu.test(mention.text))) continue;
    const phrase = `${modifier}${mention.text}`;
    if (lexicon.lookup(phrase, 'Disease')) continue;
    // A marker keeps its capitals ("ER-positive"); a narrowing word is an ordinary adjective.
    const entity = table.local('Disease', marker ? phrase.replace(/^[A-Z](?=[a-z])/u, (first) => first.toLowerCase()) : phrase.toLowerCase());
    mentions.push({ ...mention, entity: entity.id, start: mention.start - modifier.length, text: phrase, origin: 'lexicon' });
  }
  sections.forEach((section, index) => {
    for (const match of section.text.matchAll(EPONYM)) {
      const name = match[1] ?? '';
      if (NOT_EPONYMS.has(name.replace(/['’]s$/u, ''))) continue;
      const entity = diseaseNamed([match[0]], match[0], lexicon, table);
      const start = section.start + match.index;
      mentions.push({ entity: entity.id, kind: 'Disease', start, end: start + match[0].length, text: match[0], section: index, origin: 'lexicon', ambiguous: false });
    }
  });
  return mentions;
}

/** " type I", " types I and II", " type 2A": numbered forms right after a disease name. */
const NUMERAL = '(?:\\d{1,2}[A-Z]?|[IVX]{1,4})\\b';
const NUMBERED_TYPES = new RegExp(
  // "X type I", "X types I and II"; after a comma only a list ("X, types I and II"), as "obesity, type 2 diabetes" names no type of obesity.
  `^(?:\\s+types?\\s+(${NUMERAL}(?:(?:\\s*,\\s*|\\s*,?\\s+(?:and|or)\\s+)${NUMERAL})*)|,\\s+types\\s+(${NUMERAL}(?:\\s*,\\s*${NUMERAL})*\\s*,?\\s+(?:and|or)\\s+${NUMERAL}))`,
  'u',
);
const TYPE_NUMERAL = /\d{1,2}[A-Z]?|[IVX]{1,4}/gu;

/**
 * "Hereditary xanthinuria type I", "two forms of the disorder, types I and II": a numbered type
 * of a disease is a disease of its own, the vocabulary's entry when it has one, else a local one
 * named after the disease. The first numeral's mention spans the disease name too; a numeral
 * listed after it is a mention of its own.
 */
export function findNumberedTypes(sections: readonly SegmentedSection[], candidates: readonly Mention[], lexicon: Lexicon, table: EntityTable): { mention: Mention; typeOf: string }[] {
  const mentions: { mention: Mention; typeOf: string }[] = [];
  for (const disease of candidates) {
    if (disease.kind !== 'Disease' || (disease.origin !== 'lexicon' && disease.origin !== 'primary')) continue;
    const section = sections[disease.section];
    const base = table.get(disease.entity);
    if (!section || !base) continue;
    const after = section.text.slice(disease.end - section.start, disease.end - section.start + 60);
    const listed = NUMBERED_TYPES.exec(after);
    const numerals = listed?.[1] ?? listed?.[2];
    if (!listed || !numerals) continue;
    const listStart = disease.end + listed[0].length - numerals.length;
    for (const numeral of numerals.matchAll(TYPE_NUMERAL)) {
      // The article's own name for the disease ("Schindler disease type I"), not the vocabulary's.
      const name = `${disease.text} type ${numeral[0]}`;
      const entity = diseaseNamed([name, `${base.name} type ${numeral[0]}`], name, lexicon, table);
      const end = listStart + numeral.index + numeral[0].length;
      const start = numeral.index === 0 ? disease.start : end - numeral[0].length;
      const mention: Mention = { entity: entity.id, kind: 'Disease', start, end, text: section.text.slice(start - section.start, end - section.start), section: disease.section, origin: 'lexicon', ambiguous: false };
      mentions.push({ mention, typeOf: base.id });
    }
  }
  return mentions;
}

/** Words that name a form of a disease when put before its name ("unilateral focal polymicrogyria"). */
const FORM_WORD = String.raw`(?:unilateral|bilateral|focal|multifocal|generali[sz]ed|diffuse|partial|classic(?:al)?|typical|atypical|intermediate|infantile|juvenile|neonatal|adult|adult-onset|late-onset|early-onset|childhood-onset|frontoparietal|perisylvian|occipital|parasagittal|mild|severe|lethal|benign|malignant)`;
const FORM_WORDS_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}\p{N}-])((?:${FORM_WORD}\s+){1,3})$`, 'iu');
/** "… with type A lipodystrophy (MADA)": a form named by what comes with it, with its short form. */
const WITH_FEATURE_AFTER = /^(\s+with\s+(?:[\p{L}\p{N}-]+\s+){0,4}?[\p{L}\p{N}-]+)(?=\s+\([A-Z][A-Za-z0-9]{1,7}\))/u;
/** The sentence speaks of forms of the disease. */
const FORM_CUE = /\b(?:forms?|types?|subtypes?|variants?|known as|called|classified|described as|distinguished)\b/iu;

/**
 * "The mildest form is known as unilateral focal polymicrogyria", "The two types of this
 * disorder, mandibuloacral dysplasia with type A lipodystrophy (MADA) and …": a name made of the
 * topic's own name and words that narrow it, in a sentence about its forms, is a form of the
 * topic (the vocabulary's entry when it has one, else a local disease).
 */
export function findNamedForms(sections: readonly SegmentedSection[], candidates: readonly Mention[], lexicon: Lexicon, table: EntityTable, primaryId: string | undefined): { mention: Mention; typeOf: string }[] {
  const forms: { mention: Mention; typeOf: string }[] = [];
  if (!primaryId) return forms;
  for (const topic of candidates) {
    if (topic.entity !== primaryId || topic.origin !== 'primary') continue;
    const section = sections[topic.section];
    const sentence = section?.sentences.find((candidate) => candidate.start <= topic.start && topic.end <= candidate.end);
    if (!section || !sentence) continue;
    const sentenceText = section.text.slice(sentence.start - section.start, sentence.end - section.start);
    if (!FORM_CUE.test(sentenceText)) continue;
    const before = FORM_WORDS_BEFORE.exec(section.text.slice(Math.max(0, topic.start - section.start - 60), topic.start - section.start))?.[1] ?? '';
    const after = WITH_FEATURE_AFTER.exec(section.text.slice(topic.end - section.start, Math.min(sentence.end, topic.end + 80) - section.start))?.[1] ?? '';
    if (before === '' && after === '') continue;
    // "Dravet syndrome — a severe epilepsy that starts in infancy": describing something else as a kind of the topic names no form.
    if (before !== '' && /\b(?:a|an)\s+$/iu.test(section.text.slice(Math.max(0, topic.start - before.length - section.start - 4), topic.start - before.length - section.start))) continue;
    const start = topic.start - before.length;
    const end = topic.end + after.length;
    const text = section.text.slice(start - section.start, end - section.start);
    const entity = diseaseNamed([text], text.replace(/\s+/gu, ' ').replace(/^\p{Lu}(?=\p{Ll})/u, (first) => first.toLowerCase()), lexicon, table);
    if (entity.id === primaryId) continue;
    forms.push({ mention: { entity: entity.id, kind: 'Disease', start, end, text, section: topic.section, origin: 'lexicon', ambiguous: false }, typeOf: primaryId });
  }
  return forms;
}

/**
 * "Parkinson's disease dementia", "CF liver disease", "CF-related diabetes": the topic's name
 * (or its short form) right before a finding names a condition of its own, the form that finding
 * takes in the topic. It becomes a local disease spanning both.
 */
export function findTopicCompounds(sections: readonly SegmentedSection[], candidates: readonly Mention[], lexicon: Lexicon, table: EntityTable, primaryId: string | undefined): Mention[] {
  if (!primaryId) return [];
  const compounds: Mention[] = [];
  const findings = candidates.filter((mention) => (mention.kind === 'Disease' || mention.kind === 'Phenotype') && mention.entity !== primaryId);
  for (const topic of candidates) {
    if (topic.entity !== primaryId || topic.origin === 'head' || topic.origin === 'gene-phrase') continue;
    const section = sections[topic.section];
    if (!section) continue;
    const joint = /^(?:\s|-related\s|-associated\s)/u.exec(section.text.slice(topic.end - section.start, topic.end - section.start + 13))?.[0];
    if (joint === undefined) continue;
    const finding = findings.find((other) => other.section === topic.section && other.start === topic.end + joint.length);
    if (!finding || /[.,;:]/u.test(section.text.slice(topic.start - section.start, finding.end - section.start))) continue;
    const text = section.text.slice(topic.start - section.start, finding.end - section.start);
    const entity = diseaseNamed([text], text.replace(/\s+/gu, ' '), lexicon, table);
    if (entity.id === primaryId) continue;
    compounds.push({ entity: entity.id, kind: 'Disease', start: topic.start, end: finding.end, text, section: topic.section, origin: 'lexicon', ambiguous: false });
  }
  return compounds;
}

/** The vocabulary's disease for the first of `names` it knows, else a local disease called `localName`. */
function diseaseNamed(names: readonly string[], localName: string, lexicon: Lexicon, table: EntityTable): RecognisedEntity {
  for (const name of names) {
    const found = lexicon.lookup(name, 'Disease');
    if (found) return found.entry.kind === 'Disease' ? table.fromEntry(found.entry) : table.local('Disease', localName);
  }
  return table.local('Disease', localName);
}
