// An object written once as JSON or XML with holes for the members that differ per request (a
// viewer's rights, the nested company), filled in when answering.
// Written member by member with JSON.stringify and the contract's XML writer, so a filled template is
// byte for byte what writing the whole object would give. Kept as UTF-8 bytes: an answer is then one
// copy of its parts, with no string to flatten, measure and encode again on every request.
import { writeXmlElement } from '@crm-contacts/contract/xml/write';
import type { AnswerWriter } from './answerWriter.js';

export type Format = 'json' | 'xml';

export interface AnswerTemplate {
  format: Format;
  open: Buffer;
  /** Written members (runs of them, already joined) or, where `holes` names one, a hole. */
  segments: Buffer[];
  holes: (string | null)[];
  close: Buffer;
  /** XML: the element when every member is left out (`<name />`), as the writer writes an empty object. */
  emptyForm?: Buffer;
  /** Bytes held, for the cache's bound. */
  size: number;
}

const COMMA = Buffer.from(',');
const COMMA_BYTE = COMMA[0];
const EMPTY = Buffer.alloc(0);
// Stands in for a hole while the whole object is written; JSON and XML writers both pass it through (a
// character XML can carry: the XML writer replaces the others). Data cannot forge a marked member: text
// never holds an unescaped `<` (XML) or `"` (JSON).
const MARK = '\uFDD0';

/** A template of `value`, members named in `holes` left open. */
export function templateOf(format: Format, name: string, value: Record<string, unknown>, holes: readonly string[]): AnswerTemplate {
  // Written whole, with a marker for each hole, then cut at the markers: one writer call per object.
  const marked: Record<string, unknown> = {};
  const holesHere: string[] = [];
  for (const key of Object.keys(value)) {
    const member = value[key];
    if (member !== undefined && holes.includes(key)) {
      marked[key] = MARK + key + MARK;
      holesHere.push(key);
    } else marked[key] = member;
  }
  const whole = format === 'json' ? JSON.stringify(marked) : writeXmlElement(name, marked);
  // one allocation per template, outside the shared pool, so an evicted template frees all it held
  const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(whole));
  bytes.write(whole);
  // an object with no members (a contact trimmed by `fields=`) is written whole: `{}` or `<name />`
  if (!Object.values(value).some((member) => member !== undefined)) return { format, open: bytes, segments: [], holes: [], close: EMPTY, size: bytes.length + 64 };
  // with members, the XML element is never the empty `<name />`
  const openLength = format === 'json' ? 1 : name.length + 2;
  const closeLength = format === 'json' ? 1 : name.length + 3;
  const segments: Buffer[] = [];
  const holeAt: (string | null)[] = [];
  const run = (from: number, to: number) => {
    // JSON: the commas around a hole are written by fillInto, which knows whether the hole is filled
    if (format === 'json' && bytes[from] === COMMA_BYTE) from++;
    if (format === 'json' && to > from && bytes[to - 1] === COMMA_BYTE) to--;
    if (to <= from) return;
    segments.push(bytes.subarray(from, to));
    holeAt.push(null);
  };
  let at = openLength;
  for (const key of holesHere) {
    const marker = markerOf(format, key);
    const found = bytes.indexOf(marker, at);
    run(at, found);
    segments.push(EMPTY);
    holeAt.push(key);
    at = found + marker.length;
  }
  run(at, bytes.length - closeLength);
  const open = bytes.subarray(0, openLength);
  const close = bytes.subarray(bytes.length - closeLength);
  // no member but holes: filled with nothing (a trimmed person whose company the viewer may not see) it
  // is an object without members, which the writer writes `<name />`
  const onlyHoles = Object.keys(value).every((key) => value[key] === undefined || holesHere.includes(key));
  const emptyForm = format === 'xml' && onlyHoles ? Buffer.from(`<${name} />`) : undefined;
  return { format, open, segments, holes: holeAt, close, emptyForm, size: bytes.length + 64 * (segments.length + 2) };
}

const markers = new Map<string, Buffer>();
/** A hole's member as the writers write it, marker for value. */
function markerOf(format: Format, key: string): Buffer {
  let marker = markers.get(format + key);
  if (!marker) {
    const text = format === 'json' ? `${JSON.stringify(key)}:${JSON.stringify(MARK + key + MARK)}` : `<${key}>${MARK}${key}${MARK}</${key}>`;
    markers.set(format + key, (marker = Buffer.from(text)));
  }
  return marker;
}

/** The opening of a member as the template's format writes it (`"key":` or `<key>`), for text written in parts. */
export function memberOpen(format: Format, key: string): Buffer {
  return Buffer.from(format === 'json' ? `${JSON.stringify(key)}:` : `<${key}>`);
}

/** A whole member from a value: `"key":value` or `<key>value</key>`. */
export function memberBytes(format: Format, key: string, value: unknown): Buffer {
  return Buffer.from(format === 'json' ? `${JSON.stringify(key)}:${JSON.stringify(value)}` : writeXmlElement(key, value));
}

/** Writes a hole's member (see memberOpen/memberBytes), or nothing to leave the member out. */
export interface HoleFiller {
  fill(out: AnswerWriter, hole: string): void;
}

/** Writes the template filled in: each hole as `filler` writes it; a hole it writes nothing for is left out. */
export function fillInto(out: AnswerWriter, t: AnswerTemplate, filler: HoleFiller): void {
  const from = out.length;
  out.bytes(t.open);
  let first = true;
  for (let k = 0; k < t.segments.length; k++) {
    const hole = t.holes[k];
    const mark = out.length;
    if (t.format === 'json' && !first) out.bytes(COMMA);
    if (hole === null) out.bytes(t.segments[k]);
    else {
      const before = out.length;
      filler.fill(out, hole);
      if (out.length === before) {
        out.length = mark; // an empty hole: its comma goes too
        continue;
      }
    }
    first = false;
  }
  if (first && t.emptyForm) {
    out.length = from;
    out.bytes(t.emptyForm);
    return;
  }
  out.bytes(t.close);
}
