// withScenario: a test gets typed clients on its own scenario, which is gone afterwards, also when the test throws.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '@crm-contacts/emulator';
import { withScenario } from '../src/index.js';
import { ADMIN_TOKEN, SHOP, startTestEmulator } from './support/emulator.js';

let emulator: RunningEmulator;
beforeAll(async () => { emulator = await startTestEmulator(); });
afterAll(() => emulator?.close());

const scenarioNames = async () => ((await (await fetch(`${emulator.url}/__emulator/scenarios`, { headers: { authorization: ADMIN_TOKEN } })).json()).scenarios as { name: string }[]).map((s) => s.name);

describe('withScenario', () => {
  it("hands the test typed clients on its own scenario, as its administrator and as its users, and deletes it afterwards", async () => {
    let name = '';
    const totals = await withScenario(emulator.url, ADMIN_TOKEN, SHOP, async (scenario) => {
      name = scenario.name;
      expect(await scenarioNames()).toContain(name);
      const all = await scenario.client.contacts.filterAll();
      expect(all.map((c) => (c.isCompany ? '' : c.lastName))).toEqual(Array(6).fill('Shop'));
      const vip = await scenario.clientAs('mia-token').contacts.filter({ tags: ['VIP'] });
      return [all.length, vip.total];
    });
    expect(totals).toEqual([6, 2]);
    expect(await scenarioNames()).not.toContain(name);
  });

  it('deletes the scenario when the test throws, and passes the error on', async () => {
    let name = '';
    await expect(withScenario(emulator.url, ADMIN_TOKEN, SHOP, async (scenario) => {
      name = scenario.name;
      throw new Error('the test failed');
    })).rejects.toThrow('the test failed');
    expect(name).not.toBe('');
    expect(await scenarioNames()).not.toContain(name);
  });

  it('refuses a bad document with every problem the emulator named, and runs nothing', async () => {
    let ran = false;
    const bad = { ...SHOP, persons: [{ id: 1, firstName: 'x', lastName: 'y', createdBy: 'ghost', created: 'yesterday' }] };
    await expect(withScenario(emulator.url, ADMIN_TOKEN, bad, async () => { ran = true; })).rejects.toThrow(/400[\s\S]*\/persons\/0\/created/);
    expect(ran).toBe(false);
    expect(await scenarioNames()).toEqual([]);
  });

  it('keeps scenarios run side by side apart: each test sees its own contacts only, and every one is deleted', async () => {
    const sizes = [1, 2, 3, 4, 5];
    const seen = await Promise.all(sizes.map((size) => {
      const document = { ...SHOP, persons: (SHOP as { persons: object[] }).persons.slice(0, size) };
      return withScenario(emulator.url, ADMIN_TOKEN, document, async (scenario) => (await scenario.client.contacts.filterAll()).length);
    }));
    expect(seen).toEqual(sizes);
    expect(await scenarioNames()).toEqual([]);
  });
});
