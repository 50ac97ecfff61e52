// What a live server process uses, read from /proc (Linux): its CPU time and its resident memory.
import { readFileSync } from 'node:fs';

// the kernel's clock ticks per second in /proc/<pid>/stat (USER_HZ: 100 on Linux)
const TICKS_PER_SECOND = 100;

/** User + system CPU time of a live process, in ms (utime and stime: the stat file's 14th and 15th fields). */
export function cpuMs(pid: number): number {
  // counted after the command's name, which may hold spaces: fields 12 and 13 from there
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

/** Resident memory in MB; undefined once the process is gone. */
export function rssMb(pid: number | undefined): number | undefined {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : undefined;
  } catch {
    return undefined;
  }
}
