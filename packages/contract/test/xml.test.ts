import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadContract } from '../src/index.js';
import { hasNonXmlCharacter, nonXmlCharactersOf, readXml, replaceNonXmlCharacters, writeXml } from '../src/xml/index.js';

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

  it('writes an object without members as an empty element, and one whose members are all undefined as an open and close', () => {
    expect(writeXml({ a: {}, b: { x: undefined }, c: [{}, null], d: false, e: 0 })).toBe(
      '<?xml version="1.0" encoding="utf-8"?><result><a /><b></b><c /><c /><d>false</d><e>0</e></result>',
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

describe('characters XML 1.0 cannot carry', () => {
  const forbidden = ['\u0000', '\u0001', '\u0008', '\u000B', '\u000C', '\u001F', '\uFFFE', '\uFFFF', '\uD800', '\uDFFF'];
  const allowed = ['\t', '\n', '\r', ' ', '\u007F', '\uD7FF', '\uE000', '\uFFFD', '\u{10000}', '\u{10FFFF}', '😀'];

  it('finds C0 controls but tab, newline and carriage return, U+FFFE, U+FFFF and lone surrogates, and nothing else', () => {
    for (const c of forbidden) expect(hasNonXmlCharacter(`a${c}b`), JSON.stringify(c)).toBe(true);
    for (const c of allowed) expect(hasNonXmlCharacter(`a${c}b`), JSON.stringify(c)).toBe(false);
  });

  it('replaces each with U+FFFD and counts them; a surrogate pair is one character, kept', () => {
    expect(replaceNonXmlCharacters('a\u0001b\uD800c😀\uFFFF')).toEqual({ text: 'a\uFFFDb\uFFFDc😀\uFFFD', replaced: 3 });
    expect(replaceNonXmlCharacters('plain')).toEqual({ text: 'plain', replaced: 0 });
    expect(nonXmlCharactersOf('a\u0001b\uD800c😀')).toEqual(['\u0001', '\uD800']);
  });

  it('writes any text as replacing, then escaping, gives (the shortcut for plain text changes nothing)', () => {
    const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
    const expected = (text: string) => replaceNonXmlCharacters(text).text.replace(/[&<>"]/g, (c) => escapes[c]);
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('a', '&', '<', '>', '"', "'", '\t', '\u0001', '\uD800', '\uDC00', '\uFFFE', '\uFFFD', '😀') }));
    fc.assert(fc.property(text, (t) => writeXml({ t }) === `<?xml version="1.0" encoding="utf-8"?><result><t>${expected(t)}</t></result>`), { numRuns: 2000, seed: 5 });
  });

  it('writes them as U+FFFD, so that an answer echoing one stays well-formed', () => {
    expect(writeXml({ message: 'bad \u0001 value \uDC00' })).toBe('<?xml version="1.0" encoding="utf-8"?><result><message>bad \uFFFD value \uFFFD</message></result>');
  });
});
