// A scenario's query engine from its fixtures document: checked whole (schema, then references), then
// built in memory. A bad document throws a FixturesError naming every problem before anything is kept.
import { generateSource } from '../data/generate.js';
import { datasetTablesInSlices } from '../db/datasetTables.js';
import { readContactColumns } from '../db/readContactColumns.js';
import { buildQueryEngineInSlices, type QueryEngine } from '../engine/queryEngine.js';
import { overlayScenario, prepareOverlayBase } from './overlayScenario.js';

/**
 * The generated data a `merge` scenario is laid over: the emulator's own seed and size, and the start-up
 * engine when it holds exactly that data (no start-up fixtures), which a merge scenario then overlays.
 */
export interface GeneratedBase { seed: number; contacts: number; engine?: QueryEngine }

export interface BuiltScenario { engine: QueryEngine; mode: 'replace' | 'merge' }

/** What the first load would otherwise do on the request path: the fixtures reader loaded, its schema check compiled, the overlay base scanned. */
export async function prepareScenarioBuilds(base: GeneratedBase): Promise<void> {
  (await import('../data/fixtures.js')).prepareSchemaCheck();
  if (base.engine) prepareOverlayBase(base.engine);
}

export async function buildScenario(name: string, document: unknown, base: GeneratedBase): Promise<BuiltScenario> {
  // the fixtures reader brings the JSON Schema validator: loaded only where scenarios are served (prepareScenarioBuilds)
  const { checkFixturesDocument, fixturesSource } = await import('../data/fixtures.js');
  const label = `scenario ${JSON.stringify(name)}`;
  const doc = checkFixturesDocument(label, document);
  if (doc.mode === 'merge' && base.engine) return { engine: await overlayScenario(label, doc, { ...base, engine: base.engine }), mode: doc.mode };
  // small chunks of the generated base: each is one slice of the build (the data does not depend on their size)
  const source = fixturesSource(label, doc, doc.mode === 'merge' ? { source: generateSource({ ...base, chunkSize: 2_000 }), contacts: base.contacts } : undefined);
  // in slices: without the start-up engine to overlay, a merge scenario's rows are the whole generated base
  return { engine: await buildQueryEngineInSlices(await readContactColumns(await datasetTablesInSlices(source))), mode: doc.mode };
}
