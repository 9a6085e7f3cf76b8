// The Cypher registry (src/store/neo4j/cypher-registry.ts): every cypher/*.cypher file is a
// known query, every known query has a file and is run somewhere in src/store/neo4j, and the
// few template placeholders admit only values from the closed enums.
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CYPHER_DIR, loadCypherRegistry } from '../../../src/store/neo4j/cypher-registry.js';
import type { TemplateValues } from '../../../src/store/neo4j/cypher-registry.js';
import { QUERY_NAMES } from '../../../src/store/neo4j/query-names.js';
import { NODE_KINDS } from '../../../src/domain/kinds.js';
import { PREDICATES } from '../../../src/domain/predicates.js';

const ADAPTER_DIR = new URL('../../../src/store/neo4j/', import.meta.url);

async function adapterSources(): Promise<string> {
  const files = (await readdir(ADAPTER_DIR)).filter((file) => file.endsWith('.ts') && file !== 'query-names.ts');
  const texts = await Promise.all(files.map((file) => readFile(new URL(file, ADAPTER_DIR), 'utf8')));
  return texts.join('\n');
}

describe('Cypher registry', () => {
  it('has a file for every query name and a query name for every file', async () => {
    const files = (await readdir(DEFAULT_CYPHER_DIR)).filter((file) => file.endsWith('.cypher')).map((file) => file.replace(/\.cypher$/u, ''));
    expect(files.sort()).toEqual([...QUERY_NAMES, 'schema'].sort());
    const registry = await loadCypherRegistry();
    for (const name of QUERY_NAMES) expect(registry.text(name).length, name).toBeGreaterThan(0);
    expect(registry.schema.length).toBeGreaterThan(5);
  });

  it('runs every registered query somewhere in the adapter', async () => {
    const sources = await adapterSources();
    const unused = QUERY_NAMES.filter((name) => !sources.includes(`'${name}'`));
    expect(unused).toEqual([]);
  });

  it('refuses to load when a file names no known query', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'medkg-cypher-'));
    try {
      await cp(DEFAULT_CYPHER_DIR, directory, { recursive: true });
      await writeFile(join(directory, 'typo-query.cypher'), 'RETURN 1');
      await expect(loadCypherRegistry(directory)).rejects.toThrow(/unknown: typo-query/u);
      await rm(join(directory, 'typo-query.cypher'));
      await rm(join(directory, 'ping.cypher'));
      await expect(loadCypherRegistry(directory)).rejects.toThrow(/missing: ping/u);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });

  it('spells out every predicate and every node kind in the queries that write them', async () => {
    const registry = await loadCypherRegistry();
    for (const predicate of PREDICATES) expect(registry.text('edges-ensure')).toContain(`MERGE (s)-[r:${predicate}]->(o)`);
    for (const kind of NODE_KINDS) expect(registry.text('upsert-nodes')).toContain(`WHEN row.kind = '${kind}' THEN [1] ELSE [] END | SET n:${kind})`);
  });

  it('fills relationship types and hop bounds only from the predicate enum and a bounded integer', async () => {
    const registry = await loadCypherRegistry();
    const text = registry.text('shortest-paths', { types: ['TREATS', 'HAS_PHENOTYPE'], maxHops: 3 });
    expect(text).toContain('[:TREATS|HAS_PHENOTYPE*..3]');
    const injected = { types: ['TREATS]->() DETACH DELETE (x) //'] } as unknown as TemplateValues;
    expect(() => registry.text('shortest-paths', { ...injected, maxHops: 2 })).toThrow(/not a predicate/u);
    expect(() => registry.text('shortest-paths', { types: [], maxHops: 2 })).toThrow(/empty relationship type set/u);
    expect(() => registry.text('shortest-paths', { types: ['TREATS'], maxHops: 1.5 })).toThrow(/maxHops/u);
  });
});
