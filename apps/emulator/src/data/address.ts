import type { AddressData } from './model.js';

/** An address as the real server stores it: a JSON text of its parts in the contact info's data. */
export function parseAddress(data: string): AddressData {
  try {
    const v = JSON.parse(data) as Partial<AddressData> | null;
    if (v && typeof v === 'object') {
      const s = (x: unknown): string | null => (typeof x === 'string' ? x : null);
      return { street: s(v.street), city: s(v.city), state: s(v.state), zip: s(v.zip), country: s(v.country) };
    }
  } catch {
    // a non-JSON address is shown as its street, as the text a user typed
  }
  return { street: data, city: null, state: null, zip: null, country: null };
}
