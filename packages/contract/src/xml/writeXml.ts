// Writes a JSON value in the real server's XML shape: root element, camelCase elements, arrays as
// repeated sibling elements with no wrapper (an empty array writes nothing), null as an empty element.
import { replaceNonXmlCharacters } from './xmlCharacters.js';

export { hasNonXmlCharacter, nonXmlCharactersOf, replaceNonXmlCharacters, XML_REPLACEMENT_CHARACTER } from './xmlCharacters.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const SPECIAL = /[&<>"]/;
// most values have nothing to escape: test first, replace only when needed. A character XML 1.0 cannot
// carry (a control character echoed from a request, say) becomes U+FFFD: the answer stays well-formed.
// Text made only of characters that need neither: tab, newline, carriage return, and U+0020 up less `"&<>`,
// the surrogates and U+FFFE/U+FFFF (without the `u` flag, so a surrogate pair too takes the careful path).
const PLAIN = /^[\t\n\r\u0020\u0021\u0023-\u0025\u0027-\u003B\u003D\u003F-\uD7FF\uE000-\uFFFD]*$/;
const escapeText = (raw: string) => {
  if (PLAIN.test(raw)) return raw;
  const text = replaceNonXmlCharacters(raw).text;
  return SPECIAL.test(text) ? text.replace(/[&<>"]/g, (c) => ESCAPES[c]) : text;
};

function writeElement(name: string, value: unknown, out: string[]): void {
  if (Array.isArray(value)) {
    for (const item of value) writeElement(name, item, out);
  } else if (value === null || value === undefined) {
    out.push(`<${name} />`);
  } else if (typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 0) {
      out.push(`<${name} />`);
      return;
    }
    out.push(`<${name}>`);
    for (const key of keys) {
      const child = (value as Record<string, unknown>)[key];
      if (child !== undefined) writeElement(key, child, out);
    }
    out.push(`</${name}>`);
  } else {
    // a number or a boolean has nothing to escape
    out.push(`<${name}>${typeof value === 'string' ? escapeText(value) : String(value)}</${name}>`);
  }
}

/** One element, for answers assembled from pre-written parts (the emulator's contact fragments). */
export function writeXmlElement(name: string, value: unknown): string {
  const out: string[] = [];
  writeElement(name, value, out);
  return out.join('');
}

/** The declaration that opens every XML answer. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';

/** Serialises `value` under the root element `rootName` (`result` for every envelope). */
export function writeXml(value: unknown, rootName = 'result'): string {
  const out: string[] = [XML_DECLARATION];
  writeElement(rootName, value, out);
  return out.join('');
}
