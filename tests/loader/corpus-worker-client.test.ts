import { afterEach, describe, expect, it, vi } from 'vitest';
import { startWorker, warmCorpusWorker } from '../../src/loader/corpus-worker-client.ts';

// A stand-in Worker that records what is made and posted, and never answers.
class FakeWorker {
  static made: FakeWorker[] = [];
  posted: unknown[] = [];
  onerror: ((event: { preventDefault(): void }) => void) | null = null;
  onmessage: unknown = null;
  terminated = false;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  addEventListener() {}
  removeEventListener() {}
}

afterEach(() => {
  FakeWorker.made = [];
  vi.unstubAllGlobals();
});

function open(signal: AbortSignal) {
  return startWorker(
    { type: 'open', label: 'test', text: '{}' },
    () => Promise.reject(new Error('no fallback here')),
    { signal },
  ).catch(() => null);
}

describe('warmCorpusWorker', () => {
  it('starts the next load’s worker ahead, which that load then uses', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    warmCorpusWorker();
    warmCorpusWorker();
    expect(FakeWorker.made).toHaveLength(1);
    const stop = new AbortController();
    const loading = open(stop.signal);
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0]?.posted[0]).toMatchObject({ type: 'open', label: 'test' });
    // The spare is used once: the next load starts a worker of its own.
    const again = open(stop.signal);
    expect(FakeWorker.made).toHaveLength(2);
    stop.abort();
    await Promise.all([loading, again]);
  });

  it('drops a spare that fails to start', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    warmCorpusWorker();
    const broken = FakeWorker.made[0];
    broken?.onerror?.({ preventDefault() {} });
    expect(broken?.terminated).toBe(true);
    const stop = new AbortController();
    const loading = open(stop.signal);
    expect(FakeWorker.made).toHaveLength(2);
    expect(FakeWorker.made[1]?.posted[0]).toMatchObject({ type: 'open' });
    stop.abort();
    await loading;
  });
});
