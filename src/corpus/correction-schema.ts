import { z } from 'zod';
import type { Correction } from './corrections.ts';

// Apart from corrections.ts so that applying corrections does not put zod on the page's
// critical path: only reading stored or uploaded corrections needs it.
const id = z.string().min(1).max(200);

/** A correction as read back from storage: ids bounded, an alias trimmed and non-empty. */
export const CorrectionSchema: z.ZodType<Correction> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('merge'), from: id, into: id }),
  z.object({ kind: z.literal('alias'), actorId: id, alias: z.string().trim().min(1).max(200) }),
  z.object({ kind: z.literal('speaker'), quoteId: id, speakerId: id }),
  z.object({ kind: z.literal('reject'), quoteId: id }),
]);
