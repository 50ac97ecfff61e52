// `pnpm start` as a user runs it: the CLI prints a banner with a working curl line, refuses bad
// configuration with a message naming it, and shuts down cleanly on SIGTERM.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../src/commandLine.js';

const MAIN = join(import.meta.dirname, '../dist/main.js');

// Runs the CLI until it exits; a failing check inside onOutput stops the child and fails the run.
function run(env: Record<string, string>, onOutput: (text: string, stop: () => void) => void, args: string[] = []): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN, ...args], { env: { ...process.env, LOG_LEVEL: 'warn', CRM_SNAPSHOT_DIR: 'off', ...env } });
    let output = '';
    let failure: unknown;
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      try {
        onOutput(output, () => child.kill('SIGTERM'));
      } catch (error) {
        failure = error;
        child.kill('SIGKILL');
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('exit', (code) => (failure ? reject(failure) : resolve({ code, output })));
  });
}

describe('the emulator CLI', () => {
  it('prints its URL, the demo users and a curl line that works, then stops on SIGTERM with exit 0', async () => {
    let checked: Promise<number> | undefined;
    const { code, output } = await run({ PORT: '0', CRM_CONTACTS: '200', CRM_ADMIN_TOKEN: 'cli-admin' }, (text, stop) => {
      if (checked || !text.includes('stop with Ctrl-C')) return;
      const url = /listening on (http:\/\/\S+)/.exec(text)![1];
      const curl = /curl -H 'Authorization: (\S+)' '(\S+)'/.exec(text)!;
      expect(curl[1]).toBe('cli-admin');
      expect(curl[2].startsWith(url)).toBe(true);
      checked = fetch(curl[2], { headers: { authorization: curl[1] } }).then((r) => r.status).finally(stop);
    });
    expect(await checked).toBe(200);
    expect(output).toMatch(/\[admin\] admin \/ \S+ \/ cli-admin/);
    expect(output).toContain('SIGTERM: shutting down');
    expect(code).toBe(0);
  });

  it("prints the reference page's URL, which serves the page with the administrator's token filled in", async () => {
    let page: Promise<string> | undefined;
    await run({ PORT: '0', CRM_CONTACTS: '200', CRM_ADMIN_TOKEN: 'cli-admin' }, (text, stop) => {
      if (page || !text.includes('stop with Ctrl-C')) return;
      const url = /listening on (http:\/\/\S+)/.exec(text)![1];
      const docs = /reference page .*: (http:\/\/\S+)/.exec(text)![1];
      expect(docs).toBe(`${url}/docs/`);
      page = fetch(docs).then((r) => r.text()).finally(stop);
    });
    expect(await page).toContain('"value": "cli-admin"');
  });

  it('writes one JSON line per CRM request through its logger with --log-requests, the token masked', async () => {
    let line: Record<string, any> | undefined;
    let sent = false;
    await run({ PORT: '0', CRM_CONTACTS: '50', CRM_ADMIN_TOKEN: 'cli-admin-secret-token' }, (text, stop) => {
      if (!text.includes('stop with Ctrl-C')) return;
      if (!sent) {
        sent = true;
        const url = /listening on (http:\/\/\S+)/.exec(text)![1];
        void fetch(`${url}/api/2.0/crm/contact/filter?count=3`, { headers: { authorization: 'cli-admin-secret-token' } });
      }
      const logged = text.split('\n').find((l) => l.startsWith('{') && l.includes('"request"'));
      if (logged && !line) {
        line = JSON.parse(logged);
        stop();
      }
    }, ['--log-requests']);
    expect(line?.msg).toBe('request');
    expect(line?.request).toMatchObject({ method: 'GET', path: '/api/2.0/crm/contact/filter', query: 'count=3', status: 200, scenario: null });
    expect(JSON.stringify(line)).not.toContain('cli-admin-secret-token');
  });

  it('refuses a bad configuration with a message naming the setting, exit 1', async () => {
    const { code, output } = await run({ PORT: '0', CRM_TIMEZONE: 'Mars/Olympus' }, () => {});
    expect(code).toBe(1);
    expect(output).toContain('CRM_TIMEZONE');
  });
});

describe('readConfig', () => {
  it('takes flags over environment over defaults', () => {
    const config = readConfig(['--port', '9001'], { PORT: '9000', CRM_CONTACTS: '50', HOST: '0.0.0.0' });
    expect(config).toMatchObject({ port: 9001, contacts: 50, host: '0.0.0.0', timeZone: 'UTC', latencyMs: 0, errorRate: 0 });
    expect(readConfig([], {})).toMatchObject({ port: 8080, host: '127.0.0.1', contacts: 10_000 });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ CRM_CONTACTS: '-5' }, 'CRM_CONTACTS'],
    [{ CRM_ERROR_RATE: '2' }, 'CRM_ERROR_RATE'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ CRM_JOURNAL_SIZE: 'lots' }, 'CRM_JOURNAL_SIZE'],
    [{ CRM_LOG_REQUESTS: 'yes' }, 'CRM_LOG_REQUESTS'],
    [{ CRM_FAULT_RULES_MAX: '-1' }, 'CRM_FAULT_RULES_MAX'],
  ])('names the bad setting in %o', (env, name) => {
    expect(() => readConfig([], env)).toThrow(name);
  });

  it('reads CORS origins, the journal, request logging and the fault rules bound', () => {
    expect(readConfig([], {})).toMatchObject({ corsOrigins: '*', journalSize: 500, logRequests: false, faultRulesMax: 100 });
    expect(readConfig(['--cors-origins', 'http://a:1, http://b:2', '--log-requests'], { CRM_JOURNAL_SIZE: '5' }))
      .toMatchObject({ corsOrigins: ['http://a:1', 'http://b:2'], logRequests: true, journalSize: 5 });
    expect(readConfig([], { CRM_CORS_ORIGINS: 'off', CRM_LOG_REQUESTS: '1', CRM_FAULT_RULES_MAX: '3' })).toMatchObject({ corsOrigins: 'off', logRequests: true, faultRulesMax: 3 });
  });

  it('reads DATABASE_URL as PostgreSQL or a SQLite file', () => {
    expect(readConfig([], { DATABASE_URL: 'postgres://u@127.0.0.1/crm' }).databaseUrl).toBe('postgres://u@127.0.0.1/crm');
    expect(readConfig([], { DATABASE_URL: 'sqlite:/tmp/crm.db' }).file).toBe('/tmp/crm.db');
  });
});
