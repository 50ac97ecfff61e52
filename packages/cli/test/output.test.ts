// The writers: the table holds back a bounded number of contacts for its widths, the progress line
// appears only at a terminal, the stored credentials follow XDG and stay private.
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Contact } from '@crm-contacts/client';
import { describe, expect, it } from 'vitest';
import { credentialsPath, CredentialStore } from '../src/credentialStore.js';
import { defaultFormat } from '../src/output/formats.js';
import { tableFormat } from '../src/output/tableFormat.js';
import { progressLine } from '../src/progress.js';

const contact = (id: number, name: string): Contact => ({ id, isCompany: true, companyName: name, displayName: name, created: '2024-01-02T03:04:05.0000000Z', shareType: 1 } as unknown as Contact);

describe('the table', () => {
  it('holds back at most 50 contacts to size its columns, then writes each as it comes', () => {
    const table = tableFormat();
    const written = Array.from({ length: 120 }, (_, i) => table.contact(contact(i, `Company ${i}`)));
    expect(written.slice(0, 49).every((text) => text === '')).toBe(true);
    expect(written[49].split('\n').filter(Boolean)).toHaveLength(51); // header and the 50 held
    expect(written.slice(50).every((text) => text.split('\n').filter(Boolean).length === 1)).toBe(true);
    expect(table.end('120 contacts')).toBe('120 contacts\n');
  });

  it('cuts long names to the column width with an ellipsis and keeps cells on one line', () => {
    const table = tableFormat();
    table.contact(contact(1, 'x'.repeat(100)));
    table.contact(contact(2, 'two\nlines'));
    const [, first, second] = table.end().split('\n');
    expect(first).toContain(`${'x'.repeat(39)}…`);
    expect(second).toContain('two lines');
  });
});

describe('the terminal and the pipe', () => {
  it('defaults to a table at a terminal and JSON in a pipe', () => {
    expect(defaultFormat({ isTTY: true })).toBe('table');
    expect(defaultFormat({ isTTY: false })).toBe('json');
  });

  it('writes progress only to a terminal', () => {
    const writes: string[] = [];
    const stream = { write: (text: string) => writes.push(text) > 0 } as unknown as NodeJS.WritableStream;
    progressLine(Object.assign(stream, { isTTY: false })).page({ contacts: 10, total: 20, status: 0, statusCode: 200 });
    expect(writes).toEqual([]);
    const tty = progressLine(Object.assign(stream, { isTTY: true }));
    tty.page({ contacts: 1000, total: 100_000, status: 0, statusCode: 200 });
    tty.done();
    expect(writes).toEqual(['\r\x1b[2Kfetched 1,000 of 100,000 contacts', '\r\x1b[2K']);
  });
});

describe('the credential store', () => {
  it('lives in $XDG_CONFIG_HOME/crm-contacts, or ~/.config when unset or relative', () => {
    expect(credentialsPath({ XDG_CONFIG_HOME: '/x/config' })).toBe('/x/config/crm-contacts/credentials.json');
    expect(credentialsPath({})).toBe(join(homedir(), '.config', 'crm-contacts', 'credentials.json'));
    expect(credentialsPath({ XDG_CONFIG_HOME: 'relative' })).toBe(join(homedir(), '.config', 'crm-contacts', 'credentials.json'));
  });

  it('keeps one token per server, private to the user, and removes the file with the last', () => {
    const store = new CredentialStore(join(mkdtempSync(join(tmpdir(), 'crm-store-')), 'crm-contacts', 'credentials.json'));
    store.save('http://a:1/', { userName: 'u', token: 't1' });
    store.save('http://b:2', { userName: 'v', token: 't2' });
    expect(statSync(store.path).mode & 0o777).toBe(0o600);
    expect(store.login('http://a:1')?.token).toBe('t1');
    expect(store.currentServer()).toBe('http://b:2');
    expect(store.forget('http://b:2')).toBe(true);
    expect(store.currentServer()).toBeUndefined();
    expect(store.forget('http://a:1')).toBe(true);
    expect(existsSync(store.path)).toBe(false);
  });
});
