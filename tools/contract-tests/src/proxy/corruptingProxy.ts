// A loopback proxy in front of a correct server that breaks its answers one way: the broken variants
// of the server that the negative control runs the suite against.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { corrupt, type Corruption } from './corruptions.js';

export interface CorruptingProxy {
  url: string;
  /** How many answers were broken: each must fail its check. */
  corrupted(): number;
  /** Every request that went through, as `METHOD /path?query`. */
  requests(): string[];
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'host']);

/** Without a corruption, it passes answers through and only records the requests (the verifier's budget test). */
export async function startCorruptingProxy(targetUrl: string, corruption?: Corruption): Promise<CorruptingProxy> {
  let corrupted = 0;
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    void (async () => {
      const body = await readBody(request);
      const headers = Object.fromEntries(Object.entries(request.headers).filter(([name]) => !HOP_BY_HOP.has(name))) as Record<string, string>;
      const upstream = await fetch(targetUrl + request.url, { method: request.method, headers, body: body.length > 0 ? new Uint8Array(body) : undefined });
      const answer = { status: upstream.status, contentType: upstream.headers.get('content-type') ?? '', body: await upstream.text() };
      const broken = corruption ? corrupt(corruption, answer) : undefined;
      if (broken) corrupted += 1;
      const sent = broken ?? answer;
      const outHeaders: Record<string, string> = {};
      upstream.headers.forEach((value, name) => {
        if (!HOP_BY_HOP.has(name) && name !== 'content-encoding') outHeaders[name] = value;
      });
      outHeaders['content-type'] = sent.contentType;
      response.writeHead(sent.status, outHeaders).end(sent.body);
    })().catch((error: Error) => response.writeHead(502, { 'content-type': 'text/plain' }).end(`proxy: ${error.message}`));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    corrupted: () => corrupted,
    requests: () => [...requests],
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}
