/** Marks `corpus:loaded` (Performance API) where the API exists: validated data is in hand. */
export function markCorpusLoaded(): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') {
    performance.mark('corpus:loaded');
  }
}
