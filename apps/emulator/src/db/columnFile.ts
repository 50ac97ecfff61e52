// The engine's columns as one binary file, kept beside a snapshot's database: a start reads the file once
// and maps its typed arrays in place instead of reading five million rows back through SQLite (at 1,000,000
// contacts about 3 s of CPU and most of the start's garbage). Written here: v8.serialize copies every string
// (losing the interning) and every typed array, and drops classes; this layout is a JSON manifest and
// 8-byte-aligned blocks. A CRC-32 over the whole file makes a damaged file an error, never wrong data.
import { crc32 } from 'node:zlib';
import { joinedTexts, type ContactColumns, type TextList } from '../engine/contactColumns.js';

const MAGIC = Buffer.from('CRMCOLS1');
// magic, the manifest's length, the CRC-32 of everything after the header
const HEADER = MAGIC.length + 8;
const ALIGN = 8;

const TYPED = { Int32Array, Uint8Array, Float64Array } as const;
type TypedName = keyof typeof TYPED;
type Typed = InstanceType<(typeof TYPED)[TypedName]>;

/** Where a block lies in the file's body. */
interface Block { at: number; bytes: number }
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

/** The file could not be read back as columns: damaged, cut short or of another format. */
export class ColumnFileError extends Error {}

const isTextList = (value: object): value is TextList => typeof (value as TextList).at === 'function' && typeof (value as TextList).length === 'number';
const isStrings = (value: unknown[]): value is (string | null)[] => value.every((v) => v === null || typeof v === 'string');

class Writer {
  readonly blocks: Uint8Array[] = [];
  private at = 0;

  add(bytes: Uint8Array): Block {
    const block = { at: this.at, bytes: bytes.byteLength };
    this.blocks.push(bytes);
    const pad = (ALIGN - (bytes.byteLength % ALIGN)) % ALIGN;
    if (pad > 0) this.blocks.push(new Uint8Array(pad));
    this.at += bytes.byteLength + pad;
    return block;
  }

  typed(array: Typed): Block {
    return this.add(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
  }

  joined(texts: readonly string[]): Joined {
    const start = new Int32Array(texts.length + 1);
    for (let k = 0; k < texts.length; k++) start[k + 1] = start[k] + texts[k].length;
    const all = texts.join('');
    // every code unit below 256 fits one byte
    const encoding = /^[\u0000-\u00ff]*$/.test(all) ? 'latin1' : 'utf16le';
    return { block: this.add(Buffer.from(all, encoding)), encoding, start: this.typed(start) };
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
      return { kind: 'strings', distinct: this.joined([...distinct.keys()]), codes: this.typed(codes) };
    }
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      if (isTextList(value)) return { kind: 'texts', texts: this.joined(Array.from({ length: value.length }, (_, k) => value.at(k))) };
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
  const manifest = Buffer.from(JSON.stringify(writer.entry(columns, '', columns)));
  const padded = Buffer.concat([manifest, Buffer.alloc((ALIGN - ((HEADER + manifest.length) % ALIGN)) % ALIGN, 0x20)]);
  const header = Buffer.alloc(HEADER);
  MAGIC.copy(header);
  header.writeUInt32LE(padded.length, MAGIC.length);
  let crc = crc32(padded);
  for (const block of writer.blocks) crc = crc32(block, crc);
  header.writeUInt32LE(crc, MAGIC.length + 4);
  return [header, padded, ...writer.blocks];
}

/** The columns a file holds; its typed arrays are views of `file` (of a copy when its body is not 8-byte aligned). */
export function decodeColumns(fileRead: Buffer): ContactColumns {
  if (fileRead.length < HEADER || !fileRead.subarray(0, MAGIC.length).equals(MAGIC)) throw new ColumnFileError('not a column file (no CRMCOLS1 header)');
  const manifestBytes = fileRead.readUInt32LE(MAGIC.length);
  // a large file read whole has a memory block of its own (aligned); a small one may share Node's pool
  const file = (fileRead.byteOffset + HEADER + manifestBytes) % ALIGN === 0 ? fileRead : Buffer.from(new Uint8Array(fileRead).buffer);
  if (HEADER + manifestBytes > file.length) throw new ColumnFileError('cut short (its manifest runs past its end)');
  if (crc32(file.subarray(HEADER)) !== file.readUInt32LE(MAGIC.length + 4)) throw new ColumnFileError('damaged (its CRC-32 does not match)');
  const bytes = (block: Block): Buffer => {
    if (HEADER + manifestBytes + block.at + block.bytes > file.length) throw new ColumnFileError('cut short (a block runs past its end)');
    return file.subarray(HEADER + manifestBytes + block.at, HEADER + manifestBytes + block.at + block.bytes);
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
  let manifest: Entry;
  try {
    manifest = JSON.parse(file.toString('utf8', HEADER, HEADER + manifestBytes)) as Entry;
  } catch {
    throw new ColumnFileError('its manifest is not JSON');
  }
  const columns = read(manifest, '') as Omit<ContactColumns, 'managerUsers'> & { managerUsers: unknown };
  // the manager users are the same objects as the users, as when read from the tables
  return { ...columns, managerUsers: (columns.managerUsers as number[]).map((k) => (k < 0 ? undefined : users[k])) as ContactColumns['managerUsers'] };
}
