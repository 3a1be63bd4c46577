import type { Layout } from '../../corpus/schema.ts';
import type { ActorGraph } from '../../graph/build-actor-graph.ts';
import { layoutGraphSteps, type LayoutGraphOptions } from '../../graph/layout-graph.ts';
import { runInSlices, type SlicedJob } from './run-in-slices.ts';

/**
 * The protocol between the page and the layout worker, and the worker's message handler as a
 * plain function (free of Worker APIs, so it is tested in Node). Messages name their `type` and
 * carry a `requestId`, like the corpus worker's (src/loader/corpus-protocol.ts).
 */

/** Page → worker: lay out `graph` (a newer request replaces any running one), or stop one. */
export type LayoutPageMessage =
  | { type: 'layout'; requestId: number; graph: ActorGraph; options?: LayoutGraphOptions }
  | { type: 'cancel'; requestId: number };

/** Worker → page: the layout of a request, or why there is none. Cancelled requests get none. */
export type LayoutWorkerMessage =
  | { type: 'layout'; requestId: number; layout: Layout }
  | { type: 'error'; requestId: number; message: string };

/** Runs a layout in steps; the default runs slices as tasks, so a cancel gets in between. */
export type RunLayout = (
  steps: Generator<void, Layout, void>,
  done: (layout: Layout) => void,
) => SlicedJob;

/**
 * The worker's side: lays out one request at a time, in slices, and posts its layout. A new
 * request cancels the running one (only the newest is wanted); `cancel` stops the named request
 * between slices and nothing is posted for it. Effects: calls `post`, schedules slices.
 */
export function layoutMessageHandler(
  post: (message: LayoutWorkerMessage) => void,
  run: RunLayout = runInSlices,
): (message: LayoutPageMessage) => void {
  let running: { requestId: number; job: SlicedJob } | null = null;
  const stop = () => {
    running?.job.cancel();
    running = null;
  };
  return (message) => {
    if (message.type === 'cancel') {
      if (running?.requestId === message.requestId) stop();
      return;
    }
    stop();
    const { requestId, graph, options } = message;
    let finished = false;
    try {
      const job = run(layoutGraphSteps(graph, options), (layout) => {
        finished = true;
        running = null;
        post({ type: 'layout', requestId, layout });
      });
      // A runner may finish synchronously: then nothing is running any more.
      if (!finished) running = { requestId, job };
    } catch (error) {
      post({ type: 'error', requestId, message: String(error) });
    }
  };
}

/** The part of a Worker the page's client uses (a fake one in tests). */
export interface LayoutPort {
  postMessage: (message: LayoutPageMessage) => void;
  onmessage: ((event: MessageEvent<LayoutWorkerMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate: () => void;
}

/**
 * The page's side: one worker for many requests. `request` sends a graph under a fresh
 * requestId and returns a cancel function (which tells the worker to stop); replies to any but
 * the latest request are dropped. When the worker fails, the pending request's `onError` runs
 * and the client stays broken (callers fall back to laying out on the page).
 */
export class LayoutClient {
  readonly #port: LayoutPort;
  #nextId = 1;
  #pending: {
    requestId: number;
    onLayout: (layout: Layout) => void;
    onError: () => void;
  } | null = null;

  constructor(port: LayoutPort) {
    this.#port = port;
    port.onmessage = (event) => {
      const reply = event.data;
      const pending = this.#pending;
      if (!pending || reply.requestId !== pending.requestId) return;
      this.#pending = null;
      if (reply.type === 'layout') pending.onLayout(reply.layout);
      else pending.onError();
    };
    port.onerror = () => {
      const pending = this.#pending;
      this.#pending = null;
      pending?.onError();
    };
  }

  /** Lays out `graph` in the worker; the returned function cancels it. */
  request(graph: ActorGraph, onLayout: (layout: Layout) => void, onError: () => void): () => void {
    const requestId = this.#nextId++;
    this.#pending = { requestId, onLayout, onError };
    this.#port.postMessage({ type: 'layout', requestId, graph });
    return () => {
      if (this.#pending?.requestId !== requestId) return;
      this.#pending = null;
      this.#port.postMessage({ type: 'cancel', requestId });
    };
  }

  /** Stops the worker; no callback runs after this. */
  dispose(): void {
    this.#pending = null;
    this.#port.terminate();
  }
}
