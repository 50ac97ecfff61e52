// Every workspace package (a folder with a package.json under apps/, packages/ or tools/) says in its
// README where each behaviour lives, and the map stays true. Per package this fails, naming the package
// and the path, when:
//  1. README.md has no `## Where each behaviour lives` section whose first table has the header
//     `| behaviour | file |` and at least MIN_ROWS rows, or a row names no file;
//  2. a backticked span of the file column that looks like a path (it contains a `/`, or ends in a file
//     extension such as .ts .mjs .json .yaml .py .sh) does not exist relative to the package folder.
//     Folders (`src/engine/`) and paths out of the package (`../other/scripts/x.mjs`) are fine; globs
//     (`src/engine/*.ts`) are not allowed: name the folder instead;
//  3. a source file under the package's src/ (*.ts, *.js, *.mjs, but not *.d.ts and not tests: *.test.ts,
//     *.test-d.ts, *.bench.ts) is named in the table neither itself nor through a folder above it
//     (`src/engine/` covers everything under src/engine/). `src/` itself covers nothing: a row naming
//     the whole of src/ says nothing about where a behaviour lives. Generated files count too (a row
//     naming `src/generated/` covers them).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryRoot as root, workspacePackages } from '../src/eslint/workspacePackages.js';

const HEADING = '## Where each behaviour lives';
const MIN_ROWS = 3;
const EXTENSION = /\.(ts|mts|cts|js|mjs|cjs|json|ya?ml|py|sh|md|txt|in|cfg|toml)$/;
const NOT_SOURCE = /(\.d\.ts|\.test\.ts|\.test-d\.ts|\.bench\.ts)$/;

/** The cells of a Markdown table row; a `|` inside backticks does not split. */
function cells(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  let inCode = false;
  for (const char of line.trim().replace(/^\||\|$/g, '')) {
    if (char === '`') inCode = !inCode;
    if (char === '|' && !inCode) {
      out.push(cell.trim());
      cell = '';
    } else cell += char;
  }
  out.push(cell.trim());
  return out;
}

interface BehaviourMap {
  /** Problems with the section itself (missing, wrong header, too few rows). */
  problems: string[];
  rows: { behaviour: string; file: string }[];
}

function behaviourMap(pkg: string): BehaviourMap {
  const readme = join(root, pkg, 'README.md');
  if (!existsSync(readme)) return { problems: [`${pkg}: no README.md`], rows: [] };
  const lines = readFileSync(readme, 'utf8').split('\n');
  const start = lines.findIndex((line) => line.trimEnd() === HEADING);
  if (start < 0) return { problems: [`${pkg}/README.md: no "${HEADING}" section`], rows: [] };
  const end = lines.findIndex((line, i) => i > start && /^#{1,2} /.test(line));
  const section = lines.slice(start + 1, end < 0 ? undefined : end);
  const first = section.findIndex((line) => line.trimStart().startsWith('|'));
  if (first < 0) return { problems: [`${pkg}/README.md: "${HEADING}" has no table`], rows: [] };
  const table = section.slice(first);
  const length = table.findIndex((line) => !line.trimStart().startsWith('|'));
  const [header, separator, ...body] = table.slice(0, length < 0 ? undefined : length);
  const problems: string[] = [];
  if (cells(header).join(' | ') !== 'behaviour | file') problems.push(`${pkg}/README.md: the table's header is "${header.trim()}", not "| behaviour | file |"`);
  if (!separator || !/^[\s|:-]+$/.test(separator)) problems.push(`${pkg}/README.md: the table has no separator line under its header`);
  const rows = body.map((line) => {
    const [behaviour = '', file = ''] = cells(line);
    return { behaviour, file };
  });
  if (rows.length < MIN_ROWS) problems.push(`${pkg}/README.md: the table has ${rows.length} rows, fewer than ${MIN_ROWS}`);
  return { problems, rows };
}

/** The backticked spans of a file cell that look like paths. */
const pathsIn = (file: string): string[] =>
  [...file.matchAll(/`([^`]+)`/g)].map((match) => match[1].trim()).filter((span) => span.includes('/') || EXTENSION.test(span));

/** A named path as the folder-or-file it names, relative to the package: no `./`, no trailing `/`. */
const normalised = (path: string) => posix.normalize(path).replace(/^\.\//, '').replace(/\/$/, '');

function sourceFilesOf(pkg: string): string[] {
  const src = join(root, pkg, 'src');
  if (!existsSync(src)) return [];
  return readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|js|mjs)$/.test(file) && !NOT_SOURCE.test(file))
    .map((file) => `src/${file.split('\\').join('/')}`)
    .sort();
}

const packages = workspacePackages();

describe('every package README says where each behaviour lives', () => {
  it('finds the workspace packages', () => {
    expect(packages).toContain('packages/contract');
    expect(packages.length).toBeGreaterThan(10);
  });

  describe.each(packages)('%s', (pkg) => {
    it(`has a "${HEADING}" table of at least ${MIN_ROWS} rows, each naming a file`, () => {
      const { problems, rows } = behaviourMap(pkg);
      const empty = rows.filter((row) => pathsIn(row.file).length === 0).map((row) => `${pkg}/README.md: the row "${row.behaviour}" names no file`);
      expect([...problems, ...empty]).toEqual([]);
    });

    it('names only paths that exist (no globs)', () => {
      const stale = behaviourMap(pkg).rows.flatMap((row) => pathsIn(row.file)).flatMap((path) => {
        if (/[*?[\]{}]/.test(path)) return [`${pkg}/README.md: \`${path}\` is a glob; name the folder instead`];
        return existsSync(join(root, pkg, path)) ? [] : [`${pkg}/README.md: \`${path}\` does not exist in ${pkg}/`];
      });
      expect(stale).toEqual([]);
    });

    it('names every source file under src/, itself or through its folder', () => {
      const named = new Set(behaviourMap(pkg).rows.flatMap((row) => pathsIn(row.file)).map(normalised));
      named.delete('src');
      const covered = (file: string) => file.split('/').some((_, i, parts) => named.has(parts.slice(0, i + 1).join('/')));
      const missing = sourceFilesOf(pkg).filter((file) => !covered(file)).map((file) => `${pkg}/README.md: \`${file}\` is in no row`);
      expect(missing).toEqual([]);
    });
  });
});
