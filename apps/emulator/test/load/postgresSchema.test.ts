// On PostgreSQL the emulator keeps to its own schema: a same-named table of the database it is pointed
// at (here `public.contacts`) survives a load untouched.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { postgresBackend } from '../support/databases.js';
import { startEmulator } from '../../src/index.js';

const postgres = postgresBackend();

describe.runIf(postgres)('the emulator on a shared PostgreSQL database', () => {
  it('loads into its own schema and leaves other tables alone', async () => {
    const url = (await postgres!.databaseUrl())!;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query('CREATE TABLE public.contacts (id integer, note text)');
      await client.query("INSERT INTO public.contacts VALUES (1, 'ours, not the emulator''s')");
      const emulator = await startEmulator({ databaseUrl: url, contacts: 50, seed: 2, port: 0, logLevel: 'silent', adminToken: 'a' });
      try {
        const page = await (await fetch(`${emulator.url}/api/2.0/crm/contact/filter?count=1`, { headers: { authorization: 'a' } })).json();
        expect(page.total).toBe(50);
      } finally {
        await emulator.close();
      }
      expect((await client.query('SELECT note FROM public.contacts')).rows).toEqual([{ note: "ours, not the emulator's" }]);
      expect((await client.query("SELECT count(*)::int AS n FROM crm_emulator.contacts")).rows[0].n).toBe(50);
    } finally {
      await client.end();
    }
  });
});
