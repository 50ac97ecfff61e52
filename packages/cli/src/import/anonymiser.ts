// `--anonymise`: names, e-mail addresses and phone numbers replaced by made-up ones, the same input
// always by the same output within one import (a keyed hash), so matching and grouping still work.
import { createHmac, randomBytes } from 'node:crypto';
import { COMPANY_SUFFIXES, COMPANY_WORDS, FIRST_NAMES, LAST_NAMES } from '../data/names.js';

export interface Anonymiser {
  firstName(name: string): string;
  lastName(name: string): string;
  companyName(name: string): string;
  /** A user's display name, "First Last". */
  personName(name: string): string;
  email(address: string): string;
  phone(number: string): string;
}

/** The key keeps the mapping from being reversed by hashing guesses; a fresh one per import by default. */
export function createAnonymiser(key: Buffer = randomBytes(32)): Anonymiser {
  const digest = (kind: string, value: string) => createHmac('sha256', key).update(`${kind}\0${value.trim().toLowerCase()}`).digest();
  const pick = <T>(list: readonly T[], kind: string, value: string, at = 0) => list[digest(kind, value).readUInt32BE(at) % list.length];
  return {
    firstName: (name) => pick(FIRST_NAMES, 'first', name),
    lastName: (name) => pick(LAST_NAMES, 'last', name),
    companyName: (name) => `${pick(COMPANY_WORDS, 'company', name)} ${pick(COMPANY_SUFFIXES, 'company', name, 4)}`,
    personName: (name) => `${pick(FIRST_NAMES, 'person', name)} ${pick(LAST_NAMES, 'person', name, 4)}`,
    email: (address) => `${digest('email', address).toString('hex').slice(0, 12)}@example.com`,
    phone: (number) => `+1 555 ${String(digest('phone', number).readUInt32BE(0) % 10_000_000).padStart(7, '0')}`,
  };
}
