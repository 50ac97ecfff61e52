import { addressParts } from '@crm-contacts/contract';
import type { Address, ContactInfo } from '@crm-contacts/types';

/** A part of an address: a member of the contract's Address that ContactInfo has not (the rest are the info's own). */
export type AddressPart = Exclude<keyof Address, keyof ContactInfo>;
/** The parts, in the contract's order, read from the contract as the type above is derived from its types. */
export const ADDRESS_PARTS = addressParts() as AddressPart[];

export type AddressData = Record<AddressPart, string | null>;

const partsOf = (value: (part: AddressPart) => string | null): AddressData =>
  Object.fromEntries(ADDRESS_PARTS.map((part) => [part, value(part)])) as AddressData;

/** An address as the real server stores it: a JSON text of its parts in the contact info's data. */
export function parseAddress(data: string): AddressData {
  try {
    const v = JSON.parse(data) as Partial<Record<AddressPart, unknown>> | null;
    if (v && typeof v === 'object') return partsOf((part) => (typeof v[part] === 'string' ? v[part] : null));
  } catch {
    // a non-JSON address is shown as its street, as the text a user typed
  }
  return partsOf((part) => (part === 'street' ? data : null));
}

/** The data text of an address given by its parts, a missing part stored empty. */
export const addressData = (parts: Partial<Record<AddressPart, string>>): string => JSON.stringify(partsOf((part) => parts[part] ?? ''));
