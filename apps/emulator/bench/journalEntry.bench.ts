// What recording one request in the journal costs (the entry with its credentials masked, into the ring):
// `pnpm --filter @crm-contacts/emulator exec vitest bench --run bench/journalEntry.bench.ts`.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { test } from 'vitest';
import { journalEntryLater } from '../src/journal/journalEntry.js';
import { RequestJournal } from '../src/journal/requestJournal.js';

const TOKEN = 'emu_6c417cc7efd5296d12c432c82505f91755e06a70';
const request = (query: string) => ({
  url: `/api/2.0/crm/contact/filter?count=25&tags=vip&sortBy=Created&sortOrder=descending${query}`,
  method: 'GET',
  headers: { authorization: TOKEN, accept: 'application/json', 'user-agent': 'bench' },
}) as unknown as FastifyRequest;
const reply = { elapsedTime: 1.234567, statusCode: 200 } as FastifyReply;
const journal = new RequestJournal(500);

test('a journal entry', async ({ bench }) => {
  await bench.compare(
    bench('header token', () => journal.record(journalEntryLater(request(''), reply, null, 'filterContacts', false)())),
    bench('header token and asc_auth_key in the query', () => journal.record(journalEntryLater(request(`&asc_auth_key=${TOKEN}`), reply, null, 'filterContacts', false)())),
    {},
  );
});
