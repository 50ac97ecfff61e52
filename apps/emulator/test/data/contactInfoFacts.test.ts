// The emulator's category labels and address parts, as the real server sends them (values written out;
// the contract's extensions are where the emulator reads them from).
import { describe, expect, it } from 'vitest';
import { addressData, parseAddress } from '../../src/data/address.js';
import { categoriesOf, categoryName } from '../../src/data/contactInfoCategories.js';
import { ContactInfoType } from '../../src/data/model.js';

describe('category labels', () => {
  it('labels by the enum of the info type, Postal as "Delivery", an unknown category by its number', () => {
    expect(categoryName(ContactInfoType.Address, 1)).toBe('Delivery');
    expect(categoryName(ContactInfoType.Phone, 2)).toBe('Mobile');
    expect(categoryName(ContactInfoType.Email, 2)).toBe('Other');
    expect(categoryName(ContactInfoType.Email, 5)).toBe('5');
    expect(categoriesOf(ContactInfoType.VK)).toEqual(['Home', 'Work', 'Other']);
    expect(categoriesOf(99)).toEqual([]);
  });
});

describe('address data', () => {
  it('stores every part, empty when missing, and reads them back', () => {
    const data = addressData({ city: 'Berlin', zip: '10115' });
    expect(data).toBe('{"street":"","city":"Berlin","state":"","zip":"10115","country":""}');
    expect(parseAddress(data)).toEqual({ street: '', city: 'Berlin', state: '', zip: '10115', country: '' });
  });

  it('reads a part that is not text as missing, and text that is not JSON as the street', () => {
    expect(parseAddress('{"street":1,"city":"Oslo"}')).toEqual({ street: null, city: 'Oslo', state: null, zip: null, country: null });
    expect(parseAddress('Main St 1')).toEqual({ street: 'Main St 1', city: null, state: null, zip: null, country: null });
  });
});
