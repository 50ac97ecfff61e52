// Resolves every module entry of every installed package the way a consumer's TypeScript does, under
// moduleResolution nodenext and bundler: an entry without types, or whose types differ between the two, is
// named with its package. Through TypeScript 5.9's API (this package's own): TypeScript 7, which the scratch
// project compiles with, has no JavaScript API yet, and resolves modules by the same rules.
import { join } from 'node:path';
import ts from 'typescript';
import type { EntryPoint } from './entryPoints.js';

export interface ResolvedEntry { specifier: string; nodenext?: string; bundler?: string }

export function resolveEntries(project: string, entries: EntryPoint[]): ResolvedEntry[] {
  const containingFile = join(project, 'src', 'entries.ts'); // in a "type": "module" project: an ES module
  const modes = {
    nodenext: { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext },
    bundler: { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler },
  };
  const resolve = (specifier: string, options: ts.CompilerOptions) =>
    ts.resolveModuleName(specifier, containingFile, { ...options, resolveJsonModule: true }, ts.sys, undefined, undefined, ts.ModuleKind.ESNext).resolvedModule?.resolvedFileName;
  return entries.map((entry) => ({ specifier: entry.specifier, nodenext: resolve(entry.specifier, modes.nodenext), bundler: resolve(entry.specifier, modes.bundler) }));
}

export function resolutionProblems(resolved: ResolvedEntry[]): string[] {
  return resolved.flatMap(({ specifier, nodenext, bundler }) => {
    if (!nodenext || !bundler) return [`${specifier}: no types under moduleResolution ${!nodenext ? 'nodenext' : 'bundler'}`];
    if (nodenext !== bundler) return [`${specifier}: types resolve differently: nodenext ${nodenext}, bundler ${bundler}`];
    if (!/\.d\.(m|c)?ts$|\.json$/.test(nodenext)) return [`${specifier}: resolves to ${nodenext}, not to type declarations`];
    return [];
  });
}
