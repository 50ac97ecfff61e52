// The journal and fault-rule helpers against a real emulator: what a scenario's clients and its base URL sent,
// filtered; a rule that fails the next calls, which a client retrying gets through; refusals thrown with the
// emulator's message.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CrmApiError } from '@crm-contacts/client';
import type { RunningEmulator } from '@crm-contacts/emulator';
import { addFaultRule, clearJournal, deleteFaultRule, journal, SCENARIO_HEADER, withScenario } from '../src/index.js';
import { ADMIN_TOKEN, SHOP, startTestEmulator } from './support/emulator.js';

const FILTER = '/api/2.0/crm/contact/filter';
let emulator: RunningEmulator;
beforeAll(async () => { emulator = await startTestEmulator(); });
afterAll(() => emulator?.close());

describe('the journal helpers', () => {
  it("show what a scenario's client, its fetch and its base URL sent, and the start-up data's apart", async () => {
    await clearJournal(emulator.url, ADMIN_TOKEN);
    await withScenario(emulator.url, ADMIN_TOKEN, SHOP, async (scenario) => {
      await scenario.client.contacts.filter({ count: 2 });
      await scenario.fetch(`${emulator.url}${FILTER}?count=3`, { headers: { authorization: 'mia-token' } });
      await fetch(`${scenario.baseUrl}${FILTER}?count=4`, { headers: { authorization: 'mia-token' } });
      await fetch(`${emulator.url}${FILTER}?count=5`, { headers: { authorization: ADMIN_TOKEN } });

      const own = await scenario.journal();
      expect(own.map((e) => [e.scenario, e.path, e.status])).toEqual(Array(3).fill([scenario.name, FILTER, 200]));
      expect(own.map((e) => new URLSearchParams(e.query).get('count'))).toEqual(['2', '3', '4']);
      expect(own[1].headers[SCENARIO_HEADER.toLowerCase()]).toBe(scenario.name);
      expect((await scenario.journal({ limit: 1 })).map((e) => e.query)).toEqual(['count=4']);
      expect((await journal(emulator.url, ADMIN_TOKEN)).map((e) => e.scenario)).toEqual([scenario.name, scenario.name, scenario.name, null]);
      expect(await journal(emulator.url, ADMIN_TOKEN, { status: 401 })).toEqual([]);
    });
    await clearJournal(emulator.url, ADMIN_TOKEN);
    expect(await journal(emulator.url, ADMIN_TOKEN)).toEqual([]);
  });

  it("throw a refused query with the emulator's message naming the parameter", async () => {
    await expect(journal(emulator.url, ADMIN_TOKEN, { limit: 0 })).rejects.toThrow(/400 querystring\/limit must be >= 1/);
    await expect(journal(emulator.url, 'not-a-token')).rejects.toThrow(/401/);
  });
});

describe('the fault-rule helpers', () => {
  it('a client retrying through "503 twice, then 200" gets its contacts on the third call', () =>
    withScenario(emulator.url, ADMIN_TOKEN, SHOP, async (scenario) => {
      const rule = await addFaultRule(emulator.url, ADMIN_TOKEN, { scenario: scenario.name, operationId: 'filterContacts', fault: { status: 503 }, times: 2 });
      expect(rule).toMatchObject({ scenario: scenario.name, times: 2, remaining: 2 });
      const statuses: number[] = [];
      // the retry loop a client would have: retry on 5xx, at most 3 attempts
      const withRetry = async <T>(call: () => Promise<T>): Promise<T> => {
        for (let attempt = 1; ; attempt++) {
          try {
            return await call();
          } catch (error) {
            if (!(error instanceof CrmApiError) || error.status < 500 || attempt === 3) throw error;
            statuses.push(error.status);
          }
        }
      };
      const page = await withRetry(() => scenario.client.contacts.filter({ count: 10 }));
      expect(statuses).toEqual([503, 503]);
      expect(page.response).toHaveLength(6);
      expect((await scenario.journal()).map((e) => e.status)).toEqual([503, 503, 200]);
    }));

  it('delete a rule by its id, and throw a refused rule naming the field', () =>
    withScenario(emulator.url, ADMIN_TOKEN, SHOP, async (scenario) => {
      const rule = await addFaultRule(emulator.url, ADMIN_TOKEN, { scenario: scenario.name, fault: { status: 500 } });
      expect((await scenario.fetch(`${emulator.url}${FILTER}`, { headers: { authorization: ADMIN_TOKEN } })).status).toBe(500);
      await deleteFaultRule(emulator.url, ADMIN_TOKEN, rule.id);
      expect((await scenario.fetch(`${emulator.url}${FILTER}`, { headers: { authorization: ADMIN_TOKEN } })).status).toBe(200);
      await expect(deleteFaultRule(emulator.url, ADMIN_TOKEN, rule.id)).rejects.toThrow(/404 No fault rule/);
      await expect(addFaultRule(emulator.url, ADMIN_TOKEN, { fault: { status: 200 } })).rejects.toThrow(/400 body\/fault\/status must be >= 400/);
    }));
});
