import { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isNode, isRelationship, isTime } from 'neo4j-driver';
import { MedkgError } from '../../domain/errors.js';

/** A plain JS value as the adapter hands it on: no driver types past this module. */
export type PlainValue = null | boolean | number | string | PlainValue[] | { [key: string]: PlainValue };

/**
 * Converts a value read from the driver into plain JS: Integer → number (throwing INTERNAL
 * when it does not fit a double exactly, rather than silently losing digits), temporal values →
 * ISO strings, nodes and relationships → their property maps, lists and maps recursively.
 * The driver runs with its default lossless integers, so this is the one place they turn into
 * numbers.
 */
export function toPlain(value: unknown): PlainValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return integerToNumber(value.toString(), Number(value));
  if (isInt(value)) return integerToNumber(value.toString(), value.inSafeRange() ? value.toNumber() : Number.NaN);
  if (isDateTime(value)) return value.toStandardDate().toISOString();
  if (isDate(value) || isLocalDateTime(value) || isLocalTime(value) || isTime(value) || isDuration(value)) {
    return value.toString();
  }
  if (isNode(value) || isRelationship(value)) return toPlain(value.properties);
  if (Array.isArray(value)) return value.map((item) => toPlain(item));
  if (typeof value === 'object') {
    const result: Record<string, PlainValue> = {};
    for (const [key, item] of Object.entries(value)) result[key] = toPlain(item);
    return result;
  }
  throw new MedkgError('INTERNAL', `unsupported value from Neo4j: ${typeof value}`);
}

function integerToNumber(text: string, value: number): number {
  if (!Number.isSafeInteger(value)) {
    throw new MedkgError('INTERNAL', `integer ${text} from Neo4j does not fit a JS number`);
  }
  return value;
}
