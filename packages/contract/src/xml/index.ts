// The XML representation of the contract, shared by the emulator (writing), the client and the
// contract tests (reading). Browser-safe: no Node-only imports.
export { readXml } from './readXml.js';
export { writeXml } from './writeXml.js';
export { hasNonXmlCharacter, nonXmlCharactersOf, replaceNonXmlCharacters, XML_REPLACEMENT_CHARACTER } from './xmlCharacters.js';
