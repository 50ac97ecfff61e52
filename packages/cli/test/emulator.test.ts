// crm against the emulator (the real server's behaviour): the same answers as the client for the same
// query, every format, --all, sign-in, and the errors a user meets, with their exit codes.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { statSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContactListViewName, createCrmClient, type CrmClient } from '@crm-contacts/client';
import { startEmulator } from '@crm-contacts/emulator';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { namesOf } from '../src/contractValues.js';
import { freshConfigHome, runCrm } from './support/runCrm.js';
import { CRM, runCrmOnTerminal, spawnCrm } from './support/spawnCrm.js';

const TOKEN = 'cli-test-admin';
let emulator: Awaited<ReturnType<typeof startEmulator>>;
let crm: CrmClient;
let env: Record<string, string>;
const admin = () => emulator.users.find((u) => u.isAdmin)!;
// The token POST api/2.0/authentication gives a user (the administrator's own, not the fixed TOKEN).
const tokenOf = async (userName: string, password: string) => (await createCrmClient({ baseUrl: emulator.url }).authenticate({ userName, password })).token;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, contacts: 200, seed: 1, adminToken: TOKEN });
  crm = createCrmClient({ baseUrl: emulator.url, token: TOKEN });
  env = { CRM_BASE_URL: emulator.url, CRM_TOKEN: TOKEN };
});
afterAll(() => emulator?.close());

describe('crm contacts filter', () => {
  it("prints the client's answer for the same query, byte for byte what the server sent", async () => {
    const run = await runCrm(['contacts', 'filter', '--tag', 'vip', '--view', 'company', '--sort', 'created', '--desc', '--count', '5', '--format', 'json'], { env });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const expected = await crm.contacts.filter({ tags: ['vip'], contactListView: 'Company', sortBy: 'Created', sortOrder: 'descending', count: 5 });
    expect(expected.response.length).toBeGreaterThan(0);
    expect(run.stdout).toBe(`${JSON.stringify(expected)}\n`);
    const raw = await fetch(`${emulator.url}/api/2.0/crm/contact/filter?tags=vip&contactListView=Company&sortBy=Created&sortOrder=descending&count=5`, { headers: { Authorization: TOKEN } });
    expect(run.stdout).toBe(`${await raw.text()}\n`);
  });

  it("takes every flag of the issue's example and gets the client's answer to the same query", async () => {
    const manager = emulator.users.find((u) => u.userName === 'manager1')!;
    const args = ['--tag', 'vip', '--tag', 'emea', '--view', 'company', '--stage', '2', '--from', '2019-01-01', '--to', '2024-06-30',
      '--responsible', manager.id, '--shared', '--search', 'a', '--sort', 'created', '--desc', '--start', '0', '--count', '25'];
    const run = await runCrm(['contacts', 'filter', ...args, '--format', 'json'], { env });
    expect(run.code).toBe(0);
    const expected = await crm.contacts.filter({ tags: ['vip', 'emea'], contactListView: 'Company', contactStage: 2, fromDate: '2019-01-01', toDate: '2024-06-30',
      responsibleid: manager.id, isShared: true, filterValue: 'a', sortBy: 'Created', sortOrder: 'descending', startIndex: 0, count: 25 });
    expect(JSON.parse(run.stdout)).toEqual(expected);
  });

  it('writes one contact per line as ndjson, the same contacts as the client', async () => {
    const run = await runCrm(['contacts', 'filter', '--view', 'person', '--count', '7', '--format', 'ndjson'], { env });
    const expected = await crm.contacts.filter({ contactListView: 'Person', count: 7 });
    expect(run.stdout).toBe(expected.response.map((c) => `${JSON.stringify(c)}\n`).join(''));
  });

  it("writes the server's XML as it sent it", async () => {
    const run = await runCrm(['contacts', 'filter', '--count', '3', '--format', 'xml'], { env });
    const raw = await fetch(`${emulator.url}/api/2.0/crm/contact/filter.xml?count=3`, { headers: { Authorization: TOKEN } });
    expect(run.stdout).toBe(`${await raw.text()}\n`);
  });

  it('writes CSV with a header and a quoted row per contact', async () => {
    const run = await runCrm(['contacts', 'filter', '--count', '10', '--format', 'csv'], { env });
    const rows = parseCsv(run.stdout, { columns: true }) as Array<Record<string, string>>;
    const expected = await crm.contacts.filter({ count: 10 });
    expect(rows.map((r) => [Number(r.id), r.displayName])).toEqual(expected.response.map((c) => [c.id, c.displayName]));
  });

  it('prints a table with a header, a row per contact and how many of how many', async () => {
    const run = await runCrm(['contacts', 'filter', '--count', '4', '--format', 'table'], { env });
    const lines = run.stdout.trimEnd().split('\n');
    const expected = await crm.contacts.filter({ count: 4 });
    expect(lines[0]).toMatch(/^ID\s+TYPE\s+NAME\s+STAGE\s+TAGS\s+CREATED$/);
    expect(lines.slice(1, 5).map((line) => Number(line.split(/\s+/)[0]))).toEqual(expected.response.map((c) => c.id));
    expect(lines[5]).toBe(`4 of ${expected.total} contacts`);
  });

  it('prints JSON in a pipe and a table on a terminal when no --format is given', async () => {
    expect(JSON.parse((await runCrm(['contacts', 'filter', '--count', '1'], { env })).stdout).status).toBe(0);
    const terminal = await runCrmOnTerminal(['contacts', 'filter', '--count', '1'], { env });
    expect(terminal.screen).toMatch(/^ID\s+TYPE\s+NAME/);
  });
});

describe('crm contacts filter --all', () => {
  // spawned: the built bin writing into a pipe
  it('streams every contact once, in the order of the client’s walk', async () => {
    const run = await spawnCrm(['contacts', 'filter', '--all', '--page-size', '30', '--format', 'ndjson'], { env });
    expect(run).toMatchObject({ code: 0, stderr: '' }); // no progress line in a pipe
    const expected = await crm.contacts.filterAll({}, { pageSize: 30 });
    expect(expected).toHaveLength(200);
    expect(run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line))).toEqual(expected);
  });

  // spawned: a real pipe whose reader stops after one line (asynchronously: the emulator answers from this process)
  it('ends quietly with exit 0 when the reader closes the pipe early (crm ... | head -1)', async () => {
    const pipeline = spawn('bash', ['-c', `set -o pipefail; "${process.execPath}" "${CRM}" contacts filter --all --page-size 10 --format ndjson | head -1`], {
      env: { ...process.env, ...env, XDG_CONFIG_HOME: freshConfigHome() },
    });
    let stdout = '';
    let stderr = '';
    pipeline.stdout.on('data', (chunk) => { stdout += chunk; });
    pipeline.stderr.on('data', (chunk) => { stderr += chunk; });
    const [status] = await once(pipeline, 'close');
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    expect(JSON.parse(stdout).id).toEqual(expect.any(Number));
  });

  it('writes one JSON array of every contact with --format json', async () => {
    const run = await runCrm(['contacts', 'filter', '--all', '--view', 'company', '--page-size', '7', '--format', 'json'], { env });
    expect(JSON.parse(run.stdout)).toEqual(await crm.contacts.filterAll({ contactListView: 'Company' }));
  });

  it('shows a progress line on stderr at a terminal', async () => {
    const terminal = await runCrmOnTerminal(['contacts', 'filter', '--all', '--page-size', '50', '--format', 'ndjson'], { env });
    expect(terminal.screen).toContain('fetched 50 of 200 contacts');
    expect(terminal.screen).toContain('fetched 200 of 200 contacts');
  });
});

describe('crm contacts by-info', () => {
  it("prints the client's answer for the same query", async () => {
    const run = await runCrm(['contacts', 'by-info', '--type', 'email', '--data', 'example', '--category', 'work', '--format', 'json'], { env });
    expect(run.code).toBe(0);
    const expected = await crm.contacts.byContactInfo({ infoType: 'Email', data: 'example', category: 1 });
    expect(expected.response.length).toBeGreaterThan(0);
    expect(run.stdout).toBe(`${JSON.stringify(expected)}\n`);
  });

  it('reads a category by the name its info type gives it (a phone is mobile, an address an office)', async () => {
    const phone = await runCrm(['contacts', 'by-info', '--type', 'phone', '--category', 'mobile', '--primary', '--format', 'json'], { env });
    expect(JSON.parse(phone.stdout)).toEqual(await crm.contacts.byContactInfo({ infoType: 'Phone', category: 2, isPrimary: true }));
    const wrong = await runCrm(['contacts', 'by-info', '--type', 'email', '--category', 'mobile'], { env });
    expect(wrong).toMatchObject({ code: 2, stdout: '' });
    expect(wrong.stderr).toBe("crm: --category 'mobile' is not a category of email: expected one of: home, work, other\n");
  });
});

describe('crm login', () => {
  it('stores the token in the XDG config folder, readable by the user alone, and later commands use it', async () => {
    const home = freshConfigHome();
    const login = await runCrm(['--base-url', emulator.url, 'login', '--user', admin().userName], { env: { XDG_CONFIG_HOME: home, CRM_PASSWORD: admin().password } });
    expect(login.code).toBe(0);
    const file = join(home, 'crm-contacts', 'credentials.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8')).servers[emulator.url]).toMatchObject({ userName: 'admin', token: await tokenOf('admin', admin().password) });
    expect(login.stderr).toContain(`signed in to ${emulator.url} as admin; token stored in ${file}`);
    // no --base-url, no --token: the latest login's server and token
    const list = await runCrm(['contacts', 'filter', '--count', '1', '--format', 'json'], { env: { XDG_CONFIG_HOME: home } });
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout).total).toBe(200);
    const logout = await runCrm(['logout'], { env: { XDG_CONFIG_HOME: home } });
    expect(logout.stderr).toBe(`forgot the token for ${emulator.url}\n`);
    expect((await runCrm(['--base-url', emulator.url, 'contacts', 'filter'], { env: { XDG_CONFIG_HOME: home } })).code).toBe(3);
  });

  it('prints the token with --print, reading the password from stdin with --password-stdin', async () => {
    const run = await runCrm(['--base-url', emulator.url, 'login', '--user', 'manager1', '--password-stdin', '--print'], { input: `${emulator.users.find((u) => u.userName === 'manager1')!.password}\n` });
    expect(run).toMatchObject({ code: 0, stdout: `${emulator.users.find((u) => u.userName === 'manager1')!.token}\n` });
  });

  it('asks for the password at a terminal without echoing it', async () => {
    const run = await runCrmOnTerminal(['--base-url', emulator.url, 'login', '--user', 'admin', '--print'], { prompt: 'Password for admin: ', answer: admin().password });
    expect(run.code).toBe(0);
    const [, afterPrompt] = run.screen.split('Password for admin: ');
    expect(afterPrompt).not.toContain(admin().password);
    expect(afterPrompt).toContain(await tokenOf('admin', admin().password));
  });

  it("refuses a wrong password with the server's message, exit 3", async () => {
    const run = await runCrm(['--base-url', emulator.url, 'login', '--user', 'admin'], { env: { CRM_PASSWORD: 'wrong' } });
    expect(run).toMatchObject({ code: 3, stdout: '', stderr: 'crm: the server refused the credentials (401): User authentication failed\n' });
  });

  it('does not wait for a password that cannot come (no terminal, no CRM_PASSWORD)', async () => {
    const run = await runCrm(['--base-url', emulator.url, 'login', '--user', 'admin']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('set CRM_PASSWORD or pipe it with --password-stdin');
  });
});

describe('errors: one line on stderr, a documented exit code', () => {
  it.each([
    ['an unknown flag, with a suggestion', ['contacts', 'filter', '--tagz', 'vip'], 2, "crm contacts filter: unknown option '--tagz' (Did you mean --tag?); see 'crm contacts filter --help'"],
    ['an unknown view, listing the contract’s', ['contacts', 'filter', '--view', 'companies'], 2, `crm contacts filter: option '--view <view>' argument 'companies' is invalid: expected one of: ${namesOf(ContactListViewName)}; see 'crm contacts filter --help'`],
    ['a count over the contract’s maximum', ['contacts', 'filter', '--count', '5000'], 2, "crm contacts filter: option '--count <n>' argument '5000' is invalid: expected a whole number from 1 to 1000 (the contract's count); see 'crm contacts filter --help'"],
    ['--all with --count', ['contacts', 'filter', '--all', '--count', '3'], 2, "crm contacts filter: option '--all' cannot be used with option '--count <n>'; see 'crm contacts filter --help'"],
    ['a missing --type', ['contacts', 'by-info', '--data', 'x'], 2, "crm contacts by-info: required option '--type <type>' not specified; see 'crm contacts by-info --help'"],
    ['an unknown command', ['contacts', 'frob'], 2, "crm contacts: unknown command 'frob'; see 'crm contacts --help'"],
  ])('%s', async (_what, args, code, message) => {
    const run = await runCrm(args, { env });
    expect(run).toMatchObject({ code, stdout: '', stderr: `${message}\n` });
  });

  it("answers a parameter the server refuses with the server's message, exit 5", async () => {
    const run = await runCrm(['contacts', 'filter', '--stage', '1', '--from', '2024-02-30'], { env });
    expect(run.code).toBe(5);
    expect(run.stderr).toMatch(/^crm: the server refused the request \(400\): .*fromDate.*\n$/);
  });

  it('names the missing token before sending anything, exit 3', async () => {
    const run = await runCrm(['--base-url', emulator.url, 'contacts', 'filter']);
    expect(run).toMatchObject({ code: 3, stderr: `crm: no token for ${emulator.url}: sign in with 'crm login --user NAME', or pass --token / set CRM_TOKEN\n` });
  });

  it('says the server refused the token, exit 3, and refused a user without CRM access, exit 4', async () => {
    expect(await runCrm(['contacts', 'filter'], { env: { ...env, CRM_TOKEN: 'not-a-token' } })).toMatchObject({ code: 3, stderr: expect.stringContaining('401 Unauthorized') });
    const guest = emulator.users.find((u) => !u.crmAccess)!;
    expect(await runCrm(['contacts', 'filter'], { env: { ...env, CRM_TOKEN: guest.token } })).toMatchObject({ code: 4, stderr: expect.stringMatching(/^crm: the server refused access \(403\): .+\n$/) });
  });

  it('says a server cannot be reached, exit 6', async () => {
    const closed = await startEmulator({ port: 0, contacts: 0 });
    const url = closed.url;
    await closed.close();
    // spawned: the bin's own exit code
    const run = await spawnCrm(['contacts', 'filter'], { env: { CRM_BASE_URL: url, CRM_TOKEN: TOKEN } });
    expect(run).toMatchObject({ code: 6, stderr: `crm: cannot reach ${url} (ECONNREFUSED): is it running, and is the address right?\n` });
  });

  it('says which server setting is missing or wrong, exit 2', async () => {
    expect(await runCrm(['contacts', 'filter'])).toMatchObject({ code: 2, stderr: expect.stringContaining('no server: pass --base-url URL or set CRM_BASE_URL') });
    expect(await runCrm(['--base-url', 'ftp://x', 'contacts', 'filter'])).toMatchObject({ code: 2, stderr: "crm: --base-url must be an http:// or https:// address, got 'ftp://x'\n" });
  });
});
