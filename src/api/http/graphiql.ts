import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Router } from 'express';
import express from 'express';

const require = createRequire(import.meta.url);

function packageFile(name: string, file: string): string {
  return join(dirname(require.resolve(`${name}/package.json`)), file);
}

/** The UMD bundles GraphiQL 3 runs from: served from node_modules, so the page works offline. */
const ASSETS: Readonly<Record<string, string>> = {
  'react.production.min.js': packageFile('react', 'umd/react.production.min.js'),
  'react-dom.production.min.js': packageFile('react-dom', 'umd/react-dom.production.min.js'),
  'graphiql.min.js': packageFile('graphiql', 'graphiql.min.js'),
  'graphiql.min.css': packageFile('graphiql', 'graphiql.min.css'),
};

const EXAMPLE_QUERY = `# medkg: diseases, genes, drugs, tests, symptoms and procedures from the site's articles.
# Educational information, not medical advice.
query Search {
  search(text: "osteopetrosis", first: 5) {
    score
    node { id name kind }
  }
}
`;

// No inline script: helmet's Content-Security-Policy (script-src 'self') stays strict.
const INIT_SCRIPT = `(function () {
  var fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify('/graphql')} });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: ${JSON.stringify(EXAMPLE_QUERY)} }));
})();
`;

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>medkg · GraphiQL</title>
  <link rel="stylesheet" href="/graphiql/assets/graphiql.min.css">
  <style>
    html, body { height: 100%; margin: 0; }
    body { display: flex; flex-direction: column; }
    .medkg-note { font: 13px system-ui, sans-serif; padding: 6px 12px; background: #fff8e1; border-bottom: 1px solid #e0c97f; }
    #graphiql { flex: 1; min-height: 0; }
  </style>
</head>
<body>
  <p class="medkg-note" role="note">medkg knowledge graph for researchers and editors. The content comes from
  patient-education articles: it is educational information, <strong>not medical advice</strong>.
  Always consult a qualified health professional about your health.</p>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="/graphiql/assets/react.production.min.js"></script>
  <script src="/graphiql/assets/react-dom.production.min.js"></script>
  <script src="/graphiql/assets/graphiql.min.js"></script>
  <script src="/graphiql/init.js"></script>
</body>
</html>
`;

/** GET /graphiql: the offline GraphiQL page, its init script and its assets. */
export function createGraphiqlRouter(): Router {
  const router = express.Router();
  router.get('/graphiql', (_req, res) => {
    res.type('html').setHeader('Cache-Control', 'no-cache').send(PAGE);
  });
  router.get('/graphiql/init.js', (_req, res) => {
    res.type('application/javascript').setHeader('Cache-Control', 'no-cache').send(INIT_SCRIPT);
  });
  router.get('/graphiql/assets/:file', (req, res, next) => {
    const path = ASSETS[req.params.file];
    if (!path) {
      next();
      return;
    }
    res.sendFile(path, { maxAge: '1d', immutable: false });
  });
  return router;
}
