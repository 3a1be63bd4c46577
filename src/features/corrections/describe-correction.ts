import type { Correction } from '../../corpus/corrections.ts';
import type { SlimCorpus } from '../../corpus/slim-corpus.ts';

/** One line for a correction, with names rather than ids (merged-away actors included). Pure. */
export function describeCorrection(
  c: Correction,
  corpus: Pick<SlimCorpus, 'actors' | 'quotes'>,
): string {
  const name = (id: string) => corpus.actors.find((a) => a.id === id)?.name ?? id;
  const quote = (id: string) => {
    const text = corpus.quotes.find((q) => q.id === id)?.text ?? id;
    return `“${text.length > 50 ? `${text.slice(0, 49)}…` : text}”`;
  };
  switch (c.kind) {
    case 'merge':
      return `Merged ${name(c.from)} into ${name(c.into)}`;
    case 'alias':
      return `Alias “${c.alias}” for ${name(c.actorId)}`;
    case 'speaker':
      return `Speaker of ${quote(c.quoteId)} set to ${name(c.speakerId)}`;
    case 'reject':
      return `Rejected ${quote(c.quoteId)}`;
  }
}
