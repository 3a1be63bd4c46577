import { describe, expect, it } from 'vitest';
import { defaultJobs, FILES_PER_WORKER, MAX_JOBS } from '../../../scripts/ingest/default-jobs.ts';

describe('defaultJobs', () => {
  it('runs a small folder on the main thread alone', () => {
    expect(defaultJobs(0, 8)).toBe(1);
    expect(defaultJobs(5, 8)).toBe(1);
    expect(defaultJobs(2 * FILES_PER_WORKER - 1, 8)).toBe(1);
  });

  it('adds a worker per FILES_PER_WORKER files, up to the cores and the limit', () => {
    expect(defaultJobs(2 * FILES_PER_WORKER, 8)).toBe(2);
    expect(defaultJobs(5 * FILES_PER_WORKER + 10, 8)).toBe(5);
    expect(defaultJobs(20_000, 2)).toBe(2);
    expect(defaultJobs(10_000_000, 1_000)).toBe(MAX_JOBS);
  });
});
