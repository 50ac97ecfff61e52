// A front-end app as a team would write one, served from its own origin (a port of 127.0.0.1 other than
// the API's): it calls the API given in its URL with `fetch`, the token in the Authorization header, and
// lists the contacts it gets, or the error. Pages open it as `${app.url}/?api=<base URL>&token=<token>`.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { serveDirectory } from './staticServer.js';

const APP = `<!doctype html>
<html><head><meta charset="utf-8"><title>contacts app</title></head>
<body data-state="loading"><ul id="contacts"></ul><p id="error"></p>
<script type="module">
  const params = new URLSearchParams(location.search);
  try {
    const answer = await fetch(params.get('api') + '/api/2.0/crm/contact/filter?count=50', { headers: { Authorization: params.get('token') } });
    if (!answer.ok) throw new Error('HTTP ' + answer.status);
    const { response } = await answer.json();
    for (const contact of response) {
      const item = document.createElement('li');
      item.dataset.id = String(contact.id);
      item.textContent = contact.isCompany ? contact.companyName : contact.firstName + ' ' + contact.lastName;
      document.getElementById('contacts').append(item);
    }
    document.body.dataset.state = 'done';
  } catch (error) {
    document.getElementById('error').textContent = String(error);
    document.body.dataset.state = 'failed';
  }
</script></body></html>`;

export async function serveContactsApp() {
  const root = mkdtempSync(join(tmpdir(), 'contacts-app-'));
  writeFileSync(join(root, 'index.html'), APP);
  return serveDirectory(root);
}

/** Opens the app on an API and waits until it has listed the contacts or failed; returns what it shows. */
export async function showContacts(page: Page, appUrl: string, api: string, token: string): Promise<{ state: string; names: string[]; error: string }> {
  await page.goto(`${appUrl}/?${new URLSearchParams({ api, token })}`);
  await page.waitForFunction(() => document.body.dataset.state !== 'loading');
  return {
    state: (await page.getAttribute('body', 'data-state')) ?? '',
    names: await page.locator('#contacts li').allTextContents(),
    error: (await page.textContent('#error')) ?? '',
  };
}
