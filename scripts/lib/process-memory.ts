// Memory of the processes this Node process started (Chromium's browser, renderer and GPU
// processes, and its workers inside the renderer), read from /proc. Private resident memory
// (resident minus shared pages, from statm), not RSS: Chromium's processes share most of their
// code pages, and RSS would count them once per process. statm is cheap to read; smaps_rollup
// (PSS) made the kernel walk page tables, which took a share of a core every sample.
import { readdir, readFile } from 'node:fs/promises';

async function parentOf(pid: number): Promise<number | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: read after the last ')'.
    const after = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(after[1]);
  } catch {
    return null;
  }
}

const PAGE_BYTES = 4096;

async function privateBytes(pid: number): Promise<number> {
  try {
    const [, resident = 0, shared = 0] = (await readFile(`/proc/${pid}/statm`, 'utf8'))
      .trim()
      .split(' ')
      .map(Number);
    return Math.max(0, resident - shared) * PAGE_BYTES;
  } catch {
    return 0;
  }
}

/**
 * Total private resident memory, in MiB, of every live descendant of `root` (default: this
 * process), not counting `root` itself. Returns 0 where /proc is missing (not Linux).
 */
export async function descendantsPrivateMiB(root = process.pid): Promise<number> {
  let entries: string[];
  try {
    entries = await readdir('/proc');
  } catch {
    return 0;
  }
  const parents = new Map<number, number>();
  await Promise.all(
    entries
      .filter((name) => /^\d+$/.test(name))
      .map(async (name) => {
        const parent = await parentOf(Number(name));
        if (parent !== null) parents.set(Number(name), parent);
      }),
  );
  const isDescendant = (pid: number): boolean => {
    for (let p = parents.get(pid), hops = 0; p !== undefined && hops < 64; hops++) {
      if (p === root) return true;
      p = parents.get(p);
    }
    return false;
  };
  const pids = [...parents.keys()].filter(isDescendant);
  const sizes = await Promise.all(pids.map(privateBytes));
  return sizes.reduce((a, b) => a + b, 0) / 2 ** 20;
}
