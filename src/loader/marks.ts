/** Marks `corpus:loaded` (Performance API) where the API exists: validated data is in hand. */
export function markCorpusLoaded(): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') {
    performance.mark('corpus:loaded');
  }
}

/**
 * Marks `corpus:quotes` where the API exists: every quote is validated and in hand. The same
 * moment as `corpus:loaded` for a single-file corpus; later for a web corpus, whose picture
 * comes first.
 */
export function markQuotesLoaded(): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') {
    performance.mark('corpus:quotes');
  }
}
