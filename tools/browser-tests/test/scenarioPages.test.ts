// A scenario per browser test without custom headers: two pages at once, each handed its scenario's base
// URL by withScenario/createScenario, each list only their own scenario's contacts; the journal shows each
// page's request under its scenario, sent from the app's origin.
import { startEmulator, type RunningEmulator } from '@crm-contacts/emulator';
import { createScenario, journal } from '@crm-contacts/emulator-testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openGuardedPage } from './support/browser.js';
import { serveContactsApp, showContacts } from './support/contactsApp.js';

const TOKEN = 'browser-admin-token';
let browser: Browser;
let emulator: RunningEmulator;
let app: Awaited<ReturnType<typeof serveContactsApp>>;

/** A scenario of `persons` people all named after it, and an administrator (CRM_ADMIN_TOKEN signs in as it). */
const document = (label: string, persons: number) => ({
  mode: 'replace',
  users: [{ id: 'cccccccc-0000-4000-a000-000000000001', userName: 'boss', password: 'boss-pw', token: `${label}-boss`, displayName: 'Boss', isAdmin: true }],
  persons: Array.from({ length: persons }, (_, i) => ({ id: i + 1, firstName: `${label}${i}`, lastName: label, createdBy: 'boss', created: '2024-01-01', shareType: 1 })),
});

beforeAll(async () => {
  if (inject('chromiumMissing')) return;
  [emulator, app, browser] = await Promise.all([startEmulator({ port: 0, contacts: 30, seed: 1, adminToken: TOKEN, snapshotDir: null }), serveContactsApp(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([emulator?.close(), app?.close()]);
});

describe.skipIf(inject('chromiumMissing'))('a scenario per page, by base URL', () => {
  it('shows each of two pages, open at once, only its own scenario', async () => {
    const [north, south] = await Promise.all([createScenario(emulator.url, TOKEN, document('north', 3)), createScenario(emulator.url, TOKEN, document('south', 5))]);
    const [pageA, pageB] = await Promise.all([openGuardedPage(browser), openGuardedPage(browser)]);
    try {
      const [shownA, shownB] = await Promise.all([showContacts(pageA.page, app.url, north.baseUrl, TOKEN), showContacts(pageB.page, app.url, south.baseUrl, TOKEN)]);
      expect(shownA.state).toBe('done');
      expect(shownA.names.sort()).toEqual(['north0 north', 'north1 north', 'north2 north']);
      expect(shownB.names.sort()).toEqual(['south0 south', 'south1 south', 'south2 south', 'south3 south', 'south4 south']);
      await pageB.screenshot('scenario-page');
      expect([...pageA.errors, ...pageB.errors]).toEqual([]);
      // each page's own request, under its scenario, from the app's origin, with no scenario header
      const [sentA] = await north.journal({ method: 'GET' });
      expect(sentA).toMatchObject({ scenario: north.name, path: '/api/2.0/crm/contact/filter', status: 200, headers: { origin: new URL(app.url).origin } });
      expect(sentA.headers['x-emulator-scenario']).toBeUndefined();
      expect((await journal(emulator.url, TOKEN, { scenario: south.name })).map((e) => e.status)).toEqual([200]);
    } finally {
      await Promise.all([pageA.page.context().close(), pageB.page.context().close()]);
      await Promise.all([north.delete(), south.delete()]);
    }
  });
});
