/**
 * Why a corpus could not be used; `message` is written for the user and names the problem.
 * In a module of its own (no zod) so the page can name errors without loading the schema.
 */
export class CorpusError extends Error {
  /**
   * `limit`: over one of CORPUS_LIMITS; `encoding`: not UTF-8; `timeout`: the server stalled;
   * `origin`: at or redirected to an address the app may not load from; `worker`: the loader died;
   * `absent`: a workspace was asked for and this browser keeps none.
   */
  readonly kind:
    | 'http'
    | 'json'
    | 'schema'
    | 'network'
    | 'limit'
    | 'encoding'
    | 'timeout'
    | 'origin'
    | 'worker'
    | 'absent';
  constructor(kind: CorpusError['kind'], message: string) {
    super(message);
    this.name = 'CorpusError';
    this.kind = kind;
  }
}
