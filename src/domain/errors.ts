/** Stable error codes; the API copies them into GraphQL `extensions.code`. */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'QUERY_TOO_COMPLEX',
  'STORE_UNAVAILABLE',
  'STORE_TOO_NEW',
  'CONFLICT',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface MedkgErrorOptions {
  readonly retriable?: boolean;
  readonly cause?: unknown;
  /** Safe, user-facing details (never SQL, Cypher or stack traces). */
  readonly details?: Readonly<Record<string, unknown>>;
}

/** The one error family of medkg: a stable code, whether a retry can help, and the cause. */
export class MedkgError extends Error {
  readonly code: ErrorCode;
  readonly retriable: boolean;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, message: string, options: MedkgErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'MedkgError';
    this.code = code;
    this.retriable = options.retriable ?? code === 'STORE_UNAVAILABLE';
    this.details = options.details ?? {};
  }
}

export function isMedkgError(error: unknown): error is MedkgError {
  return error instanceof MedkgError;
}

export function badInput(message: string, details?: Record<string, unknown>): MedkgError {
  return new MedkgError('BAD_USER_INPUT', message, details ? { details } : {});
}

export function notFound(message: string): MedkgError {
  return new MedkgError('NOT_FOUND', message);
}
