// n distinct contacts built from the contract's realistic example (alternating person, company).
import type { Contact } from '@crm-contacts/types';
import { exampleContacts } from '../../src/exampleServer/exampleData.js';

export function manyContacts(n: number): Contact[] {
  const templates = exampleContacts();
  return Array.from({ length: n }, (_, i) => ({ ...structuredClone(templates[i % templates.length]), id: 1000 + i }));
}
