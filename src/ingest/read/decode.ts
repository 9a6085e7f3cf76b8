import { badInput } from '../../domain/errors.js';

/** Inputs larger than this are refused unless the caller raises the limit (issue 4, item 7). */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Bytes → text, the way a browser would guess for a file with no declared charset: a BOM wins
 * (UTF-8, UTF-16 LE/BE), then strict UTF-8, then Latin-1 (windows-1252) for legacy exports.
 * Refuses empty, oversized and binary input with a one-line BAD_USER_INPUT naming the file.
 */
export function decodeArticleBytes(bytes: Uint8Array, fileName: string, maxBytes = DEFAULT_MAX_BYTES): string {
  if (bytes.length === 0) throw badInput(`${fileName}: empty file`);
  if (bytes.length > maxBytes) {
    throw badInput(`${fileName}: file is ${bytes.length} bytes, over the limit of ${maxBytes} bytes`);
  }
  const text = decodeWithBom(bytes) ?? decodeUtf8OrLatin1(bytes);
  if (looksBinary(text)) throw badInput(`${fileName}: binary content, not an article`);
  if (text.trim() === '') throw badInput(`${fileName}: empty file`);
  return text;
}

function decodeWithBom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeUtf8OrLatin1(bytes.subarray(3));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return undefined;
}

function decodeUtf8OrLatin1(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not valid UTF-8: legacy single-byte text. windows-1252 is the superset browsers use for "latin1".
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * Binary when it holds a NUL or when more than 5% of the characters are control characters other
 * than tab, line feed, carriage return and form feed (UTF-16 text without a BOM decodes with NULs
 * and is refused rather than guessed).
 */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  let controls = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0xfffd) {
      controls += 1;
    }
  }
  return controls > Math.max(1, text.length * 0.05);
}
