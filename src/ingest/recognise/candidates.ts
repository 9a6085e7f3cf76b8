import type { EntityKind } from '../../domain/kinds.js';
import type { SectionKind } from '../../domain/sections.js';
import type { Lexicon, LexiconLookup } from '../../lexicon/lexicon.js';
import type { SectionItem, SegmentedSection } from '../stages.js';
import { isShortFormShape } from './abbreviations.js';
import type { EntityTable } from './entities.js';
import type { ParsedHead } from './heads.js';
import {
  HEAD_KIND_BY_SECTION,
  geneSymbolOfHead,
  looksLikeGeneSymbol,
  isThingPhrase,
  parseHead,
  singular,
  treatmentHeadKind,
} from './heads.js';
import { isAdviceHead, isLocalEntityShape, withoutMannerWords } from './shapes.js';
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
  topicKind?: EntityKind,
): HeadCandidates {
  const result: HeadCandidates = { mentions: [], targets: [], shortForms: new Map() };
  sections.forEach((section, sectionIndex) => {
    // The types of a finding ("Heart failure with preserved ejection fraction") are findings too.
    const sectionKind = section.kind === 'types' && topicKind === 'Phenotype' ? 'Phenotype' : HEAD_KIND_BY_SECTION[section.kind];
    if (!sectionKind) return;
    section.items.forEach((item, itemIndex) => {
      const context = { sectionIndex, sectionKind: section.kind, itemIndex, lexicon, table, result };
      if (sectionKind === 'Drug' || sectionKind === 'Procedure') addSideEffectLists(item, section, context);
      if (item.head.trim() === '') return;
      if (sectionKind === 'Gene') addGeneHead(item, context);
      else addThingHead(item, sectionKind, context);
    });
  });
  return result;
}

interface HeadContext {
  readonly sectionIndex: number;
  readonly sectionKind: SectionKind;
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

const GENE_NAMED_TEST = /^([A-Z][A-Z0-9-]{1,9})\s+(?:gene\s+)?(?:genetic\s+)?(?:testing|tests?|sequencing|genotyping|mutation analysis|variant testing|analysis)$/u;

const TEST_USE_WORD = /\s+(?:monitoring|measurement|readings?|levels?|checks?)$/iu;

function addThingHead(item: SectionItem, sectionKind: EntityKind, context: HeadContext): void {
  // "Molecular testing for FLT3, NPM1 …": a test head names the genes it looks at after "for".
  // "FISH for 17p, 11q, 13q and trisomy 12": or the chromosome changes it looks for.
  const testOfGenes = sectionKind === 'Test' && /\s+for\s+(?:[A-Z][A-Z0-9-]{1,9}\b|\d{1,2}[pq](?:\d{1,2}(?:\.\d{1,2})?)?\b|trisomy\s+\d{1,2}\b)/u.test(item.head);
  const parsed = parseHead(item.head, { splitTarget: sectionKind === 'Drug' || sectionKind === 'Procedure' || testOfGenes });
  if (!isThingPhrase(parsed.name)) return;
  // "Aspiration pneumonia", "Malignant peripheral nerve sheath tumour" under Complications: a name
  // that says it is a disease (a named infection, a cancer, a tumour) is read as that disease (GUIDE.md).
  // "Spread of the cancer (metastasis)" names what the cancer does, not a cancer.
  // "Nikolsky sign" under Diagnostic tests: a sign the examination looks for is a finding (GUIDE.md: "Gowers sign"), not a test.
  const kind =
    sectionKind === 'Phenotype' && DISEASE_HEAD_NOUN.test(parsed.name) && !/\bof\s+(?:the|a|an)\s+\p{L}+$/iu.test(parsed.name)
      ? 'Disease'
      : sectionKind === 'Test' && /^[\p{Lu}][\p{L}'’-]*\s+signs?$/u.test(parsed.name)
        ? 'Phenotype'
        : treatmentHeadKind(parsed.name, sectionKind);
  const span = item.head.slice(parsed.nameOffset, parsed.nameOffset + parsed.nameLength);
  const start = item.headStart + parsed.nameOffset;
  // "Skin biopsy with collagen analysis", "Speech therapy with communication devices": a test or
  // procedure named with what it comes with is that test or procedure.
  // "Skin rash and, rarely, allergic reactions": an aside between the joined names is no part of either.
  const plain = parsed.name.replace(JOINED_WITH_ASIDE, ' $1 ');
  const withoutExtras = kind === 'Test' || kind === 'Procedure' ? plain.replace(WITH_EXTRAS, '') : plain;
  // "Gabapentin / pregabalin": two names the vocabulary knows as different things are a list, not one thing's two names.
  const slashed = withoutExtras.split(/\s+\/\s+/u);
  const slashedIds = slashed.length > 1 ? slashed.map((part) => lookupPhrase(part.trim(), kind, [], context.lexicon)?.entry.id) : [];
  const distinct = slashedIds.length > 1 && slashedIds.every((id) => id !== undefined) && new Set(slashedIds).size === slashedIds.length;
  const [rawName = withoutExtras, ...alternatives] = distinct ? [slashed.join(' and ')] : slashed;
  const name = kind === 'Drug' ? withoutDosageForm(drugGivenWithAnother(rawName, context.lexicon)) : kind === 'Disease' || kind === 'Phenotype' ? withoutAim(rawName) : rawName;
  const shortForms = parsed.parentheses.map((part) => part.text);
  if ((kind === 'Phenotype' || kind === 'Disease') && addClinicalTerms(item, parsed.parentheses, kind, context)) return;
  // "Fast heart rhythms such as atrial fibrillation": a class named by a known example is no name of its own; the vocabulary scan finds the example.
  if ((kind === 'Phenotype' || kind === 'Disease') && namesKnownExample(name, kind, context.lexicon)) return;
  // "Removal of kidney stones (lithotripsy or surgery)": the procedures the brackets name treat the condition; the phrase names no procedure of its own.
  // "Surgical removal of neurofibroma" with no brackets stays the procedure it names.
  if (kind === 'Procedure' && !parsed.target && parsed.parentheses.length > 0 && addRemovedCondition(parsed, item, context)) return;
  if (kind === 'Drug') addDrugList(item, parsed.parentheses, context);
  // "Electrocardiogram (ECG) and echocardiogram": a short form names the first thing only.
  const joins = /\s(?:and|or|&)\s|,/u.test(name);
  // "Peak expiratory flow monitoring", "Ferritin level": the test the vocabulary names, with a word for how it is used.
  // "Budd–Chiari syndrome" under Complications: a name that says it is a disease names the disease (GUIDE.md), where HPO lists it too.
  const wholeKind = context.sectionKind === 'complications' && kind === 'Phenotype' && NAMED_AS_DISEASE.test(name) ? 'Disease' : kind;
  const whole = lookupPhrase(name, wholeKind, joins ? [] : shortForms, context.lexicon) ?? (kind === 'Test' && TEST_USE_WORD.test(name) ? lookupPhrase(name.replace(TEST_USE_WORD, ''), kind, [], context.lexicon) : undefined);
  // "GAA genetic testing", "BRCA2 sequencing": a test named by the gene it reads is one test, not a gene and a generic test.
  const geneTest = !whole && kind === 'Test' ? GENE_NAMED_TEST.exec(name) : null;
  if (whole) {
    const entity = context.table.fromEntry(whole.entry);
    // "Blood glucose test" for a vocabulary's "blood glucose": the article's wording of a head is a name of it too, as a scanned name's is;
    // not when only a bracket named the entry ("Stimulant medicines (methylphenidate)").
    if (shortForms.length === 0 || lookupPhrase(name, wholeKind, [], context.lexicon)?.entry.id === whole.entry.id) context.table.addSynonyms(entity.id, [name.replace(/\s+/gu, ' ')]);
    pushHeadMention(context, entity, start, span);
    registerShortForms(shortForms, kind, whole.entry.id, context);
  } else if (geneTest?.[1] && looksLikeGeneSymbol(geneTest[1])) {
    const entity = context.table.local('Test', name);
    context.table.addSynonyms(entity.id, [name]);
    pushHeadMention(context, entity, start, span);
    registerShortForms(shortForms, kind, entity.id, context);
  } else if (!addSharedNounParts(name, kind, span, start, context)) {
    // "Urea and electrolytes (U&E)": a short form made of every part's initial names one thing.
    const parts = joins && shortForms.some((short) => isInitialsOf(short, name)) ? undefined : splitConjunction(name, kind, context.lexicon);
    if (parts) {
      // Each part is found again by the vocabulary scan; unknown parts become local entities.
      for (const part of parts.unknown) {
        const offset = span.indexOf(part);
        const shared = sharedModifierName(part, parts.first, kind);
        const named = isTreatmentKind(kind) ? withoutMannerWords(shared) : kind === 'Disease' || kind === 'Phenotype' ? withoutAim(shared) : shared;
        const found = named === part ? undefined : lookupPhrase(named, kind, [], context.lexicon);
        const entity = found ? context.table.fromEntry(found.entry) : isTreatmentKind(kind) && isAdviceHead(named) ? undefined : shapedLocal(named, kind, context);
        if (entity) pushHeadMention(context, entity, start + Math.max(offset, 0), offset >= 0 ? part : span);
      }
    } else if (!coveredByVocabulary(name, kind, context.lexicon) && !(isTreatmentKind(kind) && isAdviceHead(name))) {
      const entity = shapedLocal(isTreatmentKind(kind) ? withoutMannerWords(name) : name, kind, context);
      if (!entity) return;
      // "Kidney function (serum creatinine and eGFR)": the tests a bracket lists are named too, each its own test.
      const members = kind === 'Test' ? bracketedTests(item, parsed.parentheses, context) : [];
      const memberBrackets = new Set(members.map((member) => member.bracket));
      const described = kind === 'Test' ? shortForms.filter((text) => isThingPhrase(text) && !memberBrackets.has(text)) : [];
      context.table.addSynonyms(entity.id, [...alternatives, parsed.name, ...described]);
      pushHeadMention(context, entity, start, members.length > 0 && span.startsWith(parsed.name) ? parsed.name : span);
      for (const member of members) pushHeadMention(context, member.entity, member.start, member.text);
      registerShortForms(shortForms.filter((text) => !memberBrackets.has(text)), kind, entity.id, context);
    }
  }
  if (parsed.target && !testOfGenes) addTarget(parsed.target, item, context);
}

const REMOVAL_OF = /^(?:surgical\s+)?(?:removal|clearing|breaking\s+up)\s+of\s+(?:the\s+|an?\s+)?(.+)$/iu;

/** "Removal of kidney stones (lithotripsy or surgery)": a condition the vocabulary knows, removed by the item's procedures, is what they treat. */
function addRemovedCondition(parsed: ParsedHead, item: SectionItem, context: HeadContext): boolean {
  const removed = REMOVAL_OF.exec(parsed.name)?.[1];
  if (!removed) return false;
  const known = (['Disease', 'Phenotype'] as const).some((kind) => {
    const found = lookupPhrase(removed, kind, [], context.lexicon);
    return found?.entry.kind === 'Disease' || found?.entry.kind === 'Phenotype';
  });
  const at = item.head.indexOf(removed, parsed.nameOffset);
  if (!known || at < 0) return false;
  addTarget({ text: removed, offset: at }, item, context);
  return true;
}

/**
 * "Kidney and liver function tests", "Red cell and platelet transfusions": modifiers sharing one
 * noun name one thing each when the vocabulary knows every expanded name ("kidney function
 * tests", "liver function tests"); otherwise the head stays one thing. A finding's modifiers
 * ("back, side, and groin pain", "frequent, painful urination") name one finding each as soon as
 * the vocabulary knows one of them: a list of places or qualities of one sign is several signs,
 * and the ones no vocabulary knows become local findings ("side pain").
 */
function addSharedNounParts(name: string, kind: EntityKind, span: string, start: number, context: HeadContext): boolean {
  const match = SHARED_NOUN_LIST.exec(name);
  if (!match?.[1] || !match[2] || !match[3]) return false;
  const joined = /\s(?:and|or|&)\s*$/iu.test(match[1]) || /\s(?:and|or|&)\s/iu.test(name.slice(0, name.length - match[3].length));
  if (!joined && kind !== 'Phenotype') return false;
  const modifiers = [...match[1].split(/\s*,\s*|\s+(?:and|or|&)\s*$/u).filter((modifier) => modifier.length > 0), match[2]];
  const noun = match[3];
  if (kind === 'Phenotype' && (modifiers.some((modifier) => isFindingWord(modifier, context.lexicon)) || (!joined && /\s/u.test(noun)))) return false;
  const found = modifiers.map((modifier) => lookupPhrase(`${modifier} ${noun}`, kind, [], context.lexicon));
  const known = found.filter((entry) => entry !== undefined).length;
  if (kind === 'Phenotype' ? known === 0 : known < modifiers.length) return false;
  found.forEach((entry, index) => {
    const modifier = modifiers[index] ?? '';
    const offset = Math.max(0, span.indexOf(modifier));
    const text = index === modifiers.length - 1 ? span.slice(offset) : modifier;
    const entity = entry ? context.table.fromEntry(entry.entry) : shapedLocal(`${modifier} ${noun}`, kind, context);
    if (entity) pushHeadMention(context, entity, start + offset, text);
  });
  return true;
}

/** "Nausea, abdominal pain": a word that names a finding by itself is a list item, not a modifier. */
function isFindingWord(word: string, lexicon: Lexicon): boolean {
  const found = lexicon.lookup(word, 'Phenotype');
  return found !== undefined && (found.entry.kind === 'Phenotype' || found.entry.kind === 'Disease');
}

/** "back, side, and groin pain", "kidney and liver function tests", "frequent, painful urination". */
const SHARED_NOUN_LIST = /^(\p{L}[\p{L}-]*(?:\s*,\s*\p{L}[\p{L}-]*)*(?:\s*,?\s+(?:and|or|&)\s+|\s*,\s*))(\p{L}[\p{L}-]*)\s+(.+)$/iu;

/** "Tumour lysis syndrome prevention" under a drug's uses names the syndrome: the aim is not part of the condition. */
function withoutAim(name: string): string {
  // "Prevention of breast cancer", "Prevention in women at high risk": the aim before the condition, or before who it is for.
  // "Nephrotic syndrome in children": who has it is no part of the condition either.
  const stripped = name
    .replace(/\s+(?:prevention|prophylaxis|treatment|control|management)$/iu, '')
    .replace(/^(?:prevention|prophylaxis|risk reduction)\s+(?:of\s+)?/iu, '')
    // "worsening of psoriasis", "a flare of gout": the condition that comes back or gets worse.
    .replace(/^(?:(?:a|an)\s+)?(?:worsening|flare[- ]?ups?|flares?|relapse|reactivation)\s+of\s+/iu, '')
    .replace(/\s+in\s+(?:children|adults|babies|infants|newborns|older people|the elderly|women|men|pregnancy)$/iu, '')
    // "Bowel perforation in some people treated for lymphoma": who it happens in is no part of the finding.
    .replace(/\s+in\s+(?:some\s+|a\s+few\s+|many\s+)?(?:people|patients|children|adults|women|men)\s+(?:treated|taking|given|on|who|with)\b.*$/iu, '')
    // "Heart failure after long-standing untreated disease": when it comes is no part of the condition.
    .replace(/\s+after\s+(?:(?:long-standing|long-term|longstanding|prolonged|untreated|many\s+years\s+of|years\s+of)\s+)+[\p{L}\s-]*$/iu, '')
    // "Anti-GBM disease after transplantation": when it comes is no part of the condition.
    .replace(/\s+(?:after|following)\s+(?:an?\s+|the\s+)?(?:(?:kidney|liver|heart|lung|stem[ -]cell|bone marrow)\s+)?(?:transplant(?:ation)?|surgery|treatment|chemotherapy|radiotherapy|\p{L}+ectomy)$/iu, '')
    // "Lighter skin and hair than other family members": what it is compared with is no part of the finding.
    .replace(/\s+than\s+(?:other|their|most|the|in)\b.*$/iu, '')
    // "Fever without infection": what it comes without is no part of the finding.
    .replace(/\s+without\s+(?:an?\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?$/iu, '')
    // "Varicose veins at a young age", "Cataracts from birth": when it starts is no part of the finding.
    .replace(/\s+(?:at\s+(?:a\s+)?(?:young|early|any|older)\s+age|(?:at|from)\s+birth|in\s+(?:early\s+)?(?:childhood|infancy|adulthood|adult life))$/iu, '')
    // "Morning stiffness lasting 45 minutes or longer": how long it lasts is no part of the finding.
    .replace(/\s+(?:lasting|that\s+lasts?)\s+(?:(?:more\s+than|over|at\s+least|about|up\s+to)\s+)?(?:\d|an?\s|several|many|a\s+few)[^,;]*$/iu, '')
    // "Dark sweat that stains clothes": what the finding does is no part of its name.
    .replace(/\s+(?:that|which)\s+(?!is\b|are\b)[\p{L}-]+(?:\s+[\p{L}-]+){0,4}$/iu, '');
  return stripped.length > 0 ? stripped : name;
}

const GIVEN_WITH_ANOTHER = /^(?:(?:high|low|standard)-dose\s+)?(.+?)\s+with\s+(?!or\s+without\b)(\S.*)$/iu;

/**
 * "High-dose methotrexate with leucovorin rescue", "Ifosfamide with mesna": a card named for a
 * drug and what is given beside it to protect from it is about the first drug (the scan finds
 * the other where the card names it again). A partner the vocabulary knows as a drug ("Pemetrexed
 * with cisplatin") makes a regimen of two drugs, and a name the vocabulary knows whole stays whole.
 */
function drugGivenWithAnother(name: string, lexicon: Lexicon): string {
  const [, first, partner] = GIVEN_WITH_ANOTHER.exec(name) ?? [];
  if (!first || !partner || lookupPhrase(name, 'Drug', [], lexicon) || lookupPhrase(partner, 'Drug', [], lexicon)) return name;
  return lookupPhrase(first, 'Drug', [], lexicon)?.entry.kind === 'Drug' ? first : name;
}

/** "Ferrous sulfate tablets" names ferrous sulfate: the dosage form is not part of the drug. */
function withoutDosageForm(name: string): string {
  // "Copper sulfate by mouth", "Methotrexate tablets": how a drug is given is no part of its name.
  const stripped = name
    .replace(/\s+(?:by\s+mouth|orally|under\s+the\s+skin|into\s+(?:a|the)\s+(?:vein|muscle)|intravenously|by\s+injection)$/iu, '')
    .replace(/\s+(?:tablets?|capsules?|injections?|infusions?|syrups?|creams?|ointments?|drops|inhalers?|patch(?:es)?|solutions?|suspensions?|pills?)$/iu, '');
  return stripped.length > 0 ? stripped : name;
}

/**
 * "Craving ice or clay (pica)", "Sore, smooth tongue (glossitis)": a lay description followed by
 * the clinical term in parentheses names the term; the description becomes its synonym. A part
 * after the parenthesis ("… and hair loss") is a further head of its own.
 */
function addClinicalTerms(item: SectionItem, parentheses: ParsedHead['parentheses'], kind: EntityKind, context: HeadContext): boolean {
  const terms = parentheses.filter(
    (part) =>
      /^[a-z][a-z -]{3,40}$/u.test(part.text) &&
      part.text.split(/\s+/u).length <= 4 &&
      !/^(?:e\.g|for example|also|the|see|or|and|often|usually|rare|common)\b/u.test(part.text) &&
      // "Central (secondary) hypothyroidism": a bracketed word inside a name is another modifier of it, not a term;
      // "Red, cracked lips (cheilitis) and a strawberry tongue": one joined after it is a further finding.
      !/^\)\s*(?!(?:and|or)\s)\p{L}/u.test(item.head.slice(part.offset + part.text.length).trimStart()),
  );
  if (terms.length === 0) return false;
  let described = 0;
  for (const term of terms) {
    const description = item.head.slice(described, term.offset - 1).replace(/^[\s,;]*(?:and|or)?\s*/u, '').trim();
    // "Thirst and passing a lot of urine (polydipsia and polyuria)", "Irregular or missed periods
    // (oligomenorrhoea or amenorrhoea)": two terms for the two findings described.
    const pair = JOINED_TERMS.exec(term.text);
    const sides = pair?.[1] && pair[2] ? [pair[1], pair[2]].map((side) => lookupPhrase(side, kind, [], context.lexicon)) : [];
    if (pair?.[1] && pair[2] && sides.every((side) => side !== undefined && (side.entry.kind === 'Phenotype' || side.entry.kind === 'Disease'))) {
      sides.forEach((side, index) => {
        const text = index === 0 ? (pair[1] ?? '') : (pair[2] ?? '');
        if (side) pushHeadMention(context, context.table.fromEntry(side.entry), item.headStart + term.offset + term.text.indexOf(text), text);
      });
      described = term.offset + term.text.length + 1;
      continue;
    }
    const found = lookupPhrase(term.text, kind, [], context.lexicon);
    const entity = found ? context.table.fromEntry(found.entry) : localEntity(term.text, kind, context);
    if (description !== '' && isThingPhrase(description)) context.table.addSynonyms(entity.id, [description]);
    pushHeadMention(context, entity, item.headStart + term.offset, term.text);
    described = term.offset + term.text.length + 1;
  }
  const rest = trimHeadText(item.head.slice(described).replace(/^[\s,;]*(?:and|or)\s+(?:(?:a|an|the)\s+)?/u, ''));
  if (rest !== '' && isThingPhrase(rest)) {
    const found = lookupPhrase(rest, kind, [], context.lexicon);
    const entity = found ? context.table.fromEntry(found.entry) : coveredByVocabulary(rest, kind, context.lexicon) ? undefined : shapedLocal(rest, kind, context);
    if (entity) pushHeadMention(context, entity, item.headStart + item.head.indexOf(rest, described), rest);
  }
  return true;
}

const INFECTIONS_BY_DEGREE = /^(?:(?:serious|severe|recurrent|repeated|frequent|more|minor|mild|common|opportunistic)\s+)+infections?$/iu;

const DISEASE_HEAD_NOUN = /\b(?:pneumonia|otitis media|cancers?|carcinomas?|sarcomas?|lymphomas?|leuka?emias?|\p{L}*blastomas?|tumou?rs?)$/iu;

const JOINED_WITH_ASIDE = /\s+(and|or),\s+(?:rarely|occasionally|sometimes|often|usually|less often|more rarely|in some people),\s+/giu;

const JOINED_TERMS = /^([a-z][a-z-]+(?:\s[a-z-]+)?)\s+(?:and|or)\s+([a-z][a-z-]+(?:\s[a-z-]+)?)$/u;

function trimHeadText(text: string): string {
  return text.replace(/^[\s,;.:—–-]+|[\s,;.:—–-]+$/gu, '');
}

/** "Intravenous iron (iron sucrose, ferric carboxymaltose INJECTAFER)": each listed drug is one. */
function addDrugList(item: SectionItem, parentheses: ParsedHead['parentheses'], context: HeadContext): void {
  for (const part of parentheses) {
    if (!part.text.includes(',')) continue;
    let offset = part.offset;
    let previous: RecognisedEntity | undefined;
    // "fludarabine, cyclophosphamide and rituximab, FCR": the last two are two drugs, and FCR,
    // the initials of them all, names the combination, not rituximab.
    const pieces = part.text.split(/(?:[,;]|\s+(?:and|or)\s+)/u);
    const initials = pieces.slice(0, -1).map((piece) => piece.trim().charAt(0).toUpperCase()).join('');
    // "empagliflozin, JARDIANCE; dapagliflozin, FORXIGA": a brand in capitals after a drug is that drug's.
    for (const piece of pieces) {
      const pieceOffset = item.head.indexOf(piece.trim(), offset);
      offset = pieceOffset >= 0 ? pieceOffset + piece.trim().length : offset + piece.length + 1;
      if (piece.trim() === initials) continue;
      if (previous && /^[A-Z][A-Z0-9-]{2,}$/u.test(piece.trim()) && pieceOffset >= 0) {
        context.table.addSynonyms(previous.id, [piece.trim()]);
        pushHeadMention(context, previous, item.headStart + pieceOffset, piece.trim());
        previous = undefined;
        continue;
      }
      const brand = /\s+([A-Z][A-Z0-9-]{2,})$/u.exec(piece.trim());
      const drugName = trimHeadText(brand ? piece.trim().slice(0, brand.index) : piece);
      if (drugName === '' || !isThingPhrase(drugName) || pieceOffset < 0) continue;
      const found = lookupPhrase(drugName, 'Drug', brand?.[1] ? [brand[1]] : [], context.lexicon);
      const entity = found ? context.table.fromEntry(found.entry) : shapedLocal(drugName, 'Drug', context);
      if (!entity) continue;
      if (brand?.[1]) context.table.addSynonyms(entity.id, [brand[1]]);
      pushHeadMention(context, entity, item.headStart + pieceOffset, drugName);
      previous = brand ? undefined : entity;
    }
  }
}

const SIDE_EFFECTS_LABEL = /\b(?:side[- ]effects?|adverse (?:effects?|reactions?))\b/iu;
// "infusion reactions to obinutuzumab": what a reaction is to is no part of the finding.
// "reduced fertility (infertility) later in life": when it shows is no part of it either.
const TRAILING_CONDITION = /\s+(?:if|when|after|during|with|especially|at first|in (?:some|rare|a few)|for the first|which|that|from|such as|(?:later|earlier) in life|in later life|(?:weeks|months|years) later|over time)\b.*$|(?<=\breactions?)\s+to\s+.*$|^\s*(?:later|earlier) in life\b.*$/iu;

/**
 * "Side effects: fever, headache, chills, muscle aches and tiredness after injections": the list
 * of a drug item's side-effects sub-point names phenotypes, each one even when no vocabulary
 * knows it (then a local phenotype), so the drug's adverse effects are not limited to the lexicon.
 */
function addSideEffectLists(item: SectionItem, section: SegmentedSection, context: HeadContext): void {
  for (const point of item.subPoints ?? []) {
    if (!SIDE_EFFECTS_LABEL.test(point.label)) continue;
    const pointStart = section.text.indexOf(point.text, Math.max(0, point.start - section.start - 1));
    if (pointStart < 0) continue;
    let cursor = 0;
    // "… soon after the dose, so children should eat and drink beforehand": advice after the list is no part of it.
    const advice = ADVICE_AFTER_LIST.exec(point.text);
    for (const piece of splitSideEffects(advice ? point.text.slice(0, advice.index) : point.text)) {
      const pieceStart = cursor;
      cursor += piece.length;
      const whole = sideEffectPhrase(piece);
      if (!whole) continue;
      const wholeFound = lookupPhrase(whole, 'Phenotype', [], context.lexicon);
      const tail = wholeFound ? undefined : knownTail(whole, context);
      const phrase = tail?.text ?? whole;
      const found = wholeFound ?? tail?.found;
      if (!found && coveredByVocabulary(phrase, 'Phenotype', context.lexicon)) continue;
      const entity = found ? context.table.fromEntry(found.entry) : sideEffectLocal(phrase, context);
      if (!entity) continue;
      const offset = piece.indexOf(phrase);
      if (offset < 0) continue;
      const start = section.start + pointStart + pieceStart + offset;
      context.result.mentions.push({ entity: entity.id, kind: entity.kind, start, end: start + phrase.length, text: phrase, section: context.sectionIndex, origin: 'head', ambiguous: false });
    }
  }
}

/**
 * "permanent high-pitched hearing loss", which no vocabulary knows whole: the longest tail of two
 * words or more that one knows as a finding, so the qualifiers in front do not hide it.
 */
function knownTail(phrase: string, context: HeadContext): { readonly text: string; readonly found: NonNullable<ReturnType<typeof lookupPhrase>> } | undefined {
  const words = phrase.split(/\s+/u);
  for (let first = 1; words.length - first >= 2; first += 1) {
    const text = words.slice(first).join(' ');
    const found = lookupPhrase(text, 'Phenotype', [], context.lexicon);
    if (found?.entry.kind === 'Phenotype') return { text, found };
  }
  return undefined;
}

const ADVICE_AFTER_LIST = /,?\s+so\s+(?:that\s+)?(?:you|children|people|patients|they|it|the|a|an)\b/iu;

/**
 * A side effect no vocabulary knows is a local entity of its head noun's kind, except that
 * infections a medicine makes more likely, named by how often or how bad they are ("serious
 * infections", "more infections"), are a finding (GUIDE.md); a named infection ("genital yeast
 * infections") stays a disease.
 */
function sideEffectLocal(phrase: string, context: HeadContext): RecognisedEntity | undefined {
  const entity = shapedLocal(phrase, 'Phenotype', context);
  if (!entity || entity.kind === 'Phenotype' || !INFECTIONS_BY_DEGREE.test(phrase)) return entity;
  const finding = context.table.local('Phenotype', phrase);
  context.table.addSynonyms(finding.id, [phrase]);
  return finding;
}

/**
 * The pieces of a side-effects list with the separators between them (so offsets add up):
 * commas, semicolons and sentence ends always part; "and"/"or" part too, except inside a
 * description that a bracketed term then names ("numbness and tingling of the hands and feet
 * (peripheral neuropathy)" is one finding).
 */
function splitSideEffects(text: string): string[] {
  const pieces: string[] = [];
  const andOr = /(\s+and\s+|\s+or\s+)/u;
  // "swelling of the lips, tongue or face (angioedema)": a description the bracketed term names keeps its commas.
  const kept = text.replace(DESCRIBED_PLACES, (match) => match.replaceAll(',', KEPT_COMMA));
  for (const keptPart of kept.split(/(,\s*|;\s*|:\s+|[.!?]\s+(?=\p{Lu}))/u)) {
    const part = keptPart.replaceAll(KEPT_COMMA, ',');
    const gloss = /\([a-z][a-z -]{3,40}\)/u.exec(part);
    if (!gloss) {
      pieces.push(...joinedPlaces(part.split(andOr)));
      continue;
    }
    // What follows the bracketed term ("… (hyperglycaemia) and thinning bones") is a list again.
    const close = gloss.index + gloss[0].length;
    pieces.push(part.slice(0, close), ...part.slice(close).split(andOr));
  }
  return pieces;
}

/**
 * "pain in the arms and legs": a single word after "and"/"or" that follows a place ("in the arms")
 * is another place of the same finding, not a finding of its own; the pieces (separators included)
 * are joined back.
 */
function joinedPlaces(parts: string[]): string[] {
  const joined: string[] = [];
  for (let index = 0; index < parts.length; index += 1) {
    const part = parts[index] ?? '';
    const separator = parts[index + 1];
    const next = parts[index + 2];
    if (separator !== undefined && next !== undefined && /\b(?:in|of|on|around)\s+(?:the|both|your)\s+[\p{L}-]+\s*$/iu.test(part) && /^[\p{L}-]+[.!?]?\s*$/u.test(next)) {
      joined.push(part + separator + next);
      index += 2;
      continue;
    }
    joined.push(part);
  }
  return joined;
}

/** "swelling of the lips, tongue or face (angioedema)": places listed after "of", then the term that names it all. */
const DESCRIBED_PLACES = /\b\p{L}[\p{L}-]* of (?:the |your )?\p{L}[\p{L}-]*(?:, \p{L}[\p{L}-]*)+,? (?:or|and) \p{L}[\p{L}-]* \([a-z][a-z -]{3,40}\)/gu;
const KEPT_COMMA = '\u0001';

/** Words that mark a piece of a side-effect sub-point as a remark about the list or the people, not a finding. */
const NOT_A_FINDING = /\b(?:than|unlike|either|alone|both|descent|origin|ancestry|people|patients|children|adults|women|men|carriers|doses?|weeks?|months?|days?|years?)\b/iu;

const HOW_OFTEN = /^(?:(?:much|far|very|less|more|most|least)\s+)?(?:often|common(?:ly)?|rare(?:ly)?|frequent(?:ly)?|uncommon(?:ly)?)$/iu;

/** The phenotype a piece of a side-effect list names, without qualifiers, or undefined. */
function sideEffectPhrase(piece: string): string | undefined {
  // "injection-site reactions (pain or small lumps)": a bracket that lists is a description, not the clinical term.
  const bracketed = /\(([a-z][a-z -]{3,40})\)/u.exec(piece)?.[1];
  const term = bracketed !== undefined && !/\s(?:or|and)\s/u.test(bracketed) ? bracketed : undefined;
  const text = term ?? piece.replace(/\([^)]*\)/gu, ' ');
  const phrase = trimHeadText(
    text
      .replace(TRAILING_CONDITION, '')
      .replace(/^(?:(?:and|or|mild|rare(?:ly)?|occasional(?:ly)?|possible|some|sometimes|often|usually|uncommonly|frequently)\s+)+/iu, '')
      // "reactivation of tuberculosis", "a flare of psoriasis": the condition that comes back.
      .replace(/^(?:reactivation|flare[- ]?ups?|flares?|worsening|relapse)\s+of\s+/iu, '')
      .replace(/\s+(?:and|or)$/iu, '')
      .replace(/\s*(?:[A-Z][A-Za-z ]*\+\d+|NCBI|PMC)+\s*$/u, ''),
  );
  if (phrase.length < 3 || /^(?:and|or)$/iu.test(phrase) || !isThingPhrase(phrase) || phrase.split(/\s+/u).length > (/\s(?:and|or)\s/u.test(phrase) ? 6 : 5)) return undefined;
  // "it blocks the same enzyme", "less often": a remark on the drug or on how often, not a finding.
  // "immune-related side effects (such as …)": a class of side effects, whose members the list names.
  if (/^(?:it|they|this|these|those|which|who)\b/iu.test(phrase) || HOW_OFTEN.test(phrase) || /\b(?:side[- ])?effects$/iu.test(phrase)) return undefined;
  if (/^(?:with|in|on|at|to|from|during|before|after|the|a|an|such|so|made|worse|better|especially|mostly|have|has|had|is|are|was|were|can|may|might)\b/iu.test(phrase) || /\b(?:taken?|take|used?|given|rinse|rinsing|taking|using)\b/iu.test(phrase)) return undefined;
  // "stronger than either drug alone", "Unlike chemotherapy", "Korean descent": said of the list, not in it.
  if (NOT_A_FINDING.test(phrase)) return undefined;
  return phrase;
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
/** "Type 1 autoimmune hepatitis" is Mondo's "autoimmune hepatitis type 1", and the other way round. */
function typeWordOrders(name: string): string[] {
  const before = /^(type|group|grade|stage)\s+(\S+)\s+(.+)$/iu.exec(name);
  if (before?.[1] && before[2] && before[3]) return [`${before[3]} ${before[1]} ${before[2]}`];
  const after = /^(.+?)\s+(type|group|grade|stage)\s+(\S+)$/iu.exec(name);
  return after?.[1] && after[2] && after[3] ? [`${after[2]} ${after[3]} ${after[1]}`] : [];
}

function lookupPhrase(name: string, kind: EntityKind, alternatives: readonly string[], lexicon: Lexicon): LexiconLookup | undefined {
  const accepted = COMPATIBLE_KINDS[kind];
  for (const phrase of [name, singular(name), ...typeWordOrders(name)]) {
    const found = lexicon.lookup(phrase, kind);
    if (found && accepted.includes(found.entry.kind)) return found;
  }
  for (const phrase of alternatives) {
    const found = lexicon.lookup(phrase, kind);
    if (!found || !accepted.includes(found.entry.kind)) continue;
    // "Late-onset Pompe disease (LOPD)": a short form another disease also goes by ("Hereditary
    // late-onset Parkinson disease") names this one only when the names share a telling word.
    // "Percutaneous endoscopic gastrostomy (PEG)": nor does a short form name a thing of another
    // kind (the drug polyethylene glycol) that shares no word with it.
    if ((kind === 'Disease' || kind === 'Phenotype' || found.entry.kind !== kind) && !sharesTellingWord(name, found.entry)) continue;
    return found;
  }
  return undefined;
}

const NAMED_AS_DISEASE = /\b(?:syndrome|disease|disorder)s?$/iu;

/** Words that name no particular condition: forms, onsets, and the nouns every name ends in. */
const UNTELLING_WORDS = new Set(['disease', 'diseases', 'syndrome', 'disorder', 'type', 'types', 'late-onset', 'early-onset', 'adult-onset', 'onset', 'infantile', 'juvenile', 'adult', 'childhood', 'chronic', 'acute', 'hereditary', 'inherited', 'familial', 'congenital', 'classic', 'severe', 'mild']);

function tellingWords(name: string): string[] {
  return name.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter((word) => word.length >= 4 && !UNTELLING_WORDS.has(word));
}

/** Whether a long form and a vocabulary entry share a telling word (any when the long form has none). */
function sharesTellingWord(longForm: string, entry: { readonly name: string; readonly synonyms: readonly { readonly name: string }[] }): boolean {
  const wanted = tellingWords(longForm);
  if (wanted.length === 0) return true;
  const known = new Set([entry.name, ...entry.synonyms.map((synonym) => synonym.name)].flatMap(tellingWords));
  return wanted.some((word) => known.has(word));
}

/**
 * "Serum calcium and parathyroid hormone", "Large head size and hydrocephalus": a head joining
 * two things, split when the vocabulary knows one side. Returns the sides it does not know that
 * are still thing-like (two words or more), or undefined when the head is one thing.
 */
function splitConjunction(name: string, kind: EntityKind, lexicon: Lexicon): { readonly unknown: string[]; readonly first: string } | undefined {
  // "X-rays of the spine and pelvis", "Examination of the skin, nails and tongue": one thing.
  // "Bleeding after the menopause, or bleeding between periods": unless a comma sets off a last
  // part the vocabulary knows as a thing of its own.
  const setOff = /,\s+(?:and|or)\s+(.+)$/iu.exec(name)?.[1];
  const ownLast = setOff !== undefined && lookupPhrase(setOff.replace(/^(?:a|an|the)\s+/iu, ''), kind, [], lexicon) !== undefined;
  // "Weakness of the legs or trouble passing urine": a last part of several words after "or" is a thing of its own.
  const ownPhrase = kind === 'Phenotype' && /^[^,]*\s(?:of|in|on)\s+(?:the|a|an)\s+\p{L}+\s+or\s+(?:\p{L}[\p{L}-]*\s+){2,}\p{L}[\p{L}-]*$/iu.test(name);
  if (!ownLast && !ownPhrase && /^[^,]*?\s(?:of|in|on|with|under|after|from)\s.*(?:,|\sand\s|\sor\s)/iu.test(name.split(/\s+(?:and|or)\s+|,/u)[0] + ' and ')) return undefined;
  // "Stapes surgery or a cochlear implant": the article before a part is no part of its name.
  const parts = listParts(name, kind).map((part) => part.replace(/^(?:a|an|the)\s+/iu, ''));
  if (parts.length < 2) return undefined;
  const known = parts.map((part) => lookupPhrase(part, kind, [], lexicon) !== undefined);
  const [first = '', last = ''] = [parts[0], parts.at(-1)];
  const firstWords = first.split(/\s+/u).length;
  // "Dental and jaw examination", "Red cell and platelet transfusions": modifiers sharing one noun.
  // "AAT phenotyping or SERPINA1 genotyping": each part ends in a noun of its own, so it is a list.
  // "PET-CT and whole-body MRI": a test's capital short name is a test of its own, no modifier.
  const nounLike = /(?:s|x-ray|scan|test|biopsy|graphy|scopy|count|level|walking|gait|typing|testing|screening|gram|metry|assay|panel|study|culture|analysis)$/iu.test(first) || NAMES_A_PROCEDURE.test(first);
  const testShortName = kind === 'Test' && /^[A-Z]{2,}(?:-[A-Z]{2,})?$/u.test(first);
  // "Nervousness, anxiety and trouble sleeping": a list whose middle is known is a list, not modifiers of one noun.
  // "Serum copper and serum ceruloplasmin", "Plasma ammonia and plasma amino acids": parts that open with the same word are whole names side by side.
  const parallel = firstWords >= 2 && first.split(/\s+/u)[0]?.toLowerCase() === last.split(/\s+/u)[0]?.toLowerCase();
  const sharedNoun = !known[0] && !testShortName && !parallel && !known.slice(1, -1).some(Boolean) && last.split(/\s+/u).length >= 2 && (firstWords === 1 || (firstWords === 2 && kind !== 'Phenotype' && !nounLike));
  // "Coronary artery bypass grafting or stents": parts that each name a procedure are a list.
  const listKind = kind === 'Phenotype' || kind === 'Test' || (kind === 'Procedure' && parts.every((part) => NAMES_A_PROCEDURE.test(part)));
  if (sharedNoun || (!known.some(Boolean) && !listKind)) return undefined;
  const minimumWords = listKind ? 1 : 2;
  // "Molecular testing for FLT3, NPM1, IDH1 and IDH2": the genes a test looks at are genes, not tests.
  const isGene = (part: string): boolean => /^[A-Z][A-Z0-9-]+$/u.test(part) && lexicon.lookup(part, 'Gene')?.entry.kind === 'Gene';
  // "MVAC", "FOLFOX": a regimen's acronym names one treatment though it is one word.
  const longEnough = (part: string): boolean => part.split(/\s+/u).length >= minimumWords || (kind === 'Drug' && /^[A-Z][A-Z0-9-]{2,}$/u.test(part));
  return { first, unknown: parts.filter((part, index) => !known[index] && longEnough(part) && !coveredByVocabulary(part, kind, lexicon) && !isGene(part)) };
}

/** What separates the parts of a head that lists things: commas, "and", "or", "&". */
const LIST_JOINER = /\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+/u;
/** "Gemcitabine plus cisplatin, or dose-dense MVAC": "plus" joins two drugs too. */
const DRUG_LIST_JOINER = /\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&|plus)\s+/u;
/** A dosing schedule is no part of a drug's name, and neither is when it is added ("later with a progestogen"). */
const DOSING_SCHEDULE = /^(?:dose-dense|high-dose|low-dose|standard-dose|(?:later|then|afterwards|subsequently)(?:\s+(?:with|by))?|followed\s+by)\s+(?:(?:a|an|the)\s+)?/iu;

const BY_EXAMPLE = /^\S.*?,?\s+(?:such\s+as|like|including|especially)\s+(.+)$/iu;

function namesKnownExample(name: string, kind: EntityKind, lexicon: Lexicon): boolean {
  const example = BY_EXAMPLE.exec(name)?.[1]?.trim();
  return example !== undefined && lookupPhrase(example, kind, [], lexicon) !== undefined;
}

/** The trimmed, non-empty parts of a head that lists things. */
function listParts(name: string, kind: EntityKind): string[] {
  const parts = name.split(kind === 'Drug' ? DRUG_LIST_JOINER : LIST_JOINER).map((part) => part.trim());
  return (kind === 'Drug' ? parts.map((part) => part.replace(DOSING_SCHEDULE, '')) : parts).filter((part) => part.length > 0);
}

// "Upper endoscopy with duodenal biopsy" names a second procedure after "with": that stays, and so
// does "Surgery with or without radiotherapy", which joins two treatments.
const WITH_EXTRAS = /(?<=\p{L}{3,})\s+with\s+(?!or\s+without\b)(?![^]*\b(?:biops(?:y|ies)|scans?|tests?|x-rays?|endoscopy|ultrasound|aspiration|surgery)$)(?:[\p{L}\p{N}-]+\s*){1,5}$/u;

/** A part whose last word is a procedure of its own. */
const NAMES_A_PROCEDURE = /\b(?:grafting|grafts?|stents?|stenting|surgery|transplant(?:ation)?|\w+ectomy|\w+otomy|\w+ostomy|\w+plasty|repair|replacement|ablation|implant(?:ation)?)$/iu;

/** Whether `short` spells the initials of the parts `name` joins ("U&E", "UE" of "Urea and electrolytes"). */
function isInitialsOf(short: string, name: string): boolean {
  const parts = name.split(LIST_JOINER).map((part) => part.trim()).filter((part) => part.length > 0);
  const initials = parts.map((part) => part.charAt(0).toUpperCase()).join('');
  return parts.length >= 2 && short.replace(/[&/+\s-]/gu, '').toUpperCase() === initials;
}

/**
 * "Muscle aches and cramps", "Delayed growth and puberty": a bare one-word finding after a
 * two-word one shares its modifier ("muscle cramps", "delayed puberty").
 */
export function sharedModifierName(part: string, first: string, kind: EntityKind): string {
  const firstWords = first.split(/\s+/u);
  if (part === first || /\s/u.test(part.trim())) return part;
  // "Bone marrow biopsy and aspiration": the second procedure is done on the same thing.
  if ((kind === 'Test' || kind === 'Procedure') && firstWords.length >= 2 && SAMPLING_NOUN.test(part.trim()) && SAMPLING_NOUN.test(firstWords.at(-1) ?? '')) {
    return `${firstWords.slice(0, -1).join(' ')} ${part.trim()}`;
  }
  // "Valve repair or replacement": the second procedure is done on the same thing.
  if (kind === 'Procedure' && firstWords.length === 2 && NAMES_A_PROCEDURE.test(part.trim()) && NAMES_A_PROCEDURE.test(firstWords.at(-1) ?? '')) {
    return `${firstWords.slice(0, -1).join(' ')} ${part.trim()}`;
  }
  if (kind !== 'Phenotype' || firstWords.length !== 2) return part;
  return `${firstWords[0] ?? ''} ${part}`.trim();
}

/** Ways of sampling or imaging one body part that an item can join with "and". */
const SAMPLING_NOUN = /^(?:biops(?:y|ies)|aspirat(?:e|es|ion)|smears?|cultures?|scans?|x-rays?|ultrasounds?|swabs?)$/iu;

/** Whether vocabulary names already cover most of the phrase (then no local entity is made). */
function coveredByVocabulary(name: string, kind: EntityKind, lexicon: Lexicon): boolean {
  const letters = name.replace(/[^\p{L}\p{N}]/gu, '').length;
  const covered = lexicon
    .findMatches(name, { preferKinds: [kind] })
    .filter((match) => COMPATIBLE_KINDS[kind].includes(match.kind))
    .reduce((sum, match) => sum + match.text.replace(/[^\p{L}\p{N}]/gu, '').length, 0);
  return covered / Math.max(letters, 1) >= 0.75;
}

function isTreatmentKind(kind: EntityKind): boolean {
  return kind === 'Drug' || kind === 'Procedure';
}

/** A local entity for a phrase of entity shape (isLocalEntityShape), else undefined. */
function shapedLocal(name: string, kind: EntityKind, context: HeadContext): RecognisedEntity | undefined {
  return isLocalEntityShape(name, kind) ? localEntity(name, kind, context) : undefined;
}

/**
 * A local entity for a phrase no vocabulary knows. Its kind is the kind of its head noun when
 * the vocabulary knows that ("Osteomyelitis of the jaw" is a disease because osteomyelitis is;
 * "Hip osteoarthritis" because osteoarthritis is), else the section's.
 */
function localEntity(name: string, kind: EntityKind, context: HeadContext): RecognisedEntity {
  const headKind = headNounKind(name, kind, context.lexicon);
  const local = context.table.local(headKind, singularIfPluralHead(name, headKind));
  context.table.addSynonyms(local.id, [name, ...plainerNames(name, headKind)]);
  return local;
}

/**
 * "Persistent cough with thick mucus" is also called a cough, "Fever without an infection" a
 * fever: a symptom's name without its qualifiers is kept as a synonym, so the same symptom
 * named plainly elsewhere finds it.
 */
function plainerNames(name: string, kind: EntityKind): string[] {
  if (kind !== 'Phenotype') return [];
  const withoutQualifier = name.replace(/\s+(?:with|without|in|during|after|on|under|around|from)\s.*$/iu, '').trim();
  const withoutAdjective = withoutQualifier.replace(/^(?:persistent|recurrent|frequent|chronic|severe|mild|slow|easy|sudden|constant)\s+/iu, '').trim();
  return [withoutQualifier, withoutAdjective].filter((plain) => plain !== name && plain.length >= 3);
}

/** Head nouns that make a condition a disease whatever the section ("CF liver disease", "Maternal PKU syndrome"). */
const DISEASE_NOUN = /\b(?:disease|syndrome|disorder|infections?|cancers?|carcinoma|tumou?rs?|leuk(?:a)?emia|lymphoma)$/iu;

function headNounKind(name: string, kind: EntityKind, lexicon: Lexicon): EntityKind {
  const accepted = COMPATIBLE_KINDS[kind];
  if (kind === 'Phenotype' && DISEASE_NOUN.test(name.trim())) return 'Disease';
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
  // "Seizure first-aid training for the family": who it is for, no condition.
  return isThingPhrase(text) && !WHO_IT_IS_FOR.test(text) ? context.table.local('Disease', singular(text)) : undefined;
}

const WHO_IT_IS_FOR = /^(?:the\s+|your\s+|their\s+)?(?:family|families|parents?|carers?|caregivers?|children|adults|people|patients|partners?|relatives|teachers?|school)\b/iu;

/** Vocabulary tests a head's brackets list ("(serum creatinine and eGFR)"), with where each is named. */
function bracketedTests(item: SectionItem, parentheses: ParsedHead['parentheses'], context: HeadContext): { entity: RecognisedEntity; start: number; text: string; bracket: string }[] {
  const found: { entity: RecognisedEntity; start: number; text: string; bracket: string }[] = [];
  for (const part of parentheses) {
    const pieces = part.text.split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/u).filter((piece) => piece.length > 0);
    const known = pieces.map((piece) => ({ piece, lookup: lookupPhrase(piece, 'Test', [], context.lexicon) }));
    if (!known.some(({ lookup }) => lookup?.entry.kind === 'Test')) continue;
    for (const { piece, lookup } of known) {
      if (lookup?.entry.kind !== 'Test') continue;
      found.push({ entity: context.table.fromEntry(lookup.entry), start: item.headStart + part.offset + part.text.indexOf(piece), text: piece, bracket: part.text });
    }
  }
  return found;
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
