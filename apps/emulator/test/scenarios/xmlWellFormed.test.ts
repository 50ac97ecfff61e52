// XML answers are always well-formed XML 1.0 (a fast-check property): random Unicode, control characters,
// U+FFFE/U+FFFF and lone surrogates included, sent through a scenario's fixtures to both representations.
// A document whose text XML 1.0 cannot carry is refused with the JSON pointer of each offending value and
// nothing of it served; any other is served as JSON holding the text as given and as XML a strict parser
// (saxes) reads back to the same text. Error envelopes echoing a request's value are parsed the same way.
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SQLITE } from '../support/databases.js';
import { startApi, type TestApi } from '../support/api.js';

const ADMIN = 'token-admin'; // the start-up data's administrator (test/fixtures/small.json)
const BOSS = 'xml-boss-token';

// The oracle, written from the XML 1.0 `Char` production rather than taken from the code under test.
const isXmlCharacter = (code: number) =>
  code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
const xmlCanCarry = (text: string) => [...text].every((c) => isXmlCharacter(c.codePointAt(0)!));
// what a conforming parser hands back for text content: line ends normalised (XML 1.0 §2.11)
const asParsed = (text: string) => text.replace(/\r\n?/g, '\n');

/** One code point in any plane, or one of the characters XML 1.0 cannot carry, or a lone surrogate. */
const unit = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.constantFrom('\u0000', '\u0001', '\u0008', '\u000B', '\u000C', '\u001F', '\t', '\n', '\r', '\uFFFE', '\uFFFF', '\uFFFD', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '&', '<', ']]>') },
);
const text = fc.string({ unit, minLength: 1, maxLength: 8 });

/** Fields of one person that reach both representations, and where each sits in the document. */
const FIELDS = { firstName: '/persons/0/firstName', lastName: '/persons/0/lastName', title: '/persons/0/title', about: '/persons/0/about', displayName: '/users/0/displayName' } as const;
type Texts = Record<keyof typeof FIELDS, string>;

function documentWith(t: Texts): Record<string, unknown> {
  return {
    mode: 'replace',
    users: [{ id: 'cccccccc-0000-4000-a000-000000000001', userName: 'boss', password: 'pw', token: BOSS, displayName: t.displayName, isAdmin: true }],
    persons: [{ id: 1, firstName: t.firstName, lastName: t.lastName, title: t.title, about: t.about, createdBy: 'boss', created: '2024-01-01T10:00:00Z' }],
  };
}

/** The text of every element named `name`, read by a strict XML 1.0 parser; throws on anything not well-formed. */
function strictlyParsed(xml: string, name: string): string[] {
  const parser = new SaxesParser({ xmlns: false });
  const found: string[] = [];
  const open: { name: string; text: string }[] = [];
  let failure: Error | undefined;
  parser.on('error', (error) => { failure ??= error; });
  parser.on('opentag', (tag) => open.push({ name: tag.name, text: '' }));
  parser.on('text', (t) => { if (open.length > 0) open[open.length - 1].text += t; });
  parser.on('closetag', () => {
    const element = open.pop()!;
    if (element.name === name) found.push(element.text);
  });
  parser.write(xml).close();
  if (failure) throw failure;
  return found;
}

/** Percent-encodes the UTF-8 bytes of any string (encodeURIComponent refuses lone surrogates). */
const percentEncoded = (value: string) => [...Buffer.from(value, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');

describe.each([SQLITE])('XML well-formed on $name', (backend) => {
  let api: TestApi;
  beforeAll(async () => { api = await startApi(backend); });
  afterAll(() => api?.close());

  const put = (name: string, body: unknown) => fetch(`${api.emulator.url}/__emulator/scenarios/${name}`, {
    method: 'PUT', headers: { authorization: ADMIN, 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  const get = (path: string, token: string, scenario?: string) =>
    fetch(`${api.emulator.url}${path}`, { headers: { authorization: token, ...(scenario ? { 'x-emulator-scenario': scenario } : {}) } });

  it('refuses text XML cannot carry, naming each value by JSON pointer; serves the rest as JSON and well-formed XML', async () => {
    let run = 0;
    await fc.assert(fc.asyncProperty(fc.record({ firstName: text, lastName: text, title: text, about: text, displayName: text }), async (texts) => {
      const name = `xml-${run++}`;
      const answer = await put(name, documentWith(texts));
      const offending = (Object.keys(FIELDS) as (keyof Texts)[]).filter((field) => !xmlCanCarry(texts[field])).map((field) => FIELDS[field]);
      if (offending.length > 0) {
        expect(answer.status).toBe(400);
        const body = await answer.json();
        expect(body.error.data.problems.map((p: { path: string }) => p.path).sort()).toEqual(offending.sort());
        expect(body.error.data.problems[0].message).toMatch(/XML 1\.0 cannot carry/);
        expect((await get('/api/2.0/crm/contact/filter', BOSS, name)).status).toBe(404);
        return;
      }
      expect(answer.status).toBe(201);
      const json = await (await get('/api/2.0/crm/contact/filter', BOSS, name)).json();
      expect(json.response[0]).toMatchObject({ firstName: texts.firstName, lastName: texts.lastName, title: texts.title, about: texts.about });
      expect(json.response[0].createBy.displayName).toBe(texts.displayName);
      const xml = await (await get('/api/2.0/crm/contact/filter.xml', BOSS, name)).text();
      expect(strictlyParsed(xml, 'firstName')).toEqual([asParsed(texts.firstName)]);
      expect(strictlyParsed(xml, 'about')).toEqual([asParsed(texts.about)]);
      expect(strictlyParsed(xml, 'displayName')).toContain(asParsed(texts.displayName));
      // a 400 envelope echoing the value of a parameter, whatever its bytes
      const echoed = await get(`/api/2.0/crm/contact/filter.xml?fromDate=${percentEncoded(texts.lastName)}`, BOSS, name);
      expect(echoed.status).toBe(400);
      strictlyParsed(await echoed.text(), 'message');
      expect((await fetch(`${api.emulator.url}/__emulator/scenarios/${name}`, { method: 'DELETE', headers: { authorization: ADMIN } })).status).toBe(204);
    }), { numRuns: 60 });
  });

  it('answers a parameter holding a control character with a well-formed XML envelope naming it', async () => {
    const answer = await get('/api/2.0/crm/contact/filter.xml?fromDate=a%01b%EF%BF%BE', ADMIN);
    expect(answer.status).toBe(400);
    const [message] = strictlyParsed(await answer.text(), 'message');
    expect(message).toContain('fromDate');
    expect(message).toContain('a\uFFFDb\uFFFD');
  });
});
