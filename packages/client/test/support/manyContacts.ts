// n distinct contacts built from the contract's realistic example (alternating person, company).
import { loadContract } from '@crm-contacts/contract';
import type { Contact } from '@crm-contacts/types';

export function manyContacts(n: number): Contact[] {
  const templates: Contact[] = loadContract().components.examples.ContactListRealistic.value.response;
  return Array.from({ length: n }, (_, i) => ({ ...structuredClone(templates[i % templates.length]), id: 1000 + i }));
}
