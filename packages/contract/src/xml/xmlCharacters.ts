// The characters XML 1.0 can carry (its `Char` production): tab, newline, carriage return and everything
// from U+0020 up, less the surrogates and U+FFFE/U+FFFF. Anything else makes a document strict parsers refuse.
// The `u` flag reads a string by code points, so a lone surrogate is one match and a pair is not.
const NOT_XML_CHARACTER = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const NOT_XML_CHARACTERS = new RegExp(NOT_XML_CHARACTER.source, 'gu');

/** What takes the place of a character XML 1.0 cannot carry. */
export const XML_REPLACEMENT_CHARACTER = '\uFFFD';

/** Whether `text` holds a character XML 1.0 cannot carry. */
export const hasNonXmlCharacter = (text: string): boolean => NOT_XML_CHARACTER.test(text);

/** Each character of `text` XML 1.0 cannot carry, in order. */
export const nonXmlCharactersOf = (text: string): string[] => text.match(NOT_XML_CHARACTERS) ?? [];

/** `text` with each character XML 1.0 cannot carry replaced by U+FFFD, and how many were replaced. */
export function replaceNonXmlCharacters(text: string): { text: string; replaced: number } {
  if (!NOT_XML_CHARACTER.test(text)) return { text, replaced: 0 };
  let replaced = 0;
  const safe = text.replace(NOT_XML_CHARACTERS, () => {
    replaced += 1;
    return XML_REPLACEMENT_CHARACTER;
  });
  return { text: safe, replaced };
}
