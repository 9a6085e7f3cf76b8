import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { parse } from 'csv-parse';

/**
 * Streaming access to vocabulary files: plain or gzipped (by the `.gz` suffix or the gzip magic
 * bytes), read line by line or row by row, never whole into memory.
 */

function isGzipName(path: string): boolean {
  return path.toLowerCase().endsWith('.gz');
}

/** The decoded text stream of a file; `.gz` files are gunzipped on the fly. */
export function openText(path: string): Readable {
  const raw = createReadStream(path);
  if (!isGzipName(path)) return raw.setEncoding('utf8');
  const gunzip = createGunzip();
  raw.on('error', (error) => gunzip.destroy(error));
  return raw.pipe(gunzip).setEncoding('utf8');
}

/** The file's lines, streamed (line endings stripped). */
export async function* readLines(path: string): AsyncGenerator<string> {
  const input = openText(path);
  const lines = createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const line of lines) yield line;
  } finally {
    lines.close();
    input.destroy();
  }
}

/** The first `count` lines, for format detection. */
export async function readHead(path: string, count: number): Promise<string[]> {
  const head: string[] = [];
  for await (const line of readLines(path)) {
    head.push(line);
    if (head.length >= count) break;
  }
  return head;
}

export interface TableOptions {
  readonly delimiter: ',' | '\t';
  /** Whether double quotes wrap fields (CSV, HGNC and DO reports do; plain TSVs may not). */
  readonly quoted?: boolean;
}

/** Rows as objects keyed by the header line, streamed through csv-parse. */
export async function* readTable(path: string, options: TableOptions): AsyncGenerator<Record<string, string>> {
  const parser = openText(path).pipe(
    parse({
      delimiter: options.delimiter,
      columns: (header: string[]) => header.map((name) => name.trim().replace(/^\uFEFF/u, '')),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      comment: '#',
      comment_no_infix: true,
      quote: options.quoted === false ? false : '"',
      bom: true,
      record_delimiter: ['\r\n', '\n'],
    }),
  );
  for await (const row of parser) yield row as Record<string, string>;
}

/** Splits a multi-valued cell ("A|B", "A | B"), trimming and dropping empties. */
export function splitList(cell: string | undefined, separator: string | RegExp = '|'): string[] {
  if (!cell) return [];
  return cell
    .split(separator)
    .map((value) => value.trim())
    .filter((value) => value.length > 0);
}
