import { describe, expect, it } from 'vitest';
import { progressText } from '../../../src/features/own-articles/progress-text.ts';
import type { IngestProgress } from '../../../src/loader/ingest-protocol.ts';

const reading: IngestProgress = {
  stage: 'reading',
  done: 200,
  total: 10_000,
  articles: 150,
  actors: 0,
  layoutShare: 0,
  elapsedMs: 2000,
};

describe('progressText', () => {
  it('waits for the first report', () => {
    expect(progressText(null)).toBe('Starting…');
  });

  it('gives files done of total, then the pace and time left once it can', () => {
    expect(progressText({ ...reading, elapsedMs: 10 })).toBe('200 of 10,000 files');
    // 200 files in 2 s: 9,800 left at 100 files/s.
    expect(progressText(reading)).toBe('200 of 10,000 files, 75 articles/s, about 98 s left');
  });

  it('goes on reporting after the last file: the layout share, then the writing', () => {
    const read = { ...reading, done: 10_000, articles: 9_990, actors: 5_001 };
    expect(progressText({ ...read, stage: 'layout', layoutShare: 0.426 })).toBe(
      '9,990 articles read; laying out 5,001 actors: 42 %',
    );
    expect(progressText({ ...read, stage: 'writing', layoutShare: 1 })).toBe(
      '9,990 articles read; writing the workspace…',
    );
  });
});
