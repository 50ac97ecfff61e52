// crm's generic list flags against the emulator: --fields (the members, and the table's and CSV's
// columns), --type/--kind, --filter-by/--filter-op, member sorts and --updated-since give the client's
// answer to the same query; `--fields id,displayName --all` streams 10,000 contacts with those members only.
import { createCrmClient, type CrmClient } from '@crm-contacts/client';
import { startEmulator } from '@crm-contacts/emulator';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCrm } from './support/runCrm.js';

const TOKEN = 'cli-generic-admin';
const CONTACTS = 10_000;
let emulator: Awaited<ReturnType<typeof startEmulator>>;
let crm: CrmClient;
let env: Record<string, string>;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, contacts: CONTACTS, seed: 3, adminToken: TOKEN, snapshotDir: null });
  crm = createCrmClient({ baseUrl: emulator.url, token: TOKEN });
  env = { CRM_BASE_URL: emulator.url, CRM_TOKEN: TOKEN };
});
afterAll(() => emulator?.close());

describe('crm contacts filter with the generic list flags', () => {
  it('streams all 10,000 contacts with --fields id,displayName --all, each with those members only', async () => {
    const run = await runCrm(['contacts', 'filter', '--fields', 'id,displayName', '--all', '--format', 'ndjson'], { env });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const contacts = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(contacts).toHaveLength(CONTACTS);
    expect(contacts.every((c) => Object.keys(c).join() === 'displayName,id')).toBe(true);
    const whole = await crm.contacts.filterAll({});
    expect(contacts).toEqual(whole.map((c) => ({ displayName: c.displayName, id: c.id })));
  }, 120_000);

  it('makes the --fields members the CSV\'s and the table\'s columns', async () => {
    const csv = await runCrm(['contacts', 'filter', '--fields', 'ID,displayName,company', '--count', '20', '--format', 'csv'], { env });
    const rows = parseCsv(csv.stdout) as string[][];
    expect(rows[0]).toEqual(['id', 'displayName', 'company']);
    const page = await crm.contacts.filter({ fields: ['id', 'displayName', 'company'], count: 20 });
    expect(rows.slice(1)).toEqual(page.response.map((c) => [String(c.id), c.displayName ?? '', c.company?.displayName ?? '']));
    const table = await runCrm(['contacts', 'filter', '--fields', 'displayName,id', '--count', '3', '--format', 'table'], { env });
    expect(table.stdout.split('\n')[0].split(/\s+/)).toEqual(['displayName', 'id']);
  });

  it('passes --type, --filter-by, --filter-op, a member --sort and --updated-since as the client does', async () => {
    const args = ['contacts', 'filter', '--type', 'company', '--sort', 'isShared', '--desc', '--search', 'a', '--filter-by', 'displayName', '--filter-op', 'startswith',
      '--updated-since', '2024-01-01', '--count', '30', '--format', 'json'];
    const run = await runCrm(args, { env });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const expected = await crm.contacts.filter({ type: 'company', sortBy: 'isShared', sortOrder: 'descending', filterValue: 'a', filterBy: 'displayName', filterOp: 'startsWith', updatedSince: '2024-01-01', count: 30 });
    expect(expected.response.length).toBeGreaterThan(0);
    expect(expected.response.every((c) => c.isCompany && c.displayName!.toLowerCase().startsWith('a'))).toBe(true);
    expect(JSON.parse(run.stdout)).toEqual(expected);
  });

  it('refuses values the contract does not list, naming them', async () => {
    const type = await runCrm(['contacts', 'filter', '--type', 'people'], { env });
    expect(type.code).toBe(2);
    expect(type.stderr).toContain('person, company');
    const fields = await runCrm(['contacts', 'filter', '--fields', 'id,nickname'], { env });
    expect(fields.code).toBe(2);
    expect(fields.stderr).toContain('displayname');
    const bad = await runCrm(['contacts', 'filter', '--updated-since', 'yesterday'], { env });
    expect(bad.code).toBe(5);
    expect(bad.stderr).toContain('updatedSince');
  });
});

describe('crm contacts by-info with the generic list flags', () => {
  it('passes --kind, --filter-value, --sort and --fields as the client does', async () => {
    const run = await runCrm(['contacts', 'by-info', '--type', 'email', '--kind', 'person', '--filter-by', 'isShared', '--filter-value', 'true', '--sort', 'displayName',
      '--fields', 'id,displayName,isCompany', '--count', '50', '--format', 'json'], { env });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const expected = await crm.contacts.byContactInfo({ infoType: 'Email', type: 'person', filterBy: 'isShared', filterValue: 'true', sortBy: 'DisplayName', fields: ['id', 'displayName', 'isCompany'], count: 50 });
    expect(expected.response.length).toBeGreaterThan(0);
    expect(expected.response.every((c) => c.isCompany === false)).toBe(true);
    expect(JSON.parse(run.stdout)).toEqual(expected);
  });
});
