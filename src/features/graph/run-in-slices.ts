/** Longest stretch of work per task: well under the 50 ms that counts as a long task. */
export const SLICE_MS = 30;

/** A running sliced job; `cancel` stops it before its next slice (the result is never delivered). */
export interface SlicedJob {
  cancel: () => void;
}

/**
 * Yields to the event loop: a MessageChannel message runs as the next task without the 4 ms
 * clamp nested timeouts get, and lets input and rendering in between.
 */
function nextTask(run: () => void): () => void {
  if (typeof MessageChannel === 'function') {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      run();
    };
    channel.port2.postMessage(null);
    return () => channel.port1.close();
  }
  const timer = setTimeout(run, 0);
  return () => clearTimeout(timer);
}

/**
 * Advances `steps` until it finishes (then calls `done` and returns true) or `enough(elapsedMs)`
 * says the slice is spent (returns false). Always runs at least one step.
 */
function advance<T>(
  steps: Generator<void, T, void>,
  done: (value: T) => void,
  enough: (elapsedMs: number) => boolean,
): boolean {
  const started = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) {
      done(step.value);
      return true;
    }
    if (enough(performance.now() - started)) return false;
  }
}

/**
 * Drives a step generator (see `graphSceneSteps`) in slices of about `sliceMs` each, one slice
 * per task, and calls `done` with its return value. The first slice runs in a later task, never
 * synchronously. Effects: schedules tasks until done or cancelled.
 */
export function runInSlices<T>(
  steps: Generator<void, T, void>,
  done: (value: T) => void,
  sliceMs = SLICE_MS,
): SlicedJob {
  let cancelled = false;
  let cancelNext = nextTask(slice);
  function slice() {
    if (cancelled || advance(steps, done, (spent) => spent >= sliceMs)) return;
    cancelNext = nextTask(slice);
  }
  return {
    cancel: () => {
      cancelled = true;
      cancelNext();
    },
  };
}

/**
 * Like `runInSlices`, but each slice runs in an idle period (requestIdleCallback, within
 * `timeoutMs` if the page never idles) and stops when the idle period is spent or after
 * SLICE_MS, whichever is first, so a build in the background never delays input. Falls back to `runInSlices` without idle callbacks.
 */
export function runWhenIdle<T>(
  steps: Generator<void, T, void>,
  done: (value: T) => void,
  timeoutMs = 1000,
): SlicedJob {
  if (typeof requestIdleCallback !== 'function') return runInSlices(steps, done);
  let cancelled = false;
  let handle = 0;
  const slice = (deadline: IdleDeadline) => {
    // An idle period may be 50 ms long: a slice still stops at SLICE_MS, so none is a long task.
    const enough = (spent: number) => spent >= SLICE_MS || deadline.timeRemaining() < 2;
    if (cancelled || advance(steps, done, enough)) return;
    handle = requestIdleCallback(slice, { timeout: timeoutMs });
  };
  handle = requestIdleCallback(slice, { timeout: timeoutMs });
  return {
    cancel: () => {
      cancelled = true;
      cancelIdleCallback(handle);
    },
  };
}

/**
 * Runs `work` once in an idle period (see `runWhenIdle`): for warming a memoised index the
 * next interaction would otherwise build. Effects: schedules one idle callback until cancelled.
 */
export function doWhenIdle(work: () => void): SlicedJob {
  function* once(): Generator<void, void, void> {
    yield;
    work();
  }
  return runWhenIdle(once(), () => undefined);
}
