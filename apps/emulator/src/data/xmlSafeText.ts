// Text an XML answer can carry. A fixtures document is refused when any of its strings holds a character
// XML 1.0 cannot carry (its JSON answers would be fine, its XML ones not); `crm import` (the CLI) replaces them
// before writing one.
import { pointerOf } from '@crm-contacts/contract';
import { hasNonXmlCharacter, nonXmlCharactersOf } from '@crm-contacts/contract/xml/write';
import type { SchemaProblem } from './fixturesError.js';

type Segments = (string | number)[];

/**
 * Calls `visit` with every string of a JSON value (keys included) and where it is. Nothing is copied: `at`
 * is one path, pushed and popped (a scenario load checks every string; copies were a fifth of its garbage).
 */
function eachString(value: unknown, at: Segments, visit: (text: string, at: Segments) => void): void {
  if (typeof value === 'string') {
    visit(value, at);
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      at.push(i);
      eachString(value[i], at, visit);
      at.pop();
    }
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      visit(key, at);
      at.push(key);
      eachString((value as Record<string, unknown>)[key], at, visit);
      at.pop();
    }
  }
}

/** Every string of the document holding a character XML 1.0 cannot carry, by JSON pointer. */
export function nonXmlTextProblems(document: unknown): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  eachString(document, [], (text, at) => {
    if (!hasNonXmlCharacter(text)) return;
    const codes = [...new Set(nonXmlCharactersOf(text))].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
    problems.push({ path: at.length === 0 ? '/' : pointerOf(...at), message: `holds ${codes.join(', ')}, which XML 1.0 cannot carry (control characters other than tab, newline and carriage return; U+FFFE, U+FFFF; lone surrogates)` });
  });
  return problems;
}
