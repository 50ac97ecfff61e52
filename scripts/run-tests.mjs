#!/usr/bin/env node
// `npm test`: lint and every test through turbo, then the summary line whatever turbo's outcome, so a
// failing run still ends with its counts; the exit code is turbo's.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const local = 'node_modules/.bin/turbo';
const turbo = spawnSync(existsSync(local) ? local : 'turbo', ['run', 'lint', 'test'], { stdio: 'inherit' });
if (turbo.error) console.error(`run-tests: could not start turbo: ${turbo.error.message}`);
const summary = spawnSync(process.execPath, ['scripts/test-summary.mjs'], { stdio: 'inherit' });
const turboCode = turbo.status ?? 1;
process.exit(turboCode !== 0 ? turboCode : (summary.status ?? 1));
