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

// Written by concatenation (V8 joins the pieces once, when the text is used): about a third cheaper than
// collecting the pieces in an array and joining them.
function element(name: string, value: unknown): string {
  if (Array.isArray(value)) {
    let text = '';
    for (const item of value) text += element(name, item);
    return text;
  }
  if (value === null || value === undefined) return `<${name} />`;
  if (typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 0) return `<${name} />`;
    let text = `<${name}>`;
    for (const key of keys) {
      const child = (value as Record<string, unknown>)[key];
      if (child !== undefined) text += element(key, child);
    }
    return `${text}</${name}>`;
  }
  // a number or a boolean has nothing to escape
  return `<${name}>${typeof value === 'string' ? escapeText(value) : String(value)}</${name}>`;
}

/** One element, for answers assembled from pre-written parts (the emulator's written contacts). */
export function writeXmlElement(name: string, value: unknown): string {
  return element(name, value);
}

/** The declaration that opens every XML answer. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';

/** Serialises `value` under the root element `rootName` (`result` for every envelope). */
export function writeXml(value: unknown, rootName = 'result'): string {
  return XML_DECLARATION + element(rootName, value);
}
