// The one JSON-pointer (RFC 6901) and local `$ref` helper: every walk into the bundled document goes
// through here, escaping `~` and `/` in segments the same way everywhere.
const escapeSegment = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');
const unescapeSegment = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');

/** A JSON pointer from its segments, each escaped: `pointerOf('paths', '/a/b', 'get')` = `/paths/~1a~1b/get`. */
export const pointerOf = (...segments: (string | number)[]): string => segments.map((s) => `/${escapeSegment(String(s))}`).join('');

/** What a JSON pointer names in the document, or undefined. */
export function valueAt<T = any>(document: object, pointer: string): T | undefined {
  let node: any = document;
  for (const raw of pointer.split('/').slice(1)) node = node?.[unescapeSegment(raw)];
  return node as T | undefined;
}

/** The name a local reference ends in: `#/components/schemas/Contact` gives `Contact`. */
export const refName = (ref: string): string => unescapeSegment(ref.slice(ref.lastIndexOf('/') + 1));

/** Follows a local `#/...` reference within the bundled document. */
export function resolveRef<T = any>(document: object, ref: string): T {
  if (!ref.startsWith('#/')) throw new Error(`only local references are supported, got ${ref}`);
  const node = valueAt<T>(document, ref.slice(1));
  if (node === undefined) throw new Error(`unresolvable reference ${ref}`);
  return node;
}

/** Follows `$ref`s from a schema until it reaches one that is not a reference. */
export function derefSchema<T extends { $ref?: unknown } = any>(document: object, schema: T): T {
  let current = schema;
  while (current && typeof current.$ref === 'string') current = resolveRef<T>(document, current.$ref);
  return current;
}

/**
 * A copy of a schema with every `$ref` replaced by what it names, for tools that resolve no references.
 * Keywords beside a `$ref` still apply (JSON Schema 2020-12): they stay, with the named schema under `allOf`.
 */
export function inlineRefs<T = any>(document: object, schema: T, seen: readonly string[] = []): T {
  if (Array.isArray(schema)) return schema.map((item) => inlineRefs(document, item, seen)) as T;
  if (!schema || typeof schema !== 'object') return schema;
  const { $ref: ref, ...siblings } = schema as { $ref?: unknown };
  if (typeof ref === 'string') {
    if (seen.includes(ref)) throw new Error(`cannot inline the recursive reference ${ref}`);
    const named = inlineRefs(document, resolveRef(document, ref), [...seen, ref]);
    if (Object.keys(siblings).length === 0) return named;
    const rest = inlineRefs(document, siblings as Record<string, unknown>, seen);
    return { ...rest, allOf: [...((rest.allOf as unknown[]) ?? []), named] } as T;
  }
  return Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, inlineRefs(document, value, seen)])) as T;
}
