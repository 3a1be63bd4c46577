import type { Correction } from '../corpus/corrections.ts';

// Without zod or idb, which load with corrections-store.ts only when the store is first read.

/** A correction as stored: with an id (for removing one) and when it was made. */
export interface StoredCorrection {
  id: string;
  at: number;
  correction: Correction;
}

/** The identity of a corpus opened by address: its absolute URL. */
export function corpusKeyForUrl(absoluteUrl: string): string {
  return `url:${absoluteUrl}`;
}

/** A new stored correction with a fresh id. */
export function storedCorrection(correction: Correction, now = Date.now()): StoredCorrection {
  return {
    id: `${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    at: now,
    correction,
  };
}
