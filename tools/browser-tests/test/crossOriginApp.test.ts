// CORS in a real browser: an app served from another origin calls the emulator and the mock with `fetch`
// (a preflight, since it sends Authorization) and renders their contacts; with the emulator's CORS off,
// Chromium blocks the same call, so the test can fail.
import { startEmulator, type RunningEmulator } from '@crm-contacts/emulator';
import { MOCK_TOKEN, startMockWithDocs, type RunningMockWithDocs } from '@crm-contacts/mock';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openGuardedPage } from './support/browser.js';
import { serveContactsApp, showContacts } from './support/contactsApp.js';

const TOKEN = 'browser-admin-token';
let browser: Browser;
let emulator: RunningEmulator;
let closedEmulator: RunningEmulator;
let mock: RunningMockWithDocs;
let app: Awaited<ReturnType<typeof serveContactsApp>>;

beforeAll(async () => {
  if (inject('chromiumMissing')) return;
  [emulator, closedEmulator, mock, app, browser] = await Promise.all([
    startEmulator({ port: 0, contacts: 30, seed: 1, adminToken: TOKEN, snapshotDir: null }),
    startEmulator({ port: 0, contacts: 30, seed: 1, adminToken: TOKEN, snapshotDir: null, corsOrigins: 'off' }),
    startMockWithDocs(),
    serveContactsApp(),
    launchChromium(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([emulator?.close(), closedEmulator?.close(), mock?.close(), app?.close()]);
});

const namesOf = (response: { isCompany: boolean; companyName?: string; firstName?: string; lastName?: string }[]) =>
  response.map((c) => (c.isCompany ? c.companyName : `${c.firstName} ${c.lastName}`));

describe.skipIf(inject('chromiumMissing'))('an app on another origin', () => {
  it("renders the emulator's contacts, fetched across origins", async () => {
    const guarded = await openGuardedPage(browser);
    try {
      expect(new URL(app.url).origin).not.toBe(new URL(emulator.url).origin);
      const shown = await showContacts(guarded.page, app.url, emulator.url, TOKEN);
      const direct = await (await fetch(`${emulator.url}/api/2.0/crm/contact/filter?count=50`, { headers: { authorization: TOKEN } })).json();
      expect(shown).toEqual({ state: 'done', names: namesOf(direct.response), error: '' });
      expect(shown.names).toHaveLength(30);
      await guarded.screenshot('cross-origin-emulator');
      expect(guarded.errors).toEqual([]);
    } finally {
      await guarded.page.context().close();
    }
  });

  it("renders the mock's contacts, fetched across origins", async () => {
    const guarded = await openGuardedPage(browser);
    try {
      const shown = await showContacts(guarded.page, app.url, mock.url, MOCK_TOKEN);
      const direct = await (await fetch(`${mock.url}/api/2.0/crm/contact/filter?count=50`, { headers: { authorization: MOCK_TOKEN } })).json();
      expect(shown).toEqual({ state: 'done', names: namesOf(direct.response), error: '' });
      expect(shown.names.length).toBeGreaterThan(0);
      expect(guarded.errors).toEqual([]);
    } finally {
      await guarded.page.context().close();
    }
  });

  it('is blocked by Chromium when the emulator runs with --cors-origins off', async () => {
    const guarded = await openGuardedPage(browser);
    try {
      const shown = await showContacts(guarded.page, app.url, closedEmulator.url, TOKEN);
      expect(shown.state).toBe('failed');
      expect(shown.names).toEqual([]);
      expect(guarded.errors.join('\n')).toMatch(/CORS/);
    } finally {
      await guarded.page.context().close();
    }
  });
});
