import { readFileSync } from 'node:fs';

export interface ProcessUsage {
  /** CPU time (user and system) so far, in milliseconds. */
  cpuMs: number;
  /** Peak resident set size so far, in bytes. */
  peakRss: number;
}

// Linux's clock tick for /proc times: 100 Hz on every kernel configuration this benchmark runs on.
const TICKS_PER_SECOND = 100;

/**
 * CPU and peak memory of another process (a gateway that is not Node), read from Linux's /proc, so a
 * door run as a native binary is measured like the Node doors measure themselves.
 */
export function processUsage(pid: number): ProcessUsage {
  // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are the 12th and 13th.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  const peakKiB = Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  return { cpuMs: (ticks * 1000) / TICKS_PER_SECOND, peakRss: peakKiB * 1024 };
}

/** The processes a process started (a cluster's workers, say), from Linux's /proc; none once it has exited. */
export function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}
