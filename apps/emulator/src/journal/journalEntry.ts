// One journal entry (and one `--log-requests` line) from a request the emulator answered: the headers
// that matter to the answer, every credential masked as the contract's security schemes place them.
import { credentialPlaces, maskedHeaders, maskQueryCredentials } from '@crm-contacts/contract';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { JournalEntry } from './requestJournal.js';

const PLACES = credentialPlaces();
/** What decides an answer besides the path and query: credentials, representation, body type, scenario, CORS. */
const RECORDED_HEADERS = ['authorization', 'cookie', 'accept', 'content-type', 'origin', 'x-emulator-scenario'] as const;

/**
 * The entry's raw values taken now, the entry made when first asked for: most entries are never read, and
 * masking the credentials and formatting the time cost more than the rest of journalling a request.
 */
export function journalEntryLater(request: FastifyRequest, reply: FastifyReply, scenario: string | null, operationId: string | null, dropped: boolean): () => JournalEntry {
  const { url, method } = request;
  const headers: Record<string, string | string[] | undefined> = {};
  for (const name of RECORDED_HEADERS) headers[name] = request.headers[name];
  const elapsed = reply.elapsedTime;
  const startedAt = Date.now() - elapsed;
  const status = dropped ? 0 : reply.statusCode;
  return () => {
    const at = url.indexOf('?');
    return {
      time: new Date(startedAt).toISOString(),
      scenario,
      method,
      path: at < 0 ? url : url.slice(0, at),
      query: at < 0 ? '' : maskQueryCredentials(url.slice(at + 1), PLACES),
      operationId,
      headers: maskedHeaders(headers, RECORDED_HEADERS, PLACES),
      status,
      durationMs: Number(elapsed.toFixed(3)),
    };
  };
}
