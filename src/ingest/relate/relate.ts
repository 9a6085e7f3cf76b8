import { MAX_EXTRACTED_WEIGHT } from '../../domain/confidence.js';
import type { ArticleGraph, GraphNode } from '../../domain/graph.js';
import { articleNodeId, slugify } from '../../domain/ids.js';
import type { NodeKind } from '../../domain/kinds.js';
import type { RecognisedArticle, RecognisedEntity } from '../recognise/types.js';
import { GROUP_HEAD } from '../segment/items.js';
import type { RuleContext } from './context.js';
import { conditionsTopicDoesNotTreat, diagnosesDenied, genesDeniedForTopic, treatmentsDeniedForTopic } from './denials.js';
import { relateDiseasePlace, relateGeneOfNamedDisease } from './disease-rules.js';
import type { SentenceRef } from './edges.js';
import { EdgeCollector } from './edges.js';
import { relateNeededTreatment } from './needs-rules.js';
import { relateTestNamedForCondition } from './disease-tests.js';
import type { MentionPlace } from './places.js';
import { insideParentheses, offsetInSentence, placeMentions } from './places.js';
import { SIDE_EFFECT_LABEL } from './cues.js';
import { relateDrugPlace, relateGeneTopicPlace, relateTestPlace } from './topic-rules.js';

export interface RelateOptions {
  /** Hash over (bytes, profile, lexicon version, extractor version), see ingest/hash.ts. */
  readonly contentHash: string;
}

const RULES_BY_PRIMARY_KIND: Readonly<Record<string, (place: MentionPlace, context: RuleContext) => void>> = {
  Disease: relateDiseasePlace,
  Phenotype: relateDiseasePlace,
  Drug: relateDrugPlace,
  Procedure: relateDrugPlace,
  Test: relateTestPlace,
  Gene: relateGeneTopicPlace,
};

/** HPO's organ-level grouping classes ("Abnormality of the eye", "Abnormal joint morphology"). */
const HPO_GROUPING = /^Abnormal(?:ity)?\s+(?:of\s+(?:the\s+)?[\p{L}\s-]+|[\p{L}\s-]+\s+morphology)$/iu;

/**
 * Relation extraction (pure): the article's graph from what recognition found. Clinical edges
 * are relations of the primary entity typed by section and cue, each with its evidence
 * sentence; MENTIONS links the article to every entity its body names (evidence: the first
 * sentence naming it), ABOUT to its topic, and links/teasers become LINKS_TO slugs.
 */
export function relateArticle(recognised: RecognisedArticle, options: RelateOptions): ArticleGraph {
  const clean = recognised.segmented.clean;
  const slug = clean.raw.slug;
  const articleId = articleNodeId(slug);
  const kindOf = (id: string): NodeKind | undefined => (id === articleId ? 'Article' : recognised.entities.get(id)?.kind);
  const collector = new EdgeCollector(slug, kindOf);
  const places = placeMentions(recognised.segmented, recognised.mentions);
  const primary = recognised.primary ? recognised.entities.get(recognised.primary) : undefined;

  if (primary) {
    const anaphors = topicAnaphors(recognised, primary);
    let denied = new Set<string>();
    let undiagnosed = new Set<string>();
    let untreated = new Set<string>();
    let unlinkedGenes = new Set<string>();
    const context = ruleContext(recognised, primary, places, (relation) => {
      if (anaphors.has(relation.subject) || anaphors.has(relation.object)) return;
      if (relation.predicate === 'TREATS' && relation.object === primary.id && denied.has(relation.subject)) return;
      // "used for eye disease" read as HPO's "Abnormality of the eye": a grouping of findings, which nothing treats as such.
      if (relation.predicate === 'TREATS' && HPO_GROUPING.test(recognised.entities.get(relation.object)?.name ?? '')) return;
      if (relation.predicate === 'TREATS' && relation.subject === primary.id && untreated.has(relation.object)) return;
      if (relation.predicate === 'DIAGNOSES' && undiagnosed.has(`${relation.subject}|${relation.object}`)) return;
      if (relation.predicate === 'GENE_ASSOCIATED_WITH' && relation.object === primary.id && unlinkedGenes.has(relation.subject)) return;
      collector.add(relation);
    });
    denied = treatmentsDeniedForTopic(context);
    undiagnosed = diagnosesDenied(context);
    untreated = conditionsTopicDoesNotTreat(context);
    unlinkedGenes = genesDeniedForTopic(context);
    const rule = RULES_BY_PRIMARY_KIND[primary.kind] ?? relateDiseasePlace;
    for (const place of places) {
      // "B. Blood tests", "A) Physical examination": the label of a group of items names what they are, no relation of its own.
      if (refersBack(place) || (place.item === undefined && GROUP_HEAD.test(place.sentence.text)) || isDescribedByBracketedTerm(place, context)) continue;
      rule(place, context);
      if (rule !== relateDiseasePlace) relateGeneOfNamedDisease(place, context);
      relateNeededTreatment(place, context);
      relateTestNamedForCondition(place, context);
    }
  }
  addArticleEdges(collector, articleId, places, primary, clean.raw.title);

  const named = new Set(places.map((place) => place.mention.entity));
  if (primary) named.add(primary.id);
  const nodes = [...named].sort().flatMap((id) => {
    const entity = recognised.entities.get(id);
    return entity ? [toNode(entity)] : [];
  });
  return {
    article: {
      id: slug,
      title: clean.raw.title,
      ...(clean.raw.url ? { url: clean.raw.url } : {}),
      ...(clean.raw.wordpressId === undefined ? {} : { wordpressId: clean.raw.wordpressId }),
      ...(clean.raw.category ? { category: clean.raw.category } : {}),
      ...(clean.raw.updatedAt ? { updatedAt: clean.raw.updatedAt } : {}),
      contentHash: options.contentHash,
      cleanedText: clean.text,
      sections: recognised.segmented.sections.map((section) => ({ kind: section.kind, heading: section.heading, start: section.start, text: section.text })),
      ...(primary ? { primaryEntity: primary.id } : {}),
    },
    nodes,
    edges: collector.edges(),
    links: linkedSlugs(slug, [...clean.raw.links, ...clean.teasers]),
  };
}

/**
 * "In this autoimmune disease the stomach stops making intrinsic factor": a condition named after
 * "this" or "such" points back to one named before, and says nothing new about it.
 */
function refersBack(place: MentionPlace): boolean {
  if (place.mention.kind !== 'Disease' && place.mention.kind !== 'Phenotype') return false;
  return /\b(?:this|these|such)\s+$/iu.test(place.sentence.text.slice(Math.max(0, offsetInSentence(place) - 8), offsetInSentence(place)));
}

/**
 * "numbness or tingling in the hands and feet (peripheral neuropathy)": a finding named in a lay
 * description that the bracket after it names by its clinical term is part of that description,
 * and only the term is what the line lists.
 */
function isDescribedByBracketedTerm(place: MentionPlace, context: RuleContext): boolean {
  if ((place.mention.kind !== 'Disease' && place.mention.kind !== 'Phenotype') || insideParentheses(place)) return false;
  if (!SIDE_EFFECT_LABEL.test(place.subPointLabel ?? '') && place.sentence.section !== 'side_effects') return false;
  const text = place.sentence.text;
  const after = offsetInSentence(place) + place.mention.text.length;
  // Only a finding said where it is felt, alone or with an alternative ("numbness or tingling in the hands and feet (…)");
  // "dry skin and nail-fold infections (paronychia)", "hearing loss and ringing in the ears (tinnitus)" list two things.
  const open = /^(?:\s+or\s+[\p{L}-]+)?\s+(?:in|of|on|around)\s+(?:the|your|their|both)\s[^,;:.()—–]{0,50}\(/iu.exec(text.slice(after));
  if (!open) return false;
  const termStart = after + open[0].length;
  return (context.bySentence.get(place.sentence.start) ?? []).some(
    (other) =>
      (other.mention.kind === 'Disease' || other.mention.kind === 'Phenotype') &&
      other.mention.entity !== place.mention.entity &&
      offsetInSentence(other) === termStart &&
      /^\s*\)/u.test(text.slice(termStart + other.mention.text.length)),
  );
}

/** A topic that is itself a cancer or tumour. */
const CANCER_NAME = /(?:oma|cancer|carcinoma|leuka?emia|neoplasm|tumou?r)s?\b/iu;
/** Words an article about a cancer uses for its own topic ("the cancer comes back"). */
const GENERIC_CANCER = /^(?:the\s+)?(?:cancers?|tumou?rs?|neoplasms?|malignan(?:cy|cies)|malignant tumou?rs?)$/iu;

/**
 * Entities that are only the article's generic word for its own topic: in a melanoma article,
 * "cancer" is the melanoma, so "immunotherapy treats cancer" says nothing beyond "treats
 * melanoma". Relations to them are not kept; the mention still counts as one.
 */
function topicAnaphors(recognised: RecognisedArticle, primary: RecognisedEntity): Set<string> {
  const anaphors = new Set<string>();
  const topicNames = [primary.name, ...recognised.primaryNames];
  if (!CANCER_NAME.test(topicNames.join(' '))) return anaphors;
  // "can clear the leukaemia" in a CLL article: the last word of the topic's own name, said alone.
  const headWords = new Set(topicNames.map((name) => /(\p{L}+)$/u.exec(name)?.[1]?.toLowerCase() ?? '').filter((word) => CANCER_NAME.test(word)));
  const isGeneric = (text: string): boolean => GENERIC_CANCER.test(text) || headWords.has(text.replace(/^the\s+/iu, '').replace(/s$/u, '').toLowerCase());
  for (const mention of recognised.mentions) {
    if (mention.entity === primary.id || (mention.kind !== 'Disease' && mention.kind !== 'Phenotype') || !isGeneric(mention.text.trim())) continue;
    // "cancer of the womb lining (endometrial cancer)": a gloss's "cancer" names the specific cancer, no generic one.
    const entity = recognised.entities.get(mention.entity);
    if (entity && [entity.name, ...entity.synonyms].some((name) => isGeneric(name.trim()))) anaphors.add(mention.entity);
  }
  return anaphors;
}

function ruleContext(
  recognised: RecognisedArticle,
  primary: RecognisedEntity,
  places: readonly MentionPlace[],
  propose: RuleContext['propose'],
): RuleContext {
  const bySentence = new Map<number, MentionPlace[]>();
  const heads = new Map<string, MentionPlace[]>();
  const items = new Map<string, MentionPlace[]>();
  for (const place of places) {
    bySentence.set(place.sentence.start, [...(bySentence.get(place.sentence.start) ?? []), place]);
    if (place.itemIndex === undefined) continue;
    const key = `${place.mention.section}:${place.itemIndex}`;
    items.set(key, [...(items.get(key) ?? []), place]);
    if (place.inHead) heads.set(key, [...(heads.get(key) ?? []), place]);
  }
  const headTargets = new Map<string, string[]>();
  for (const target of recognised.headTargets) {
    const key = `${target.section}:${target.item}`;
    headTargets.set(key, [...(headTargets.get(key) ?? []), target.entity]);
  }
  return { article: recognised, primary, bySentence, heads, items, headTargets, propose };
}

function addArticleEdges(
  collector: EdgeCollector,
  articleId: string,
  places: readonly MentionPlace[],
  primary: RecognisedEntity | undefined,
  title: string,
): void {
  const seen = new Set<string>();
  for (const place of places) {
    const entity = place.mention.entity;
    if (seen.has(entity) || entity === primary?.id) continue;
    seen.add(entity);
    collector.add({ subject: articleId, predicate: 'MENTIONS', object: entity, sentence: place.sentence, weight: MAX_EXTRACTED_WEIGHT });
  }
  if (!primary) return;
  const first = places.find((place) => place.mention.entity === primary.id);
  const sentence: SentenceRef = first?.sentence ?? { text: title, start: 0, end: 0, sources: [], section: 'title' };
  collector.add({ subject: articleId, predicate: 'ABOUT', object: primary.id, sentence, weight: MAX_EXTRACTED_WEIGHT });
}

function toNode(entity: RecognisedEntity): GraphNode {
  return {
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    synonyms: [...entity.synonyms],
    xrefs: [...entity.xrefs],
    ...(entity.description === undefined ? {} : { description: entity.description }),
    status: entity.status,
  };
}

/** Slugs of other articles, each once, never the article itself. */
function linkedSlugs(own: string, references: readonly string[]): string[] {
  const slugs = new Set<string>();
  for (const reference of references) {
    const slug = /^[a-z0-9][a-z0-9-]*$/u.test(reference) ? reference : slugify(reference);
    if (slug !== '' && slug !== own) slugs.add(slug);
  }
  return [...slugs].sort();
}
