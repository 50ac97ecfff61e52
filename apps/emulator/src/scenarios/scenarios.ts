// The scenarios a running emulator serves side by side. Each is its own query engine, built in full from
// its document and only then put in place (one Map entry), so requests on other scenarios, and requests
// already answering from the old version, never see a half-built one. The documents live in the store of
// record; a replica builds a scenario's engine on its first request, and drops it when any replica
// announces a newer version or its deletion (ScenarioTable.watch).
// Built engines share one memory budget: beyond it the least recently used are dropped, and built again
// from the store of record on their next request (the documents are never lost).
import type { QueryEngine } from '../engine/queryEngine.js';
import type { components } from '../generated/controlApi.js';
import type { ScenarioChange, ScenarioListing, ScenarioTable } from '../db/scenarioRecords.js';
import { buildScenario, prepareScenarioBuilds, type GeneratedBase } from './buildScenario.js';
import { checkScenarioName, scenarioNamePattern, UnknownScenarioError } from './errors.js';
import { memoryOfInSlices } from './memoryOf.js';
import { warmUpDocuments } from './warmUpDocuments.js';

/** A scenario just loaded (with its build time), and as listed (with the bytes this process holds for it): the control API's document. */
export type ScenarioSummary = components['schemas']['ScenarioSummary'];
export type ScenarioInMemory = components['schemas']['ScenarioInMemory'];
/** A scenario and the document it was loaded from (`GET /__emulator/scenarios/{name}`). */
export type ScenarioWithDocument = components['responses']['Scenario']['content']['application/json'];

export interface ScenariosOptions<T> {
  table: ScenarioTable;
  base: GeneratedBase;
  /** What requests are answered from, made once per loaded version of a scenario. */
  serve(engine: QueryEngine): T;
  /** Bytes the served data holds beyond its engine (its fragment cache), now. */
  servedBytes?(served: T): number;
  /** Bytes all built scenarios may hold together (CRM_SCENARIO_MEMORY_MB); unbounded when absent. */
  memoryBudgetBytes?: number;
}

interface Loaded<T> {
  version: number; served: T; contacts: number; users: number; mode: ScenarioListing['mode']; engineBytes: number; lastUsed: number;
  /** Settles when engineBytes is known. */
  measured: Promise<void>;
}

export class Scenarios<T> {
  private readonly loaded = new Map<string, Promise<Loaded<T>>>();
  /** The settled entries of `loaded`, for measuring and evicting without awaiting. */
  private readonly built = new Map<string, Loaded<T>>();
  private uses = 0;

  constructor(private readonly options: ScenariosOptions<T>) {}

  /**
   * Readies what every load uses before requests arrive: the fixtures check (about 100 ms to compile), the overlay
   * base, the store's table, and the code of a load itself: a first load runs V8's first compile of each function it
   * calls, which stalled other requests several times longer than later loads did.
   */
  async prepare(): Promise<void> {
    await prepareScenarioBuilds(this.options.base);
    await this.options.table.list();
    // a throwaway load of each kind, built, served and measured as a PUT's is, then dropped: nothing is stored.
    // Worth it: about 13 ms of CPU at start-up, and a first load then holds the event loop at most 2-3 ms, not 6-8.
    for (const document of warmUpDocuments(this.options.base)) {
      const loaded = await this.build('warm-up', document, 0);
      await loaded.measured;
      this.bytesOf(loaded);
    }
  }

  /** Follows other replicas' loads and deletions (PostgreSQL). */
  async watch(): Promise<void> {
    await this.options.table.watch((change) => (change === 'missed' ? this.catchUp() : this.forget(change)));
  }

  /** Whether this replica hears the others' changes now; undefined where there are no others (SQLite). */
  following(): boolean | undefined {
    return this.options.table.following();
  }

  async load(name: string, document: unknown): Promise<ScenarioSummary> {
    checkScenarioName(name);
    const started = performance.now();
    const loaded = await this.build(name, document, 0);
    const buildMillis = performance.now() - started;
    const listing = await this.options.table.save(name, loaded.mode, JSON.stringify(document));
    loaded.version = listing.version;
    this.loaded.set(name, Promise.resolve(loaded));
    this.keep(name, loaded);
    return { ...listing, contacts: loaded.contacts, users: loaded.users, buildMillis };
  }

  /** What to answer a request on this scenario from; a 404 error when there is none. */
  async select(name: string): Promise<T> {
    let entry = this.loaded.get(name);
    if (!entry) {
      if (!scenarioNamePattern().test(name)) throw new UnknownScenarioError(name);
      entry = this.readThrough(name);
      this.loaded.set(name, entry);
      const pending = entry;
      pending.then((loaded) => this.loaded.get(name) === pending && this.keep(name, loaded),
        () => this.loaded.get(name) === pending && this.loaded.delete(name));
    }
    const loaded = await entry;
    loaded.lastUsed = ++this.uses;
    this.enforceBudget(name);
    return loaded.served;
  }

  async read(name: string): Promise<ScenarioWithDocument> {
    checkScenarioName(name);
    const stored = await this.options.table.read(name);
    if (!stored) throw new UnknownScenarioError(name);
    return { ...stored, document: JSON.parse(stored.document) };
  }

  async list(): Promise<ScenarioInMemory[]> {
    return (await this.options.table.list()).map((listing) => {
      const loaded = this.built.get(listing.name);
      return { ...listing, memoryBytes: loaded && loaded.version === listing.version ? this.bytesOf(loaded) : 0 };
    });
  }

  async remove(name: string): Promise<void> {
    checkScenarioName(name);
    const existed = await this.options.table.remove(name);
    this.drop(name);
    if (!existed) throw new UnknownScenarioError(name);
  }

  /** Back to the start-up data: every scenario deleted. How many there were. */
  async reset(): Promise<number> {
    const removed = await this.options.table.removeAll();
    this.loaded.clear();
    this.built.clear();
    return removed;
  }

  private async build(name: string, document: unknown, version: number): Promise<Loaded<T>> {
    const { engine, mode } = await buildScenario(name, document, this.options.base);
    const served = this.options.serve(engine);
    // measured in slices after the build, not during it: a large engine takes a second to walk
    const measured = memoryOfInSlices(...engine.memoryRoots).then((bytes) => {
      loaded.engineBytes = bytes;
      this.enforceBudget();
    });
    const loaded: Loaded<T> = { version, served, contacts: engine.columns.size, users: engine.columns.users.length, mode, engineBytes: 0, lastUsed: ++this.uses, measured };
    return loaded;
  }

  private async readThrough(name: string): Promise<Loaded<T>> {
    const stored = await this.options.table.read(name);
    if (!stored) throw new UnknownScenarioError(name);
    return this.build(name, JSON.parse(stored.document), stored.version);
  }

  private forget(change: Exclude<ScenarioChange, 'missed'>): void {
    if (change === 'all') {
      this.loaded.clear();
      this.built.clear();
      return;
    }
    const entry = this.loaded.get(change.name);
    // this replica's own announcement names the version it already holds: kept
    entry?.then((loaded) => {
      if (loaded.version !== change.version && this.loaded.get(change.name) === entry) this.drop(change.name);
    }, () => undefined);
  }

  /** After notifications may have been missed: drops every built scenario whose stored version differs or is gone. */
  private async catchUp(): Promise<void> {
    const stored = new Map((await this.options.table.list()).map((listing) => [listing.name, listing.version]));
    for (const [name, entry] of this.loaded) {
      entry.then((loaded) => {
        if (stored.get(name) !== loaded.version && this.loaded.get(name) === entry) this.drop(name);
      }, () => undefined);
    }
  }

  private keep(name: string, loaded: Loaded<T>): void {
    this.built.set(name, loaded);
    this.enforceBudget(name);
  }

  private drop(name: string): void {
    this.loaded.delete(name);
    this.built.delete(name);
  }

  private bytesOf(loaded: Loaded<T>): number {
    return loaded.engineBytes + (this.options.servedBytes?.(loaded.served) ?? 0);
  }

  /** Drops the least recently used built scenarios, never `current` (by default the most recently used), until all fit in the budget. */
  private enforceBudget(current?: string): void {
    const budget = this.options.memoryBudgetBytes;
    if (budget === undefined) return;
    let total = 0;
    for (const loaded of this.built.values()) total += this.bytesOf(loaded);
    if (total <= budget) return;
    const oldestFirst = [...this.built].sort(([, a], [, b]) => a.lastUsed - b.lastUsed);
    const kept = current ?? oldestFirst.at(-1)?.[0];
    oldestFirst.splice(oldestFirst.findIndex(([name]) => name === kept), 1);
    for (const [name, loaded] of oldestFirst) {
      if (total <= budget) break;
      total -= this.bytesOf(loaded);
      this.drop(name);
    }
  }
}
