// The reference page (Scalar 1.72) as a person uses it: the sidebar, an operation's "Test Request"
// console, its parameter rows, Send, and the response panel.
import type { Locator, Page, Response } from 'playwright-core';
import { launchChromium, openGuardedPage, type GuardedPage } from './browser.js';

export class ReferencePage {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url, { waitUntil: 'networkidle' });
    await this.page.getByRole('heading', { level: 1 }).first().waitFor();
  }

  /** The sidebar's entries under the group of each of the contract's tags, expanded. */
  async listedOperations(tags: string[]): Promise<string[]> {
    for (const tag of tags) {
      const group = this.page.getByRole('button', { name: `Open Group - ${tag}` });
      if (await group.count()) await group.first().click();
    }
    return (await this.page.locator('aside, nav').first().innerText()).split('\n').map((line) => line.trim());
  }

  /** Opens the request console of the operation with this summary. */
  async openConsole(summary: string): Promise<Console> {
    await this.page.getByText(summary, { exact: true }).first().click();
    const section = this.page.locator('section', { has: this.page.getByRole('heading', { name: summary, exact: true }) }).first();
    await section.getByRole('button', { name: /Test Request/ }).first().click();
    const dialog = this.page.getByRole('dialog').first();
    await dialog.getByRole('button', { name: /Send/ }).first().waitFor();
    return new Console(this.page, dialog);
  }
}

export class Console {
  constructor(readonly page: Page, readonly dialog: Locator) {}

  /** Types a value into a query parameter's row (which ticks it). */
  async setQueryParameter(name: string, value: string): Promise<void> {
    const editor = this.dialog.locator(`tr[id="${name}"] [contenteditable="true"]`).nth(1);
    await editor.click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.type(value);
  }

  async isIncluded(name: string): Promise<boolean> {
    return this.dialog.getByLabel(`Include ${name} in request`).isChecked();
  }

  /** Presses Send; resolves with the answer the browser received for this path. */
  async send(path: string): Promise<Response> {
    const [response] = await Promise.all([
      this.page.waitForResponse((r) => new URL(r.url()).pathname === path),
      this.dialog.getByRole('button', { name: /Send/ }).first().click(),
    ]);
    return response;
  }

  /** The response panel's text once it shows this status line (e.g. `200 OK`). */
  async responsePanel(statusLine: string): Promise<string> {
    await this.dialog.getByText(statusLine, { exact: true }).waitFor();
    return this.dialog.innerText();
  }
}

/** A browser with the reference page open at `url`, guarded (browser.ts). */
export interface ReferenceSession extends GuardedPage {
  reference: ReferencePage;
  close(): Promise<void>;
}

export async function openReferenceSession(url: string): Promise<ReferenceSession> {
  const browser = await launchChromium();
  try {
    const guarded = await openGuardedPage(browser);
    const reference = new ReferencePage(guarded.page);
    await reference.open(url);
    return Object.assign(guarded, { reference, close: () => browser.close() });
  } catch (error) {
    await browser.close();
    throw error;
  }
}
