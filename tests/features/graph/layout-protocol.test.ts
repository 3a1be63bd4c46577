import { describe, expect, it, vi } from 'vitest';
import type { Layout } from '../../../src/corpus/schema.ts';
import { buildActorGraph } from '../../../src/graph/build-actor-graph.ts';
import { layoutGraph } from '../../../src/graph/layout-graph.ts';
import {
  LayoutClient,
  layoutMessageHandler,
  type LayoutPageMessage,
  type LayoutPort,
  type LayoutWorkerMessage,
} from '../../../src/features/graph/layout-protocol.ts';
import { NEWS_ACTORS, NEWS_QUOTES } from '../../fixtures/graph/news-network.ts';
import { syntheticCorpus } from '../../fixtures/graph/synthetic-corpus.ts';

const small = buildActorGraph(NEWS_ACTORS, NEWS_QUOTES, { includeIsolated: true });
const { actors, quotes } = syntheticCorpus(300, 900, 5);
const big = buildActorGraph(actors, quotes, { includeIsolated: true });

/** Waits until `posted` has `n` messages or `ms` pass. */
async function settle(posted: unknown[], n: number, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (posted.length < n && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('layoutMessageHandler (the worker side)', () => {
  it('answers a request with the same layout as layoutGraph, under its requestId', async () => {
    const posted: LayoutWorkerMessage[] = [];
    const handle = layoutMessageHandler((m) => posted.push(m));
    handle({ type: 'layout', requestId: 7, graph: small });
    await settle(posted, 1);
    expect(posted).toEqual([{ type: 'layout', requestId: 7, layout: layoutGraph(small) }]);
  });

  it('stops a cancelled layout between slices and posts nothing for it', async () => {
    const posted: LayoutWorkerMessage[] = [];
    const slices = vi.fn();
    const handle = layoutMessageHandler(
      (m) => posted.push(m),
      (steps, done) => {
        // One step per slice, like runInSlices with a tiny budget, driven by the test.
        let stopped = false;
        const next = () => {
          if (stopped) return;
          slices();
          const step = steps.next();
          if (step.done) done(step.value);
          else setTimeout(next, 0);
        };
        setTimeout(next, 0);
        return { cancel: () => (stopped = true) };
      },
    );
    handle({ type: 'layout', requestId: 1, graph: big });
    await new Promise((resolve) => setTimeout(resolve, 30));
    handle({ type: 'cancel', requestId: 1 });
    const sliced = slices.mock.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(sliced).toBeGreaterThan(0);
    expect(slices.mock.calls.length).toBe(sliced);
    expect(posted).toEqual([]);
  });

  it('lets a newer request replace a running one: only the newest is answered', async () => {
    const posted: LayoutWorkerMessage[] = [];
    const handle = layoutMessageHandler((m) => posted.push(m));
    handle({ type: 'layout', requestId: 1, graph: big });
    handle({ type: 'layout', requestId: 2, graph: small });
    // A cancel for a request that is not running changes nothing.
    handle({ type: 'cancel', requestId: 1 });
    await settle(posted, 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(posted.map((m) => m.requestId)).toEqual([2]);
  });
});

function fakePort() {
  const sent: LayoutPageMessage[] = [];
  const port: LayoutPort = {
    postMessage: (m) => sent.push(m),
    onmessage: null,
    onerror: null,
    terminate: vi.fn(),
  };
  const reply = (data: LayoutWorkerMessage) =>
    port.onmessage?.(new MessageEvent<LayoutWorkerMessage>('message', { data }));
  return { port, sent, reply };
}

describe('LayoutClient (the page side)', () => {
  const layout: Layout = { positions: { a: [1, 2] } };

  it('numbers requests and drops the reply to a superseded one', () => {
    const { port, sent, reply } = fakePort();
    const client = new LayoutClient(port);
    const first = vi.fn();
    const second = vi.fn();
    client.request(small, first, () => {});
    client.request(small, second, () => {});
    expect(sent.map((m) => [m.type, m.requestId])).toEqual([
      ['layout', 1],
      ['layout', 2],
    ]);
    reply({ type: 'layout', requestId: 1, layout });
    expect(first).not.toHaveBeenCalled();
    reply({ type: 'layout', requestId: 2, layout });
    expect(second).toHaveBeenCalledWith(layout);
  });

  it('cancel tells the worker and ignores a reply that crossed it', () => {
    const { port, sent, reply } = fakePort();
    const client = new LayoutClient(port);
    const onLayout = vi.fn();
    const cancel = client.request(small, onLayout, () => {});
    cancel();
    expect(sent.at(-1)).toEqual({ type: 'cancel', requestId: 1 });
    reply({ type: 'layout', requestId: 1, layout });
    expect(onLayout).not.toHaveBeenCalled();
    cancel();
    expect(sent).toHaveLength(2);
  });

  it('reports a failed worker to the pending request; dispose terminates it', () => {
    const { port, reply } = fakePort();
    const client = new LayoutClient(port);
    const onError = vi.fn();
    client.request(small, () => {}, onError);
    reply({ type: 'error', requestId: 1, message: 'boom' });
    expect(onError).toHaveBeenCalledTimes(1);
    client.dispose();
    expect(port.terminate).toHaveBeenCalled();
  });
});
