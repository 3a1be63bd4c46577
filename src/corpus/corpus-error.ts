/**
 * Why a corpus could not be used; `message` is written for the user and names the problem.
 * In a module of its own (no zod) so the page can name errors without loading the schema.
 */
export class CorpusError extends Error {
  readonly kind: 'http' | 'json' | 'schema' | 'network';
  constructor(kind: CorpusError['kind'], message: string) {
    super(message);
    this.name = 'CorpusError';
    this.kind = kind;
  }
}
