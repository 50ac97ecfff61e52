// A real emulator for the helpers' tests (50 generated contacts as its start-up data), its administrator's token
// fixed, and the scenario document the tests load: 6 persons, 2 of them private to mia and tagged VIP.
import { readFileSync } from 'node:fs';
import { startEmulator, type RunningEmulator } from '@crm-contacts/emulator';

export const ADMIN_TOKEN = 'ci-admin';
export const SHOP: object = JSON.parse(readFileSync(new URL('../fixtures/shop.json', import.meta.url), 'utf8'));

export const startTestEmulator = (): Promise<RunningEmulator> => startEmulator({ port: 0, contacts: 50, seed: 2, adminToken: ADMIN_TOKEN, logLevel: 'silent' });
