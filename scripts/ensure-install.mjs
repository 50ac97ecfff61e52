#!/usr/bin/env node
// Makes `npm start` / `npm test` work on a fresh machine that has only Node:
// installs pnpm when missing, then the workspace's dependencies from the lockfile.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

// the version the root package.json's devEngines names (CI's pnpm/action-setup is checked against it too)
const PNPM_VERSION = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).devEngines.packageManager.version;

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

execSync('pnpm install --frozen-lockfile --reporter=append-only', { stdio: ['ignore', 'inherit', 'inherit'] });
