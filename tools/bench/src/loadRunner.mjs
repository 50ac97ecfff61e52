#!/usr/bin/env node
// Runs in its own process (pinned to the load generator's core): autocannon sends the requests of a
// stream file in order, each once, over N connections, and the summary is printed as JSON.
// Usage: loadRunner.mjs <baseUrl> <streamFile> <connections> <seconds>; seconds `once`: each request of the
// stream sent exactly once, however long that takes (a fixed workload, for CPU time per request)
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';

const [baseUrl, streamFile, connections, seconds] = process.argv.slice(2);
const stream = JSON.parse(readFileSync(streamFile, 'utf8'));
let next = 0;
const result = await autocannon({
  url: baseUrl,
  connections: Number(connections),
  ...(seconds === 'once' ? { amount: stream.length } : { duration: Number(seconds) }),
  requests: [{
    setupRequest(request) {
      const { path, token } = stream[next++ % stream.length];
      return { ...request, method: 'GET', path, headers: { ...request.headers, authorization: token } };
    },
  }],
});
process.stdout.write(JSON.stringify({
  requestsPerSecond: Math.round(result.requests.average),
  p50Ms: result.latency.p50,
  p99Ms: result.latency.p99,
  bytesPerRequest: Math.round(result.throughput.total / Math.max(1, result.requests.total)),
  sent: result.requests.total,
  distinct: Math.min(stream.length, result.requests.total),
  non2xx: result.non2xx,
  errors: result.errors + result.timeouts,
}));
