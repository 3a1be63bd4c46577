import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import tseslint from 'typescript-eslint';

/** Every src/ layer; each zone below forbids the ones a layer must not reach. */
const LAYERS = [
  'lib',
  'corpus',
  'graph',
  'ingest',
  'loader',
  'theme',
  'components',
  'features',
  'app',
];

/** Zone: files under src/<layer> may import from src/ only the layers in `allowed`. */
function layerZone(layer, ownAllowed) {
  // src/lib holds layer-free pure utilities (a seeded PRNG): every layer may use them.
  const allowed = layer === 'lib' ? ownAllowed : ['lib', ...ownAllowed];
  const forbidden = LAYERS.filter((other) => other !== layer && !allowed.includes(other));
  return {
    target: `./src/${layer}`,
    from: forbidden.map((other) => `./src/${other}`),
    message: `src/${layer} may import only ${allowed.length ? allowed.map((a) => `src/${a}`).join(', ') : 'its own folder'} (README, Layout).`,
  };
}

/** Features never import each other: read from disk so a new feature is covered at once. */
const FEATURES = readdirSync(new URL('./src/features/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * The layer order of README (Layout): imports point one way only; app may import anything.
 * tests/lint/layers.test.ts probes these zones with illegal imports.
 */
const LAYER_ZONES = [
  layerZone('lib', []),
  layerZone('corpus', []),
  layerZone('graph', ['corpus', 'theme']),
  layerZone('ingest', ['corpus']),
  // The loader runs the ingest in a worker (own articles dropped on the page).
  layerZone('loader', ['corpus', 'graph', 'ingest']),
  layerZone('theme', ['corpus']),
  layerZone('components', ['corpus', 'theme']),
  layerZone('features', ['corpus', 'graph', 'loader', 'theme', 'components']),
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features never import each other: move what both need to a lower layer.',
  })),
  {
    target: './src',
    from: ['./scripts', './tests'],
    message: 'The app never imports CLIs or tests.',
  },
  {
    target: './scripts',
    from: './tests',
    message: 'CLIs never import tests: share helpers through scripts/lib.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'bench-out', 'public'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.strict],
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: {
      'react-hooks': reactHooks,
      'react-refresh': reactRefresh,
      'import-x': importX,
    },
    settings: {
      // Imports name files with their extension, so the Node resolver finds every .ts file.
      'import-x/resolver-next': [createNodeResolver()],
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'import-x/no-restricted-paths': ['error', { zones: LAYER_ZONES }],
    },
  },
  {
    // Cycles are checked where modules import each other; tests are leaves nothing imports, and
    // walking the graph from each of them cost 1.5 s more (3.9 s, not 2.4). node_modules are not
    // walked: a cycle through a package is not ours to fix.
    files: ['src/**/*.{ts,tsx}', 'scripts/**/*.ts'],
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // Pure layers: no React, no DOM framework code. Keeps corpus, graph and ingest logic testable in Node.
    files: ['src/graph/**/*.ts', 'src/corpus/**/*.ts', 'src/ingest/**/*.ts', 'src/loader/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'react',
            'react-dom',
            'react-*',
            '@tanstack/*',
            '**/features/**',
            '**/app/**',
            '**/components/**',
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: { 'react-refresh/only-export-components': 'off' },
  },
);
