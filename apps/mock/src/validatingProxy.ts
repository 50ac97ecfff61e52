// `crm-mock --proxy URL`: a validating proxy in front of a real server (a portal, or the emulator). Every
// request is forwarded untouched (@fastify/http-proxy) and its answer returned untouched; meanwhile both
// are checked against the contract (contractCheck.ts) and every violation is written to the log (one JSON
// line each) and kept in a bounded journal at GET /__proxy/journal (DELETE clears it), credentials masked.
// Written on the contract package's validator rather than Prism's proxy mode, which checks no XML body.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { brotliDecompress, gunzip, inflate } from 'node:zlib';
import { credentialPlaces, loadContract, maskedHeaders, maskQueryCredentials, maxRequestHeaderBytes } from '@crm-contacts/contract';
import httpProxy from '@fastify/http-proxy';
import Fastify from 'fastify';
import { contractCheck } from './contractCheck.js';

export interface ProxyOptions {
  /** The server to forward to: `https://portal.example` or an emulator's URL. */
  upstream: string;
  port?: number;
  host?: string;
  /** Exchanges the journal keeps, the oldest forgotten first. */
  journalSize?: number;
  /** Where each violation's JSON line goes. */
  log?: (line: string) => void;
}

export interface ProxyEntry {
  time: string;
  method: string;
  path: string;
  query: string;
  headers: Record<string, string>;
  status: number;
  durationMs: number;
  /** Empty when request and answer keep to the contract. */
  violations: string[];
}

export interface RunningProxy {
  url: string;
  /** Every exchange (or only those with violations), oldest first. */
  journal(onlyViolations?: boolean): ProxyEntry[];
  close(): Promise<void>;
}

export const PROXY_JOURNAL_PATH = '/__proxy/journal';
export const DEFAULT_PROXY_JOURNAL_SIZE = 500;
interface UpstreamAnswer { statusCode: number; headers: Record<string, string | string[] | undefined>; stream: NodeJS.ReadableStream }
const RECORDED_HEADERS = ['authorization', 'cookie', 'accept', 'content-type', 'origin'] as const;
const DECODERS: Record<string, (data: Buffer) => Promise<Buffer>> = { gzip: promisify(gunzip), deflate: promisify(inflate), br: promisify(brotliDecompress) };

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks);
}

export async function startValidatingProxy(options: ProxyOptions): Promise<RunningProxy> {
  const document = loadContract();
  const check = contractCheck(document);
  const places = credentialPlaces(document);
  const capacity = options.journalSize ?? DEFAULT_PROXY_JOURNAL_SIZE;
  const entries: ProxyEntry[] = [];
  const record = (entry: ProxyEntry) => {
    if (entry.violations.length > 0) options.log?.(`${JSON.stringify({ level: 'warn', msg: 'contract violation', ...entry })}\n`);
    if (capacity === 0) return;
    entries.push(entry);
    if (entries.length > capacity) entries.shift();
  };

  const sentBodies = new WeakMap<object, Buffer>();
  const front = Fastify({
    logger: false,
    serverFactory: (handler) => createServer({ maxHeaderSize: maxRequestHeaderBytes(document) }, handler as (req: IncomingMessage, res: ServerResponse) => void),
  });
  front.get(PROXY_JOURNAL_PATH, async (request) => {
    const { violations } = request.query as { violations?: string };
    return { capacity, entries: violations === 'true' ? entries.filter((e) => e.violations.length > 0) : entries };
  });
  front.delete(PROXY_JOURNAL_PATH, async (_request, reply) => {
    entries.length = 0;
    return reply.code(204).send();
  });

  await front.register(httpProxy, {
    upstream: options.upstream.replace(/\/+$/, ''),
    // a request body is read whole for the check, then forwarded as the same bytes
    preHandler: async (request) => {
      if (!(request.body instanceof Readable)) return;
      const bytes = await readAll(request.body);
      sentBodies.set(request, bytes);
      request.body = Readable.from([bytes]);
    },
    replyOptions: {
      onResponse: (request, reply, res) => {
        // @fastify/reply-from 12 hands the upstream's status, headers and body stream (its types say otherwise)
        const response = res as unknown as UpstreamAnswer;
        void (async () => {
          const raw = await readAll(response.stream);
          const encoding = String(response.headers['content-encoding'] ?? '').toLowerCase();
          const text = (DECODERS[encoding] ? await DECODERS[encoding](raw) : raw).toString('utf8');
          const url = request.url;
          const at = url.indexOf('?');
          const path = at < 0 ? url : url.slice(0, at);
          const body = sentBodies.get(request)?.toString('utf8');
          const violations = check({
            method: request.method, path, query: at < 0 ? [] : [...new URLSearchParams(url.slice(at + 1))],
            requestContentType: request.headers['content-type'], requestBody: body,
            status: response.statusCode, contentType: (response.headers['content-type'] as string | undefined) ?? null, body: text,
          });
          record({
            time: new Date(Date.now() - reply.elapsedTime).toISOString(), method: request.method, path,
            query: at < 0 ? '' : maskQueryCredentials(url.slice(at + 1), places), headers: maskedHeaders(request.headers, RECORDED_HEADERS, places),
            status: response.statusCode, durationMs: Number(reply.elapsedTime.toFixed(3)), violations,
          });
          reply.send(raw);
        })().catch((error: Error) => reply.code(502).type('text/plain; charset=utf-8').send(`proxy: ${error.message}`));
      },
    },
  });
  await front.listen({ port: options.port ?? 0, host: options.host ?? '127.0.0.1' });
  const { port } = front.server.address() as AddressInfo;
  const host = options.host ?? '127.0.0.1';
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    journal: (onlyViolations = false) => (onlyViolations ? entries.filter((e) => e.violations.length > 0) : [...entries]),
    close: () => front.close(),
  };
}
