// `crm import --anonymise`: names, e-mail addresses and phone numbers replaced by made-up ones, the same
// input always by the same output within one import (a keyed hash), so matching and grouping still work.
import { createHmac, randomBytes } from 'node:crypto';

export interface Anonymiser {
  firstName(name: string): string;
  lastName(name: string): string;
  companyName(name: string): string;
  /** A user's display name, "First Last". */
  personName(name: string): string;
  email(address: string): string;
  phone(number: string): string;
}

// Made-up names are syllables the hash picks: pronounceable, and no list of real names to keep here.
const CONSONANTS = 'bdfgklmnprstvz';
const VOWELS = 'aeiou';
const COMPANY_SUFFIXES = ['Ltd', 'Inc.', 'GmbH', 'Group', 'Partners', 'Labs'];

/** A capitalised word of `syllables` consonant-vowel pairs, from the digest's bytes starting at `at`. */
function madeUpWord(digest: Buffer, at: number, syllables: number): string {
  let word = '';
  for (let i = 0; i < syllables; i++) word += CONSONANTS[digest[at + 2 * i] % CONSONANTS.length] + VOWELS[digest[at + 2 * i + 1] % VOWELS.length];
  return word[0].toUpperCase() + word.slice(1);
}

/** The key keeps the mapping from being reversed by hashing guesses; a fresh one per import by default. */
export function createAnonymiser(key: Buffer = randomBytes(32)): Anonymiser {
  const digest = (kind: string, value: string) => createHmac('sha256', key).update(`${kind}\0${value.trim().toLowerCase()}`).digest();
  return {
    firstName: (name) => madeUpWord(digest('first', name), 0, 2),
    lastName: (name) => madeUpWord(digest('last', name), 0, 3),
    companyName: (name) => {
      const hash = digest('company', name);
      return `${madeUpWord(hash, 0, 3)} ${COMPANY_SUFFIXES[hash[8] % COMPANY_SUFFIXES.length]}`;
    },
    personName: (name) => {
      const hash = digest('person', name);
      return `${madeUpWord(hash, 0, 2)} ${madeUpWord(hash, 4, 3)}`;
    },
    email: (address) => `${digest('email', address).toString('hex').slice(0, 12)}@example.com`,
    phone: (number) => `+1 555 ${String(digest('phone', number).readUInt32BE(0) % 10_000_000).padStart(7, '0')}`,
  };
}
