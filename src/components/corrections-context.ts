import { createContext, useContext } from 'react';
import type { Correction } from '../corpus/corrections.ts';
import type { Actor } from '../corpus/schema.ts';

/** What the correction tools need: the actors to choose from, what is corrected, and `add`. */
export interface CorrectionsApi {
  /** The corrected corpus's actors sorted by name, once per corpus (pickers list them). */
  actorsByName: readonly Actor[];
  correctedActors: ReadonlySet<string>;
  /** Actor id merged away → the actor it now is (links to the old id are sent there). */
  mergedInto: ReadonlyMap<string, string>;
  correctedQuotes: ReadonlySet<string>;
  add: (correction: Correction) => void;
}

/** Absent (null) where no corrections are offered: the tools then render nothing. */
export const CorrectionsContext = createContext<CorrectionsApi | null>(null);

export function useCorrectionsApi(): CorrectionsApi | null {
  return useContext(CorrectionsContext);
}
