// `crm import --anonymise`: names, e-mail addresses and phone numbers replaced, the same value by the same
// one; and text XML cannot carry replaced. Each document is checked by an emulator loading it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCrmClient } from '@crm-contacts/client';
import { startEmulator, type RunningEmulator } from '@crm-contacts/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnonymiser } from '../../src/import/anonymiser.js';
import { importPortal } from '../../src/import/importPortal.js';

const TOKEN = 'anon-admin';
let emulator: RunningEmulator;
beforeAll(async () => { emulator = await startEmulator({ port: 0, contacts: 150, seed: 5, adminToken: TOKEN, logLevel: 'silent' }); });
afterAll(() => emulator?.close());

/** The document loads: an emulator started on it answers (it refuses a document its schema or XML refuses). */
async function expectLoads(document: unknown): Promise<void> {
  const file = join(mkdtempSync(join(tmpdir(), 'import-')), 'fixtures.json');
  writeFileSync(file, JSON.stringify(document));
  const copy = await startEmulator({ port: 0, fixtures: file, adminToken: TOKEN, logLevel: 'silent', snapshotDir: null });
  await copy.close();
}
const admin = (fetch?: typeof globalThis.fetch) => createCrmClient({ baseUrl: emulator.url, token: TOKEN, fetch });

type Person = { firstName: string; lastName: string; contactInfo: { infoType: number; data: string }[] };

describe('anonymised import', () => {
  it('maps the same input to the same output, and different kinds apart', () => {
    const anonymiser = createAnonymiser(Buffer.from('fixed key'));
    expect(anonymiser.email('ada@example.org')).toBe(anonymiser.email(' ADA@example.org'));
    expect(anonymiser.email('ada@example.org')).not.toBe(anonymiser.email('bob@example.org'));
    expect(anonymiser.phone('+371 2000 0000')).toMatch(/^\+1 555 \d{7}$/);
    expect(createAnonymiser(Buffer.from('fixed key')).lastName('Smith')).toBe(anonymiser.lastName('Smith'));
  });

  it('replaces every name, e-mail address and phone number, consistently, and the document still loads', async () => {
    const [plain, anonymous] = await Promise.all([false, true].map((anonymise) => importPortal(admin(), { anonymise }).then((imported) => imported.document)));
    await expectLoads(anonymous);
    const before = plain.persons as Person[];
    const after = anonymous.persons as Person[];
    const emails = (p: Person) => p.contactInfo.filter((i) => i.infoType === 1).map((i) => i.data);
    const mapping = new Map<string, string>();
    before.forEach((p, i) => {
      expect(emails(after[i]).every((e) => e.endsWith('@example.com') && !emails(p).includes(e))).toBe(true);
      // one last name in, one last name out
      const known = mapping.get(p.lastName);
      if (known) expect(after[i].lastName).toBe(known);
      mapping.set(p.lastName, after[i].lastName);
    });
    expect(after.filter((p, i) => p.firstName === before[i].firstName && p.lastName === before[i].lastName).length).toBeLessThan(before.length / 10);
    const text = JSON.stringify(anonymous);
    for (const p of before.slice(0, 20)) for (const e of emails(p)) expect(text).not.toContain(e);
  });
});

describe('text XML 1.0 cannot carry', () => {
  it('is replaced by U+FFFD and counted, and the document loads', async () => {
    // a portal's answers can carry control characters: the emulator's own refuses them, so they are added on the way
    const controlled: typeof fetch = async (input, init) => {
      const answer = await fetch(input, init);
      const text = (await answer.text()).replaceAll('"lastName":"', '"lastName":"\\u0001\\uffff');
      return new Response(text, { status: answer.status, headers: answer.headers });
    };
    const imported = await importPortal(admin(controlled));
    const persons = imported.document.persons as Person[];
    expect(imported.replacedCharacters).toBe(2 * persons.length);
    expect(persons.every((p) => p.lastName.startsWith('\uFFFD\uFFFD'))).toBe(true);
    await expectLoads(imported.document);
  });
});
