// A consumer of @crm-contacts/emulator-testing: loads a scenario of two persons into a running emulator, lists
// them through the scenario's client and checks what the journal recorded; the scenario is gone afterwards.
// Usage: node dist/scenario-contacts.js URL ADMIN_TOKEN
import { journal, withScenario, type JournalEntry } from '@crm-contacts/emulator-testing';

const [baseUrl, adminToken] = process.argv.slice(2);
if (!baseUrl || !adminToken) throw new Error('usage: scenario-contacts URL ADMIN_TOKEN');
const admin = { id: 'dddddddd-0000-4000-a000-000000000001', userName: 'ada', password: 'pw', token: 'ada-token', displayName: 'Ada', isAdmin: true };
const persons = [1, 2].map((id) => ({ id, firstName: `Person${id}`, lastName: 'Consumer', createdBy: 'ada', created: '2024-01-01' }));
const result = await withScenario(baseUrl, adminToken, { mode: 'replace', users: [admin], persons }, async (scenario) => {
  const page = await scenario.client.contacts.filter({ count: 10 });
  const sent: JournalEntry[] = await scenario.journal();
  return { name: scenario.name, ids: page.response.map((contact) => contact.id).sort(), journal: sent.map((entry) => entry.status) };
});
const left = await journal(baseUrl, adminToken, { scenario: result.name });
console.log(JSON.stringify({ ids: result.ids, journal: result.journal, left: left.length }));
