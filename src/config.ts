import { z } from 'zod';

const commaList = z
  .string()
  .transform((value) => value.split(',').map((item) => item.trim()).filter((item) => item.length > 0));

const booleanFlag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'])
  .transform((value) => ['1', 'true', 'yes', 'on'].includes(value));

/** API keys as `editorName:key` pairs, comma separated: each key names its editor. */
const apiKeys = commaList.transform((pairs, context) => {
  const keys = new Map<string, string>();
  for (const pair of pairs) {
    const separator = pair.indexOf(':');
    if (separator <= 0 || separator === pair.length - 1) {
      context.addIssue({ code: 'custom', message: `expected editor:key pairs, got "${pair.slice(0, 20)}"` });
      continue;
    }
    keys.set(pair.slice(separator + 1), pair.slice(0, separator));
  }
  return keys;
});

const environmentSchema = z.object({
  MEDKG_PORT: z.coerce.number().int().min(0).max(65_535).default(4000),
  MEDKG_HOST: z.string().default('0.0.0.0'),
  MEDKG_DATA_DIR: z.string().default('.data'),
  NEO4J_URI: z.string().url().optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().optional(),
  MEDKG_API_KEYS: apiKeys.default(new Map()),
  MEDKG_READER_KEYS: apiKeys.default(new Map()),
  MEDKG_PUBLIC_READS: booleanFlag.default(true),
  MEDKG_CORS_ORIGINS: commaList.default([]),
  MEDKG_BODY_LIMIT: z.string().default('1mb'),
  MEDKG_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().nonnegative().default(600),
  MEDKG_MAX_DEPTH: z.coerce.number().int().positive().default(10),
  MEDKG_MAX_COST: z.coerce.number().int().positive().default(5000),
  MEDKG_MAX_FIRST: z.coerce.number().int().positive().default(100),
  MEDKG_REQUEST_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  MEDKG_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MEDKG_RESPONSE_CACHE_MB: z.coerce.number().nonnegative().default(64),
  MEDKG_MAX_ARTICLE_BYTES: z.coerce.number().int().positive().default(5 * 1024 * 1024),
});

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly neo4j: { readonly uri: string; readonly user: string; readonly password: string; readonly database?: string } | null;
  /** API key → editor name. */
  readonly apiKeys: ReadonlyMap<string, string>;
  /** Read-only API key → holder name (`name:key` pairs); they matter when reads are not public. */
  readonly readerKeys: ReadonlyMap<string, string>;
  readonly publicReads: boolean;
  readonly corsOrigins: readonly string[];
  readonly bodyLimit: string;
  /** Requests per minute per IP; 0 turns the limit off. */
  readonly rateLimitPerMinute: number;
  readonly maxDepth: number;
  readonly maxCost: number;
  readonly maxFirst: number;
  readonly requestTimeoutMs: number;
  readonly logLevel: string;
  readonly maxArticleBytes: number;
  /** Megabytes of GET /graphql answers kept in process (keyed by ETag, so never stale); 0 = none. */
  readonly responseCacheMb: number;
}

/** Thrown with one line per invalid variable, naming it. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Parses the environment once. Nothing else in medkg reads process.env: pass what this returns.
 * Empty strings count as unset, as shells and compose files often export them.
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const present = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => value !== undefined && value !== '' && key in environmentSchema.shape),
  );
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`);
    throw new ConfigError(`invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const value = parsed.data;
  return Object.freeze({
    port: value.MEDKG_PORT,
    host: value.MEDKG_HOST,
    dataDir: value.MEDKG_DATA_DIR,
    neo4j: value.NEO4J_URI
      ? {
          uri: value.NEO4J_URI,
          user: value.NEO4J_USER,
          password: value.NEO4J_PASSWORD,
          ...(value.NEO4J_DATABASE ? { database: value.NEO4J_DATABASE } : {}),
        }
      : null,
    apiKeys: value.MEDKG_API_KEYS,
    readerKeys: value.MEDKG_READER_KEYS,
    publicReads: value.MEDKG_PUBLIC_READS,
    corsOrigins: value.MEDKG_CORS_ORIGINS,
    bodyLimit: value.MEDKG_BODY_LIMIT,
    rateLimitPerMinute: value.MEDKG_RATE_LIMIT_PER_MINUTE,
    maxDepth: value.MEDKG_MAX_DEPTH,
    maxCost: value.MEDKG_MAX_COST,
    maxFirst: value.MEDKG_MAX_FIRST,
    requestTimeoutMs: value.MEDKG_REQUEST_TIMEOUT_MS,
    logLevel: value.MEDKG_LOG_LEVEL,
    maxArticleBytes: value.MEDKG_MAX_ARTICLE_BYTES,
    responseCacheMb: value.MEDKG_RESPONSE_CACHE_MB,
  });
}
