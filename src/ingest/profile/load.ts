import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { badInput } from '../../domain/errors.js';
import type { SiteProfile } from './schema.js';
import { siteProfileSchema } from './schema.js';

/** The profile shipped with medkg, used when no `--profile` is given. */
export const DEFAULT_PROFILE_PATH = fileURLToPath(new URL('../../../seed/profiles/site.json', import.meta.url));

/**
 * Reads and validates a site profile. Invalid JSON, a failing schema or a bad pattern is a
 * one-line BAD_USER_INPUT naming the file, so an editor's typo never reaches cleaning.
 */
export function loadSiteProfile(path: string = DEFAULT_PROFILE_PATH): SiteProfile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw badInput(`${path}: cannot read the site profile (${(error as NodeJS.ErrnoException).code ?? 'read error'})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw badInput(`${path}: the site profile is not valid JSON (${error instanceof Error ? error.message : 'syntax error'})`);
  }
  return parseSiteProfile(json, path);
}

/** Validates a profile value (from a file or built in a test). */
export function parseSiteProfile(value: unknown, origin = 'site profile'): SiteProfile {
  const result = siteProfileSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.join('.') ?? '';
    throw badInput(`${origin}: invalid site profile at ${where || 'top level'}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}
