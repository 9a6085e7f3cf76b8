import type { EntityKind } from '../../domain/kinds.js';
import { escapeRegExp } from '../../domain/text.js';
import type { Lexicon } from '../../lexicon/lexicon.js';
import type { EntityTable } from './entities.js';
import { singular } from './heads.js';
import type { Mention, RecognisedEntity } from './types.js';

const CONDITION_KINDS: ReadonlySet<EntityKind> = new Set(['Disease', 'Phenotype']);

/**
 * "Cerebral AVMs — can bleed into the brain" under Complications, where the article defined
 * "arteriovenous malformations (AVMs)": a local name that holds one of the article's short forms
 * is looked up again with the long form written out. When a vocabulary knows the expanded name
 * ("cerebral arteriovenous malformation"), the local entity's mentions name that entry instead.
 */
export function resolveLocalsByShortForms(candidates: readonly Mention[], abbreviations: ReadonlyMap<string, string>, lexicon: Lexicon, table: EntityTable): Mention[] {
  const shortForms = shortFormPatterns(abbreviations, table);
  const remapped = new Map<string, RecognisedEntity>();
  for (const entity of table.all().values()) {
    if (entity.status !== 'unverified') continue;
    const found = expandedEntry(entity, shortForms, lexicon, table);
    if (!found) continue;
    // The article's own wording ("AML with mutated NPM1") stays a name of the entry it means.
    table.addSynonyms(found.id, [entity.name, ...entity.synonyms]);
    remapped.set(entity.id, found);
  }
  if (remapped.size === 0) return [...candidates];
  return candidates.map((mention) => {
    const target = remapped.get(mention.entity);
    return target ? { ...mention, entity: target.id, kind: target.kind } : mention;
  });
}

interface ShortFormPattern {
  readonly pattern: RegExp;
  readonly long: RecognisedEntity;
}

/** One whole-word pattern per short form the article defined (plural "AVMs" included), built once per article. */
function shortFormPatterns(abbreviations: ReadonlyMap<string, string>, table: EntityTable): ShortFormPattern[] {
  const patterns: ShortFormPattern[] = [];
  for (const [short, id] of abbreviations) {
    const long = table.get(id);
    if (!long) continue;
    patterns.push({ pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(short.replace(/s$/u, ''))}s?(?![\\p{L}\\p{N}])`, 'u'), long });
  }
  return patterns;
}

function expandedEntry(entity: RecognisedEntity, shortForms: readonly ShortFormPattern[], lexicon: Lexicon, table: EntityTable): RecognisedEntity | undefined {
  for (const { pattern, long } of shortForms) {
    if (long.id === entity.id) continue;
    const source = [entity.name, ...entity.synonyms].find((name) => pattern.test(name));
    if (!source) continue;
    const expanded = source.replace(pattern, long.name);
    const found = lexicon.lookup(expanded, entity.kind) ?? lexicon.lookup(singular(expanded), entity.kind);
    if (found && fitsKind(found.entry.kind, entity.kind)) return table.fromEntry(found.entry);
  }
  return undefined;
}

function fitsKind(found: EntityKind, local: EntityKind): boolean {
  return found === local || (CONDITION_KINDS.has(found) && CONDITION_KINDS.has(local));
}
