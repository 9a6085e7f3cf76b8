import { MedkgError } from '../domain/errors.js';

/** Who is asking: anyone, a reader with a key, or an editor (named by their key). */
export type Viewer =
  | { readonly role: 'anonymous' }
  | { readonly role: 'reader'; readonly name: string }
  | { readonly role: 'editor'; readonly name: string };

export interface AuthSettings {
  /** Editor keys: key → editor name. */
  readonly apiKeys: ReadonlyMap<string, string>;
  /** Read-only keys: key → holder name. */
  readonly readerKeys: ReadonlyMap<string, string>;
  readonly publicReads: boolean;
}

/**
 * Reads `Authorization: Bearer <key>`. No header is anonymous; a header that is not a known
 * key is UNAUTHENTICATED (a typo in a key should not silently fall back to public access).
 */
export function resolveViewer(header: string | undefined, settings: AuthSettings): Viewer {
  if (header === undefined || header.trim() === '') return { role: 'anonymous' };
  const match = /^Bearer\s+(\S+)\s*$/iu.exec(header);
  if (!match?.[1]) throw new MedkgError('UNAUTHENTICATED', 'expected "Authorization: Bearer <key>"');
  const editor = settings.apiKeys.get(match[1]);
  if (editor !== undefined) return { role: 'editor', name: editor };
  const reader = settings.readerKeys.get(match[1]);
  if (reader !== undefined) return { role: 'reader', name: reader };
  throw new MedkgError('UNAUTHENTICATED', 'unknown API key');
}

/** Throws UNAUTHENTICATED when reads need a key and none was given. */
export function assertCanRead(viewer: Viewer, settings: AuthSettings): void {
  if (!settings.publicReads && viewer.role === 'anonymous') {
    throw new MedkgError('UNAUTHENTICATED', 'this server requires an API key for reads');
  }
}

/** The editor's name; UNAUTHENTICATED without a key, FORBIDDEN with a read-only key. */
export function assertEditor(viewer: Viewer): string {
  if (viewer.role === 'editor') return viewer.name;
  if (viewer.role === 'reader') throw new MedkgError('FORBIDDEN', 'this API key may only read');
  throw new MedkgError('UNAUTHENTICATED', 'editing needs an editor API key (Authorization: Bearer <key>)');
}
