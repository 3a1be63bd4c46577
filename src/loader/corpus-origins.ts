/**
 * Where a corpus may come from, and the Content-Security-Policy that says so to the browser.
 * One module for both, so the app's own check (which gives a readable message) and the policy
 * (which the browser enforces, redirects included, in the page and in its workers) never drift.
 *
 * Allowed: the app's own origin; plain HTTP on this machine (`localhost`, `127.0.0.1`, for
 * local work); and the origins listed at build time in `VITE_CORPUS_ORIGINS` (space- or
 * comma-separated, e.g. `https://data.example.org`). Nothing else, HTTPS or not.
 */

/** Loopback sources for local work; the port is free. */
const LOOPBACK_SOURCES = ['http://localhost:*', 'http://127.0.0.1:*'];

/**
 * The origins of a `VITE_CORPUS_ORIGINS` value: each entry parsed as a URL and reduced to its
 * origin; anything that is not an http(s) URL is dropped. Pure.
 */
export function parseCorpusOrigins(value: string | undefined): string[] {
  const origins: string[] = [];
  for (const entry of (value ?? '').split(/[\s,]+/)) {
    if (!entry) continue;
    try {
      const url = new URL(entry);
      if ((url.protocol === 'https:' || url.protocol === 'http:') && !origins.includes(url.origin))
        origins.push(url.origin);
    } catch {
      // Not a URL: ignored, like any other entry the policy could not express.
    }
  }
  return origins;
}

/** The origins this build was configured with (see parseCorpusOrigins). */
export function configuredCorpusOrigins(): string[] {
  return parseCorpusOrigins(import.meta.env?.VITE_CORPUS_ORIGINS);
}

/**
 * Whether a corpus at `href` may be loaded by a page at `pageOrigin`, by the rules above;
 * mirrors the policy's connect-src exactly. Pure.
 */
export function corpusOriginAllowed(
  href: URL,
  pageOrigin: string,
  extraOrigins: readonly string[] = configuredCorpusOrigins(),
): boolean {
  if (href.origin === pageOrigin || extraOrigins.includes(href.origin)) return true;
  return href.protocol === 'http:' && ['localhost', '127.0.0.1'].includes(href.hostname);
}

/**
 * The Content-Security-Policy of the app. `dev` (the Vite dev server, on this machine) adds what
 * HMR needs: the React Refresh preamble (an inline script), inline `<style>` tags and the
 * WebSocket back to the server. The production build allows scripts from its own files and
 * styles from its stylesheet only (React sets style properties through the CSSOM, which CSP
 * does not govern). Pure.
 */
export function contentSecurityPolicy({
  dev,
  corpusOrigins,
}: {
  dev: boolean;
  corpusOrigins: readonly string[];
}): string {
  const connect = ["'self'", ...corpusOrigins, ...LOOPBACK_SOURCES];
  if (dev) connect.push('ws://localhost:*', 'ws://127.0.0.1:*');
  return [
    "default-src 'self'",
    dev ? "script-src 'self' 'unsafe-inline'" : "script-src 'self'",
    dev ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connect.join(' ')}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
