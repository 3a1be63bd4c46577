import {
  byPath,
  type IngestFile,
  type IngestProgress,
  type IngestReply,
  type IngestRequest,
  type IngestSummary,
} from './ingest-protocol.ts';

/** What a finished run gives back: the corpus as JSON text and what became of the files. */
export interface IngestOutcome {
  corpusJson: string;
  summary: IngestSummary;
}

export interface IngestRun {
  /** The outcome; null when the run was cancelled. Rejects when the worker fails. */
  result: Promise<IngestOutcome | null>;
  /** Asks the worker to stop between two files, then ends it. */
  cancel(): void;
}

let nextRequest = 1;
/**
 * Files per message. Cloning a Blob into a message costs the page about 0.3 ms (the browser
 * registers the handle), so 1,000 files in one message were a 300 ms task; batches leave the
 * page a turn between them. On a busy machine a Blob costs up to 1 ms: batches of 100 were
 * tasks of 105–120 ms there, batches of 50 stay near 50 ms.
 */
const BATCH = 50;

async function sendInBatches(
  files: readonly IngestFile[],
  /** False once the run is over: the rest is not sent. */
  send: (batch: IngestFile[], first: boolean) => boolean,
): Promise<void> {
  for (let i = 0; i < files.length || i === 0; i += BATCH) {
    if (!send(files.slice(i, i + BATCH), i === 0) || i + BATCH >= files.length) return;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/**
 * Ingests `files` in a fresh worker (src/loader/ingest-worker.ts), reporting progress. The
 * worker is ended once the run is over, so a finished or cancelled run holds no memory.
 */
function startWorker(): Worker {
  return new Worker(new URL('./ingest-worker.ts', import.meta.url), { type: 'module' });
}

/** A worker started ahead of the next run (see {@link warmIngestWorker}). */
let warm: Worker | null = null;

/**
 * Starts the next run's worker now, so its script is fetched and its actor lists parsed while
 * the user is still choosing files (about a third of a second of a 1,000-file run). Idempotent.
 */
export function warmIngestWorker(): void {
  if (typeof Worker !== 'undefined') warm ??= startWorker();
}

export function ingestFiles(
  files: readonly IngestFile[],
  onProgress: (progress: IngestProgress) => void,
): IngestRun {
  const worker = warm ?? startWorker();
  warm = null;
  const requestId = nextRequest++;
  const send = (message: IngestRequest) => worker.postMessage(message);
  let settle: (outcome: IngestOutcome | null) => void = () => {};
  let over = false;
  const result = new Promise<IngestOutcome | null>((resolve, reject) => {
    const end = () => {
      over = true;
      worker.terminate();
    };
    settle = (outcome) => {
      if (over) return;
      end();
      resolve(outcome);
    };
    worker.onmessage = (event: MessageEvent<IngestReply>) => {
      const message = event.data;
      if (over || message.requestId !== requestId) return;
      if (message.type === 'progress') onProgress(message);
      else if (message.type === 'done')
        settle({ corpusJson: message.corpusJson, summary: message.summary });
      else if (message.type === 'cancelled') settle(null);
      else if (message.type === 'merged') return;
      else {
        end();
        reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      if (over) return;
      end();
      reject(new Error(`The ingest worker stopped: ${event.message || 'it crashed'}.`));
    };
  });
  // In path order, so the worker can extract the first batch while the others are on their way.
  const sorted = [...files].sort(byPath);
  void sendInBatches(sorted, (batch, first) => {
    if (over) return false;
    send(
      first
        ? { type: 'ingest', requestId, total: sorted.length, files: batch }
        : { type: 'files', requestId, files: batch },
    );
    return true;
  });
  return {
    result,
    cancel: () => {
      send({ type: 'cancel', requestId });
      // A file being worked on can take a while; the user asked to stop now.
      setTimeout(() => settle(null), 200);
    },
  };
}

/**
 * The workspace "both" as corpus JSON text: the bundled corpus at `bundledHref` merged with the
 * user's, in a worker of its own (parsing, merging and laying out would stall the page).
 * Rejects with the worker's message when either corpus is not valid.
 */
export function mergeWorkspaces(bundledHref: string, ownJson: string): Promise<string> {
  const worker = warm ?? startWorker();
  warm = null;
  const requestId = nextRequest++;
  return new Promise<string>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<IngestReply>) => {
      const message = event.data;
      if (message.requestId !== requestId) return;
      if (message.type === 'merged') resolve(message.corpusJson);
      else if (message.type === 'error') reject(new Error(message.message));
      else return;
      worker.terminate();
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error(`The merging worker stopped: ${event.message || 'it crashed'}.`));
    };
    worker.postMessage({ type: 'merge', requestId, bundledHref, ownJson } satisfies IngestRequest);
  });
}
