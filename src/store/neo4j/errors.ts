import { Neo4jError, error as driverErrors } from 'neo4j-driver';
import { MedkgError, isMedkgError } from '../../domain/errors.js';

const UNAVAILABLE_CODES: ReadonlySet<string> = new Set([driverErrors.SERVICE_UNAVAILABLE, driverErrors.SESSION_EXPIRED]);

/**
 * Maps whatever the driver threw onto medkg's one error family: an unreachable or lost server
 * is STORE_UNAVAILABLE (retriable, so /readyz and the API can say "try again"); anything else is
 * INTERNAL with the driver error as `cause`, so no Cypher reaches a user while logs keep it.
 * MedkgErrors thrown by our own code inside a transaction pass through unchanged.
 */
export function toMedkgError(caught: unknown, operation: string): MedkgError {
  if (isMedkgError(caught)) return caught;
  if (caught instanceof Neo4jError && UNAVAILABLE_CODES.has(caught.code)) {
    return new MedkgError('STORE_UNAVAILABLE', `Neo4j is unreachable (${operation})`, { cause: caught, retriable: true });
  }
  return new MedkgError('INTERNAL', `Neo4j ${operation} failed`, { cause: caught, retriable: false });
}
