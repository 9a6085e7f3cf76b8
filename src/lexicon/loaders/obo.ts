import type { EntityKind } from '../../domain/kinds.js';
import type { SynonymScope, VocabSynonym } from '../../domain/vocabulary.js';
import { kindForId, normaliseCurie } from '../curies.js';
import { readLines } from '../files.js';
import type { LoadedRecord } from '../model.js';
import { makeEntry } from '../model.js';

/**
 * OBO 1.2 (HPO, Disease Ontology, Symptom Ontology, Mondo): one entry per live [Term] with its
 * name, definition, synonyms (EXACT/RELATED/NARROW/BROAD, and the abbreviation/layperson
 * synonym types), xrefs and is_a parents. `alt_id`s and obsolete terms that name a
 * `replaced_by` become `replaces` of the live entry (emitted at the end, once every live term
 * is out); obsolete terms without a replacement are skipped.
 */
export interface OboOptions {
  readonly kind?: EntityKind;
}

interface Stanza {
  id?: string;
  name?: string;
  def?: string;
  obsolete: boolean;
  replacedBy: string[];
  altIds: string[];
  synonyms: VocabSynonym[];
  xrefs: string[];
  parents: string[];
}

const SOURCE_BY_PREFIX: Readonly<Record<string, string>> = { HP: 'HPO', DOID: 'DO', SYMP: 'SYMP', MONDO: 'MONDO' };

function newStanza(): Stanza {
  return { obsolete: false, replacedBy: [], altIds: [], synonyms: [], xrefs: [], parents: [] };
}

const SYNONYM_LINE = /^"((?:[^"\\]|\\.)*)"\s+(EXACT|RELATED|NARROW|BROAD)(?:\s+([^\s[]+))?/u;

function synonymScope(scope: string, type: string | undefined): SynonymScope {
  const lowerType = type?.toLowerCase() ?? '';
  if (lowerType.includes('abbreviation') || lowerType.includes('acronym')) return 'abbreviation';
  if (lowerType.includes('layperson')) return 'layperson';
  if (lowerType.includes('brand')) return 'brand';
  return scope.toLowerCase() as SynonymScope;
}

function unescape(text: string): string {
  return text.replace(/\\(.)/gu, '$1');
}

function readTag(stanza: Stanza, tag: string, value: string): void {
  const bare = value.replace(/\s+!.*$/u, '').trim();
  switch (tag) {
    case 'id': stanza.id = bare; break;
    case 'name': stanza.name = value.trim(); break;
    case 'def': stanza.def = unescape(/^"((?:[^"\\]|\\.)*)"/u.exec(value)?.[1] ?? ''); break;
    case 'is_obsolete': stanza.obsolete = bare === 'true'; break;
    case 'replaced_by': stanza.replacedBy.push(bare); break;
    case 'alt_id': stanza.altIds.push(bare); break;
    case 'xref': stanza.xrefs.push(normaliseCurie(bare.split(/\s/u)[0] ?? bare)); break;
    case 'is_a': stanza.parents.push(bare.split(/\s/u)[0] ?? bare); break;
    case 'synonym': {
      const match = SYNONYM_LINE.exec(value);
      if (match?.[1] && match[2]) stanza.synonyms.push({ name: unescape(match[1]), scope: synonymScope(match[2], match[3]) });
      break;
    }
    default:
  }
}

function toRecord(stanza: Stanza, options: OboOptions, version: string | undefined): LoadedRecord | undefined {
  const { id, name } = stanza;
  if (!id || !name || stanza.obsolete) return undefined;
  const kind = options.kind ?? kindForId(id);
  if (!kind) return undefined;
  const prefix = id.slice(0, id.indexOf(':'));
  const entry = makeEntry({
    id,
    kind,
    name,
    source: SOURCE_BY_PREFIX[prefix] ?? prefix,
    sourceVersion: version,
    description: stanza.def,
    synonyms: stanza.synonyms,
    xrefs: stanza.xrefs,
    parents: stanza.parents,
    replaces: stanza.altIds,
  });
  return { entry, mode: 'primary' };
}

/** Streams the live terms of an OBO file, then the replaced_by links of its obsolete ones. */
export async function* loadObo(path: string, options: OboOptions = {}): AsyncGenerator<LoadedRecord> {
  let version: string | undefined;
  let stanza: Stanza | undefined;
  let inTerm = false;
  const replacements: { obsolete: string; live: string }[] = [];
  const finish = (): LoadedRecord | undefined => {
    if (!stanza) return undefined;
    if (stanza.obsolete && stanza.id) {
      for (const live of stanza.replacedBy) replacements.push({ obsolete: stanza.id, live });
    }
    return toRecord(stanza, options, version);
  };
  for await (const line of readLines(path)) {
    if (line.startsWith('[')) {
      const record = finish();
      if (record) yield record;
      inTerm = line.trim() === '[Term]';
      stanza = inTerm ? newStanza() : undefined;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const tag = line.slice(0, colon);
    const value = line.slice(colon + 1).trim();
    if (!stanza) {
      if (tag === 'data-version' && !inTerm) version = value;
      continue;
    }
    readTag(stanza, tag, value);
  }
  const last = finish();
  if (last) yield last;
  yield* replacementRecords(replacements, options);
}

function* replacementRecords(
  replacements: readonly { obsolete: string; live: string }[],
  options: OboOptions,
): Generator<LoadedRecord> {
  for (const { obsolete, live } of replacements) {
    const kind = options.kind ?? kindForId(live);
    if (!kind) continue;
    yield { entry: makeEntry({ id: live, kind, name: live, source: 'replaced_by', replaces: [obsolete] }), mode: 'patch' };
  }
}
