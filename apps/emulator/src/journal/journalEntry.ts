// One journal entry (and one `--log-requests` line) from a request the emulator answered: the headers
// that matter to the answer, every credential masked as the contract's security schemes place them.
import { credentialPlaces, maskedHeaders, maskQueryCredentials } from '@crm-contacts/contract';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { JournalEntry } from './requestJournal.js';

const PLACES = credentialPlaces();
/** What decides an answer besides the path and query: credentials, representation, body type, scenario, CORS. */
const RECORDED_HEADERS = ['authorization', 'cookie', 'accept', 'content-type', 'origin', 'x-emulator-scenario'] as const;

export function journalEntry(request: FastifyRequest, reply: FastifyReply, scenario: string | null, operationId: string | null, dropped: boolean): JournalEntry {
  const url = request.url;
  const at = url.indexOf('?');
  return {
    time: new Date(Date.now() - reply.elapsedTime).toISOString(),
    scenario,
    method: request.method,
    path: at < 0 ? url : url.slice(0, at),
    query: at < 0 ? '' : maskQueryCredentials(url.slice(at + 1), PLACES),
    operationId,
    headers: maskedHeaders(request.headers, RECORDED_HEADERS, PLACES),
    status: dropped ? 0 : reply.statusCode,
    durationMs: Number(reply.elapsedTime.toFixed(3)),
  };
}
