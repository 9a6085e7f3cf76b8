import type { EntityKind } from '../domain/kinds.js';
import type { SectionKind } from '../domain/sections.js';
import type { SynonymScope, VocabEntry } from '../domain/vocabulary.js';

/** One entry a name may mean, with the rules that name carries. */
export interface NameCandidate {
  readonly entry: VocabEntry;
  readonly scope: SynonymScope | 'name';
  readonly flags: number;
  /** Letters and digits of the name as written, for the exact-case rule of symbols. */
  readonly surface: string;
  readonly seed: boolean;
}

/** A gene symbol or alias: matches only when the text writes it exactly (case included). */
export const FLAG_SYMBOL = 1;
/** An everyday word ("calcium"): needs a section that prefers its kind, or gene context. */
export const FLAG_COMMON = 2;
/** A name of two alternatives ("SJS/TEN", "SJS-TEN"): it never matches a list ("SJS, TEN or DRESS"). */
export const FLAG_ALTERNATIVES = 4;
/** A seed name that is otherwise a stop word: matches only as written, where the section's first kind is its own. */
export const FLAG_LIST_ONLY = 8;

export interface ResolveContext {
  readonly preferKinds: readonly EntityKind[];
  /** "the X gene", "variants in X": the text itself says X is a gene. */
  readonly geneContext: boolean;
  /** Letters and digits of the matched text, as written. */
  readonly surface: string;
  /** Whole-phrase lookups trust the phrase: no everyday-word or shared-alias rules. */
  readonly lookup?: boolean;
}

export interface Resolution {
  readonly chosen: NameCandidate;
  readonly ambiguous: boolean;
  readonly candidates: readonly NameCandidate[];
}

/** Kinds a section's wording is about, most likely first. */
export const SECTION_KIND_PREFERENCE: Partial<Record<SectionKind, readonly EntityKind[]>> = {
  title: ['Disease'], definition: ['Disease'], other_names: ['Disease'], types: ['Disease'], summary: ['Disease'],
  causes: ['Gene', 'Disease'], genetics: ['Gene'], inheritance: ['Gene'],
  symptoms: ['Phenotype'], complications: ['Phenotype', 'Disease'], side_effects: ['Phenotype'],
  diagnosis: ['Test', 'Procedure'], test_purpose: ['Test'], test_results: ['Test'], monitoring: ['Test'],
  drugs: ['Drug'], supplements: ['Drug'], dosage: ['Drug'], interactions: ['Drug'], treatment: ['Drug', 'Procedure'],
  advanced_therapy: ['Procedure', 'Drug'], surgery: ['Procedure'], non_drug_treatment: ['Procedure'],
  indications: ['Disease'],
};

/** Fixed priority when nothing else decides (never the order of files). */
export const KIND_PRIORITY: readonly EntityKind[] = ['Disease', 'Gene', 'Drug', 'Test', 'Procedure', 'Phenotype'];

const SCOPE_RANK: Readonly<Record<SynonymScope | 'name', number>> = {
  name: 0, exact: 1, abbreviation: 2, brand: 2, layperson: 3, related: 4,
  previous_symbol: 5, alias_symbol: 5, narrow: 6, broad: 6,
};

/** Sources in the order their names are trusted for one kind; unknown prefixes come last. */
const SOURCE_RANK: Readonly<Record<string, number>> = { HGNC: 1, MONDO: 1, DRUGBANK: 1, LOINC: 1, HP: 1, DOID: 2, SYMP: 3, ORPHA: 3, GARD: 4, medkg: 5 };

function sourceRank(candidate: NameCandidate): number {
  if (candidate.seed) return 0;
  return SOURCE_RANK[candidate.entry.id.slice(0, candidate.entry.id.indexOf(':'))] ?? 6;
}

/** A capital and then lower-case letters only: how a word opens a sentence. */
const WORDLIKE = /^\p{Lu}\p{Ll}+$/u;

function isGeneAlias(candidate: NameCandidate): boolean {
  return candidate.entry.kind === 'Gene' && (candidate.scope === 'alias_symbol' || candidate.scope === 'previous_symbol');
}

/**
 * A secondary source's label is worth no more than a primary source's exact synonym: HPO lists
 * "Simple partial seizures" as an exact synonym of its term, SYMP has "simple partial seizure" as
 * a label, and the phenotype should be HPO's.
 */
function scopeRank(candidate: NameCandidate): number {
  const rank = SCOPE_RANK[candidate.scope];
  return candidate.scope === 'name' && sourceRank(candidate) >= SECONDARY_SOURCE_RANK ? SCOPE_RANK.exact : rank;
}

const SECONDARY_SOURCE_RANK = 3;

function compareCandidates(a: NameCandidate, b: NameCandidate): number {
  return scopeRank(a) - scopeRank(b) || sourceRank(a) - sourceRank(b) || (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0);
}

/** One candidate per entry (its best-ranked name). */
function bestPerEntry(candidates: readonly NameCandidate[]): NameCandidate[] {
  const best = new Map<string, NameCandidate>();
  for (const candidate of candidates) {
    const current = best.get(candidate.entry.id);
    if (!current || compareCandidates(candidate, current) < 0) best.set(candidate.entry.id, candidate);
  }
  return [...best.values()].sort(compareCandidates);
}

/** Rules that drop a candidate before ranking: case of symbols, everyday words, shared aliases. */
function admissible(candidates: readonly NameCandidate[], context: ResolveContext): NameCandidate[] {
  const kept = candidates.filter((candidate) => {
    if (candidate.flags & FLAG_SYMBOL && candidate.surface !== context.surface) return false;
    // HGNC keeps old names written like words ("Yes" for YES1, "Bravo", "Casper"): an answer or a sentence's first word, unless the text says it is a gene.
    if (isGeneAlias(candidate) && WORDLIKE.test(candidate.surface) && !context.geneContext && !context.lookup) return false;
    if (candidate.flags & FLAG_LIST_ONLY && (context.preferKinds[0] !== candidate.entry.kind || candidate.surface.toLowerCase() !== context.surface.toLowerCase())) return false;
    if (candidate.flags & FLAG_COMMON && !context.lookup) {
      const wanted = context.preferKinds.includes(candidate.entry.kind) || (context.geneContext && candidate.entry.kind === 'Gene');
      if (!wanted) return false;
    }
    return true;
  });
  // An alias or previous symbol shared by several genes, none of which has it as its approved
  // symbol, never resolves without gene context.
  const genes = new Set(kept.filter((candidate) => candidate.entry.kind === 'Gene').map((candidate) => candidate.entry.id));
  const approved = kept.some((candidate) => candidate.entry.kind === 'Gene' && candidate.scope === 'name');
  if (genes.size > 1 && !approved && !context.geneContext && !context.lookup) return kept.filter((candidate) => !isGeneAlias(candidate));
  return kept;
}

/** A name of one cancer ("cholangiocarcinoma", "hepatocellular carcinoma", "colorectal cancer"). */
const NAMED_CANCER = /(?:carcinoma|sarcoma|blastoma|lymphoma|melanoma|mesothelioma|myeloma|leuka?emia|\bcancer)$/iu;

function chooseKind(candidates: readonly NameCandidate[], context: ResolveContext): { kind: EntityKind; decided: boolean } {
  const kinds = new Set(candidates.map((candidate) => candidate.entry.kind));
  if (context.geneContext && kinds.has('Gene')) return { kind: 'Gene', decided: true };
  // "Cholangiocarcinoma (bile duct cancer)" in a complications list: HPO also files cancers as findings, but a named cancer is a disease wherever it is named.
  if (context.preferKinds[0] === 'Phenotype' && kinds.has('Disease') && kinds.has('Phenotype') && candidates.some((candidate) => candidate.entry.kind === 'Disease' && SCOPE_RANK[candidate.scope] <= SCOPE_RANK.exact && NAMED_CANCER.test(candidate.entry.name))) {
    return { kind: 'Disease', decided: true };
  }
  const byContext = context.preferKinds.find((kind) => kinds.has(kind));
  // Our curated seed gives a name one kind in every article ("osteoporosis" is a phenotype):
  // that beats a section's preference, which would otherwise pick whichever imported
  // vocabulary also holds the name under another kind. Only a seed entry's own kind of name
  // counts: an import's loose synonym merged onto it (HGNC lists "familial
  // hypercholesterolemia" as a related name of LDLR) decides nothing.
  // A seed entry's own name beats another seed entry's synonym ("anxiety" is the phenotype,
  // though MONDO lists it as an exact synonym of the seed's "anxiety disorder"), but not its
  // short form: the gene PAH and the disease's "PAH" are left to context.
  const seed = candidates.filter((candidate) => candidate.seed);
  const seedNamed = new Set(seed.filter((candidate) => candidate.scope === 'name').map((candidate) => candidate.entry.kind));
  const shortFormOfOther = seed.some((candidate) => (candidate.scope === 'abbreviation' || candidate.scope === 'brand') && !seedNamed.has(candidate.entry.kind));
  const seedKinds = seedNamed.size === 1 && !shortFormOfOther ? seedNamed : new Set(seed.filter((candidate) => SCOPE_RANK[candidate.scope] <= SCOPE_RANK.brand).map((candidate) => candidate.entry.kind));
  const [seedKind] = seedKinds;
  if (seedKinds.size === 1 && seedKind) return { kind: seedKind, decided: true };
  // "absence seizures" in a drug's uses: DO's loose related name for childhood absence epilepsy
  // does not outweigh HPO's own name of the sign, whatever kind the section prefers.
  const strongKinds = new Set(candidates.filter((candidate) => scopeRank(candidate) <= SCOPE_RANK.exact && !isGeneAlias(candidate)).map((candidate) => candidate.entry.kind));
  const [strongKind] = strongKinds;
  const onlyLoose = byContext !== undefined && candidates.every((candidate) => candidate.entry.kind !== byContext || SCOPE_RANK[candidate.scope] >= SCOPE_RANK.related);
  if (onlyLoose && strongKinds.size === 1 && strongKind) return { kind: strongKind, decided: true };
  if (byContext) return { kind: byContext, decided: true };
  // A gene alias never beats a real name of another kind without gene context.
  const real = new Set(candidates.filter((candidate) => !isGeneAlias(candidate)).map((candidate) => candidate.entry.kind));
  const pool = real.size > 0 ? real : kinds;
  const kind = KIND_PRIORITY.find((candidate) => pool.has(candidate)) ?? 'Disease';
  return { kind, decided: pool.size === 1 };
}

/**
 * Picks the entry a matched name means. Order of rules: admissibility (above); the kind the
 * section or gene context prefers; the kind our curated seed gives the name; otherwise the fixed
 * KIND_PRIORITY, flagged ambiguous. Within a kind: best scope, then source, then id; a tie
 * between two entries (two genes sharing an alias) is flagged ambiguous.
 */
export function resolveCandidates(all: readonly NameCandidate[], context: ResolveContext): Resolution | undefined {
  const candidates = bestPerEntry(admissible(all, context));
  if (candidates.length === 0) return undefined;
  const { kind, decided } = chooseKind(candidates, context);
  const ofKind = candidates.filter((candidate) => candidate.entry.kind === kind);
  const [chosen, runnerUp] = ofKind;
  if (!chosen) return undefined;
  const tie = runnerUp !== undefined && SCOPE_RANK[chosen.scope] === SCOPE_RANK[runnerUp.scope] && sourceRank(chosen) === sourceRank(runnerUp);
  return { chosen, ambiguous: !decided || tie, candidates };
}
