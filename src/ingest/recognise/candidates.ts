import type { EntityKind } from '../../domain/kinds.js';
import type { Lexicon, LexiconLookup } from '../../lexicon/lexicon.js';
import type { SectionItem, SegmentedSection } from '../stages.js';
import { isShortFormShape } from './abbreviations.js';
import type { EntityTable } from './entities.js';
import {
  HEAD_KIND_BY_SECTION,
  geneSymbolOfHead,
  isThingPhrase,
  parseHead,
  singular,
  treatmentHeadKind,
} from './heads.js';
import type { HeadTarget, Mention, RecognisedEntity } from './types.js';

/** Kinds a vocabulary entry may have and still be accepted for a head of the given kind. */
const COMPATIBLE_KINDS: Readonly<Record<EntityKind, readonly EntityKind[]>> = {
  Test: ['Test', 'Procedure'],
  Procedure: ['Procedure', 'Test', 'Drug'],
  Drug: ['Drug', 'Procedure'],
  Phenotype: ['Phenotype', 'Disease'],
  Disease: ['Disease', 'Phenotype'],
  Gene: ['Gene'],
};

export interface HeadCandidates {
  readonly mentions: Mention[];
  readonly targets: HeadTarget[];
  /** Short forms and brand names given in head parentheses: text → entity id. */
  readonly shortForms: Map<string, string>;
}

/**
 * Structure-aware candidates: the head phrase of an item in a typed section names an entity of
 * the section's kind even when no vocabulary has it. It is normalised to a vocabulary entry when
 * a lookup matches, else becomes a local unverified entity.
 */
export function findHeadCandidates(
  sections: readonly SegmentedSection[],
  lexicon: Lexicon,
  table: EntityTable,
): HeadCandidates {
  const result: HeadCandidates = { mentions: [], targets: [], shortForms: new Map() };
  sections.forEach((section, sectionIndex) => {
    const sectionKind = HEAD_KIND_BY_SECTION[section.kind];
    if (!sectionKind) return;
    section.items.forEach((item, itemIndex) => {
      if (item.head.trim() === '') return;
      const context = { sectionIndex, itemIndex, lexicon, table, result };
      if (sectionKind === 'Gene') addGeneHead(item, context);
      else addThingHead(item, sectionKind, context);
    });
  });
  return result;
}

interface HeadContext {
  readonly sectionIndex: number;
  readonly itemIndex: number;
  readonly lexicon: Lexicon;
  readonly table: EntityTable;
  readonly result: HeadCandidates;
}

function addGeneHead(item: SectionItem, context: HeadContext): void {
  const parsed = parseHead(item.head);
  const gene = geneSymbolOfHead(parsed.name);
  if (!gene) return;
  const found = context.lexicon.lookup(gene.symbol, 'Gene');
  let entity: RecognisedEntity | undefined;
  if (found?.entry.kind === 'Gene') entity = context.table.fromEntry(found.entry);
  else if (/\bgenes?\b/iu.test(`${item.head} ${item.explanation}`)) entity = context.table.local('Gene', gene.symbol);
  if (!entity) return;
  const start = item.headStart + parsed.nameOffset + gene.offset;
  pushHeadMention(context, entity, start, gene.symbol);
}

function addThingHead(item: SectionItem, sectionKind: EntityKind, context: HeadContext): void {
  const parsed = parseHead(item.head);
  if (!isThingPhrase(parsed.name)) return;
  const kind = treatmentHeadKind(parsed.name, sectionKind);
  const span = item.head.slice(parsed.nameOffset, parsed.nameOffset + parsed.nameLength);
  const start = item.headStart + parsed.nameOffset;
  const [name = parsed.name, ...alternatives] = parsed.name.split(/\s+\/\s+/u);
  const shortForms = parsed.parentheses.map((part) => part.text);
  const whole = lookupPhrase(name, kind, shortForms, context.lexicon);
  if (whole) {
    pushHeadMention(context, context.table.fromEntry(whole.entry), start, span);
    registerShortForms(parsed.parentheses.map((part) => part.text), kind, whole.entry.id, context);
  } else {
    const parts = splitConjunction(name, kind, context.lexicon);
    if (parts) {
      // Each part is found again by the vocabulary scan; unknown multi-word parts become local entities.
      for (const part of parts.unknown) {
        const offset = span.indexOf(part);
        pushHeadMention(context, localEntity(part, kind, context), start + Math.max(offset, 0), offset >= 0 ? part : span);
      }
    } else if (!coveredByVocabulary(name, kind, context.lexicon)) {
      const entity = localEntity(name, kind, context);
      context.table.addSynonyms(entity.id, [...alternatives, parsed.name]);
      pushHeadMention(context, entity, start, span);
      registerShortForms(shortForms, kind, entity.id, context);
    }
  }
  if (parsed.target) addTarget(parsed.target, item, context);
}

function registerShortForms(texts: readonly string[], kind: EntityKind, id: string, context: HeadContext): void {
  for (const text of texts) {
    if (!isShortFormShape(text) && !(kind === 'Drug' && /^[A-Z][A-Za-z0-9-]{2,}$/u.test(text))) continue;
    if (!context.result.shortForms.has(text)) context.result.shortForms.set(text, id);
    context.table.addSynonyms(id, [text]);
  }
}

function addTarget(target: { readonly text: string; readonly offset: number }, item: SectionItem, context: HeadContext): void {
  const entity = resolveTarget(target.text, context);
  if (!entity) return;
  context.result.targets.push({ section: context.sectionIndex, item: context.itemIndex, entity: entity.id });
  pushMention(context, entity, item.headStart + target.offset, target.text, 'lexicon');
}

/** A vocabulary entry for a whole phrase (as written, singular, or by its short forms). */
function lookupPhrase(name: string, kind: EntityKind, alternatives: readonly string[], lexicon: Lexicon): LexiconLookup | undefined {
  const accepted = COMPATIBLE_KINDS[kind];
  for (const phrase of [name, singular(name), ...alternatives]) {
    const found = lexicon.lookup(phrase, kind);
    if (found && accepted.includes(found.entry.kind)) return found;
  }
  return undefined;
}

/**
 * "Serum calcium and parathyroid hormone", "Large head size and hydrocephalus": a head joining
 * two things, split when the vocabulary knows one side. Returns the sides it does not know that
 * are still thing-like (two words or more), or undefined when the head is one thing.
 */
function splitConjunction(name: string, kind: EntityKind, lexicon: Lexicon): { readonly unknown: string[] } | undefined {
  const parts = name.split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+/u).map((part) => part.trim()).filter((part) => part.length > 0);
  if (parts.length < 2) return undefined;
  const known = parts.map((part) => lookupPhrase(part, kind, [], lexicon) !== undefined);
  if (!known.some(Boolean)) return undefined;
  return { unknown: parts.filter((part, index) => !known[index] && part.split(/\s+/u).length >= 2) };
}

/** Whether vocabulary names already cover most of the phrase (then no local entity is made). */
function coveredByVocabulary(name: string, kind: EntityKind, lexicon: Lexicon): boolean {
  const letters = name.replace(/[^\p{L}\p{N}]/gu, '').length;
  const covered = lexicon
    .findMatches(name, { preferKinds: [kind] })
    .filter((match) => COMPATIBLE_KINDS[kind].includes(match.kind))
    .reduce((sum, match) => sum + match.text.replace(/[^\p{L}\p{N}]/gu, '').length, 0);
  return covered / Math.max(letters, 1) >= 0.75;
}

/**
 * A local entity for a phrase no vocabulary knows. Its kind is the kind of its head noun when
 * the vocabulary knows that ("Osteomyelitis of the jaw" is a disease because osteomyelitis is;
 * "Hip osteoarthritis" because osteoarthritis is), else the section's.
 */
function localEntity(name: string, kind: EntityKind, context: HeadContext): RecognisedEntity {
  const headKind = headNounKind(name, kind, context.lexicon);
  const local = context.table.local(headKind, singularIfPluralHead(name, headKind));
  context.table.addSynonyms(local.id, [name]);
  return local;
}

function headNounKind(name: string, kind: EntityKind, lexicon: Lexicon): EntityKind {
  const accepted = COMPATIBLE_KINDS[kind];
  const ofPhrase = /^(.+?)\s+(?:of|in|on)\s+/iu.exec(name)?.[1];
  const words = (ofPhrase ?? name).split(/\s+/u);
  for (let index = ofPhrase ? 0 : 1; index < words.length; index += 1) {
    const phrase = words.slice(index).join(' ');
    const found = lexicon.lookup(phrase, kind) ?? lexicon.lookup(singular(phrase), kind);
    if (found && accepted.includes(found.entry.kind)) return found.entry.kind;
  }
  return kind;
}

/** Treatments are named in the plural ("Blood transfusions"); the entity is named in the singular. */
function singularIfPluralHead(name: string, kind: EntityKind): string {
  return kind === 'Procedure' ? singular(name) : name;
}

function resolveTarget(text: string, context: HeadContext): RecognisedEntity | undefined {
  for (const kind of ['Disease', 'Phenotype'] as const) {
    const found = context.lexicon.lookup(text, kind) ?? context.lexicon.lookup(singular(text), kind);
    if (found && (found.entry.kind === 'Disease' || found.entry.kind === 'Phenotype')) return context.table.fromEntry(found.entry);
  }
  const match = context.lexicon.findMatches(text, { preferKinds: ['Disease', 'Phenotype'] }).find((candidate) => candidate.kind === 'Disease' || candidate.kind === 'Phenotype');
  if (match) return context.table.fromId(match.id);
  return isThingPhrase(text) ? context.table.local('Disease', singular(text)) : undefined;
}

function pushHeadMention(context: HeadContext, entity: RecognisedEntity, start: number, text: string): void {
  pushMention(context, entity, start, text, 'head');
}

function pushMention(context: HeadContext, entity: RecognisedEntity, start: number, text: string, origin: 'head' | 'lexicon'): void {
  context.result.mentions.push({
    entity: entity.id,
    kind: entity.kind,
    start,
    end: start + text.length,
    text,
    section: context.sectionIndex,
    origin,
    ...(origin === 'head' ? { item: context.itemIndex } : {}),
    ambiguous: false,
  });
}
