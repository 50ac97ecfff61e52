// `pnpm mock`: Prism on a private loopback port behind a small Fastify front that serves the reference
// page at /docs/ and forwards every other request to Prism untouched, so users have one address.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { maxRequestHeaderBytes } from '@crm-contacts/contract';
import { docsPlugin } from '@crm-contacts/docs';
import httpProxy from '@fastify/http-proxy';
import Fastify from 'fastify';
import { startMock, type MockOptions, type RunningMock } from './startMock.js';

/** Prism accepts any token; the page's console starts with this one filled in. */
export const MOCK_TOKEN = 'any-token';

// The same room for long tag lists as Prism itself has (startMock.ts).
const MAX_HEADER_BYTES = maxRequestHeaderBytes();

export interface RunningMockWithDocs extends RunningMock {
  /** The reference page, `${url}/docs/`. */
  docsUrl: string;
}

export async function startMockWithDocs(options: MockOptions = {}): Promise<RunningMockWithDocs> {
  const prism = await startMock({ ...options, port: 0, host: '127.0.0.1' });
  const front = Fastify({
    logger: false,
    serverFactory: (handler) => createServer({ maxHeaderSize: MAX_HEADER_BYTES }, handler as (req: IncomingMessage, res: ServerResponse) => void),
  });
  try {
    await front.register(docsPlugin, { token: MOCK_TOKEN, server: 'same-origin', serverDescription: 'this mock (Prism)' });
    // The same readiness probe as the emulator's, for a container's HEALTHCHECK and CI's wait loops.
    front.get('/health', async () => ({ status: 'ok' }));
    await front.register(httpProxy, { upstream: prism.url });
    await front.listen({ port: options.port ?? 0, host: options.host ?? '127.0.0.1' });
  } catch (error) {
    await prism.close();
    throw error;
  }
  const { port } = front.server.address() as AddressInfo;
  const host = options.host ?? '127.0.0.1';
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    url,
    docsUrl: `${url}/docs/`,
    async close() {
      await front.close();
      await prism.close();
    },
  };
}
