/// <reference types="vitest/config" />
import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy, parseCorpusOrigins } from './src/loader/corpus-origins.ts';

/**
 * One Content-Security-Policy, three deliveries: a `<meta>` in index.html (any host), the
 * `Content-Security-Policy` header of the dev and preview servers, and `dist/_headers` for
 * static hosts that read it (Netlify, Cloudflare Pages; README gives an nginx line). Only a
 * header reaches the corpus worker: a <meta> binds the page, not the workers it starts.
 */
function contentSecurityPolicyPlugin(corpusOrigins: string[]): Plugin {
  let policy = '';
  return {
    name: 'quotegraph-csp',
    configResolved(config) {
      policy = contentSecurityPolicy({ dev: config.command === 'serve', corpusOrigins });
    },
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html.replace('%QUOTEGRAPH_CSP%', policy),
    },
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: '_headers',
        source: `/*\n  Content-Security-Policy: ${policy}; frame-ancestors 'none'\n  X-Content-Type-Options: nosniff\n`,
      });
    },
  };
}

export default defineConfig(({ mode }) => {
  const corpusOrigins = parseCorpusOrigins(
    loadEnv(mode, process.cwd(), 'VITE_').VITE_CORPUS_ORIGINS,
  );
  // Headers may carry what a <meta> cannot: frame-ancestors (no framing of the reader).
  const header = (dev: boolean) =>
    `${contentSecurityPolicy({ dev, corpusOrigins })}; frame-ancestors 'none'`;
  return {
    // Relative asset URLs so the built app works from any sub-path (e.g. a newsroom intranet folder).
    base: './',
    plugins: [react(), contentSecurityPolicyPlugin(corpusOrigins)],
    server: { headers: { 'Content-Security-Policy': header(true) } },
    preview: {
      headers: { 'Content-Security-Policy': header(false), 'X-Content-Type-Options': 'nosniff' },
    },
    build: {
      outDir: 'dist',
      sourcemap: false,
    },
    // ES workers can split: the ingest worker fetches the HTML reader (linkedom, Readability:
    // most of its bytes) only when pages are dropped. Every worker is started as a module.
    worker: { format: 'es' },
    test: {
      restoreMocks: true,
      unstubGlobals: true,
      unstubEnvs: true,
      // Threads without per-file isolation: a fresh DOM and a fresh import of React and the app
      // for every file cost 31 s of the dom project's 57 s (2 cores). Files share a worker's
      // module cache instead; no test mocks modules, and spies and stubbed globals are restored
      // after each test (above), so nothing leaks from one file into the next.
      pool: 'threads',
      isolate: false,
      // Vitest keeps one core for its main process by default: one worker on this 2-core machine.
      // The main process idles once files are transformed, and the CLI tests wait on child
      // processes, so a worker per core finishes sooner.
      maxWorkers: '100%',
      // A guard against hangs, not a verdict: the heaviest cases (a 2,000-actor layout, ESLint
      // building the import graph, the CLI in a child process) pass 5 s on a loaded machine.
      testTimeout: 30_000,
      // A DOM costs start-up per file: only component tests (.tsx) get one, pure logic runs in
      // Node, as it does in the ingest CLI and the workers. happy-dom rather than jsdom: its
      // window starts in about a third of the time (environment 29-31 s -> 12-19 s summed over
      // the 28 DOM files here), and layout, canvas and real events are Chromium's job (tests/e2e).
      projects: [
        {
          extends: true,
          test: {
            name: 'node',
            environment: 'node',
            include: ['tests/**/*.test.ts'],
            exclude: ['tests/e2e/**', 'node_modules/**'],
          },
        },
        {
          extends: true,
          test: {
            name: 'dom',
            environment: 'happy-dom',
            include: ['tests/**/*.test.tsx'],
            exclude: ['tests/e2e/**', 'node_modules/**'],
            setupFiles: ['tests/setup.ts'],
          },
        },
      ],
    },
  };
});
