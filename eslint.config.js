// Lint rules that keep the architecture of DESIGN.md true: layers import only downwards,
// adapters stay behind the port, and tests never replace the real stores with doubles.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const layers = ['domain', 'lexicon', 'ingest', 'store', 'graph', 'api', 'cli'];

/** Each layer may import the ones before it in DESIGN.md's list, never the ones after it. */
const layerZones = layers.flatMap((layer, index) =>
  layers.slice(index + 1).map((later) => ({
    target: `./src/${layer}`,
    from: `./src/${later}`,
    message: `src/${layer} must not import src/${later}: dependencies point down the layer list (DESIGN.md).`,
  })),
);

const mockedStoreModules = ['better-sqlite3', 'neo4j-driver', 'graphql', 'express', 'node:http'];
const mockSelectors = ['vi.mock', 'vi.doMock', 'jest.mock'].flatMap((callee) => {
  const [object, property] = callee.split('.');
  return mockedStoreModules.map((module) => ({
    selector: `CallExpression[callee.object.name='${object}'][callee.property.name='${property}'] > Literal[value='${module}']`,
    message: `Do not mock ${module}: tests of the stores, GraphQL and HTTP run against the real thing.`,
  }));
});

/** Only an adapter's own folder may import its database driver (STYLE.md, ports and adapters). */
function adapterImportRule(files, ignores, forbidden) {
  return {
    files,
    ignores,
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: forbidden.map((name) => ({ name, message: `Only the ${name} adapter under src/store imports ${name}.` })) },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', '.data/**', '.neo4j/**', 'scripts/neo4j-local/target/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    languageOptions: { parserOptions: { projectService: false } },
    // The flat-config resolver: the legacy `node` setting needs eslint-import-resolver-node, which is not
    // installed, and crashes on packages such as lru-cache.
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js'], extensionAlias: { '.js': ['.ts', '.js'] } })] },
    rules: {
      'import-x/no-default-export': 'error',
      'import-x/no-cycle': ['error', { maxDepth: 10 }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...layerZones,
            { target: './src', from: './test', message: 'Test utilities stay out of src.' },
            { target: './src/api', from: './src/store/sqlite', message: 'The api knows services, not adapters.' },
            { target: './src/api', from: './src/store/neo4j', message: 'The api knows services, not adapters.' },
            { target: './src/graph', from: './src/store/sqlite', message: 'Graph services use the port only.' },
            { target: './src/graph', from: './src/store/neo4j', message: 'Graph services use the port only.' },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
    },
  },
  adapterImportRule(['src/**/*.ts'], ['src/store/sqlite/**', 'src/store/neo4j/**'], ['better-sqlite3', 'neo4j-driver']),
  adapterImportRule(['src/store/sqlite/**/*.ts'], [], ['neo4j-driver']),
  adapterImportRule(['src/store/neo4j/**/*.ts'], [], ['better-sqlite3']),
  {
    files: ['bin/**/*.js', 'scripts/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ...mockSelectors] },
  },
  {
    files: ['vitest.config.ts', 'eslint.config.js'],
    rules: { 'import-x/no-default-export': 'off' },
  },
);
