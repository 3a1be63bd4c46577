import { parentPort, Worker, workerData } from 'node:worker_threads';
import {
  ArticleSpeculator,
  type CorpusBuilderOptions,
  type Speculation,
} from '../../src/ingest/build-corpus.ts';

/**
 * The ingest's worker threads (`--jobs N`): each runs an {@link ArticleSpeculator} over the
 * files the main thread sends it, and the main thread checks and commits the results in file
 * order (src/ingest/speculative-registry.ts explains why that is byte-identical to one thread).
 * The worker runs the module that started it (cli.ts, or the bundle built from it), so no
 * second entry point has to be found at run time.
 */

interface Job {
  seq: number;
  file: string;
  bytes: Uint8Array;
}

interface Done {
  seq: number;
  speculation: Speculation;
}

/** Options a worker needs: plain data, cloned into each thread. */
export type WorkerOptions = Pick<
  CorpusBuilderOptions,
  'knownActors' | 'outlets' | 'explain' | 'learnedClauseEnds' | 'workBudget' | 'maxBytes'
>;

const MARK = 'quotegraph-ingest-worker';

/** True in a thread started by {@link SpeculationPool}; it then serves jobs until closed. */
export function serveIfWorker(): boolean {
  const data = workerData as { mark?: string; options?: WorkerOptions; html?: boolean } | null;
  if (!parentPort || data?.mark !== MARK || !data.options) return false;
  const port = parentPort;
  const options = data.options;
  // The DOM code loads only for a folder with pages in it; without it, pages come back
  // `failed` and the main thread reads them itself.
  const reader = data.html
    ? import('../../src/ingest/html-article.ts').then(
        (m) => m.readHtmlArticle,
        () => undefined,
      )
    : Promise.resolve(undefined);
  const ready = reader.then((readHtml) => new ArticleSpeculator({ ...options, readHtml }));
  // Callbacks on one promise run in the order they were added: the jobs keep theirs.
  port.on('message', (job: Job) => {
    void ready.then((speculator) => {
      const done: Done = { seq: job.seq, speculation: speculator.speculate(job.file, job.bytes) };
      port.postMessage(done);
    });
  });
  return true;
}

interface Thread {
  worker: Worker;
  pending: Map<number, (s: Speculation) => void>;
  alive: boolean;
}

/**
 * A fixed set of worker threads running `entry` (a module that calls {@link serveIfWorker}).
 * {@link speculate} never rejects: a thread that dies answers its pending files with
 * `failed`, so the main thread ingests them itself, and later files skip it.
 */
export class SpeculationPool {
  private readonly threads: Thread[] = [];
  private seq = 0;

  /** `html`: the files include saved web pages, so each thread loads the HTML reader. */
  constructor(entry: URL, size: number, options: WorkerOptions, html = false) {
    for (let i = 0; i < size; i += 1) {
      const worker = entry.pathname.endsWith('.ts')
        ? // Run from source, the thread needs tsx's loader: tsx registers it in the main thread only.
          new Worker(
            `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); });`,
            { eval: true, workerData: { mark: MARK, options, html } },
          )
        : new Worker(entry, { workerData: { mark: MARK, options, html } });
      const thread: Thread = { worker, pending: new Map(), alive: true };
      worker.on('message', (done: Done) => {
        const resolve = thread.pending.get(done.seq);
        thread.pending.delete(done.seq);
        resolve?.(done.speculation);
      });
      const fail = (): void => {
        thread.alive = false;
        for (const resolve of thread.pending.values()) resolve({ kind: 'failed' });
        thread.pending.clear();
      };
      worker.on('error', fail);
      worker.on('exit', fail);
      this.threads.push(thread);
    }
  }

  /** Sends one file to the least busy live thread. */
  speculate(file: string, bytes: Uint8Array): Promise<Speculation> {
    let best: Thread | null = null;
    for (const t of this.threads)
      if (t.alive && (!best || t.pending.size < best.pending.size)) best = t;
    if (!best) return Promise.resolve({ kind: 'failed' });
    const thread = best;
    const seq = (this.seq += 1);
    return new Promise((resolve) => {
      thread.pending.set(seq, resolve);
      thread.worker.postMessage({ seq, file, bytes } satisfies Job);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.threads.map((t) => t.worker.terminate()));
  }
}
