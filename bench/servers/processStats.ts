import { readFileSync } from 'node:fs';

/** Linux reports CPU time in clock ticks; 100 per second on every common kernel. */
const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces; fields after its closing ')' are fixed.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return (utime + stime) / TICKS_PER_SECOND;
}

/** Resident set size in MiB, from /proc/<pid>/status (VmRSS). */
export function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
  return kb === undefined ? NaN : Number(kb) / 1024;
}

/** A CPU-time reading to compare against later: `cpuPercentSince` gives the load between. */
export interface CpuMark {
  cpu: number;
  at: number;
}

/** The current CPU time of `pid`, with the wall time it was read at. */
export function markCpu(pid: number): CpuMark {
  return { cpu: cpuSeconds(pid), at: performance.now() };
}

/** CPU used by `pid` since `mark`, as a percentage of one core. */
export function cpuPercentSince(pid: number, mark: CpuMark): number {
  const now = markCpu(pid);
  return (100 * (now.cpu - mark.cpu)) / ((now.at - mark.at) / 1000);
}
