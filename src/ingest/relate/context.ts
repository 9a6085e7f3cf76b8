import type { Predicate } from '../../domain/predicates.js';
import type { SectionKind } from '../../domain/sections.js';
import { searchKey } from '../../domain/text.js';
import type { RecognisedArticle, RecognisedEntity } from '../recognise/types.js';
import type { ProposedRelation } from './edges.js';
import type { MentionPlace } from './places.js';

/** What every rule sees: the article, its primary entity, who else is named where. */
export interface RuleContext {
  readonly article: RecognisedArticle;
  readonly primary: RecognisedEntity;
  /** Places of one sentence, keyed by the sentence's start offset. */
  readonly bySentence: ReadonlyMap<number, readonly MentionPlace[]>;
  /** "X for Y" targets of item heads, keyed by `section:item`. */
  readonly headTargets: ReadonlyMap<string, readonly string[]>;
  /** Head mentions of items, keyed by `section:item`. */
  readonly heads: ReadonlyMap<string, readonly MentionPlace[]>;
  /** Every mention of an item (head, explanation, sub-points), keyed by `section:item`. */
  readonly items: ReadonlyMap<string, readonly MentionPlace[]>;
  propose(relation: ProposedRelation): void;
}

export function itemKey(place: MentionPlace): string | undefined {
  return place.itemIndex === undefined ? undefined : `${place.mention.section}:${place.itemIndex}`;
}

/** The first entity of `kinds` that the head of the place's item names, other than the topic ("High potassium (hyperkalaemia) — …"). */
export function itemHeadOtherThanTopic(place: MentionPlace, context: RuleContext, kinds: ReadonlySet<string>): string | undefined {
  const key = itemKey(place);
  return (key ? (context.heads.get(key) ?? []) : []).find((head) => kinds.has(head.mention.kind) && head.mention.entity !== context.primary.id)?.mention.entity;
}

/** Other places in the same sentence (the entity itself and the primary excluded). */
export function coMentions(place: MentionPlace, context: RuleContext): readonly MentionPlace[] {
  return (context.bySentence.get(place.sentence.start) ?? []).filter(
    (other) => other.mention.entity !== place.mention.entity && other.mention.entity !== context.primary.id,
  );
}

export function relation(
  subject: string,
  predicate: Predicate,
  object: string,
  place: MentionPlace,
  cue?: string,
): ProposedRelation {
  return { subject, predicate, object, sentence: place.sentence, ...(cue ? { cue } : {}) };
}

/** Whether a phrase names the article's topic, by any name the article gives it. */
export function namesTopic(phrase: string, context: RuleContext): boolean {
  const key = ` ${searchKey(phrase)} `;
  return [context.primary.name, ...context.article.primaryNames].map(searchKey).some((topic) => topic.length >= 2 && key.includes(` ${topic} `));
}

/**
 * "Increased serum ferritin" for a serum ferritin test, "increased bone density" for a bone
 * density scan: a raised or lowered value of what a test measures is its result, not a condition
 * it diagnoses.
 */
export function isResultOfTest(finding: string, test: string, context: RuleContext): boolean {
  const findingEntity = context.article.entities.get(finding);
  const testEntity = context.article.entities.get(test);
  if (!findingEntity || !testEntity) return false;
  const core = (name: string, drop: RegExp): string => ` ${searchKey(name).split(' ').filter((word) => !drop.test(word)).join(' ')} `;
  const measured = [testEntity.name, ...testEntity.synonyms].map((name) => core(name, TEST_WORD)).filter((name) => name.trim() !== '');
  return [findingEntity.name, ...findingEntity.synonyms].some((name) => {
    if (!LEVEL_WORD.test(searchKey(name).split(' ')[0] ?? '')) return false;
    const value = core(name, LEVEL_WORD);
    return value.trim() !== '' && measured.some((analyte) => analyte.includes(value) || value.includes(analyte));
  });
}

/**
 * "Low albumin with a long prothrombin time", "a high bilirubin" on a liver panel's page: the
 * text names a level of an analyte the article names as a test of its own, so it is a reading of
 * that test, not a condition the panel diagnoses.
 */
export function isLevelOfNamedTest(place: MentionPlace, context: RuleContext): boolean {
  const words = searchKey(place.mention.text).split(' ');
  if (words.length < 2 || !LEVEL_WORD.test(words[0] ?? '')) return false;
  // "To find very high triglycerides": a purpose that names the level as what is sought makes it a diagnosis.
  const start = Math.max(0, place.mention.start - place.sentence.start);
  if (SOUGHT_LEVEL.test(place.sentence.text.slice(Math.max(0, start - 30), start))) return false;
  const value = ` ${words.slice(1).filter((word) => !TEST_WORD.test(word)).join(' ')} `;
  if (value.trim() === '') return false;
  for (const entity of context.article.entities.values()) {
    if (entity.kind !== 'Test') continue;
    if ([entity.name, ...entity.synonyms].some((name) => ` ${searchKey(name).split(' ').filter((word) => !TEST_WORD.test(word)).join(' ')} ` === value)) return true;
  }
  return false;
}

/** "To diagnose hypomagnesaemia (low blood magnesium)": a purpose that names the condition as what is sought. */
export function isNamedAsSought(place: MentionPlace): boolean {
  const start = Math.max(0, place.mention.start - place.sentence.start);
  return SOUGHT_LEVEL.test(place.sentence.text.slice(Math.max(0, start - 30), start));
}

const LEVEL_WORD = /^(?:high|raised|elevated|increased|low|reduced|decreased|abnormal)$/u;
const SOUGHT_LEVEL = /\b(?:find|finds|diagnose|diagnoses|detect|detects|confirm|confirms|check for|checks for|look for|looks for|screen for)\s+(?:\p{L}+\s+){0,2}$/iu;
const TEST_WORD = /^(?:test|tests|testing|scan|level|levels|count|serum|blood|plasma|measurement|assay)$/u;

/** "Pregnancy", "breastfeeding": a state of life, never a sign nor a condition a treatment treats. */
export function isLifeState(entity: string, context: RuleContext): boolean {
  return LIFE_STATE.test(context.article.entities.get(entity)?.name ?? '');
}

const LIFE_STATE = /^(?:pregnancy|breastfeeding|breast-feeding|lactation)$/iu;

/** Whether the article names an entity anywhere in its body. */
export function isMentioned(entity: string, context: RuleContext): boolean {
  for (const places of context.bySentence.values()) if (places.some((place) => place.mention.entity === entity)) return true;
  return false;
}

/** Whether the article names an entity in one of these sections ("a sign of the topic": named under Symptoms). */
export function isNamedInSections(entity: string, sections: readonly SectionKind[], context: RuleContext): boolean {
  for (const places of context.bySentence.values()) {
    if (places.some((place) => place.mention.entity === entity && sections.includes(place.sentence.section))) return true;
  }
  return false;
}
