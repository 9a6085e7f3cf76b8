// End to end: the real HTTP server over each real store, queried with graphql-request.
import { gql } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../src/store/port.js';
import { storeFactories } from '../support/stores.js';
import { bloodDisorderArticles, n } from '../graph/fixtures/blood-disorders.js';
import type { TestServer } from './harness.js';
import { EDITOR_KEY, READER_KEY, errorCode, startTestServer } from './harness.js';

const NEIGHBOURS = gql`
  query Neighbours($id: ID!, $first: Int, $after: String) {
    neighbours(id: $id, predicates: [HAS_PHENOTYPE], direction: IN, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { predicate direction confidence node { id name } evidence { article { id title url } section sentence sources } }
    }
  }
`;

interface NeighbourPage {
  neighbours: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string }; evidence: { article: { id: string } }[] }[] };
}

describe.each(storeFactories())('GraphQL over HTTP [$name]', (factory) => {
  describe.skipIf(!factory.available)(`on ${factory.name}`, () => {
    let store: GraphStore;
    let api: TestServer;
    beforeAll(async () => {
      await factory.reset();
      store = await factory.open();
      api = await startTestServer(store, bloodDisorderArticles);
    });
    afterAll(async () => {
      await api.server.close();
      await factory.dispose();
    });

    it('answers node, nodes and search, articles by slug included', async () => {
      const data = await api.client().request<{ node: { id: string; kind: string; name: string; articles: { id: string }[] }; nodes: ({ id: string } | null)[]; search: { match: string; node: { id: string } }[] }>(gql`
        {
          node(id: "HGNC:4827") { id kind name ... on Gene { articles { id } } }
          nodes(ids: ["sickle-cell-anemia", "DOID:0000000", "DOID:12241"]) { id kind }
          search(text: "hbb", first: 3) { score match node { id } }
        }
      `);
      expect(data.node).toMatchObject({ id: n.hbb.id, kind: 'Gene', name: 'HBB' });
      expect(data.node.articles.map((article) => article.id)).toEqual(['beta-thalassemia', 'sickle-cell-anemia']);
      expect(data.nodes).toEqual([{ id: 'sickle-cell-anemia', kind: 'Article' }, null, { id: n.betaThalassemia.id, kind: 'Disease' }]);
      expect(data.search[0]).toMatchObject({ match: 'EXACT', node: { id: n.hbb.id } });
    });

    it('pages neighbours to the end with evidence on every edge', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 10; page += 1) {
        const data: NeighbourPage = await api.client().request<NeighbourPage>(NEIGHBOURS, { id: n.anemia.id, first: 2, after });
        expect(data.neighbours.totalCount).toBe(5);
        for (const edge of data.neighbours.edges) {
          seen.push(edge.node.id);
          expect(edge.evidence.length).toBeGreaterThan(0);
        }
        after = data.neighbours.pageInfo.endCursor;
        if (!data.neighbours.pageInfo.hasNextPage) break;
      }
      expect(seen).toEqual([n.sickleCell.id, n.kidney.id, n.hemolytic.id, n.ironDeficiency.id, n.betaThalassemia.id].sort());
    });

    it('ranks related articles by shared gene, also as Article.related', async () => {
      const data = await api.client().request<{ relatedArticles: { article: { id: string }; reasons: { kind: string; entity: { id: string } | null }[] }[]; node: { related: { article: { id: string } }[] } }>(gql`
        {
          relatedArticles(article: "sickle-cell-anemia", first: 3) { score article { id title } reasons { kind weight predicate entity { id name } } }
          node(id: "sickle-cell-anemia") { ... on Article { related(first: 1) { article { id } } } }
        }
      `);
      expect(data.relatedArticles[0]?.article.id).toBe('beta-thalassemia');
      expect(data.relatedArticles[0]?.reasons).toContainEqual(expect.objectContaining({ kind: 'RELATION', entity: expect.objectContaining({ id: n.hbb.id }) }));
      expect(data.node.related[0]?.article.id).toBe('beta-thalassemia');
    });

    it('gives the nine pathway steps, paths, associations and stats', { timeout: 120_000 }, async () => {
      const data = await api.client().request<{
        pathway: { steps: { step: string; empty: boolean; entities: { role: string; node: { id: string } }[]; quotes: { section: string }[] }[] };
        paths: { length: number; nodes: { id: string }[]; edges: { predicate: string; evidence: { sentence: string }[] }[] }[];
        associations: { totalCount: number; edges: { node: { id: string }; evidenceCount: number; sources: string[] }[] };
        stats: { articles: number; nodesByKind: { kind: string; count: number }[]; dataVersion: string };
      }>(gql`
        {
          pathway(id: "beta-thalassemia") { disease { id } steps { step title empty entities { role node { id } articles { id } } quotes { section text } } }
          paths(from: "DOID:10923", to: "DOID:12241", maxHops: 2) { length nodes { id } edges { predicate confidence evidence { sentence } } }
          associations(id: "HGNC:4827", kinds: [Disease]) { totalCount edges { cursor node { id } predicate evidenceCount articleCount sources } pageInfo { hasNextPage } }
          stats { nodes edges articles lastIngestAt dataVersion nodesByKind { kind count } edgesByPredicate { predicate count } }
        }
      `);
      expect(data.pathway.steps).toHaveLength(9);
      const medicines = data.pathway.steps.find((step) => step.step === 'MEDICINES');
      expect(medicines?.entities.map((entity) => entity.role)).toEqual(['INDICATED', 'CONTRAINDICATED']);
      expect(data.pathway.steps.find((step) => step.step === 'PREVENTION')?.empty).toBe(true);
      expect(data.paths.map((path) => path.nodes.map((node) => node.id))).toContainEqual([n.sickleCell.id, n.hbb.id, n.betaThalassemia.id]);
      expect(data.paths[0]?.edges[0]?.evidence.length).toBeGreaterThan(0);
      expect(data.associations.totalCount).toBe(2);
      expect(data.stats.articles).toBe(5);
      expect(data.stats.nodesByKind).toContainEqual({ kind: 'Gene', count: 1 });
    });

    it('rejects invalid ids and arguments with codes', async () => {
      const client = api.client();
      expect(await client.request(gql`{ node(id: "HGNC:99999999") { id } }`)).toEqual({ node: null });
      expect(await errorCode(client.request(gql`{ neighbours(id: "HGNC:99999999") { totalCount } }`))).toBe('NOT_FOUND');
      expect(await errorCode(client.request(gql`{ relatedArticles(article: "no-such-article") { score } }`))).toBe('NOT_FOUND');
      expect(await errorCode(client.request(gql`{ search(text: "anemia", first: 0) { score } }`))).toBe('BAD_USER_INPUT');
      expect(await errorCode(client.request(gql`{ search(text: "anemia", first: 1000) { score } }`))).toBe('BAD_USER_INPUT');
      expect(await errorCode(client.request(gql`{ neighbours(id: "HP:0001903", after: "bm90LWEtY3Vyc29y") { totalCount } }`))).toBe('BAD_USER_INPUT');
      expect(await errorCode(client.request(gql`{ paths(from: "DOID:10923", to: "DOID:12241", maxHops: 40) { length } }`))).toBe('BAD_USER_INPUT');
      expect(await errorCode(client.request(gql`{ nosuchfield }`))).toBe('BAD_USER_INPUT');
      expect(await errorCode(client.request(gql`{ pathway(id: "HGNC:4827") { disease { id } } }`))).toBe('NOT_FOUND');
    });

    it('refuses an over-deep and an over-costly query with QUERY_TOO_COMPLEX', async () => {
      const deep = gql`{ node(id: "HGNC:4827") { neighbours { edges { node { neighbours { edges { node { neighbours { edges { node { neighbours { edges { node { id } } } } } } } } } } } } } }`;
      expect(await errorCode(api.client().request(deep))).toBe('QUERY_TOO_COMPLEX');
      const costly = gql`{ node(id: "HGNC:4827") { neighbours(first: 100) { edges { node { neighbours(first: 100) { edges { evidence(first: 100) { sentence } } } } } } } }`;
      expect(await errorCode(api.client().request(costly))).toBe('QUERY_TOO_COMPLEX');
    });

    it('serves GET with an ETag, answers 304 while the data is unchanged', async () => {
      const url = `${api.endpoint}?query=${encodeURIComponent('{ stats { articles } }')}`;
      const first = await fetch(url, { headers: { accept: 'application/json' } });
      expect(first.status).toBe(200);
      const etag = first.headers.get('etag');
      expect(etag).toBeTruthy();
      expect(first.headers.get('cache-control')).toContain('no-cache');
      const again = await fetch(url, { headers: { accept: 'application/json', 'if-none-match': etag ?? '' } });
      expect(again.status).toBe(304);
    });

    it('lets only editors mutate: UNAUTHENTICATED without a key, FORBIDDEN with a read-only key', async () => {
      const mutation = gql`mutation { deleteArticle(id: "chronic-kidney-disease") { id deleted } }`;
      expect(await errorCode(api.client().request(mutation))).toBe('UNAUTHENTICATED');
      expect(await errorCode(api.client(READER_KEY).request(mutation))).toBe('FORBIDDEN');
      expect(await errorCode(api.client('not-a-key').request(gql`{ stats { articles } }`))).toBe('UNAUTHENTICATED');
    });

    it('retracts an edge with a reason; the retraction hides it and changes the ETag', async () => {
      const url = `${api.endpoint}?query=${encodeURIComponent('{ node(id: "HGNC:4827") { neighbours { totalCount } } }')}`;
      const before = await fetch(url, { headers: { accept: 'application/json' } });
      const etag = before.headers.get('etag') ?? '';
      const editor = api.client(EDITOR_KEY);
      const input = { subject: n.hbb.id, predicate: 'GENE_ASSOCIATED_WITH', object: n.betaThalassemia.id, reason: '' };
      const retract = gql`mutation R($input: EdgeInput!) { retractEdge(input: $input) { action editor reason at subject { id } object { id } } }`;
      expect(await errorCode(editor.request(retract, { input }))).toBe('BAD_USER_INPUT');
      const done = await editor.request<{ retractEdge: Record<string, unknown> }>(retract, { input: { ...input, reason: 'checking the source' } });
      expect(done.retractEdge).toMatchObject({ action: 'RETRACT', editor: 'dr.rahman', reason: 'checking the source', subject: { id: n.hbb.id } });
      const after = await fetch(url, { headers: { accept: 'application/json', 'if-none-match': etag } });
      expect(after.status).toBe(200);
      const assoc = await api.client().request<{ associations: { edges: { node: { id: string } }[] } }>(gql`{ associations(id: "HGNC:4827") { edges { node { id } } } }`);
      expect(assoc.associations.edges.map((edge) => edge.node.id)).toEqual([n.sickleCell.id]);
    });

    it('adds a curated edge, checks its kinds, and deletes an article', async () => {
      const editor = api.client(EDITOR_KEY);
      const add = gql`mutation A($input: EdgeInput!) { addEdge(input: $input) { action object { id } } }`;
      const wrong = { subject: n.anemia.id, predicate: 'TREATS', object: n.sickleCell.id, reason: 'typo' };
      expect(await errorCode(editor.request(add, { input: wrong }))).toBe('BAD_USER_INPUT');
      const right = { subject: n.hydroxyurea.id, predicate: 'TREATS', object: n.betaThalassemia.id, reason: 'HbF induction is used in thalassemia intermedia' };
      expect(await editor.request(add, { input: right })).toEqual({ addEdge: { action: 'ADD', object: { id: n.betaThalassemia.id } } });
      const deleted = await editor.request<{ deleteArticle: { deleted: boolean } }>(gql`mutation { deleteArticle(id: "chronic-kidney-disease") { id deleted } }`);
      expect(deleted.deleteArticle.deleted).toBe(true);
      const related = await api.client().request<{ relatedArticles: { article: { id: string } }[] }>(gql`{ relatedArticles(article: "hemolytic-anemia", first: 10) { article { id } } }`);
      expect(related.relatedArticles.map((item) => item.article.id)).not.toContain('chronic-kidney-disease');
    });
  });
});
