import type {
  IngestFile,
  IngestProgress,
  IngestReply,
  IngestRequest,
  IngestSummary,
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
 * Ingests `files` in a fresh worker (src/loader/ingest-worker.ts), reporting progress. The
 * worker is ended once the run is over, so a finished or cancelled run holds no memory.
 */
export function ingestFiles(
  files: readonly IngestFile[],
  onProgress: (progress: IngestProgress) => void,
): IngestRun {
  const worker = new Worker(new URL('./ingest-worker.ts', import.meta.url), { type: 'module' });
  const requestId = nextRequest++;
  const send = (message: IngestRequest) => worker.postMessage(message);
  let settle: (outcome: IngestOutcome | null) => void = () => {};
  const result = new Promise<IngestOutcome | null>((resolve, reject) => {
    let over = false;
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
  send({ type: 'ingest', requestId, files: [...files] });
  return {
    result,
    cancel: () => {
      send({ type: 'cancel', requestId });
      // A file being worked on can take a while; the user asked to stop now.
      setTimeout(() => settle(null), 200);
    },
  };
}
