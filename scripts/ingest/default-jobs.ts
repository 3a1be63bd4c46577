import { availableParallelism } from 'node:os';

/** The most worker threads --jobs may ask for. */
export const MAX_JOBS = 64;

/**
 * Files one worker thread must have to pay for itself: a worker takes about 0.2-0.4 s to start
 * (it loads the extractor and its lexicons), about what one core extracts in 250 articles. The
 * seeds' five files took 0.9 s with two workers and 0.5 s with none.
 */
export const FILES_PER_WORKER = 250;

/**
 * Worker threads when --jobs is not given: one per core, but no more than the folder's `files`
 * keep busy, so a small folder runs on the main thread alone (below 2 × FILES_PER_WORKER).
 * The output does not depend on it (byte-identical for any number of jobs).
 */
export function defaultJobs(files: number, cores = availableParallelism()): number {
  return Math.max(1, Math.min(cores, MAX_JOBS, Math.floor(files / FILES_PER_WORKER)));
}
