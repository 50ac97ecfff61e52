#!/usr/bin/env node
// Makes `npm start` / `npm test` work on a fresh machine that has only Node:
// installs pnpm when missing, then the workspace's dependencies from the lockfile.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const PNPM_VERSION = '12.21.0';

function installedHeadersVersion(file) {
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  const part = (name) => new RegExp(`#define NODE_${name}_VERSION (\\d+)`).exec(text)?.[1];
  return [part('MAJOR'), part('MINOR'), part('PATCH')].join('.');
}

function has(cmd) {
  try {
    execSync(`${cmd} --version`, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

if (!has('pnpm')) {
  console.log(`[setup] installing pnpm@${PNPM_VERSION}`);
  execSync(`npm i -g pnpm@${PNPM_VERSION}`, { stdio: 'inherit' });
}

// better-sqlite3 builds from source here; node-gyp must use the installed Node headers
// instead of downloading them (no such download is reachable), and pnpm ignores npm's nodedir.
// Only when those headers are this Node's own: another version's would build an addon that fails to load.
const env = { ...process.env };
if (!env.npm_config_nodedir && installedHeadersVersion('/usr/include/node/node_version.h') === process.versions.node) {
  env.npm_config_nodedir = '/usr';
}

execSync('pnpm install --frozen-lockfile --reporter=append-only', { stdio: ['ignore', 'inherit', 'inherit'], env });
