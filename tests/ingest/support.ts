import { buildCorpus, type BuiltCorpus } from '../../src/ingest/build-corpus.ts';
import { loadKnownActors, loadOutlets } from '../../scripts/ingest/load-data.ts';

const knownActors = loadKnownActors();
const outlets = loadOutlets();

/** Ingests in-memory articles (name → text) with the repository's actors and outlets. */
export function ingestTexts(files: Record<string, string>): BuiltCorpus {
  const encoder = new TextEncoder();
  return buildCorpus(
    Object.entries(files).map(([file, text]) => ({ file, bytes: encoder.encode(text) })),
    { knownActors, outlets, explain: true },
  );
}

/** Quotes of a one-article corpus as [speaker name, kind, text] triples. */
export function quotesOf(text: string): [string, string, string][] {
  const corpus = ingestTexts({ 'a.txt': `Title\n${text}` });
  const names = new Map(corpus.actors.map((a) => [a.id as string, a.name]));
  return corpus.quotes.map((q) => [names.get(q.speakerId) ?? q.speakerId, q.kind, q.text]);
}
