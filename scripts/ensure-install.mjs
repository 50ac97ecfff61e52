#!/usr/bin/env node
// Makes `npm start` / `npm test` work on a fresh machine that has only Node:
// installs pnpm when missing, then the workspace's dependencies from the lockfile.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PNPM_VERSION = '12.21.0';

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
const env = { ...process.env };
if (!env.npm_config_nodedir && existsSync('/usr/include/node/node.h')) env.npm_config_nodedir = '/usr';

execSync('pnpm install --frozen-lockfile --reporter=append-only', { stdio: ['ignore', 'inherit', 'inherit'], env });
