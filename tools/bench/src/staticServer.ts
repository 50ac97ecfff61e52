#!/usr/bin/env node
// The HTTP ceiling: a minimal node:http server sending one fixed JSON answer of a given size, so the
// emulator's figures can be read against what Node's HTTP alone costs on this machine.
// Usage: staticServer.ts <bytes>   (prints "listening on http://...")
import { createServer } from 'node:http';

const bytes = Number(process.argv[2] ?? 40_000);
const body = Buffer.from(JSON.stringify({ status: 0, statusCode: 200, response: 'x'.repeat(Math.max(0, bytes - 50)) }));
const server = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
  response.end(body);
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(`listening on http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
