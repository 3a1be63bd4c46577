import type { LoadCorpusOptions, LoadedCorpus } from './loaded-corpus.ts';
import { startWorker } from './corpus-worker-client.ts';
import { loadOnThisThread, openOnThisThread, refusedOrigin } from './load-on-page.ts';

/**
 * Loads, validates and indexes the corpus at `url`. In a browser the download, JSON.parse and
 * validation run in a worker (src/loader/corpus-worker.ts), which keeps the article bodies and
 * the search index; elsewhere (jsdom, no Worker) the same happens on this thread with the same
 * result shape. Failures are the same CorpusErrors either way. Marks `corpus:loaded`.
 */
export function loadCorpus(url: string, options: LoadCorpusOptions = {}): Promise<LoadedCorpus> {
  if (typeof Worker === 'undefined' || typeof document === 'undefined') {
    return loadOnThisThread(url, options);
  }
  const refused = refusedOrigin(url);
  if (refused) return Promise.reject(refused);
  // The worker enforces the same rules (its own CSP header, and a check of redirects).
  return loadInWorker(url, new URL(url, document.baseURI).href, options);
}

/**
 * Opens a corpus the page already holds as JSON text (the user's workspace), exactly like a
 * downloaded one: parsed and validated in the corpus worker, which then serves bodies, search
 * and exports. `label` names it in messages. Marks `corpus:loaded`.
 */
export function loadCorpusText(
  text: string,
  label: string,
  options: LoadCorpusOptions = {},
): Promise<LoadedCorpus> {
  if (typeof Worker === 'undefined' || typeof document === 'undefined') {
    return openOnThisThread(text, options);
  }
  return startWorker({ type: 'open', label, text }, () => openOnThisThread(text, options), options);
}

function loadInWorker(
  url: string,
  href: string,
  options: LoadCorpusOptions,
): Promise<LoadedCorpus> {
  return startWorker({ type: 'load', url, href }, () => loadOnThisThread(url, options), options);
}
