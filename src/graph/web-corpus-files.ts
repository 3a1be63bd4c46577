import type { Corpus } from '../corpus/schema.ts';
import { toWebCorpus, type WebCorpusOptions, type WebFile } from '../corpus/web-corpus.ts';
import { graphSummaryBytes } from './graph-summary.ts';

/**
 * Every file of the web corpus of `corpus`, its graph summary included: what the ingest CLI and
 * the bench write. Here rather than in src/corpus because the summary needs the graph builder.
 * Deterministic; pure.
 */
export function webCorpusFiles(corpus: Corpus, options: WebCorpusOptions = {}): WebFile[] {
  return toWebCorpus(corpus, graphSummaryBytes(corpus), options);
}

/** A web file's content as written to disk. */
export function webFileData(file: WebFile): string | Uint8Array {
  return 'text' in file ? file.text : file.bytes;
}
