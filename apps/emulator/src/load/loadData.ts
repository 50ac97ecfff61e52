// Loads the start-up data: generated or from a fixtures file (or a snapshot of an earlier run), into the
// store of record (SQLite or PostgreSQL), then read back into the query engine that answers from memory.
import type { User } from '../data/model.js';
import { generateSource } from '../data/generate.js';
import { openDatabase, type LoadSummary } from '../db/open.js';
import { DEFAULT_SNAPSHOT_DIR, SnapshotStore } from '../db/snapshot.js';
import type { Dialect } from '../db/ddl.js';
import type { ScenarioTable } from '../db/scenarioRecords.js';
import { readContactColumns } from '../db/readContactColumns.js';
import { buildQueryEngine, type QueryEngine } from '../engine/queryEngine.js';
import { releaseFreedHeapPages } from './freedHeapPages.js';
import { snapshotColumns, type SnapshotColumns } from './snapshotColumns.js';

export interface LoadOptions {
  databaseUrl?: string;
  file?: string;
  seed?: number;
  /** Generated contacts; ignored when fixtures replace the generated data. */
  contacts?: number;
  /** Path of a fixtures JSON file (FIXTURES.md). */
  fixtures?: string;
  /** Where generated in-memory databases are kept between runs; null turns snapshots off. */
  snapshotDir?: string | null;
}

/** What the startup banner shows. */
export interface StoreInfo {
  dialect: Dialect;
  seed: number;
  contacts: number;
  rows: number;
  /** Writing the data into the database (0 from a snapshot). */
  loadMillis: number;
  /** Reading it back and indexing it in memory. */
  indexMillis: number;
  /** The data came from a snapshot of an earlier run with the same seed and size. */
  fromSnapshot: boolean;
  /** With a snapshot: whether the engine's columns were mapped from its column file or read from its rows, and why not the file when it was refused. */
  snapshotColumns?: Omit<SnapshotColumns, 'columns'>;
  fixtures?: { file: string; mode: 'replace' | 'merge' };
  users: readonly User[];
}

/** The start-up data: the engine that answers, and the store of record it was read from. */
export interface LoadedData {
  engine: QueryEngine;
  info: StoreInfo;
  /** Where the scenarios loaded at run time are kept: the database this data was loaded into. */
  scenarios?: ScenarioTable;
  close(): Promise<void>;
}

export const DEFAULT_SEED = 20240601;
export const DEFAULT_CONTACTS = 10_000;

export async function loadData(opts: LoadOptions = {}): Promise<LoadedData> {
  const seed = opts.seed ?? DEFAULT_SEED;
  const contacts = opts.contacts ?? DEFAULT_CONTACTS;
  const generated = generateSource({ seed, contacts });
  // fixtures are read and checked in full before the database is touched: a bad file loads nothing
  // the fixtures reader (and its JSON Schema validator) loads only when a file is given: faster start-up
  const fixtures = opts.fixtures ? await import('../data/fixtures.js') : undefined;
  const doc = opts.fixtures ? fixtures!.readFixturesFile(opts.fixtures) : undefined;
  const source = doc ? fixtures!.fixturesSource(opts.fixtures!, doc, doc.mode === 'merge' ? { source: generated, contacts } : undefined) : generated;

  // only generated data in memory is snapshotted: fixtures change without the code changing
  const snapshots = !doc && !opts.databaseUrl && !opts.file && opts.snapshotDir !== null
    ? new SnapshotStore(opts.snapshotDir ?? DEFAULT_SNAPSHOT_DIR) : undefined;
  const snapshot = snapshots?.find({ seed, contacts });
  // from a snapshot the data is read in place from its file, and the database in memory holds only what
  // the run adds (scenarios): no second copy of the data beside the engine's
  let database = await openDatabase({ databaseUrl: opts.databaseUrl, file: opts.file });
  let snapshotFile = snapshot?.file;
  try {
    const summary: LoadSummary & { fromSnapshot?: boolean } = snapshot
      ? { ...snapshot.summary, millis: 0, fromSnapshot: true } : await database.load(source);
    if (snapshots && !snapshot) {
      try {
        const written = snapshots.write({ seed, contacts }, database.serialize!(), summary);
        // the data now rests in the snapshot's file: read from there, as the next start will, and the
        // copy in memory (265 MB at 1,000,000 contacts) is given back before the engine is built
        const emptied = await openDatabase({});
        await database.close();
        database = emptied;
        snapshotFile = written;
      } catch {
        // a read-only or full disk only costs the next start its speed
      }
    }
    const indexing = performance.now();
    const fromSnapshot = snapshotFile ? await snapshotColumns(snapshots!, { seed, contacts }, snapshotFile) : undefined;
    const engine = buildQueryEngine(fromSnapshot?.columns ?? await readContactColumns(database));
    const info: StoreInfo = {
      dialect: database.dialect, seed, contacts: summary.contacts, rows: summary.rows, loadMillis: Math.round(summary.millis),
      indexMillis: Math.round(performance.now() - indexing),
      fromSnapshot: summary.fromSnapshot === true,
      snapshotColumns: fromSnapshot && { from: fromSnapshot.from, refused: fromSnapshot.refused },
      fixtures: doc && opts.fixtures ? { file: opts.fixtures, mode: doc.mode } : undefined,
      users: engine.columns.users,
    };
    // the engine's lazy builds free far more heap than it keeps: the pages go back to the system after each
    const freedPages = releaseFreedHeapPages();
    return {
      engine, info, scenarios: database.scenarios,
      close: () => {
        freedPages.stop();
        return database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
