import { createServer, type ViteDevServer } from 'vite';

/**
 * Starts Vite's dev server (what `npm start` runs: React in development mode, StrictMode's
 * double mount included) on a free loopback port. It serves `public/corpus.json`, which the
 * build's prebuild step writes before the browser tests run.
 */
export async function startDevServer(): Promise<{ server: ViteDevServer; url: string }> {
  const server = await createServer({
    server: { port: 0, host: '127.0.0.1', strictPort: false, hmr: false },
    logLevel: 'silent',
    clearScreen: false,
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (!url) {
    await server.close();
    throw new Error('the Vite dev server did not report a URL');
  }
  return { server, url };
}
