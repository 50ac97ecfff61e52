// The scenarios a running emulator serves side by side. Each is its own query engine, built in full from
// its document and only then put in place (one Map entry), so requests on other scenarios, and requests
// already answering from the old version, never see a half-built one. The documents live in the store of
// record; a replica builds a scenario's engine on its first request, and drops it when any replica
// announces a newer version or its deletion (ScenarioTable.watch).
import type { ScenarioChange, ScenarioListing, ScenarioTable } from '../db/scenarioRecords.js';
import { storeOver } from '../store/createStore.js';
import type { Store } from '../store/types.js';
import { buildScenario, type GeneratedBase } from './buildScenario.js';
import { checkScenarioName, SCENARIO_NAME, UnknownScenarioError } from './errors.js';

export interface ScenarioSummary extends ScenarioListing {
  contacts: number;
  users: number;
  /** Checking the document and building the engine, in milliseconds. */
  buildMillis: number;
}

export interface ScenariosOptions<T> {
  table: ScenarioTable;
  base: GeneratedBase;
  /** What requests are answered from, made once per loaded version of a scenario. */
  serve(store: Store): T;
}

interface Loaded<T> { version: number; served: T; contacts: number; users: number; mode: ScenarioListing['mode'] }

export class Scenarios<T> {
  private readonly loaded = new Map<string, Promise<Loaded<T>>>();

  constructor(private readonly options: ScenariosOptions<T>) {}

  /** Follows other replicas' loads and deletions (PostgreSQL). */
  async watch(): Promise<void> {
    await this.options.table.watch((change) => this.forget(change));
  }

  async load(name: string, document: unknown): Promise<ScenarioSummary> {
    checkScenarioName(name);
    const started = performance.now();
    const loaded = await this.build(name, document, 0);
    const buildMillis = performance.now() - started;
    const listing = await this.options.table.save(name, loaded.mode, JSON.stringify(document));
    loaded.version = listing.version;
    this.loaded.set(name, Promise.resolve(loaded));
    return { ...listing, contacts: loaded.contacts, users: loaded.users, buildMillis };
  }

  /** What to answer a request on this scenario from; a 404 error when there is none. */
  async select(name: string): Promise<T> {
    let entry = this.loaded.get(name);
    if (!entry) {
      if (!SCENARIO_NAME.test(name)) throw new UnknownScenarioError(name);
      entry = this.readThrough(name);
      this.loaded.set(name, entry);
      const pending = entry;
      pending.catch(() => this.loaded.get(name) === pending && this.loaded.delete(name));
    }
    return (await entry).served;
  }

  async read(name: string): Promise<ScenarioListing & { document: unknown }> {
    checkScenarioName(name);
    const stored = await this.options.table.read(name);
    if (!stored) throw new UnknownScenarioError(name);
    return { ...stored, document: JSON.parse(stored.document) };
  }

  list(): Promise<ScenarioListing[]> {
    return this.options.table.list();
  }

  async remove(name: string): Promise<void> {
    checkScenarioName(name);
    const existed = await this.options.table.remove(name);
    this.loaded.delete(name);
    if (!existed) throw new UnknownScenarioError(name);
  }

  /** Back to the start-up data: every scenario deleted. How many there were. */
  async reset(): Promise<number> {
    const removed = await this.options.table.removeAll();
    this.loaded.clear();
    return removed;
  }

  private async build(name: string, document: unknown, version: number): Promise<Loaded<T>> {
    const { engine, mode } = await buildScenario(name, document, this.options.base);
    return { version, served: this.options.serve(storeOver(engine)), contacts: engine.columns.size, users: engine.columns.users.length, mode };
  }

  private async readThrough(name: string): Promise<Loaded<T>> {
    const stored = await this.options.table.read(name);
    if (!stored) throw new UnknownScenarioError(name);
    return this.build(name, JSON.parse(stored.document), stored.version);
  }

  private forget(change: ScenarioChange): void {
    if (change === 'all') return this.loaded.clear();
    const entry = this.loaded.get(change.name);
    // this replica's own announcement names the version it already holds: kept
    entry?.then((loaded) => {
      if (loaded.version !== change.version && this.loaded.get(change.name) === entry) this.loaded.delete(change.name);
    }, () => undefined);
  }
}
