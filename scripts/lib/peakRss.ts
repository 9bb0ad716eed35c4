/**
 * Peak memory of a build's largest process. A build is a tree of processes (Astro's Node, Pagefind's
 * binary, sharp's workers live inside Node); every 100 ms the benchmark lists the tree under the build's
 * pid from /proc/<pid>/stat and reads each process's VmHWM (its own resident-set high-water mark, kept by
 * the kernel) from /proc/<pid>/status. A high-water mark is exact even between polls; only a process that
 * starts and exits within one interval is missed. The figure is the largest VmHWM seen: the process that
 * decides whether the build fits in memory. Linux only.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcStat {
  pid: number;
  ppid: number;
  /** The command name, as in `ps -o comm`. */
  comm: string;
}

/** Parses /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces and parentheses. */
export function parseProcStat(text: string): ProcStat | undefined {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) return undefined;
  const pid = Number(text.slice(0, open).trim());
  const ppid = Number(text.slice(close + 1).trim().split(/\s+/)[1]);
  if (!Number.isInteger(pid) || !Number.isInteger(ppid)) return undefined;
  return { pid, ppid, comm: text.slice(open + 1, close) };
}

/** The VmHWM line of /proc/<pid>/status, in KiB (undefined for a kernel thread or a zombie). */
export function parseVmHwmKib(status: string): number | undefined {
  const match = /^VmHWM:\s+(\d+)\s+kB$/m.exec(status);
  return match ? Number(match[1]) : undefined;
}

/** `root` and every process below it. */
export function processTree(root: number, stats: ProcStat[]): number[] {
  const children = new Map<number, number[]>();
  for (const s of stats) children.set(s.ppid, [...(children.get(s.ppid) ?? []), s.pid]);
  const tree: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

export interface PeakRss {
  /** The largest VmHWM of any process of the tree, in bytes. */
  bytes: number;
  /** That process's command name. */
  comm: string;
}

function readOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // the process exited between listing and reading
  }
}

/** Polls the tree under `root` every `intervalMs` until `stop()`, which returns the peak seen. */
export function watchPeakRss(root: number, intervalMs = 100): { stop(): PeakRss } {
  const peaks = new Map<number, { kib: number; comm: string }>();
  const poll = () => {
    const stats = readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .map((name) => parseProcStat(readOrUndefined(`/proc/${name}/stat`) ?? ''))
      .filter((s): s is ProcStat => s !== undefined);
    const comm = new Map(stats.map((s) => [s.pid, s.comm]));
    for (const pid of processTree(root, stats)) {
      const kib = parseVmHwmKib(readOrUndefined(`/proc/${pid}/status`) ?? '');
      if (kib !== undefined && kib > (peaks.get(pid)?.kib ?? 0)) peaks.set(pid, { kib, comm: comm.get(pid) ?? '?' });
    }
  };
  poll();
  const timer = setInterval(poll, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      const largest = [...peaks.values()].reduce((a, b) => (b.kib > a.kib ? b : a), { kib: 0, comm: '' });
      return { bytes: largest.kib * 1024, comm: largest.comm };
    },
  };
}
