// Which categories apply to which info type, their labels, and an address's parts, as the real server
// has them (written out here, not derived the way contactInfoFacts.ts derives them).
import { describe, expect, it } from 'vitest';
import { addressParts, categoriesOfInfoType, categoryEnums, loadContract, type OpenApiDocument } from '../src/index.js';

describe('contact information facts', () => {
  it('gives phones PhoneCategory, addresses AddressCategory and the rest ContactInfoBaseCategory, by name or number', () => {
    expect(categoriesOfInfoType('Phone').values).toEqual({ Home: 0, Work: 1, Mobile: 2, Fax: 3, Direct: 4, Other: 5 });
    expect(categoriesOfInfoType(0).enumName).toBe('PhoneCategory');
    expect(categoriesOfInfoType('address').enumName).toBe('AddressCategory');
    expect(categoriesOfInfoType(7).enumName).toBe('AddressCategory');
    for (const other of ['Email', 'Website', 'VK', 1, 17]) expect(categoriesOfInfoType(other).values).toEqual({ Home: 0, Work: 1, Other: 2 });
    expect(() => categoriesOfInfoType('Fax')).toThrow("no ContactInfoType 'Fax'");
    expect(() => categoriesOfInfoType(18)).toThrow("no ContactInfoType '18'");
  });

  it('labels Postal "Delivery" and every other category by its name', () => {
    expect(categoriesOfInfoType('Address').labels).toEqual(['Home', 'Delivery', 'Office', 'Billing', 'Other', 'Work']);
    expect(categoriesOfInfoType('Phone').labels).toEqual(['Home', 'Work', 'Mobile', 'Fax', 'Direct', 'Other']);
  });

  it('lists each category enum once with the info types it serves', () => {
    const enums = categoryEnums().map(({ categories, infoTypes, otherwise }) => [categories.enumName, infoTypes.length, otherwise]);
    expect(enums).toEqual([['PhoneCategory', 1, false], ['ContactInfoBaseCategory', 16, true], ['AddressCategory', 1, false]]);
  });

  it('fails naming the extension when the contract lacks the mapping', () => {
    const copy: OpenApiDocument = structuredClone(loadContract());
    delete copy.components.schemas.ContactInfo.properties.category['x-crm-category-enum'];
    expect(() => categoriesOfInfoType('Phone', copy)).toThrow('x-crm-category-enum');
  });

  it("takes an address's parts from the Address schema: what an address has and an info has not", () => {
    expect(addressParts()).toEqual(['street', 'city', 'state', 'zip', 'country']);
  });
});
