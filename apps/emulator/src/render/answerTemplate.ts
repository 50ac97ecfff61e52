// An object written once as JSON or XML with holes for the members that differ per request (a
// viewer's rights, the nested company, an envelope's list), filled in as text when answering.
// Written member by member with JSON.stringify and the contract's XML writer, so a filled template is
// byte for byte what writing the whole object would give.
import { writeXmlElement } from '@crm-contacts/contract/xml/write';

export type Format = 'json' | 'xml';

export interface AnswerTemplate {
  format: Format;
  open: string;
  /** Written members (runs of them, already joined) and the names of holes, in member order. */
  segments: string[];
  holes: (string | null)[];
  close: string;
}

/** A template of `value`, members named in `holes` left open. */
export function templateOf(format: Format, name: string, value: Record<string, unknown>, holes: readonly string[]): AnswerTemplate {
  const segments: string[] = [];
  const holeAt: (string | null)[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length === 0) return;
    segments.push(run.join(format === 'json' ? ',' : ''));
    holeAt.push(null);
    run = [];
  };
  for (const [key, member] of Object.entries(value)) {
    if (member === undefined) continue;
    if (holes.includes(key)) {
      flush();
      segments.push('');
      holeAt.push(key);
    } else {
      run.push(format === 'json' ? `${JSON.stringify(key)}:${JSON.stringify(member)}` : writeXmlElement(key, member));
    }
  }
  flush();
  // contacts and envelopes always have members, so the XML element is never the empty `<name />`
  return format === 'json'
    ? { format, open: '{', segments, holes: holeAt, close: '}' }
    : { format, open: `<${name}>`, segments, holes: holeAt, close: `</${name}>` };
}

/** A member written as the template's format writes it: `"key":text` or `<key>text</key>`, from text already written. */
export function memberText(format: Format, key: string, written: string): string {
  return format === 'json' ? `${JSON.stringify(key)}:${written}` : written.startsWith(`<${key}`) ? written : `<${key}>${written}</${key}>`;
}

/** Fills the holes with member texts (see memberText); a hole whose value is '' is left out. */
export function fill(t: AnswerTemplate, members: Record<string, string>): string {
  let out = t.open;
  let first = true;
  for (let k = 0; k < t.segments.length; k++) {
    const hole = t.holes[k];
    const text = hole === null ? t.segments[k] : (members[hole] ?? '');
    if (text === '') continue;
    if (t.format === 'json' && !first) out += ',';
    out += text;
    first = false;
  }
  return out + t.close;
}
