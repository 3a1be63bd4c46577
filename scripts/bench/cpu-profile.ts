/**
 * Summarises a V8 CPU profile (the `Profiler.stop` result of the Chrome DevTools Protocol) into
 * self time per function and per script, so the report can say where a slow load spends its time.
 * Pure.
 */

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface SelfTime {
  name: string;
  selfMs: number;
}

function isProfile(value: unknown): value is CpuProfile {
  return typeof value === 'object' && value !== null && Array.isArray((value as CpuProfile).nodes);
}

function scriptName(url: string): string {
  if (!url) return '(native/V8)';
  const clean = url.split('?')[0] ?? url;
  return clean.slice(clean.lastIndexOf('/') + 1) || clean;
}

/**
 * Self time (ms) by function (`name (script:line)`) and by script, largest first, `limit` each.
 * Each sample is charged the time delta that FOLLOWS it (V8's convention: timeDeltas[i] is the
 * time since the previous sample, so sample i-1 ran for timeDeltas[i]).
 */
export function summariseCpuProfile(
  profile: unknown,
  limit = 25,
): { totalMs: number; byFunction: SelfTime[]; byScript: SelfTime[] } {
  if (!isProfile(profile)) return { totalMs: 0, byFunction: [], byScript: [] };
  const frameOf = new Map<number, CallFrame>();
  for (const node of profile.nodes) frameOf.set(node.id, node.callFrame);
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const byFunction = new Map<string, number>();
  const byScript = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < samples.length; i++) {
    const ms = (deltas[i + 1] ?? 0) / 1000;
    const frame = frameOf.get(samples[i] as number);
    if (!frame || ms <= 0) continue;
    total += ms;
    const fn = `${frame.functionName || '(anonymous)'} (${scriptName(frame.url)}:${frame.lineNumber + 1})`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
    const script = scriptName(frame.url);
    byScript.set(script, (byScript.get(script) ?? 0) + ms);
  }
  const top = (m: Map<string, number>): SelfTime[] =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([name, selfMs]) => ({ name, selfMs: Math.round(selfMs * 10) / 10 }));
  return { totalMs: Math.round(total), byFunction: top(byFunction), byScript: top(byScript) };
}
