import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import type { GraphStore } from '../../store/port.js';
import type { KgxRow } from './kgx.js';
import { KGX_NODE_COLUMNS, curieMap, kgxEdgeColumns, kgxEdgeRow, kgxNodeRow, prefixOf, tsvLine } from './kgx.js';

export type ExportFormat = 'kgx' | 'json';

export interface ExportSummary {
  readonly nodes: number;
  readonly edges: number;
  readonly files: readonly string[];
  readonly categories: Readonly<Record<string, number>>;
  readonly predicates: Readonly<Record<string, number>>;
}

/**
 * Writes the whole graph, streamed from the store: KGX TSV (nodes.tsv, edges.tsv) or KGX JSON
 * Lines (nodes.jsonl, edges.jsonl), plus curie_map.json (declaring the `medkg` prefix) and
 * content_metadata.json (categories and predicates with counts).
 */
export async function exportGraph(store: Pick<GraphStore, 'exportNodes' | 'exportEdges'>, outDir: string, format: ExportFormat): Promise<ExportSummary> {
  await mkdir(outDir, { recursive: true });
  const extension = format === 'kgx' ? 'tsv' : 'jsonl';
  const prefixes = new Set<string>();
  const categories: Record<string, number> = {};
  const predicates: Record<string, number> = {};

  const nodeColumns = [...KGX_NODE_COLUMNS];
  const nodes = await writeRows(join(outDir, `nodes.${extension}`), format, nodeColumns, mapStream(store.exportNodes(), (node) => {
    const row = kgxNodeRow(node);
    count(categories, String((row.category as readonly string[])[0]));
    addPrefix(prefixes, node.id);
    for (const xref of node.xrefs) addPrefix(prefixes, xref);
    return row;
  }));

  const edgeColumns = kgxEdgeColumns();
  const edges = await writeRows(join(outDir, `edges.${extension}`), format, edgeColumns, mapStream(store.exportEdges(), (edge) => {
    const row = kgxEdgeRow(edge);
    count(predicates, String(row.predicate));
    return row;
  }));

  await writeFile(join(outDir, 'curie_map.json'), `${JSON.stringify(curieMap(prefixes), null, 2)}\n`);
  await writeFile(join(outDir, 'content_metadata.json'), `${JSON.stringify({ node_categories: categories, edge_predicates: predicates }, null, 2)}\n`);
  const files = [`nodes.${extension}`, `edges.${extension}`, 'curie_map.json', 'content_metadata.json'];
  return { nodes, edges, files, categories, predicates };
}

async function* mapStream<T>(source: AsyncIterable<T>, map: (item: T) => KgxRow): AsyncGenerator<KgxRow> {
  for await (const item of source) yield map(item);
}

async function writeRows(path: string, format: ExportFormat, columns: readonly string[], rows: AsyncIterable<KgxRow>): Promise<number> {
  const out = createWriteStream(path, { encoding: 'utf8' });
  let written = 0;
  if (format === 'kgx') out.write(`${columns.join('\t')}\n`);
  for await (const row of rows) {
    const line = format === 'kgx' ? tsvLine(row, columns) : JSON.stringify(row);
    if (!out.write(`${line}\n`)) await once(out, 'drain');
    written += 1;
  }
  out.end();
  await once(out, 'finish');
  return written;
}

function count(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

function addPrefix(prefixes: Set<string>, id: string): void {
  const prefix = prefixOf(id);
  if (prefix) prefixes.add(prefix);
}
