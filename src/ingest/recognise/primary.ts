import type { EntityKind } from '../../domain/kinds.js';
import type { Lexicon, LexiconLookup } from '../../lexicon/lexicon.js';
import type { SegmentedArticle, SegmentedSection } from '../stages.js';
import type { EntityTable } from './entities.js';
import { isThingPhrase, parseHead } from './heads.js';
import type { RecognisedEntity } from './types.js';

/** The article's own topic and every name the article gives it. */
export interface PrimaryEntity {
  readonly entity: RecognisedEntity;
  /** Names from the title, its short form, Other names and the definition. */
  readonly names: readonly string[];
  /** Short forms among those names (the "CGD" of "Chronic granulomatous disease (CGD)"). */
  readonly shortForms: readonly string[];
}

/** The entity kind of a site library ("Drugs A–Z" → Drug), when the category names one. */
export function kindOfCategory(category: string | undefined): EntityKind | undefined {
  if (!category) return undefined;
  if (/\b(?:drugs?|medicines?|medications?)\b/iu.test(category)) return 'Drug';
  if (/\b(?:lab|tests?|laboratory)\b/iu.test(category)) return 'Test';
  if (/\b(?:genes?)\b/iu.test(category)) return 'Gene';
  if (/\b(?:cancers?|diseases?|conditions?|disorders?)\b/iu.test(category)) return 'Disease';
  return undefined;
}

/** A guess from the title words alone, for articles with no category and no vocabulary entry. */
function kindOfTitle(title: string): EntityKind {
  if (/\b(?:test|tests|panel|scan|screening|count|assay|biopsy|imaging|x-ray|mri)\b/iu.test(title)) return 'Test';
  if (/\bgene\b/iu.test(title)) return 'Gene';
  // "Diabetes Medicines", "Blood Pressure Medicines": a page about a class of drugs.
  if (/\b(?:medicines|medications|drugs)$/iu.test(title)) return 'Drug';
  return 'Disease';
}

/**
 * Finds the primary entity from the title ("Full name (ABBR)"), the Other names section and the
 * definition: the first of those names a vocabulary knows (of the library's kind) gives the id;
 * otherwise a local entity named after the title. Every name becomes a synonym.
 */
export function findPrimaryEntity(article: SegmentedArticle, lexicon: Lexicon, table: EntityTable): PrimaryEntity | undefined {
  const title = article.clean.raw.title.trim();
  if (title === '') return undefined;
  const parsed = parseHead(title);
  const fullName = parsed.name !== '' ? parsed.name : title;
  const alsoKnownAs = parsed.parentheses.map((part) => ALSO_KNOWN_AS.exec(part.text)?.[1]?.trim()).filter((name): name is string => name !== undefined && isThingPhrase(name));
  const shortForms = parsed.parentheses.map((part) => part.text).filter((text) => !ALSO_KNOWN_AS.test(text) && isThingPhrase(text));
  const otherNames = article.sections.filter((section) => section.kind === 'other_names').flatMap(namesOfSection);
  const definitionNames = article.sections.filter((section) => section.kind === 'definition').flatMap(namesInDefinition);
  // "Prothrombin Time (PT/INR) Test", "Serum Ferritin Test": vocabularies name the measurement.
  const measuredName = fullName.replace(/\s+(?:blood\s+|lab\s+)?tests?$/iu, '');
  const measured = measuredName === fullName ? [] : [measuredName];
  const names = unique([fullName, ...titleParts(fullName), ...alsoKnownAs, ...shortForms, ...otherNames, ...definitionNames]);

  const categoryKind = kindOfCategory(article.clean.raw.category);
  let chosen: RecognisedEntity | undefined;
  const lookupKind = categoryKind ?? (measured.length > 0 ? 'Test' : undefined);
  const found = [...names, ...measured]
    .map((name) => {
      const lookup = lexicon.lookup(name, lookupKind);
      // "Restless Legs Syndrome": a name our seed files as a sign is, as an article's topic, the
      // disease when the name itself says it is one. "Heart failure" stays the shared finding.
      return lookup?.entry.kind === 'Phenotype' && lookupKind !== 'Phenotype' && NAMES_A_DISEASE.test(name) ? (diseaseReading(lexicon, name) ?? lookup) : lookup;
    })
    .filter((lookup) => lookup !== undefined);
  // Articles are about diseases, drugs, tests and genes. With no library to say which, a name
  // that only a phenotype vocabulary knows ("Bronchial asthma" is an HPO synonym) gives way to a
  // later name that names a topic ("Asthma", a disease).
  const fits = (lookup: LexiconLookup): boolean => (lookupKind === undefined ? lookup.entry.kind !== 'Phenotype' : lookup.entry.kind === lookupKind);
  // A condition page whose title is a finding GUIDE.md keeps a Phenotype ("Heart Failure") is
  // about that finding; a later short form ("HF") must not turn it into another disease.
  const titleLookup = lexicon.lookup(fullName, lookupKind);
  const titleFinding = lookupKind === 'Disease' && titleLookup?.entry.kind === 'Phenotype' && !NAMES_A_DISEASE.test(fullName) ? titleLookup : undefined;
  const best = titleFinding ?? found.find(fits) ?? (lookupKind === undefined ? found[0] : undefined);
  if (best) chosen = table.fromEntry(best.entry);
  chosen ??= table.local(categoryKind ?? kindOfTitle(fullName), fullName);
  // "Lithium Carbonate": on a drug's page the body's "lithium" is the topic, not another entry of the base.
  const base = chosen.kind === 'Drug' ? SALT_FORM.exec(fullName)?.[1] : undefined;
  const allNames = base && isThingPhrase(base) ? unique([...names, base]) : names;
  table.addSynonyms(chosen.id, allNames);
  return { entity: table.get(chosen.id) ?? chosen, names: allNames, shortForms };
}

/**
 * A name whose head word makes it a diagnosis of its own (GUIDE.md: "a named disease or
 * syndrome", an infection, a cancer): "Restless legs syndrome", "Hypertrophic cardiomyopathy".
 */
const NAMES_A_DISEASE = /(?:\b(?:syndromes?|diseases?|disorders?|infections?|cancers?)|\p{L}(?:pathy|pathies|itis|oma|omas))$/iu;

/** A drug named with its salt ("Lithium carbonate", "Levothyroxine sodium"): the base name first. */
const SALT_FORM = /^(\p{L}[\p{L}-]+)\s+(?:carbonate|citrate|sulfate|sulphate|hydrochloride|acetate|maleate|tartrate|mesylate|succinate|fumarate|phosphate|sodium|potassium)$/iu;

/** "Parasites - Enterobiasis (also known as Pinworm Infection)": the name a parenthesis gives. */
const ALSO_KNOWN_AS = /^(?:also|sometimes|formerly)\s+(?:known as|called)\s+(.+)$/iu;

/**
 * Titles that join two names: "Pyelonephritis: Kidney Infection" (the name, then a lay name) and
 * "Parasites - Enterobiasis" (a series, then the name), each part tried on its own.
 */
function titleParts(title: string): string[] {
  const colon = title.split(/\s*:\s+/u);
  if (colon.length > 1) return colon.filter((part) => isThingPhrase(part));
  const dash = title.split(/\s+[-–—]\s+/u);
  return dash.length > 1 ? dash.reverse().filter((part) => isThingPhrase(part)) : [];
}

/** The disease entry a whole name also names, when it names one. */
function diseaseReading(lexicon: Lexicon, name: string): LexiconLookup | undefined {
  const whole = lexicon.findMatches(name).find((match) => match.start === 0 && match.end === name.length);
  const disease = whole?.candidates.find((candidate) => candidate.kind === 'Disease');
  const entry = disease ? lexicon.entry(disease.id) : undefined;
  return entry && disease ? { entry, scope: disease.scope } : undefined;
}

function sectionBody(section: SegmentedSection): string {
  const text = section.text;
  return text.startsWith(section.heading) ? text.slice(section.heading.length) : text;
}

/** Names listed under "Other names": item heads, or the section's text split at separators. */
function namesOfSection(section: SegmentedSection): string[] {
  const raw = section.items.length > 0 ? section.items.map((item) => item.head || item.explanation) : sectionBody(section).split(/[;\n•]|,(?![^()]*\))/u);
  const names: string[] = [];
  for (const candidate of raw) {
    const parsed = parseHead(candidate.replace(/\s*(?:\b[A-Z][A-Za-z]+(?:\+\d+)+|\s\+\d+)\s*$/u, ''));
    if (parsed.name !== '' && isThingPhrase(parsed.name)) names.push(parsed.name);
    for (const part of parsed.parentheses) if (isThingPhrase(part.text) && !NOTE_ON_THE_NAME.test(part.text)) names.push(part.text);
  }
  return names;
}

/** "(an older name)", "(the cause of about 95 in 100 cases)": a bracket that comments on the name gives no name. */
const NOTE_ON_THE_NAME = /^(?:an?|the)\s+(?:[\p{L}\p{N}-]+\s+){0,6}?(?:names?|terms?|spellings?|causes?|cases)\b/iu;

const ALSO_CALLED = /\b(?:also (?:called|known as|referred to as)|sometimes called|formerly (?:called|known as))\s+([^,.;()]+)/giu;

/** "X, also called Y, is …" → Y. */
function namesInDefinition(section: SegmentedSection): string[] {
  const names: string[] = [];
  for (const match of sectionBody(section).matchAll(ALSO_CALLED)) {
    for (const part of (match[1] ?? '').split(/\s+or\s+/u)) {
      const name = part.trim().replace(/^(?:the|a|an)\s+/iu, '');
      if (name !== '' && isThingPhrase(name)) names.push(name);
    }
  }
  return names;
}

function unique(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
