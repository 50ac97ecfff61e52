// What the store of record keeps of scenarios, apart from the drivers that keep it (scenarioTable.ts):
// these types reach the published declarations, which must not need pg's or better-sqlite3's types.
import type { components } from '../generated/controlApi.js';

/** A stored scenario as the control API lists it. */
export type ScenarioListing = components['schemas']['ScenarioListing'];
export interface StoredScenario extends ScenarioListing { document: string }
/**
 * A scenario loaded (version ≥ 1) or deleted (version 0) elsewhere, `all` deleted by a reset, or `missed`:
 * the listening connection dropped and came back, so any change may have gone unannounced.
 */
export type ScenarioChange = { name: string; version: number } | 'all' | 'missed';

export interface ScenarioTable {
  save(name: string, mode: ScenarioListing['mode'], document: string): Promise<ScenarioListing>;
  read(name: string): Promise<StoredScenario | undefined>;
  list(): Promise<ScenarioListing[]>;
  /** Whether there was such a scenario. */
  remove(name: string): Promise<boolean>;
  /** How many scenarios there were. */
  removeAll(): Promise<number>;
  /** Calls the listener on changes made by any process (this one's included); PostgreSQL only. */
  watch(listener: (change: ScenarioChange) => void | Promise<void>): Promise<void>;
  /** Whether this replica hears the others' changes now; undefined where there are no others (SQLite). */
  following(): boolean | undefined;
  close(): Promise<void>;
}
