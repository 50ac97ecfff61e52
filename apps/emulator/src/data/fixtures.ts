// A fixtures file or document: read, checked against its schema, its references checked, and turned into
// the dataset to load (fixturesReferences.ts, fixturesDataset.ts).
import { readFileSync } from 'node:fs';
import { prepareSchemaCheck, schemaProblems } from './fixturesValidator.js';
import { FixturesError } from './fixturesError.js';
import { nonXmlTextProblems } from './xmlSafeText.js';
import { fixturesHeader, toOverlaySource, toSource, type GeneratedBase, type LastIds } from './fixturesDataset.js';
import { checkReferences } from './fixturesReferences.js';
import type { FixturesDocument } from './generated/fixturesDocument.js';
import type { DatasetSource } from './model.js';

export { FixturesError, prepareSchemaCheck };
// The document shape fixtures.schema.json admits (see FIXTURES.md), generated from it.
export type { FixturesDocument, GeneratedBase, LastIds };

export function readFixturesFile(file: string): FixturesDocument {
  let document: unknown;
  try {
    document = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new FixturesError(file, [{ path: '/', message: `cannot read JSON: ${(error as Error).message}` }]);
  }
  return checkFixturesDocument(file, document);
}

/** The document, if its schema admits it and XML can carry its text; otherwise a FixturesError naming every violation. */
export function checkFixturesDocument(source: string, document: unknown): FixturesDocument {
  const problems = [...schemaProblems(document), ...nonXmlTextProblems(document)];
  if (problems.length > 0) throw new FixturesError(source, problems);
  return document as FixturesDocument;
}

/**
 * Checks references and uniqueness (which JSON Schema cannot) and builds the dataset to load:
 * the fixtures alone (replace) or the generated data followed by the fixtures (merge).
 */
export function fixturesSource(file: string, doc: FixturesDocument, base?: GeneratedBase): DatasetSource {
  return toSource(doc, checkedHeader(file, doc, base), base);
}

/** The header, once the references check out; otherwise a FixturesError naming every problem. */
function checkedHeader(file: string, doc: FixturesDocument, base?: GeneratedBase): ReturnType<typeof fixturesHeader> {
  const header = fixturesHeader(doc, base);
  const problems = checkReferences(doc, header, base);
  if (problems.length > 0) throw new FixturesError(file, problems);
  return header;
}

/** The same checks, and a merge document's own rows alone, numbered after the base's `last` ids (scenarios/overlayScenario.ts). */
export function fixturesOverlaySource(file: string, doc: FixturesDocument, base: GeneratedBase, last: LastIds): DatasetSource {
  return toOverlaySource(doc, checkedHeader(file, doc, base), base, last);
}
