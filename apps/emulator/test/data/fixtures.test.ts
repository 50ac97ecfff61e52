import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadData } from '../../src/load/loadData.js';
import { filterRecords } from '../support/records.js';
import { FixturesError, readFixturesFile } from '../../src/data/fixtures.js';

const EXAMPLE = fileURLToPath(new URL('../../fixtures/example.json', import.meta.url));
const admin = { id: 'aaaaaaaa-0000-4000-a000-000000000001', isAdmin: true };

function writeFixture(doc: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'fixtures-')), 'bad.json');
  writeFileSync(file, JSON.stringify(doc));
  return file;
}
const user = { id: 'aaaaaaaa-0000-4000-a000-000000000001', userName: 'admin', password: 'pw', token: 'token-admin', displayName: 'A', isAdmin: true };

describe('fixtures', () => {
  it('the documented example loads', async () => {
    const data = await loadData({ fixtures: EXAMPLE });
    expect(data.info.contacts).toBeGreaterThan(0);
    await data.close();
  });

  it('a schema violation is refused with file, JSON path and message', () => {
    const file = writeFixture({ mode: 'replace', users: [user], persons: [{ id: 0, firstName: 'x', lastName: 'y', createdBy: 'admin', created: '2020-01-01' }] });
    expect(() => readFixturesFile(file)).toThrow(FixturesError);
    expect(() => readFixturesFile(file)).toThrow(`${file}: /persons/0/id: must be >= 1`);
  });

  it('text XML 1.0 cannot carry is refused, naming the JSON path of each offending value', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fixtures-db-'));
    const db = join(dir, 'emulator.sqlite');
    const file = writeFixture({ mode: 'replace', users: [{ ...user, displayName: 'A\uFFFF' }], persons: [{ id: 1, firstName: 'a\u0001b', lastName: 'ok\ttab', createdBy: 'admin', created: '2020-01-01', tags: ['\uD800'] }] });
    const attempt = loadData({ fixtures: file, file: db });
    await expect(attempt).rejects.toThrow(FixturesError);
    const problems = await attempt.catch((error: FixturesError) => error.problems);
    expect(problems).toEqual([
      { path: '/users/0/displayName', message: expect.stringMatching(/^holds U\+FFFF, which XML 1\.0 cannot carry/) },
      { path: '/persons/0/firstName', message: expect.stringMatching(/^holds U\+0001, which XML 1\.0 cannot carry/) },
      { path: '/persons/0/tags/0', message: expect.stringMatching(/^holds U\+D800, which XML 1\.0 cannot carry/) },
    ]);
    expect(existsSync(db)).toBe(false);
  });

  it('a dangling reference is refused and nothing is loaded', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fixtures-db-'));
    const db = join(dir, 'emulator.sqlite');
    const file = writeFixture({ mode: 'replace', users: [user], persons: [{ id: 1, firstName: 'x', lastName: 'y', createdBy: 'admin', created: '2020-01-01', companyId: 99 }] });
    const attempt = loadData({ fixtures: file, file: db });
    await expect(attempt).rejects.toThrow(FixturesError);
    await expect(attempt).rejects.toThrow(`${file}: /persons/0/companyId: no company with id 99`);
    expect(existsSync(db)).toBe(false);
  });

  it('merge mode lays fixtures over generated contacts and refuses colliding ids', async () => {
    const person = { id: 1_000_001, firstName: 'Quentin', lastName: 'Fixture', createdBy: 'admin', created: '2030-01-01', companyId: 1, tags: ['VIP'] };
    const data = await loadData({ seed: 3, contacts: 100, fixtures: writeFixture({ mode: 'merge', persons: [person] }) });
    const page = await filterRecords(data.engine, admin, { filterValue: 'quentin', startIndex: 0, count: 10 });
    expect(page.items.map((r) => [r.contact.id, r.company?.contact.id])).toEqual([[1_000_001, 1]]);
    expect((await filterRecords(data.engine, admin, { startIndex: 0, count: 1 })).total).toBe(101);
    await data.close();
    await expect(loadData({ seed: 3, contacts: 100, fixtures: writeFixture({ mode: 'merge', persons: [{ ...person, id: 5 }] }) }))
      .rejects.toThrow('/persons/0/id: contact id 5 collides with a generated contact');
  });
});
