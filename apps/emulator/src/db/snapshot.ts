// Generated data depends only on the seed, the size and the generator's code, so the loaded SQLite
// database is kept as a file and later starts read it in place instead of generating and indexing again
// (0.4 s at 10,000 contacts, about 40 s at 1,000,000). The key hashes the generator's and loader's code
// (compiled, or the source under the tests), so a change to either makes a new snapshot. Beside the
// database, the engine's columns read from it are kept as a column file (columnFile.ts) under the same
// key: a start reads that file instead of the rows.
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadSummary } from './emulatorDatabase.js';

const here = dirname(fileURLToPath(import.meta.url));
const CODE_DIRS = [here, join(here, '../data')];
// the columns' shape and their text lists, which a column file holds (compiled, or the source under the tests)
const CODE_FILES = ['.js', '.ts'].map((extension) => join(here, `../engine/contactColumns${extension}`));

export const DEFAULT_SNAPSHOT_DIR = join(here, '../../node_modules/.cache/crm-emulator');

// compiled code, or its source where the tests run it (a hash of the JSON files alone missed every code change there)
const CODE = /\.(js|ts|json)$/;

/** A hash of the code in `dirs` and of `files` (those that exist): what a snapshot's data depends on. */
export function codeHash(dirs: readonly string[] = CODE_DIRS, files: readonly string[] = CODE_FILES): string {
  const hash = createHash('sha256');
  for (const dir of dirs) {
    for (const name of readdirSync(dir).sort()) {
      if (CODE.test(name)) hash.update(name).update(readFileSync(join(dir, name)));
    }
  }
  for (const file of files) if (existsSync(file)) hash.update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

// the code does not change while it runs
let ownCodeHash: string | undefined;

export interface SnapshotKey {
  seed: number;
  contacts: number;
}

export class SnapshotStore {
  constructor(private readonly dir: string) {}

  private base(key: SnapshotKey): string {
    return join(this.dir, `generated-${key.seed}-${key.contacts}-${(ownCodeHash ??= codeHash())}`);
  }

  /** The snapshot's database file and what loading it counted, when there is one. */
  find(key: SnapshotKey): { file: string; summary: LoadSummary } | undefined {
    const base = this.base(key);
    if (!existsSync(`${base}.sqlite`) || !existsSync(`${base}.json`)) return undefined;
    try {
      return { file: `${base}.sqlite`, summary: JSON.parse(readFileSync(`${base}.json`, 'utf8')) as LoadSummary };
    } catch {
      return undefined; // an unreadable snapshot is regenerated
    }
  }

  /** Writes the database and its summary; returns the database file's path. */
  write(key: SnapshotKey, database: Buffer, summary: LoadSummary): string {
    const base = this.base(key);
    mkdirSync(this.dir, { recursive: true });
    // Each file is written under a name of this process's own and renamed into place, the database
    // last: parallel starts (test workers) never read half a file, and read() needs both.
    const temporary = this.temporary(base);
    writeFileSync(temporary, JSON.stringify(summary));
    renameSync(temporary, `${base}.json`);
    writeFileSync(temporary, database);
    renameSync(temporary, `${base}.sqlite`);
    return `${base}.sqlite`;
  }

  /** The column file of the snapshot under `key` (it may not exist yet). */
  columnsFile(key: SnapshotKey): string {
    return `${this.base(key)}.columns`;
  }

  /** Writes the column file, in pieces, renamed into place once whole. */
  writeColumns(key: SnapshotKey, pieces: readonly Uint8Array[]): void {
    const temporary = this.temporary(this.base(key));
    const fd = openSync(temporary, 'w');
    try {
      for (const piece of pieces) for (let at = 0; at < piece.byteLength;) at += writeSync(fd, piece, at);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, this.columnsFile(key));
  }

  private temporary(base: string): string {
    return `${base}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  }
}
