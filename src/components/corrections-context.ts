import { createContext, useContext } from 'react';
import type { Correction } from '../corpus/corrections.ts';
import type { Actor } from '../corpus/schema.ts';

/** What the correction tools need: the actors to choose from, what is corrected, and `add`. */
export interface CorrectionsApi {
  /** The corrected corpus's actors, in corpus order. */
  actors: readonly Actor[];
  correctedActors: ReadonlySet<string>;
  correctedQuotes: ReadonlySet<string>;
  add: (correction: Correction) => void;
}

/** Absent (null) where no corrections are offered: the tools then render nothing. */
export const CorrectionsContext = createContext<CorrectionsApi | null>(null);

export function useCorrectionsApi(): CorrectionsApi | null {
  return useContext(CorrectionsContext);
}
