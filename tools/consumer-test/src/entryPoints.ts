// The entries a package's "exports" offers: each subpath, whether it is a module (JavaScript or JSON, which
// TypeScript resolves) or a data file (the contract's YAML, read by path), and whether it names its types.
export interface EntryPoint {
  /** "." or "./xml" */
  subpath: string;
  /** The import specifier: "@crm-contacts/contract/xml". */
  specifier: string;
  /** The file the "default" (or only) target names. */
  target: string;
  /** JavaScript or JSON: TypeScript resolves it, so it needs types (JSON carries its own). */
  isModule: boolean;
  /** The "types" condition, where there is one. */
  types?: string;
}

const MODULE_FILE = /\.(m|c)?js$|\.json$/;

function targetOf(value: unknown): { target?: string; types?: string } {
  if (typeof value === 'string') return { target: value };
  if (value && typeof value === 'object') {
    const conditions = value as Record<string, unknown>;
    const types = typeof conditions.types === 'string' ? conditions.types : undefined;
    const fallback = conditions.default ?? conditions.import ?? conditions.node;
    return { target: targetOf(fallback).target, types };
  }
  return {};
}

export function entryPoints(name: string, exportsField: unknown): EntryPoint[] {
  if (exportsField === undefined) throw new Error(`${name}: package.json has no "exports"`);
  const map = typeof exportsField === 'string' || !Object.keys(exportsField as object).every((key) => key.startsWith('.'))
    ? { '.': exportsField }
    : (exportsField as Record<string, unknown>);
  return Object.entries(map).map(([subpath, value]) => {
    const { target, types } = targetOf(value);
    if (!target) throw new Error(`${name}: exports["${subpath}"] names no file`);
    return { subpath, specifier: subpath === '.' ? name : `${name}/${subpath.slice(2)}`, target, types, isModule: MODULE_FILE.test(target) };
  });
}

/** Data entries (YAML) are files to read, not modules: no resolver gives them types. */
export const dataEntries = (entries: EntryPoint[]) => entries.filter((entry) => !entry.isModule).map((entry) => entry.subpath);
