import type { EntityKind } from '../../domain/kinds.js';
import { localEntityId } from '../../domain/ids.js';
import type { VocabEntry } from '../../domain/vocabulary.js';
import type { Lexicon } from '../../lexicon/lexicon.js';
import type { RecognisedEntity } from './types.js';

/**
 * The entities of one article, keyed by id. A vocabulary entry becomes a verified entity; a
 * phrase no vocabulary knows becomes a local `medkg:<kind>:<slug>` entity flagged unverified, so
 * an editor can confirm it. Names seen in the article are kept as synonyms of local entities.
 */
export class EntityTable {
  readonly #entities = new Map<string, RecognisedEntity>();

  constructor(private readonly lexicon: Lexicon) {}

  get(id: string): RecognisedEntity | undefined {
    return this.#entities.get(id);
  }

  /** The verified entity of a vocabulary entry (added once). */
  fromEntry(entry: VocabEntry): RecognisedEntity {
    const known = this.#entities.get(entry.id);
    if (known) return known;
    const entity: RecognisedEntity = {
      id: entry.id,
      kind: entry.kind,
      name: entry.name,
      synonyms: uniqueNames(entry.synonyms.map((synonym) => synonym.name), entry.name),
      xrefs: [...entry.xrefs],
      ...(entry.description === undefined ? {} : { description: entry.description }),
      status: 'verified',
    };
    this.#entities.set(entity.id, entity);
    return entity;
  }

  /** The entity of a lexicon id, when the lexicon knows it. */
  fromId(id: string): RecognisedEntity | undefined {
    const known = this.#entities.get(id);
    if (known) return known;
    const entry = this.lexicon.entry(id);
    return entry ? this.fromEntry(entry) : undefined;
  }

  /** A local, unverified entity for a name no vocabulary knows. */
  local(kind: EntityKind, name: string): RecognisedEntity {
    const id = localEntityId(kind, name);
    const known = this.#entities.get(id);
    if (known) return known;
    const entity: RecognisedEntity = { id, kind, name, synonyms: [], xrefs: [], status: 'unverified' };
    this.#entities.set(id, entity);
    return entity;
  }

  /** Adds names the article gives an entity (title, abbreviation, Other names) as synonyms. */
  addSynonyms(id: string, names: readonly string[]): void {
    const entity = this.#entities.get(id);
    if (!entity) return;
    // Called for every vocabulary match: most names are already there, so nothing is rebuilt.
    const known = new Set([entity.name, ...entity.synonyms].map((name) => name.toLowerCase()));
    if (names.every((name) => name.trim() === '' || known.has(name.trim().toLowerCase()))) return;
    this.#entities.set(id, { ...entity, synonyms: uniqueNames([...entity.synonyms, ...names], entity.name) });
  }

  all(): ReadonlyMap<string, RecognisedEntity> {
    return this.#entities;
  }
}

/** Distinct names (case-insensitive), without the entity's own name. */
function uniqueNames(names: readonly string[], own: string): string[] {
  const seen = new Set([own.toLowerCase()]);
  const result: string[] = [];
  for (const name of names) {
    const trimmed = name.trim();
    const key = trimmed.toLowerCase();
    if (trimmed === '' || seen.has(key)) continue;
    seen.add(key);
    result.push(trimmed);
  }
  return result;
}
