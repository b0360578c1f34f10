import { readFileSync } from 'node:fs';

export interface ProcessUsage {
  /** CPU time (user and system) so far, in milliseconds. */
  cpuMs: number;
  /** Peak resident set size so far, in bytes. */
  peakRss: number;
}

// Linux's clock tick for /proc times: 100 Hz on every kernel configuration this benchmark runs on.
const TICKS_PER_SECOND = 100;

/** The fields of /proc/<pid>/stat after the command name, which is in parentheses and may hold spaces. */
function statFields(pid: number): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

const ticksToMs = (ticks: number) => (ticks * 1000) / TICKS_PER_SECOND;

/**
 * CPU and peak memory of another process (a gateway that is not Node), read from Linux's /proc, so a
 * door run as a native binary is measured like the Node doors measure themselves.
 */
export function processUsage(pid: number): ProcessUsage {
  // utime and stime are the 12th and 13th fields after the command name.
  const fields = statFields(pid);
  const ticks = Number(fields[11]) + Number(fields[12]);
  const peakKiB = Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  return { cpuMs: ticksToMs(ticks), peakRss: peakKiB * 1024 };
}

/**
 * CPU time of a process and of every process under it, in milliseconds, ended ones included: a server
 * that starts a process per connection and ends it when the connection closes (Postgres) is measured
 * whole, since a parent's cutime and cstime hold the children it has waited for. A child that ends
 * between two reads here is missed by that reading only; the next finds it in its parent's.
 */
export function processTreeCpuMs(pid: number): number {
  let ticks: number;
  try {
    // utime, stime, cutime and cstime: the 12th to 15th fields after the command name.
    ticks = statFields(pid)
      .slice(11, 15)
      .reduce((sum, field) => sum + Number(field), 0);
  } catch {
    return 0;
  }
  return ticksToMs(ticks) + childrenOf(pid).reduce((sum, child) => sum + processTreeCpuMs(child), 0);
}

/** The processes a process started (a cluster's workers, say), from Linux's /proc; none once it has exited. */
export function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}
