import type { EntityKind } from '../../domain/kinds.js';
import type { SectionKind } from '../../domain/sections.js';
import { escapeRegExp, searchKey } from '../../domain/text.js';
import type { Lexicon, LexiconMatch } from '../../lexicon/lexicon.js';
import type { SegmentedArticle, SegmentedSection } from '../stages.js';
import { findAbbreviationDefinitions } from './abbreviations.js';
import { findHeadCandidates } from './candidates.js';
import { EntityTable } from './entities.js';
import { joinGlosses } from './glosses.js';
import { bySpanAndOrigin, resolveOverlaps } from './overlaps.js';
import { resolveLocalsByShortForms } from './short-form-names.js';
import { findCombinationDrugs } from './combinations.js';
import { splitConjoinedFinding } from './conjoined.js';
import { findCoordinatedFindings } from './coordinated.js';
import { findDrugClasses, findTargetNamedClasses } from './drug-classes.js';
import { findAdjectiveStates } from './adjective-states.js';
import { findDiseasePhrases, findNamedForms, findNumberedTypes, findTopicCompounds } from './disease-phrases.js';
import { findGenePhrases } from './gene-phrases.js';
import { findLoweredLevels } from './lowered-levels.js';
import { findNameOccurrences } from './name-search.js';
import { isNoNameHere } from './no-name-here.js';
import { findPrimaryEntity } from './primary.js';
import { FINDING_SECTIONS, FORM_SECTIONS, KEEPS_THE_SIGN_READING, readingsAs } from './senses.js';
import type { Mention, RecognisedArticle } from './types.js';

/** Whether a phrase holds one of the topic's names as whole words ("primary hypothyroidism" for hypothyroidism). */
function namesTheTopic(phrase: string, names: readonly string[]): boolean {
  const key = ` ${searchKey(phrase)} `;
  return names.some((name) => {
    const topic = searchKey(name);
    return topic.length >= 3 && key.includes(` ${topic} `) && key.trim() !== topic;
  });
}

/** Kinds a section prefers when a name belongs to entries of several kinds. */
const PREFERRED_KINDS: Partial<Record<SectionKind, readonly EntityKind[]>> = {
  symptoms: ['Phenotype', 'Disease'],
  complications: ['Disease', 'Phenotype'],
  side_effects: ['Phenotype', 'Disease'],
  diagnosis: ['Test', 'Procedure'],
  monitoring: ['Test'],
  // After the medicines themselves, what a medicine section names is mostly side effects: signs.
  drugs: ['Drug', 'Phenotype'],
  supplements: ['Drug'],
  treatment: ['Drug', 'Procedure', 'Phenotype'],
  surgery: ['Procedure'],
  non_drug_treatment: ['Procedure'],
  causes: ['Gene', 'Disease'],
  genetics: ['Gene'],
  types: ['Disease'],
  indications: ['Disease', 'Phenotype'],
};

/** Sections of a lab-test page that describe what it measures, where an analyte's name ("bilirubin") is the test. */
const TEST_PAGE_SECTIONS: ReadonlySet<SectionKind> = new Set(['summary', 'definition', 'test_purpose', 'test_results', 'other']);

/** The kinds a section prefers; on a test's own page its describing sections also prefer tests. */
function preferredKinds(section: SectionKind, topicKind: EntityKind | undefined): readonly EntityKind[] | undefined {
  const own = PREFERRED_KINDS[section];
  if (topicKind !== 'Test' || !TEST_PAGE_SECTIONS.has(section) || own?.includes('Test')) return own;
  return [...(own ?? []), 'Test'];
}

/**
 * Recognition (pure): every entity the article's body names, where, and which one is the
 * article's topic. Combines vocabulary matches, head phrases of items in typed sections, the
 * primary entity's names and article-local abbreviations ("long form (SF)": SF then names the
 * long form's entity everywhere in the article, whatever the vocabulary says SF is).
 */
export function recogniseArticle(article: SegmentedArticle, lexicon: Lexicon): RecognisedArticle {
  const table = new EntityTable(lexicon);
  const primary = findPrimaryEntity(article, lexicon, table);
  const heads = findHeadCandidates(article.sections, lexicon, table, primary?.entity.kind);
  // "5) Nausea and vomiting.": a head that is a vocabulary name joining two findings is two findings, as in prose.
  const candidates: Mention[] = heads.mentions.flatMap((mention) => splitConjoinedFinding(mention, lexicon, table));

  const scanned = article.sections.flatMap((section, index) =>
    contextParts(section, primary?.entity.kind).map((part) => {
      const preferKinds = preferredKinds(part.kind, primary?.entity.kind);
      return { section, index, part, matches: lexicon.findMatches(part.text, { section: part.kind, ...(preferKinds ? { preferKinds } : {}) }) };
    }),
  );
  const signs = readingsAs('Phenotype', scanned.flatMap(({ part, matches }) => (FINDING_SECTIONS.has(part.kind) ? matches : [])));
  const forms = readingsAs('Disease', scanned.flatMap(({ part, matches }) => (FORM_SECTIONS.has(part.kind) ? matches : [])));
  const senseOf = (text: string) => signs.get(searchKey(text)) ?? forms.get(searchKey(text));
  for (const { section, index, part, matches } of scanned) {
    for (const scannedMatch of matches) {
      // One sense per article: a name read as a sign in the symptoms keeps that reading elsewhere
      // ("chorea" under Medicines), and one read as a form of the topic under Types stays that
      // disease ("small cell lung cancer" under Medicines).
      const sense = scannedMatch.candidates.length > 1 && KEEPS_THE_SIGN_READING.has(part.kind) ? senseOf(scannedMatch.text) : undefined;
      const sensed = sense && scannedMatch.candidates.some((candidate) => candidate.id === sense.id) ? { ...scannedMatch, id: sense.id, kind: sense.kind } : scannedMatch;
      // "the characteristic features of autism": a name that is both a disease and a sign, read as the sign it is called.
      const sign = sensed.kind !== 'Phenotype' && FEATURES_OF.test(part.text.slice(Math.max(0, scannedMatch.start - 40), scannedMatch.start)) ? scannedMatch.candidates.find((candidate) => candidate.kind === 'Phenotype') : undefined;
      // "pirfenidone is not recommended in severe liver disease": a disease named as who must not take a medicine stays that disease.
      const disease = !sign && sensed.kind === 'Phenotype' && DISEASE_NOUN.test(scannedMatch.text) && UNSUITABLE_FOR.test(part.text.slice(Math.max(0, scannedMatch.start - 80), scannedMatch.start)) ? scannedMatch.candidates.find((candidate) => candidate.kind === 'Disease') : undefined;
      const chosen = sign ?? disease;
      const match = chosen ? { ...sensed, id: chosen.id, kind: chosen.kind } : sensed;
      const entity = table.fromId(part.kind === section.kind ? match.id : namedDiseaseOr(match));
      if (!entity) continue;
      if (isNoNameHere(entity.kind, part.text, match.start, match.end)) continue;
      const mention: Mention = {
        entity: entity.id,
        kind: entity.kind,
        start: section.start + part.offset + match.start,
        end: section.start + part.offset + match.end,
        text: match.text,
        section: index,
        origin: 'lexicon',
        ambiguous: match.ambiguous,
        scope: match.scope,
      };
      for (const found of splitConjoinedFinding(mention, lexicon, table)) {
        candidates.push(found);
        // The article's own spelling of a vocabulary name ("haemophilic arthropathy") is a name of it too.
        table.addSynonyms(found.entity, [found.text.replace(/\s+/gu, ' ')]);
      }
    }
  }

  candidates.push(...findGenePhrases(article.sections, lexicon, table));
  candidates.push(...findDiseasePhrases(article.sections, candidates, lexicon, table));
  candidates.push(...findCombinationDrugs(article.sections, candidates, table));
  candidates.push(...findDrugClasses(article.sections, candidates, table));
  candidates.push(...findTargetNamedClasses(article.sections, lexicon, table));
  candidates.push(...findCoordinatedFindings(article.sections, candidates, lexicon, table));
  candidates.push(...findLoweredLevels(article.sections, lexicon, table));
  candidates.push(...findAdjectiveStates(article.sections, candidates, lexicon, table));
  // Names the article gave its local entities are found again wherever the article repeats them.
  for (const entity of table.all().values()) {
    if (entity.status !== 'unverified' || entity.id === primary?.entity.id) continue;
    const names = [entity.name, ...entity.synonyms];
    candidates.push(...nameMentions(article.sections, entity.kind === 'Disease' ? withPlurals(names) : names, entity.id, entity.kind, 'lexicon'));
  }
  // "Medullary thyroid cancer" under Types, a vocabulary's "medullary thyroid carcinoma": the
  // article's own words for a vocabulary disease name it wherever the article repeats them.
  for (const head of heads.mentions) {
    if (head.kind !== 'Disease' || head.entity === primary?.entity.id || table.get(head.entity)?.status !== 'verified') continue;
    candidates.push(...nameMentions(article.sections, withPlurals([head.text.replace(/\s+/gu, ' ')]), head.entity, head.kind, 'lexicon'));
  }
  const abbreviations = new Map<string, string>(heads.shortForms);
  if (primary) {
    for (const short of primary.shortForms) abbreviations.set(short, primary.entity.id);
    candidates.push(...nameMentions(article.sections, primary.names.filter((name) => !primary.shortForms.includes(name)), primary.entity.id, primary.entity.kind));
  }
  const numberedTypes = [...findNumberedTypes(article.sections, candidates, lexicon, table), ...findNamedForms(article.sections, candidates, lexicon, table, primary?.entity.id)];
  candidates.push(...numberedTypes.map((found) => found.mention));
  learnAbbreviations(article.sections, candidates, lexicon, table, abbreviations);
  for (const [short, id] of abbreviations) {
    const entity = table.get(id);
    if (!entity) continue;
    table.addSynonyms(id, [short]);
    candidates.push(...shortFormMentions(article.sections, short, entity.id, entity.kind));
  }
  candidates.push(...findTopicCompounds(article.sections, candidates, lexicon, table, primary?.entity.id));
  // "Fanconi anaemia (FA) … an FA gene panel": the article's own short form is no gene's alias
  // (FXN's "FA"); a gene's approved symbol ("the DMD gene" in a DMD article) still is the gene.
  const shortFormOfOther = (mention: Mention): boolean =>
    mention.kind === 'Gene' && table.get(mention.entity)?.name !== mention.text && (table.get(abbreviations.get(mention.text) ?? '')?.kind ?? 'Gene') !== 'Gene';
  const resolved = resolveLocalsByShortForms(candidates.filter((mention) => !shortFormOfOther(mention)), abbreviations, lexicon, table);

  // "Primary hypothyroidism" under Types: a form of the topic is a disease, though HPO alone names
  // it, as a sign; so is every other mention of that entry in the article ("(POAG)" after it).
  const topicForms = new Map<string, string>();
  for (const mention of resolved) {
    if (mention.kind !== 'Phenotype' || primary?.entity.kind !== 'Disease' || article.sections[mention.section]?.kind !== 'types' || !namesTheTopic(mention.text, primary.names)) continue;
    if (!topicForms.has(mention.entity)) topicForms.set(mention.entity, table.local('Disease', mention.text.replace(/\s+/gu, ' ').toLowerCase()).id);
  }
  const typed = resolved.map((mention) => {
    const form = topicForms.get(mention.entity);
    return form === undefined ? mention : { ...mention, entity: form, kind: 'Disease' as const };
  });
  for (const [id, form] of topicForms) for (const [short, target] of abbreviations) if (target === id) abbreviations.set(short, form);
  const mentions = joinGlosses(article.sections, resolveOverlaps(outsideUnstatedText(article.sections, typed)), primary?.entity.id);
  // The types of a finding are findings; of anything else, diseases.
  const typeKind = primary?.entity.kind === 'Phenotype' ? 'Phenotype' : 'Disease';
  // A condition a Types sentence denies as its subject is no type for its other mentions there
  // either ("… (CIN) …, graded CIN 1 to CIN 3; it is not cancer").
  const denied = new Set(mentions.filter((mention) => isDeniedSubject(article.sections[mention.section], mention)).map((mention) => mention.entity));
  const subtypes = new Set(
    mentions
      .filter((mention) => mention.kind === typeKind && mention.entity !== primary?.entity.id && !denied.has(mention.entity) && namesAType(article.sections[mention.section], mention))
      .map((mention) => mention.entity),
  );
  const named = new Set(mentions.map((mention) => mention.entity));
  for (const found of numberedTypes) if (found.typeOf === primary?.entity.id && found.mention.entity !== primary.entity.id && named.has(found.mention.entity)) subtypes.add(found.mention.entity);
  return {
    segmented: article,
    entities: table.all(),
    mentions,
    ...(primary ? { primary: primary.entity.id } : {}),
    primaryNames: primary?.names ?? [],
    abbreviations,
    headTargets: heads.targets,
    subtypes,
  };
}

const FEATURES_OF = /\b(?:features|signs|symptoms|characteristics|traits)\s+of\s+$/iu;
/** "is not recommended in severe", "avoid in people with", "must not be used by anyone with", "… in women with osteoporosis or severe": who must not take a medicine. */
const UNSUITABLE_FOR = /\b(?:not\s+(?:recommended|suitable|used|given|advised)|avoid(?:ed)?|contraindicated|(?:must|should)\s+not\s+be\s+(?:used|taken|given))\b[^.;:]{0,30}?\b(?:in|with|for|by)\s+(?:(?:people|patients|those|anyone|children|adults|women|men)\s+(?:who\s+have\s+|with\s+))?(?:[^.;:,]{1,40}?(?:,\s*(?:or\s+|and\s+)?|\s+or\s+|\s+and\s+))?(?:(?:a|an)\s+)?(?:(?:severe|moderate|advanced|active|known|end-stage|serious|significant|chronic)\s+)?$/iu;

// "Chondrosarcoma, a cancer of cartilage cells, is also a separate disease": an apposition may come between.
const IS_NOT_A_TYPE = /^\s*\)?\s*(?:\([^()]*\)\s*)?(?:,\s*(?:(?:in\s+which|which|where|whose|that)\b|(?:a|an|the)\s)[^,;.]*,\s*)?(?:is|are)\s+(?:also\s+)?(?:a|an)\s+(?:separate|different|distinct)\s+(?:(?:and|or|but)\s+)?(?:[\p{L}-]+\s+){0,3}(?:condition|disease|disorder|illness|group|family|class|cancer|tumou?r)\b/iu;
const LATER_DENIAL = /\b(?:it|this|they)\s+(?:is|are)\s+(?:a\s+|an\s+)?(?:separate|different|distinct)\b|\bnot\s+(?:(?:a|one)\s+)?(?:types?|forms?|kinds?)\s+of\b|\b(?:it|this|they)\s+(?:is|are)\s+not\s+(?:a\s+|an\s+)?(?:cancer|tumou?r)\b|\b(?:is|are)\s+(?:a\s+|an\s+)?pre-?cancerous\b/iu;
const BUT_A_DIFFERENT_CONDITION = /\bbut\s+(?:it\s+|they\s+)?(?:is|are)\s+(?:a\s+|an\s+)?(?:separate|different|distinct)\s+(?:[\p{L}-]+\s+){0,2}(?:condition|disease|disorder|illness)s?\b/iu;
const NOT_A_TYPE = /\b(?:separate|different|distinct|another)\s+(?:condition|disease|disorder|illness)\b|\bno longer\s+(?:counted|considered|classed|classified|grouped)\b|\bnot\s+(?:(?:a|one)\s+)?(?:types?|forms?|kinds?)\s+of\b/iu;

/**
 * A disease a Types section names as one of the types: any in its prose, but only the head
 * phrases of its items when it lists them ("Homozygous FH — … heart disease that can start in
 * childhood": heart disease is no type of FH).
 */
function namesAType(section: SegmentedSection | undefined, mention: Mention): boolean {
  if (section?.kind !== 'types') return false;
  // "The early-seizure form was once called a Rett variant; it is now a separate condition, CDKL5 deficiency disorder".
  const sentence = section.sentences.find((candidate) => candidate.start <= mention.start && mention.start < candidate.end);
  if (sentence && NOT_A_TYPE.test(section.text.slice(sentence.start - section.start, mention.start - section.start))) return false;
  // "Ewing sarcoma is another bone cancer of children": the class the sentence's subject belongs to, not a type of the topic.
  if (sentence && /\b(?:is|are)\s+(?:another|other)\s+$/iu.test(section.text.slice(sentence.start - section.start, mention.start - section.start))) return false;
  // "Myotonic dystrophy type 2 (DM2) is a separate and usually milder disease"; "Secondary adrenal
  // insufficiency, in which the pituitary …, is a different condition".
  if (sentence && IS_NOT_A_TYPE.test(section.text.slice(mention.end - section.start, sentence.end - section.start))) return false;
  // "MIS-C, which can follow COVID-19, shares many features with Kawasaki disease but is a different condition": nothing the sentence names before it is a type.
  if (sentence && BUT_A_DIFFERENT_CONDITION.test(section.text.slice(mention.end - section.start, sentence.end - section.start))) return false;
  const item = section.items.find((candidate) => candidate.start <= mention.start && mention.start < candidate.end);
  // "In it the glands overwork because calcium is low, for example in chronic kidney disease": a cause or a setting, not a type.
  if (item === undefined && sentence && CAUSE_OR_SETTING_BEFORE.test(section.text.slice(sentence.start - section.start, mention.start - section.start))) return false;
  return item === undefined || (mention.start >= item.headStart && mention.start < item.headStart + item.head.length);
}

const CAUSE_OR_SETTING_BEFORE = /\b(?:because|since|due\s+to|caused\s+by|as\s+in|for\s+example\s+in|such\s+as\s+in|in\s+(?:people|patients|children|adults)\s+with)\b/iu;

/**
 * "MUTYH-associated polyposis (MAP) can look just like attenuated FAP, but it is a separate
 * recessive condition, not a type of FAP", "Cervical intraepithelial neoplasia (CIN) is a
 * precancerous change …; it is not cancer": a Types sentence's subject (or its short form right
 * after it) that the sentence denies later on.
 */
function isDeniedSubject(section: SegmentedSection | undefined, mention: Mention): boolean {
  if (section?.kind !== 'types') return false;
  const sentence = section.sentences.find((candidate) => candidate.start <= mention.start && mention.start < candidate.end);
  if (!sentence) return false;
  const opening = section.text.slice(sentence.start - section.start, mention.start - section.start);
  // "(Note: secondary hyperparathyroidism is not a type of PHPT.)": a note's label opens no subject.
  return /^\s*(?:\(?\s*note:\s*)?(?:[^,;.()]{1,80}\(\s*)?$/iu.test(opening) && LATER_DENIAL.test(section.text.slice(mention.end - section.start, sentence.end - section.start));
}

/**
 * The stretches of a section read with one kind preference each. A definition's first sentence
 * says what the topic is (a disease, of a class); what follows it describes the clinical picture
 * ("…a reduced ability to sweat (hypohidrosis) … absent teeth (hypodontia)"), so a name that is
 * both a sign and a disease there reads as the sign, as it would under Symptoms. So does the
 * rest of a first sentence from where it starts listing signs ("a condition that can have many
 * signs and symptoms, including bleeding problems, hearing loss, …").
 */
function contextParts(section: SegmentedSection, topicKind: EntityKind | undefined): { text: string; offset: number; kind: SectionKind }[] {
  const first = section.sentences[0];
  // A drug's or a test's definition describes what it is for or measures, not a clinical picture.
  const describesCondition = topicKind === undefined || topicKind === 'Disease' || topicKind === 'Phenotype';
  if (section.kind !== 'definition' || !first || !describesCondition) return [{ text: section.text, offset: 0, kind: section.kind }];
  const firstText = section.text.slice(first.start - section.start, first.end - section.start);
  const listing = SIGN_LIST_CUE.exec(firstText);
  const cut = listing ? first.start - section.start + listing.index + listing[0].length : section.sentences.length > 1 ? (first.labelsEnd ?? first.end) - section.start : section.text.length;
  return [
    { text: section.text.slice(0, cut), offset: 0, kind: 'definition' },
    { text: section.text.slice(cut), offset: cut, kind: 'symptoms' },
  ];
}

/** Where a sentence starts listing the signs of what it defines. */
const SIGN_LIST_CUE = /\b(?:characteri[sz]ed by|(?:signs?|symptoms?|features?)(?: and (?:signs?|symptoms?|features?))?,? (?:including|such as|like|that include|include))\s/iu;

/** "uveal melanoma", "Reye syndrome": a name that says it is a disease stays one in a description. */
const DISEASE_NOUN = /(?:oma|cancer|carcinoma|leuka?emia|syndrome|disease|disorder|infection)s?$/iu;

function namedDiseaseOr(match: LexiconMatch): string {
  if (match.kind === 'Disease' || !DISEASE_NOUN.test(match.text)) return match.id;
  return match.candidates.find((candidate) => candidate.kind === 'Disease')?.id ?? match.id;
}

/**
 * Drops what was found where the article states nothing: inside the citation labels after a
 * sentence ("… shut. PMC+1": a label names a source, and source names collide with vocabulary
 * abbreviations, PMC is also paramyotonia congenita), and in reference entries and lists of
 * links, which name other pages.
 */
function outsideUnstatedText(sections: readonly SegmentedSection[], candidates: readonly Mention[]): Mention[] {
  const spans = sections.map((section) => [
    ...section.skipped,
    ...section.sentences.flatMap((sentence) => (sentence.labelsEnd === undefined ? [] : [{ start: sentence.end, end: sentence.labelsEnd }])),
  ]);
  return candidates.filter((mention) => !(spans[mention.section] ?? []).some(({ start, end }) => mention.start < end && mention.end > start));
}

/** "long form (SF)": SF names the entity the long form names (a mention ending there, or a lookup). */
function learnAbbreviations(
  sections: readonly SegmentedSection[],
  candidates: Mention[],
  lexicon: Lexicon,
  table: EntityTable,
  abbreviations: Map<string, string>,
): void {
  sections.forEach((section, index) => {
    for (const definition of findAbbreviationDefinitions(section.text)) {
      if (abbreviations.has(definition.short)) continue;
      const longStart = section.start + definition.longStart;
      const longEnd = section.start + definition.longEnd;
      const named = candidates
        .filter((mention) => mention.origin !== 'abbreviation' && Math.abs(mention.end - longEnd) <= 1 && mention.start >= longStart - 40)
        // "Restless legs syndrome (RLS)" in its own article: the topic, not the phenotype of that name.
        .sort(bySpanAndOrigin)[0];
      if (named) {
        abbreviations.set(definition.short, named.entity);
        continue;
      }
      const found = lexicon.lookup(definition.long);
      if (!found) continue;
      const entity = table.fromEntry(found.entry);
      abbreviations.set(definition.short, entity.id);
      candidates.push({ entity: entity.id, kind: entity.kind, start: longStart, end: longEnd, text: definition.long, section: index, origin: 'lexicon', ambiguous: false });
    }
  });
}

/** Whole-word occurrences of a short form, in its own case. */
function shortFormMentions(sections: readonly SegmentedSection[], short: string, entity: string, kind: EntityKind): Mention[] {
  return occurrences(sections, new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(short)}(?![\\p{L}\\p{N}])`, 'gu'), entity, kind, 'abbreviation');
}

/** "Papillary thyroid cancers": a disease's name with its plural, as running text counts cases. */
function withPlurals(names: readonly string[]): string[] {
  return names.flatMap((name) => (/[a-z]$/u.test(name) && !/s$/u.test(name) ? [name, `${name}s`] : [name]));
}

/** Case-insensitive whole-word occurrences of the primary entity's names. */

function nameMentions(
  sections: readonly SegmentedSection[],
  names: readonly string[],
  entity: string,
  kind: EntityKind,
  origin: 'primary' | 'lexicon' = 'primary',
): Mention[] {
  const usable = names.filter((name) => name.length >= 4 || (name.length >= 3 && origin === 'primary'));
  if (usable.length === 0) return [];
  const mentions: Mention[] = [];
  let pattern: RegExp | undefined;
  sections.forEach((section, index) => {
    const found = findNameOccurrences(section.text, loweredText(section), usable);
    if (found) {
      for (const { start, end } of found) {
        mentions.push({ entity, kind, start: section.start + start, end: section.start + end, text: section.text.slice(start, end), section: index, origin, ambiguous: false });
      }
      return;
    }
    pattern ??= new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...usable].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    mentions.push(...occurrences([section], pattern, entity, kind, origin).map((mention) => ({ ...mention, section: index })));
  });
  return mentions;
}

const LOWERED = new WeakMap<SegmentedSection, string>();

/** Each section's text lower-cased once per article, however many names are looked up in it. */
function loweredText(section: SegmentedSection): string {
  let lowered = LOWERED.get(section);
  if (lowered === undefined) LOWERED.set(section, (lowered = section.text.toLowerCase()));
  return lowered;
}

function occurrences(
  sections: readonly SegmentedSection[],
  pattern: RegExp,
  entity: string,
  kind: EntityKind,
  origin: 'abbreviation' | 'primary' | 'lexicon',
): Mention[] {
  const mentions: Mention[] = [];
  sections.forEach((section, index) => {
    for (const match of section.text.matchAll(pattern)) {
      const start = section.start + match.index;
      mentions.push({ entity, kind, start, end: start + match[0].length, text: match[0], section: index, origin, ambiguous: false });
    }
  });
  return mentions;
}
