// Reads the server's XML back into the JSON shape, typed by the contract's schema: XML alone cannot
// tell an array of one from a single element, or the number 1 from the text "1".
import { XMLParser } from 'fast-xml-parser';
import { derefSchema } from '../resolveRef.js';

type Schema = Record<string, any>;
type XmlNode = Record<string, unknown[]> | string;

const parser = new XMLParser({
  ignoreAttributes: true,
  ignoreDeclaration: true,
  parseTagValue: false,
  isArray: () => true,
});

const deref = (document: object, schema: Schema): Schema => derefSchema(document, schema) ?? {};

const typesOf = (schema: Schema): string[] =>
  Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];

// Alternatives (oneOf/anyOf, nested ones flattened) are chosen by the `const` properties the element
// carries (isCompany) and its required members; an element none fits whole (a contact trimmed by
// `fields`) takes the alternative that fixes no `const`.
function chooseAlternative(document: object, alternatives: Schema[], node: XmlNode): Schema | undefined {
  const candidates = flatten(document, alternatives).filter((s) => !typesOf(s).includes('null'));
  if (typeof node === 'string') return candidates.find((s) => !isObjectSchema(document, s)) ?? candidates[0];
  const objectCandidates = candidates.filter((s) => isObjectSchema(document, s));
  const has = (name: string) => (node as Record<string, unknown[]>)[name] !== undefined;
  for (const candidate of objectCandidates) {
    const props = collectProperties(document, candidate);
    const consts = Object.entries(props).filter(([, p]) => p.const !== undefined);
    const matches = consts.every(([name, p]) => {
      const raw = (node as Record<string, unknown[]>)[name]?.[0];
      return raw !== undefined && String(raw) === String(p.const);
    });
    // a required array may be absent (an empty array writes no element); any other required member may not
    const whole = [...collectRequired(document, candidate)].every((name) => has(name) || typesOf(props[name] ?? {}).includes('array'));
    if (consts.length > 0 && matches && whole) return candidate;
  }
  const constFree = objectCandidates.find((c) => !Object.values(collectProperties(document, c)).some((p) => p.const !== undefined));
  return constFree ?? objectCandidates[0] ?? candidates[0];
}

function flatten(document: object, alternatives: Schema[]): Schema[] {
  return alternatives.flatMap((a) => {
    const s = deref(document, a);
    const nested = s.oneOf ?? s.anyOf;
    return nested && !s.properties && !s.allOf ? flatten(document, nested) : [s];
  });
}

function isObjectSchema(document: object, schema: Schema): boolean {
  const s = deref(document, schema);
  return typesOf(s).includes('object') || !!s.properties || (Array.isArray(s.allOf) && s.allOf.some((p: Schema) => isObjectSchema(document, p)));
}

// The properties of a schema with its allOf parts merged (later parts win, as `const` narrows).
function collectProperties(document: object, schema: Schema): Record<string, Schema> {
  const s = deref(document, schema);
  let props: Record<string, Schema> = {};
  for (const part of s.allOf ?? []) props = { ...props, ...collectProperties(document, part) };
  for (const [name, p] of Object.entries<Schema>(s.properties ?? {})) {
    const resolved = deref(document, p);
    props[name] = props[name] && resolved.const !== undefined ? { ...deref(document, props[name]), ...resolved } : resolved;
  }
  return props;
}

function collectRequired(document: object, schema: Schema): Set<string> {
  const s = deref(document, schema);
  const required = new Set<string>(s.required ?? []);
  for (const part of s.allOf ?? []) for (const name of collectRequired(document, part)) required.add(name);
  return required;
}

function convert(document: object, schema: Schema, node: XmlNode): unknown {
  const s = deref(document, schema);
  const alternatives = s.oneOf ?? s.anyOf;
  const types = typesOf(s);
  const isEmpty = node === '' || (typeof node === 'object' && Object.keys(node).length === 0);
  if (alternatives) {
    if (isEmpty && alternatives.some((a: Schema) => typesOf(deref(document, a)).includes('null'))) return null;
    const chosen = chooseAlternative(document, alternatives, node);
    return chosen ? convert(document, chosen, node) : node;
  }
  if (isObjectSchema(document, s)) {
    if (isEmpty && types.includes('null')) return null;
    if (typeof node === 'string') return {};
    const props = collectProperties(document, s);
    const out: Record<string, unknown> = {};
    for (const [name, children] of Object.entries(node)) {
      const propSchema = props[name];
      if (!propSchema) {
        out[name] = children.length === 1 ? children[0] : children; // unknown to the contract: kept raw
        continue;
      }
      if (typesOf(propSchema).includes('array')) {
        out[name] = children.map((child) => convert(document, propSchema.items ?? {}, child as XmlNode));
      } else {
        out[name] = convert(document, propSchema, children[0] as XmlNode);
      }
    }
    // An array property with no element is an empty array, when the schema requires it.
    const required = collectRequired(document, s);
    for (const [name, p] of Object.entries(props)) {
      if (!(name in out) && typesOf(p).includes('array') && required.has(name)) out[name] = [];
    }
    return out;
  }
  const text = typeof node === 'string' ? node : '';
  if (types.includes('string')) return text;
  if (text === '' && types.includes('null')) return null;
  if (types.includes('integer') || types.includes('number')) return Number(text);
  if (types.includes('boolean')) return text === 'true';
  if (s.const !== undefined) return typeof s.const === 'boolean' ? text === 'true' : typeof s.const === 'number' ? Number(text) : text;
  return text;
}

/**
 * Parses `xml` and shapes it by `schema` (a schema object or `{ $ref }`) of `document`.
 * The root element's name is not checked; its children become the object's properties.
 */
export function readXml(xml: string, schema: Schema, document: object): unknown {
  const parsed = parser.parse(xml) as Record<string, unknown[]>;
  const rootName = Object.keys(parsed).find((k) => !k.startsWith('?'));
  if (!rootName) throw new Error('XML document has no root element');
  return convert(document, schema, parsed[rootName][0] as XmlNode);
}
