import { indexCorpus } from '../corpus/corpus-index.ts';
import { CorpusError } from '../corpus/corpus-error.ts';
import type { ArticleId } from '../corpus/schema.ts';
import type { CorpusSearchIndex } from '../corpus/search-index.ts';
import { slimCorpus, type SlimCorpus } from '../corpus/slim-corpus.ts';
import type { GraphPicture } from '../graph/picture-model.ts';
import { corpusOriginAllowed } from './corpus-origins.ts';
import { fullActorGraph } from './corpus-protocol.ts';
import {
  abortError,
  type CorpusSource,
  type LoadCorpusOptions,
  type LoadedCorpus,
} from './loaded-corpus.ts';
import { markCorpusLoaded, markQuotesLoaded } from './marks.ts';

// The one-thread path: where there is no Worker (jsdom, old browsers) or it cannot start, the
// page fetches, validates and indexes the corpus itself, with the same result shape as the
// worker's and the same CorpusErrors.

/**
 * Whether the page's connect-src allows `href` (see corpus-origins.ts). Pure.
 */
export function pageMayFetch(href: URL, pageOrigin: string): boolean {
  return corpusOriginAllowed(href, pageOrigin);
}

/** The CorpusError for a corpus address this site may not load from, or null when it may. */
export function refusedOrigin(url: string): CorpusError | null {
  const base = typeof document === 'undefined' ? globalThis.location?.href : document.baseURI;
  let href: URL;
  try {
    href = new URL(url, base);
  } catch {
    return new CorpusError('origin', `"${url}" is not a web address.`);
  }
  if (pageMayFetch(href, new URL(base ?? href.href).origin)) return null;
  return new CorpusError(
    'origin',
    `Refused ${url}: this site loads corpora only from its own address and the hosts it was built to allow, not from ${href.origin}.`,
  );
}

/** Loads the corpus at `url` on this thread. */
export async function loadOnThisThread(
  url: string,
  options: LoadCorpusOptions,
): Promise<LoadedCorpus> {
  const refused = refusedOrigin(url);
  if (refused) throw refused;
  // The one-thread path brings the validator (zod) with it, on demand: the page's first
  // script stays without it.
  const [{ fetchCorpusText }, { parseJsonText, validateCorpus }, web] = await Promise.all([
    import('./fetch-corpus.ts'),
    import('../corpus/parse-corpus.ts'),
    import('./web-corpus-loader.ts'),
  ]);
  const pageOrigin = globalThis.location?.origin ?? '';
  const allowed = (href: URL) => pageMayFetch(href, pageOrigin);
  const value = parseJsonText(await fetchCorpusText(url, { ...options, allowed }));
  const texts = new Map<string, string>();
  let corpus: SlimCorpus;
  let articleText: CorpusSource['articleText'];
  let lazyTexts = false;
  const { looksLikeWebManifest } = await import('../corpus/web-corpus.ts');
  if (looksLikeWebManifest(value)) {
    const href = new URL(url, globalThis.location?.href).href;
    const { signal, onProgress } = options;
    const loaded = await web.loadWebCorpus(value, href, {
      allowed,
      ...(signal ? { signal } : {}),
      ...(onProgress ? { onProgress } : {}),
    });
    corpus = loaded.corpus;
    lazyTexts = true;
    articleText = async (id) => {
      const text = await loaded.articleText(id);
      if (text !== null) texts.set(id, text);
      return text;
    };
  } else {
    const full = validateCorpus(value);
    for (const a of full.articles) texts.set(a.id, a.text);
    corpus = slimCorpus(full);
    articleText = (id) => Promise.resolve(texts.get(id) ?? null);
  }
  markCorpusLoaded();
  markQuotesLoaded();
  return onThisThread(corpus, texts, articleText, lazyTexts);
}

/** Opens a corpus held as JSON text on this thread. */
export async function openOnThisThread(
  text: string,
  options: LoadCorpusOptions,
): Promise<LoadedCorpus> {
  if (options.signal?.aborted) throw abortError(options.signal);
  const { parseCorpusJson } = await import('../corpus/parse-corpus.ts');
  const full = parseCorpusJson(text);
  markCorpusLoaded();
  markQuotesLoaded();
  const texts = new Map(full.articles.map((a) => [a.id, a.text]));
  const articleText = (id: ArticleId) => Promise.resolve(texts.get(id) ?? null);
  return onThisThread(slimCorpus(full), texts, articleText, false);
}

/** The loaded corpus of this thread: `texts` holds the bodies here (all, or those fetched). */
function onThisThread(
  corpus: SlimCorpus,
  texts: Map<string, string>,
  articleText: CorpusSource['articleText'],
  lazyTexts: boolean,
): LoadedCorpus {
  let search: Promise<CorpusSearchIndex> | null = null;
  const prepareSearch = () => {
    // The index code (and minisearch) load on demand: nothing of search is on the critical path.
    search ??= import('../corpus/search-index.ts').then(({ buildSearchIndexAsync }) =>
      buildSearchIndexAsync(corpus),
    );
    return search;
  };
  return {
    corpus,
    index: indexCorpus(corpus),
    fullGraph: fullActorGraph(corpus),
    source: {
      articleText,
      // A web corpus's body is not here until fetched (undefined: ask articleText).
      peekArticleText: (id) => texts.get(id) ?? (lazyTexts ? undefined : null),
      prepareSearch: () => void prepareSearch(),
      search: (query) => prepareSearch().then((index) => index.searchPositions(query)),
      // The writers load on demand, as in the worker: none of them is on the critical path.
      exportFile: (request) =>
        import('./export-data.ts').then(({ buildExport }) =>
          buildExport(corpus, request, { rasterise: rasteriseOnPage }),
        ),
      // Nothing here can die on its own: everything lives on this thread.
      onLost: () => () => {},
      dispose: () => texts.clear(),
    },
  };
}

/** Paints a picture on a page canvas (no worker to do it) and encodes it as PNG. */
async function rasteriseOnPage(picture: GraphPicture, scale: number): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(picture.width * scale);
  canvas.height = Math.round(picture.height * scale);
  let ctx: CanvasRenderingContext2D | null = null;
  try {
    ctx = canvas.getContext('2d');
  } catch {
    // jsdom: "not implemented".
  }
  if (!ctx) throw new Error('this browser cannot draw pictures here');
  const { paintPicture } = await import('../graph/picture-paint.ts');
  paintPicture(ctx, picture, scale);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the picture is too large'))),
      'image/png',
    ),
  );
}
