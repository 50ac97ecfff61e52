// The engine's columns as one binary file, kept beside a snapshot's database: a start reads the file once
// and views its typed arrays where they were read, instead of reading five million rows back through SQLite
// (at 1,000,000 contacts about 3 s of CPU and most of the start's garbage). Written here: v8.serialize copies every string
// (losing the interning) and every typed array, and drops classes; this layout is a JSON manifest and
// 8-byte-aligned blocks. A CRC-32 over the whole file makes a damaged file an error, never wrong data.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { joinedTexts, type ContactColumns, type TextList } from '../engine/contactColumns.js';

const MAGIC = Buffer.from('CRMCOLS1');
// magic, the manifest's length, the CRC-32 of everything after the header
const HEADER = MAGIC.length + 8;
const ALIGN = 8;

const TYPED = { Int32Array, Uint8Array, Float64Array } as const;
type TypedName = keyof typeof TYPED;
type Typed = InstanceType<(typeof TYPED)[TypedName]>;

/**
 * Where a block lies: in the region the columns keep (their typed arrays, viewed where read), or in the one read
 * once and let go (texts, which become strings, and the codes of each text column's values).
 */
interface Block { kept: boolean; at: number; bytes: number }
/** Texts joined into one string, one byte a character when every character fits, else UTF-16. */
interface Joined { block: Block; encoding: 'latin1' | 'utf16le'; start: Block }
type Entry =
  | { kind: 'typed'; type: TypedName; block: Block }
  | { kind: 'strings'; distinct: Joined; codes: Block } // each distinct value once: interned again on reading
  | { kind: 'texts'; texts: Joined }
  | { kind: 'object'; members: Record<string, Entry> }
  | { kind: 'map'; entries: [unknown, unknown][] }
  | { kind: 'users'; positions: number[] } // managerUsers: the same objects as `users`
  | { kind: 'json'; value: unknown };
/** The manifest: the columns, and the size of the kept region, which the passing one follows. */
interface Manifest { keptBytes: number; columns: Entry }

/** The file could not be read back as columns: damaged, cut short or of another format. */
export class ColumnFileError extends Error {}

const isTextList = (value: object): value is TextList => typeof (value as TextList).at === 'function' && typeof (value as TextList).length === 'number';
const isStrings = (value: unknown[]): value is (string | null)[] => value.every((v) => v === null || typeof v === 'string');

class Region {
  readonly blocks: Uint8Array[] = [];
  bytes = 0;

  add(bytes: Uint8Array, kept: boolean): Block {
    const block = { kept, at: this.bytes, bytes: bytes.byteLength };
    this.blocks.push(bytes);
    const pad = (ALIGN - (bytes.byteLength % ALIGN)) % ALIGN;
    if (pad > 0) this.blocks.push(new Uint8Array(pad));
    this.bytes += bytes.byteLength + pad;
    return block;
  }
}

class Writer {
  readonly kept = new Region();
  readonly passing = new Region();

  typed(array: Typed, kept = true): Block {
    return (kept ? this.kept : this.passing).add(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), kept);
  }

  /** `keepStarts`: the offsets stay in use (a text list's), not only while reading. */
  joined(texts: readonly string[], keepStarts: boolean): Joined {
    const start = new Int32Array(texts.length + 1);
    for (let k = 0; k < texts.length; k++) start[k + 1] = start[k] + texts[k].length;
    const all = texts.join('');
    // every code unit below 256 fits one byte
    const encoding = /^[\u0000-\u00ff]*$/.test(all) ? 'latin1' : 'utf16le';
    return { block: this.passing.add(Buffer.from(all, encoding), false), encoding, start: this.typed(start, keepStarts) };
  }

  entry(value: unknown, key: string, columns: ContactColumns): Entry {
    if (ArrayBuffer.isView(value)) return { kind: 'typed', type: value.constructor.name as TypedName, block: this.typed(value as Typed) };
    if (value instanceof Map) return { kind: 'map', entries: [...value] };
    if (key === 'managerUsers') return { kind: 'users', positions: (value as ContactColumns['managerUsers']).map((u) => (u ? columns.users.indexOf(u) : -1)) };
    if (Array.isArray(value) && value.length > 0 && isStrings(value)) {
      const codes = new Int32Array(value.length);
      const distinct = new Map<string, number>();
      for (let k = 0; k < value.length; k++) {
        const text = value[k];
        if (text === null) codes[k] = -1;
        else codes[k] = distinct.get(text) ?? distinct.set(text, distinct.size).size - 1;
      }
      return { kind: 'strings', distinct: this.joined([...distinct.keys()], false), codes: this.typed(codes, false) };
    }
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      if (isTextList(value)) return { kind: 'texts', texts: this.joined(Array.from({ length: value.length }, (_, k) => value.at(k)), true) };
      const members: Record<string, Entry> = {};
      for (const [name, member] of Object.entries(value)) members[name] = this.entry(member, name, columns);
      return { kind: 'object', members };
    }
    return { kind: 'json', value };
  }
}

/** The file's bytes, in pieces (written in turn). */
export function encodeColumns(columns: ContactColumns): Uint8Array[] {
  const writer = new Writer();
  const entry = writer.entry(columns, '', columns);
  const manifest = Buffer.from(JSON.stringify({ keptBytes: writer.kept.bytes, columns: entry } satisfies Manifest));
  const padded = Buffer.concat([manifest, Buffer.alloc((ALIGN - ((HEADER + manifest.length) % ALIGN)) % ALIGN, 0x20)]);
  const header = Buffer.alloc(HEADER);
  MAGIC.copy(header);
  header.writeUInt32LE(padded.length, MAGIC.length);
  const body = [padded, ...writer.kept.blocks, ...writer.passing.blocks];
  header.writeUInt32LE(body.reduce((crc, block) => crc32(block, crc), 0), MAGIC.length + 4);
  return [header, ...body];
}

/**
 * The columns in a column file, read region by region: the kept one into memory of its own that the columns'
 * typed arrays view, the texts and codes into a buffer dropped once they are strings and arrays.
 */
export function readColumnFile(path: string): ContactColumns {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    // each region in memory of its own (never Node's shared pool), so the typed arrays viewing it are aligned
    const readAt = (at: number, bytes: number): Buffer => {
      const out = Buffer.allocUnsafeSlow(bytes);
      for (let done = 0; done < bytes;) {
        const n = readSync(fd, out, done, bytes - done, at + done);
        if (n === 0) throw new ColumnFileError('cut short (it ends before its regions do)');
        done += n;
      }
      return out;
    };
    const header = readAt(0, Math.min(HEADER, size));
    const { manifestBytes } = headerOf(header);
    if (HEADER + manifestBytes > size) throw new ColumnFileError('cut short (its manifest runs past its end)');
    const manifestPart = readAt(HEADER, manifestBytes);
    const manifest = manifestOf(manifestPart);
    const passingAt = HEADER + manifestBytes + manifest.keptBytes;
    if (passingAt > size) throw new ColumnFileError('cut short (its kept region runs past its end)');
    return columnsOf(header, manifestPart, manifest, readAt(HEADER + manifestBytes, manifest.keptBytes), readAt(passingAt, size - passingAt));
  } finally {
    closeSync(fd);
  }
}

function headerOf(header: Buffer): { manifestBytes: number } {
  if (header.length < HEADER || !header.subarray(0, MAGIC.length).equals(MAGIC)) throw new ColumnFileError('not a column file (no CRMCOLS1 header)');
  return { manifestBytes: header.readUInt32LE(MAGIC.length) };
}

function manifestOf(bytes: Buffer): Manifest {
  let manifest: Partial<Manifest> | null;
  try {
    manifest = JSON.parse(bytes.toString('utf8')) as Partial<Manifest> | null;
  } catch {
    throw new ColumnFileError('damaged (its manifest is not JSON)');
  }
  // checked before the CRC-32 can be: it says how much to read
  if (!Number.isSafeInteger(manifest?.keptBytes) || manifest!.keptBytes! < 0 || manifest!.columns?.kind !== 'object') {
    throw new ColumnFileError('damaged (its manifest has no region sizes and columns)');
  }
  return manifest as Manifest;
}

/** Checks the CRC-32 over the manifest's bytes and both regions, then builds the columns. */
function columnsOf(header: Buffer, manifestPart: Buffer, manifest: Manifest, kept: Buffer, passing: Buffer): ContactColumns {
  const crc = [manifestPart, kept, passing].reduce((sum, part) => crc32(part, sum), 0);
  if (crc !== header.readUInt32LE(MAGIC.length + 4)) throw new ColumnFileError('damaged (its CRC-32 does not match)');
  const bytes = (block: Block): Buffer => {
    const region = block.kept ? kept : passing;
    if (block.at + block.bytes > region.length) throw new ColumnFileError('cut short (a block runs past its end)');
    return region.subarray(block.at, block.at + block.bytes);
  };
  const typed = <T extends TypedName>(type: T, block: Block): InstanceType<(typeof TYPED)[T]> => {
    const view = bytes(block);
    const constructor = TYPED[type];
    return new constructor(view.buffer as ArrayBuffer, view.byteOffset, view.byteLength / constructor.BYTES_PER_ELEMENT) as InstanceType<(typeof TYPED)[T]>;
  };
  const joined = (texts: Joined): { all: string; start: Int32Array } => ({ all: bytes(texts.block).toString(texts.encoding), start: typed('Int32Array', texts.start) });
  let users: unknown[] = [];
  const read = (entry: Entry, key: string): unknown => {
    switch (entry.kind) {
      case 'typed':
        return typed(entry.type, entry.block);
      case 'strings': {
        const { all, start } = joined(entry.distinct);
        const distinct = Array.from({ length: start.length - 1 }, (_, k) => all.slice(start[k], start[k + 1]));
        const codes = typed('Int32Array', entry.codes);
        const out = new Array<string | null>(codes.length);
        for (let k = 0; k < codes.length; k++) out[k] = codes[k] < 0 ? null : distinct[codes[k]];
        return out;
      }
      case 'texts': {
        const { all, start } = joined(entry.texts);
        return joinedTexts(all, start);
      }
      case 'object': {
        const out: Record<string, unknown> = {};
        for (const [name, member] of Object.entries(entry.members)) out[name] = read(member, name);
        if (key === '') users = out.users as unknown[];
        return out;
      }
      case 'map':
        return new Map(entry.entries);
      case 'users':
        return entry.positions;
      case 'json':
        return entry.value;
    }
  };
  const columns = read(manifest.columns, '') as Omit<ContactColumns, 'managerUsers'> & { managerUsers: unknown };
  // the manager users are the same objects as the users, as when read from the tables
  return { ...columns, managerUsers: (columns.managerUsers as number[]).map((k) => (k < 0 ? undefined : users[k])) as ContactColumns['managerUsers'] };
}
