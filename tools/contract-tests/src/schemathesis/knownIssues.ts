// Failures Schemathesis finds whose cause is known, filed, and outside this package (the contract or
// the emulator, which this package may not change). Each is reported by name, with the fix proposed;
// any other failure fails the run. Remove an entry once its fix lands.
import type { TargetKind } from '../targets/target.js';

export interface KnownIssue {
  id: string;
  owner: 'contract' | 'emulator' | 'mock (Prism)';
  /** Which targets it shows on. */
  kinds: TargetKind[];
  matches(failure: string): boolean;
  fix: string;
}

/** The parameters Schemathesis made invalid in a negative test case, each with the value sent. */
function violatedParameters(failure: string): Array<{ name: string; empty: boolean }> {
  const line = /Invalid component: parameters? ([^\n]*) in query/.exec(failure)?.[1] ?? '';
  return [...line.matchAll(/`(\w+)`/g)].map(([, name]) => ({ name, empty: new RegExp(`[?&]${name}=(&|'|$)`, 'm').test(failure) }));
}

const PAGING = new Set(['count', 'startIndex']);

/** `x=` counts as absent on the real server (behaviour: "Reading parameters"). */
const onlyEmptyValues = (f: string) => violatedParameters(f).length > 0 && violatedParameters(f).every((p) => p.empty);
/** count and startIndex fall back to their defaults; an empty value is absent. */
const onlyPagingOrEmpty = (f: string) =>
  violatedParameters(f).some((p) => PAGING.has(p.name)) && violatedParameters(f).every((p) => p.empty || PAGING.has(p.name));

export const KNOWN_ISSUES: KnownIssue[] = [
  {
    id: 'contract: ApiDateInput admits impossible dates',
    owner: 'contract',
    kinds: ['emulator', 'live'],
    matches: (f) => /ST202/.test(f) && /is not a date the server accepts/.test(f),
    fix: 'bound the pattern of components/schemas/ApiDateInput: month 0[1-9]|1[0-2], day 0[1-9]|[12]\\d|3[01], hour [01]\\d|2[0-3], minute and second [0-5]\\d, offset [+-](0\\d|1[0-4]):[0-5]\\d (and say that day-of-month overflow such as 02-31 is still a 400)',
  },
  {
    id: 'contract: an empty query value counts as absent',
    owner: 'contract',
    // Prism, too, reads `x=` as absent.
    kinds: ['emulator', 'live', 'mock'],
    matches: (f) => /ST201/.test(f) && onlyEmptyValues(f),
    fix: 'add `allowEmptyValue: true` to the query parameters (the server treats `x=` as absent), or admit `""` in ApiDateInput and the other string-typed schemas',
  },
  {
    id: 'contract: count and startIndex fall back instead of failing',
    owner: 'contract',
    kinds: ['emulator', 'live'],
    matches: (f) => /ST201/.test(f) && onlyPagingOrEmpty(f),
    fix: 'the server replaces a negative, oversized or non-numeric count/startIndex with the default; describe them as accepting any value (e.g. `anyOf: [{type: integer, minimum, maximum}, {type: string}]` with the fallback in the description) so that the schema does not promise a 400',
  },
  {
    id: 'contract: an empty userName or password is "required"',
    owner: 'contract',
    kinds: ['emulator', 'live'],
    matches: (f) => /ST202/.test(f) && /Parameter '(userName|password)' is required/.test(f),
    fix: 'add `minLength: 1` to userName and password in components/schemas/AuthenticationRequest (an empty value counts as absent)',
  },
  {
    id: 'emulator: a malformed asc_auth_key cookie gives 500',
    owner: 'emulator',
    kinds: ['emulator'],
    matches: (f) => /ST101/.test(f) && /Cookie: [^']*asc_auth_key=[^']*%(?![0-9A-Fa-f]{2})/.test(f),
    fix: "decode the cookie without throwing (`Cookie: asc_auth_key=%` makes decodeURIComponent throw); answer 401 'Unauthorized' as for any unknown token",
  },
  {
    id: 'emulator: an unparseable JSON body on an .xml path gets a JSON 400',
    owner: 'emulator',
    kinds: ['emulator'],
    matches: (f) => /ST105/.test(f) && /Documented: text\/xml/.test(f) && /Body is not valid JSON/.test(f),
    fix: 'render the body-parse error through the same representation choice as every other error (the .xml suffix, or Accept), so it is the XML error envelope',
  },
  {
    id: 'mock: Prism answers an unparseable JSON body with its own error object',
    owner: 'mock (Prism)',
    kinds: ['mock'],
    matches: (f) => /(ST108|ST105)/.test(f) && /"code":"invalid_json"|invalid_json/.test(f),
    fix: 'none in Prism 5.14 (its body parser answers before validation); consumers of the mock never send such bodies',
  },
];
