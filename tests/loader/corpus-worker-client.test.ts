import { afterEach, describe, expect, it, vi } from 'vitest';
import { NO_FILTERS } from '../../src/corpus/filter-quotes.ts';
import { validateInPieces } from '../../src/loader/corpus-pieces.ts';
import {
  EXPORT_SILENCE_MS,
  startWorker,
  warmCorpusWorker,
  WORKER_SILENCE_MS,
} from '../../src/loader/corpus-worker-client.ts';
import { smallCorpus } from '../fixtures/corpus/fixtures.ts';

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

// A worker that opens the corpus it is sent (the real pieces, as corpus-worker.ts sends them),
// then answers pings but never an export: an export that takes a long while.
class BusyExporter extends FakeWorker {
  override onmessage: ((event: { data: unknown }) => void) | null = null;
  busy = false;
  override postMessage(message: { type: string; text?: string }) {
    super.postMessage(message);
    const reply = (data: unknown) => queueMicrotask(() => this.onmessage?.({ data }));
    if (message.type === 'open' && message.text)
      validateInPieces(JSON.parse(message.text), (piece) => reply(piece));
    else if (message.type === 'export') this.busy = true;
    else if (message.type === 'ping' && !this.busy) reply({ type: 'pong' });
  }
}

describe('the corpus worker watchdog', () => {
  it('gives an export minutes of silence, not the seconds a search gets', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'performance'] });
    try {
      vi.stubGlobal('Worker', BusyExporter);
      const loaded = await startWorker(
        { type: 'open', label: 'test', text: JSON.stringify(smallCorpus()) },
        () => Promise.reject(new Error('no fallback here')),
        {},
      );
      const lost = vi.fn();
      loaded.source.onLost?.(lost);
      const file = loaded.source.exportFile?.({
        format: 'csv',
        filters: NO_FILTERS,
        hideUnknown: false,
        permalinkBase: 'http://localhost/',
        corpusLabel: 'test',
        filterLabel: '',
      });
      file?.catch(() => undefined);
      await vi.advanceTimersByTimeAsync(WORKER_SILENCE_MS * 3);
      expect(lost).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(EXPORT_SILENCE_MS);
      expect(lost).toHaveBeenCalledOnce();
      await expect(file).rejects.toThrow('stopped answering');
    } finally {
      vi.useRealTimers();
    }
  });
});
