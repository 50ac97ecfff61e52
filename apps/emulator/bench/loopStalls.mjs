// Preloaded into the emulator by bench/firstLoad.ts (`node --import`): the longest time the event loop was
// held between two 1 ms timer turns, as main-thread CPU time (what a stall costs, unlike wall time, which on a
// shared machine also counts the time the process was not scheduled) and as wall time. SIGUSR2 prints both
// since the last SIGUSR2 on stderr, with the main thread's CPU time since it started, and starts again.
import { readFileSync } from 'node:fs';

// the main thread's time on a CPU in ms, to the nanosecond (process.threadCpuUsage is tick-based on many kernels)
const cpuMs = () => Number(readFileSync('/proc/thread-self/schedstat', 'latin1').split(' ')[0]) / 1e6;
let last = cpuMs();
let lastWall = performance.now();
let longestCpu = 0;
let longestWall = 0;
setInterval(() => {
  const now = cpuMs();
  const wall = performance.now();
  longestCpu = Math.max(longestCpu, now - last);
  longestWall = Math.max(longestWall, wall - lastWall);
  last = now;
  lastWall = wall;
}, 1).unref();
process.on('SIGUSR2', () => {
  process.stderr.write(`loop-stall ${longestCpu.toFixed(2)} ${longestWall.toFixed(2)} ${cpuMs().toFixed(1)}\n`);
  longestCpu = 0;
  longestWall = 0;
});
