import { describe, expect, it } from 'vitest';
import { loadContract } from '../src/index.js';
import { readXml, writeXml } from '../src/xml/index.js';

const document = loadContract();
const contactList = { $ref: '#/components/schemas/ContactList' };

describe('xml', () => {
  it('writes arrays as repeated elements, null as an empty element, and escapes text', () => {
    expect(writeXml({ status: 0, response: [{ id: 1, tags: ['a', 'b'], currency: null, about: 'R&D <x>' }, { id: 2, tags: [] }] })).toBe(
      '<?xml version="1.0" encoding="utf-8"?><result><status>0</status>' +
        '<response><id>1</id><tags>a</tags><tags>b</tags><currency /><about>R&amp;D &lt;x&gt;</about></response>' +
        '<response><id>2</id></response></result>',
    );
  });

  it('reads the realistic JSON example back from its own XML rendering, deep-equal', () => {
    const value = document.components.examples.ContactListRealistic.value;
    expect(readXml(writeXml(value), contactList, document)).toEqual(value);
  });

  it('types numbers and booleans by the schema and restores one-element arrays', () => {
    const xml = '<result><count>1</count><status>0</status><response><companyName>007</companyName><commonData><id>5</id>' +
      '<infoType>1</infoType><category>0</category><data>1</data><categoryName>Home</categoryName><isPrimary>true</isPrimary></commonData>' +
      '<isCompany>true</isCompany><currency /></response></result>';
    const value = readXml(xml, contactList, document) as any;
    expect(value.count).toBe(1);
    expect(value.response).toHaveLength(1);
    expect(value.response[0].companyName).toBe('007');
    expect(value.response[0].commonData).toEqual([{ id: 5, infoType: 1, category: 0, data: '1', categoryName: 'Home', isPrimary: true }]);
    expect(value.response[0].currency).toBeNull();
  });

  it('reads contacts trimmed by `fields` as they were written: no required array restored, nested company trimmed too', () => {
    const trimmed = { count: 2, total: 2, status: 0, statusCode: 200, response: [
      { id: 7, isCompany: false, company: { id: 3 } }, { displayName: 'Acme', isCompany: true }, {},
    ] };
    const value = readXml(writeXml(trimmed), contactList, document) as any;
    expect(value.response.slice(0, 2)).toEqual(trimmed.response.slice(0, 2));
  });
});
