// The request journal: the last N CRM requests the emulator answered, newest last, in a ring that never
// grows past its capacity (the oldest entry is forgotten first), so a test can check what a client sent.
import type { components, operations } from '../generated/controlApi.js';

/** Requests the journal keeps (the oldest forgotten first). */
export const DEFAULT_JOURNAL_SIZE = 500;

/** One CRM request answered, as the control API's document describes it. */
export type JournalEntry = components['schemas']['JournalEntry'];

/** The journal's query (`GET /__emulator/journal`): scenario, path prefix, method, status, limit. */
export type JournalFilter = NonNullable<operations['readJournal']['parameters']['query']>;

/** An entry, or what makes it when the journal is first read (journalEntryLater). */
type Slot = JournalEntry | (() => JournalEntry);

export class RequestJournal {
  private readonly ring: Slot[] = [];
  /** Where the next entry goes once the ring is full. */
  private next = 0;

  constructor(readonly capacity: number) {}

  record(entry: Slot): void {
    if (this.capacity === 0) return;
    if (this.ring.length < this.capacity) this.ring.push(entry);
    else {
      this.ring[this.next] = entry;
      this.next = (this.next + 1) % this.capacity;
    }
  }

  /** Oldest first. */
  entries(filter: JournalFilter = {}): JournalEntry[] {
    // each deferred entry made once, in its place
    for (let i = 0; i < this.ring.length; i++) {
      const slot = this.ring[i];
      if (typeof slot === 'function') this.ring[i] = slot();
    }
    const made = this.ring as JournalEntry[];
    const ordered = made.length < this.capacity ? made : [...made.slice(this.next), ...made.slice(0, this.next)];
    const matching = ordered.filter((entry) =>
      (filter.scenario === undefined || entry.scenario === filter.scenario)
      && (filter.path === undefined || entry.path.startsWith(filter.path))
      && (filter.method === undefined || entry.method === filter.method)
      && (filter.status === undefined || entry.status === filter.status));
    return filter.limit === undefined ? matching : matching.slice(-filter.limit);
  }

  clear(): void {
    this.ring.length = 0;
    this.next = 0;
  }
}
