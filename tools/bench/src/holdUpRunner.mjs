#!/usr/bin/env node
// Runs in its own process (pinned to the load generator's core): does the heaviest query shape hold up the
// others? 10 connections send light requests of the stream one at a time each; then again with one
// request in ten replaced by the heaviest shape. Prints the light requests' latencies of both runs as JSON.
// Usage: holdUpRunner.mjs <baseUrl> <streamFile> <seconds>  (the stream file: { light: [...], heavy: [...] })
import { readFileSync } from 'node:fs';

const [baseUrl, streamFile, seconds] = process.argv.slice(2);
const { light, heavy } = JSON.parse(readFileSync(streamFile, 'utf8'));

async function run(withHeavy, from) {
  const times = [];
  let sent = 0;
  let l = from;
  let h = 0;
  const end = performance.now() + Number(seconds) * 1000;
  await Promise.all(Array.from({ length: 10 }, async () => {
    while (performance.now() < end) {
      const isHeavy = withHeavy && sent++ % 10 === 9;
      const { path, token } = isHeavy ? heavy[h++ % heavy.length] : light[l++ % light.length];
      const started = performance.now();
      await (await fetch(`${baseUrl}${path}`, { headers: { authorization: token } })).arrayBuffer();
      if (!isHeavy) times.push(performance.now() - started);
    }
  }));
  times.sort((a, b) => a - b);
  const at = (p) => Number(times[Math.min(times.length - 1, Math.floor(times.length * p))].toFixed(1));
  return { requests: times.length, p50Ms: at(0.5), p99Ms: at(0.99), nextLight: l };
}

const warm = await run(false, 0);
const alone = await run(false, warm.nextLight);
const withHeavy = await run(true, alone.nextLight);
process.stdout.write(JSON.stringify({ alone, withHeavy }));
