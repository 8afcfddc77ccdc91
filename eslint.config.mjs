// ESLint flat config: typescript-eslint's recommended rules everywhere, plus the purity rules of the
// layers that must run unchanged in a page, a Web Worker and Node (docs/architecture.md).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Layers with no DOM, network, storage, clock or randomness: those come in as parameters. */
const pureLayers = ['src/core/**/*.ts', 'src/data/schemas/**/*.ts', 'src/data/seed/**/*.ts'];

const impureGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'fetch', 'XMLHttpRequest', 'EventSource', 'WebSocket', 'location'].map(
  (name) => ({ name, message: 'Pure layer: pass what you need in as a parameter (docs/architecture.md).' }),
);

export default tseslint.config(
  {
    ignores: ['dist/', 'dist-demo/', 'storybook-static/', 'node_modules/', 'coverage/', 'bench/results/', 'tmp/', '**/*.d.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Async generators returned from methods need the instance under another name.
      '@typescript-eslint/no-this-alias': ['error', { allowedNames: ['self'] }],
      // Typed event maps for EventTarget subclasses are declared by merging an interface into the class.
      '@typescript-eslint/no-unsafe-declaration-merging': 'off',
    },
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts', 'bench/pages/**/*.ts', '.storybook/preview.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.mjs', '**/*.js', 'server/**/*.ts', 'vite.config.ts', '.storybook/main.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Lit's styleMap writes its first value as a style attribute, which a strict CSP blocks.
    files: ['src/components/**/*.ts', 'src/controllers/**/*.ts', 'src/charts/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'lit/directives/style-map.js', importNames: ['styleMap'], message: 'Use styleMap from src/internal/style-map.js: it sets styles through the CSSOM, which a strict Content Security Policy allows.' }] }],
    },
  },
  {
    // A page's own script in the plain-HTML example.
    files: ['examples/html/**/*.js', 'examples/react/src/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Suites run partly in Node and partly in the page (functions passed to page.evaluate).
    files: ['bench/**/*.mjs', 'test/e2e/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Vietnamese folding strips combining marks with escaped ranges such as [\u0300-\u036f], which
    // this rule misreads as combined characters.
    files: ['src/core/search/**/*.ts'],
    rules: { 'no-misleading-character-class': 'off' },
  },
  {
    files: pureLayers,
    // Only ES globals here, so an ambient browser or Node name is an undefined variable as well.
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['lit', 'lit/*', '@lit/*', 'lit-html', 'lit-html/*'], message: 'Pure layer: no Lit; rendering lives in components.' },
            { group: ['chart.js', 'chart.js/*'], message: 'Pure layer: build chart configs as plain objects; Chart.js stays in components.' },
            { group: ['idb-keyval', 'idb-keyval/*'], message: 'Pure layer: storage lives in data adapters.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...impureGlobals],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Pure layer: take the time (or a Clock) as a parameter.' },
        { object: 'Math', property: 'random', message: 'Pure layer: take a seeded random source as a parameter.' },
        { object: 'performance', property: 'now', message: 'Pure layer: take the time (or a Clock) as a parameter.' },
        { object: 'globalThis', property: 'window', message: 'Pure layer: no DOM.' },
        { object: 'globalThis', property: 'document', message: 'Pure layer: no DOM.' },
        { object: 'globalThis', property: 'navigator', message: 'Pure layer: no navigator.' },
        { object: 'globalThis', property: 'fetch', message: 'Pure layer: no network.' },
        { object: 'globalThis', property: 'indexedDB', message: 'Pure layer: no storage.' },
        { object: 'globalThis', property: 'localStorage', message: 'Pure layer: no storage.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pure layer: `new Date()` reads the clock; pass the time in.' },
        { selector: "CallExpression[callee.name='Date']", message: 'Pure layer: `Date()` reads the clock; pass the time in.' },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // chai: expect(x).to.be.true
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
