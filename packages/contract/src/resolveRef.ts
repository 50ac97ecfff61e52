// Follows a local `#/components/...` reference within the bundled document.
export function resolveRef<T = any>(document: object, ref: string): T {
  if (!ref.startsWith('#/')) throw new Error(`only local references are supported, got ${ref}`);
  let node: any = document;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = node?.[key];
    if (node === undefined) throw new Error(`unresolvable reference ${ref}`);
  }
  return node as T;
}

/** Follows `$ref`s from a schema until it reaches one that is not a reference. */
export function derefSchema<T extends { $ref?: unknown } = any>(document: object, schema: T): T {
  let current = schema;
  while (current && typeof current.$ref === 'string') current = resolveRef<T>(document, current.$ref);
  return current;
}
