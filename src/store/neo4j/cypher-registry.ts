import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { MedkgError } from '../../domain/errors.js';
import { PREDICATES } from '../../domain/predicates.js';
import type { Predicate } from '../../domain/predicates.js';
import { QUERY_NAMES } from './query-names.js';
import type { QueryName } from './query-names.js';

/** Where the .cypher files live: the repository's cypher/ folder. */
export const DEFAULT_CYPHER_DIR = fileURLToPath(new URL('../../../cypher/', import.meta.url));

/**
 * Values a query file may be rendered with. Cypher takes no label or relationship type as a
 * parameter, so these few placeholders are filled only from the closed enums of src/domain
 * (checked again here) and a bounded integer: never from user text.
 */
export interface TemplateValues {
  /** `{{types}}`: a relationship type alternation, `A|B`. */
  readonly types?: readonly Predicate[];
  /** `{{maxHops}}`: the upper bound of a variable-length pattern. */
  readonly maxHops?: number;
}

/** The loaded Cypher: every query text by name, plus the schema statements. */
export interface CypherRegistry {
  text(name: QueryName, values?: TemplateValues): string;
  /** Statements of schema.cypher, in file order. */
  readonly schema: readonly string[];
}

const MAX_HOPS_LIMIT = 10;
// Labels and types that never vary (every kind, every predicate) are spelled out in the files
// themselves; only a caller-chosen set of predicates and a hop bound need a placeholder.
const PLACEHOLDER = /\{\{(\w+)\}\}/gu;

/**
 * Reads cypher/*.cypher once (at store open). Fails when a known query has no file or a file
 * names no known query, so a typo is caught at start, not at the first request.
 */
export async function loadCypherRegistry(directory: string = DEFAULT_CYPHER_DIR): Promise<CypherRegistry> {
  const files = (await readdir(directory)).filter((file) => file.endsWith('.cypher'));
  const known = new Set<string>([...QUERY_NAMES, 'schema']);
  const stray = files.map((file) => file.slice(0, -'.cypher'.length)).filter((name) => !known.has(name));
  const missing = [...known].filter((name) => !files.includes(`${name}.cypher`));
  if (stray.length > 0 || missing.length > 0) {
    throw new MedkgError('INTERNAL', `cypher/ does not match the query registry (missing: ${missing.join(', ') || '-'}; unknown: ${stray.join(', ') || '-'})`);
  }
  const texts = new Map<string, string>();
  for (const name of known) texts.set(name, stripComments(await readFile(`${directory}/${name}.cypher`, 'utf8')));
  const rendered = new Map<string, string>();
  return {
    text(name, values) {
      const source = texts.get(name) ?? '';
      if (!values) return source;
      const cacheKey = `${name}|${JSON.stringify(values)}`;
      let text = rendered.get(cacheKey);
      if (text === undefined) {
        text = render(source, values);
        rendered.set(cacheKey, text);
      }
      return text;
    },
    schema: splitStatements(texts.get('schema') ?? ''),
  };
}

function render(source: string, values: TemplateValues): string {
  return source.replace(PLACEHOLDER, (_match, key: string) => {
    switch (key) {
      case 'types':
        if (!values.types || values.types.length === 0) throw new MedkgError('INTERNAL', 'empty relationship type set');
        return values.types.map((type) => checkedPredicate(type)).join('|');
      case 'maxHops':
        if (values.maxHops === undefined || !Number.isInteger(values.maxHops) || values.maxHops < 1 || values.maxHops > MAX_HOPS_LIMIT) {
          throw new MedkgError('INTERNAL', `maxHops out of range: ${String(values.maxHops)}`);
        }
        return String(values.maxHops);
      default:
        throw new MedkgError('INTERNAL', `unknown Cypher placeholder {{${key}}}`);
    }
  });
}

function checkedPredicate(value: Predicate | undefined): string {
  if (!value || !(PREDICATES as readonly string[]).includes(value)) {
    throw new MedkgError('INTERNAL', `not a predicate: ${String(value)}`);
  }
  return value;
}

function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .trim();
}

function splitStatements(text: string): string[] {
  return text
    .split(';')
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}
