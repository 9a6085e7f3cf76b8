// Neo4j-adapter specifics the contract suite cannot see: the schema applied idempotently at
// open, STORE_TOO_NEW, the graph model in Neo4j (one relationship type per predicate, evidence
// as nodes), value conversion from the driver, and neo4j:// routing URIs. Runs on the shared
// test server (inject('neo4j')) and empties it before each test.
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openNeo4jStore } from '../../../src/store/neo4j/open.js';
import { toPlain } from '../../../src/store/neo4j/values.js';
import { osteopetrosis } from '../../fixtures/graphs/articles.js';
import { neo4jConnection, neo4jStoreFactory } from '../../support/stores.js';

const connection = neo4jConnection();
const factory = neo4jStoreFactory();

async function query(driver: Driver, cypher: string): Promise<Record<string, unknown>[]> {
  const result = await driver.executeQuery(cypher);
  return result.records.map((record) => record.toObject());
}

describe.skipIf(!factory.available)('Neo4j adapter', () => {
  let driver: Driver;
  const open = () => openNeo4jStore({ uri: connection?.uri ?? '', user: connection?.user ?? '', password: connection?.password ?? '' });

  beforeAll(() => {
    driver = neo4j.driver(connection?.uri ?? '', neo4j.auth.basic(connection?.user ?? '', connection?.password ?? ''));
  });
  afterAll(async () => {
    await driver.close();
  });
  beforeEach(async () => {
    await factory.reset();
  });

  it('applies the schema idempotently: re-opening leaves the same constraints and indexes', async () => {
    await (await open()).close();
    const schema = async () => ({
      constraints: (await query(driver, 'SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name')).map((row) => row['name']),
      indexes: (await query(driver, 'SHOW INDEXES YIELD name, type RETURN name, type ORDER BY name')).map((row) => `${String(row['name'])}:${String(row['type'])}`),
    });
    const first = await schema();
    expect(first.constraints).toEqual(expect.arrayContaining(['node_id', 'evidence_key', 'alias_id', 'vocabulary_id', 'computed_key']));
    expect(first.indexes).toEqual(expect.arrayContaining(['search_name_whole:FULLTEXT', 'search_name_words:FULLTEXT', 'search_name_key:RANGE']));
    const store = await open();
    expect(await store.schemaVersion()).toBe(1);
    await store.close();
    expect(await schema()).toEqual(first);
    expect(await query(driver, "MATCH (m:Meta {id: 'schema'}) RETURN m.version AS version")).toEqual([{ version: neo4j.int(1) }]);
  });

  it('refuses a store whose schema version is newer than the code with STORE_TOO_NEW', async () => {
    await (await open()).close();
    await query(driver, "MATCH (m:Meta {id: 'schema'}) SET m.version = 99");
    await expect(open()).rejects.toMatchObject({ code: 'STORE_TOO_NEW', details: { storeVersion: 99, codeVersion: 1 } });
  });

  it('stores each predicate as its own relationship type and evidence as nodes linked to the article', async () => {
    const store = await open();
    try {
      await store.replaceArticle(osteopetrosis);
    } finally {
      await store.close();
    }
    const types = (await query(driver, 'MATCH (:Node)-[r]->(:Node) RETURN DISTINCT type(r) AS type ORDER BY type')).map((row) => row['type']);
    expect(types).toEqual(expect.arrayContaining(['ABOUT', 'GENE_ASSOCIATED_WITH', 'HAS_PHENOTYPE', 'MENTIONS']));
    const [gene] = await query(
      driver,
      "MATCH (:Gene {id: 'HGNC:11647'})-[r:GENE_ASSOCIATED_WITH]->(:Disease {id: 'DOID:13533'}) RETURN r.evidenceCount AS count",
    );
    const evidence = await query(
      driver,
      "MATCH (e:Evidence {subject: 'HGNC:11647', predicate: 'GENE_ASSOCIATED_WITH'})-[:EVIDENCE_FROM]->(a:Article) RETURN a.id AS article",
    );
    expect(evidence.length).toBeGreaterThan(0);
    expect(gene?.['count']).toEqual(neo4j.int(evidence.length));
    expect(evidence.every((row) => row['article'] === 'medkg:article:osteopetrosis')).toBe(true);
  });

  it('converts driver integers to numbers and temporal values to ISO strings, refusing integers a number cannot hold', async () => {
    const [row] = (await driver.executeQuery(
      "RETURN 42 AS small, 9007199254740991 AS largest, datetime('2025-03-04T05:06:07.089Z') AS at, date('2025-03-04') AS day, [1, {n: 2}] AS nested",
    )).records;
    expect(toPlain(row?.toObject())).toEqual({ small: 42, largest: 9007199254740991, at: '2025-03-04T05:06:07.089Z', day: '2025-03-04', nested: [1, { n: 2 }] });
    const [huge] = (await driver.executeQuery('RETURN 9007199254740993 AS huge')).records;
    expect(() => toPlain(huge?.get('huge'))).toThrow(/does not fit/u);
  });

  it('works through a neo4j:// routing URI as well as bolt://', async () => {
    const routing = (connection?.uri ?? '').replace(/^bolt:/u, 'neo4j:');
    const store = await openNeo4jStore({ uri: routing, user: connection?.user ?? '', password: connection?.password ?? '' });
    try {
      await store.replaceArticle(osteopetrosis);
      expect((await store.getNodes(['DOID:13533']))[0]?.name).toBe('osteopetrosis');
    } finally {
      await store.close();
    }
  });
});
