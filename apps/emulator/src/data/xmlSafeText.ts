// Text an XML answer can carry. A fixtures document is refused when any of its strings holds a character
// XML 1.0 cannot carry (its JSON answers would be fine, its XML ones not); `crm import` (the CLI) replaces them
// before writing one.
import { pointerOf } from '@crm-contacts/contract';
import { nonXmlCharactersOf } from '@crm-contacts/contract/xml/write';
import type { SchemaProblem } from './fixturesError.js';

type Segments = (string | number)[];

/** Calls `visit` with every string of a JSON value (keys included) and where it is; what it returns replaces the string. */
function mapStrings(value: unknown, at: Segments, visit: (text: string, at: Segments) => string): unknown {
  if (typeof value === 'string') return visit(value, at);
  if (Array.isArray(value)) return value.map((item, i) => mapStrings(item, [...at, i], visit));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [visit(key, at), mapStrings(item, [...at, key], visit)]));
}

/** Every string of the document holding a character XML 1.0 cannot carry, by JSON pointer. */
export function nonXmlTextProblems(document: unknown): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  mapStrings(document, [], (text, at) => {
    const found = nonXmlCharactersOf(text);
    if (found.length > 0) {
      const codes = [...new Set(found)].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
      problems.push({ path: at.length === 0 ? '/' : pointerOf(...at), message: `holds ${codes.join(', ')}, which XML 1.0 cannot carry (control characters other than tab, newline and carriage return; U+FFFE, U+FFFF; lone surrogates)` });
    }
    return text;
  });
  return problems;
}
