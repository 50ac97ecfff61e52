#!/usr/bin/env node
// Runs a command only when the SDK was generated: where Java is missing, generation was skipped
// (with a notice), and so are the build and the type check that need its output. The SDKs run it as
// this package's `crm-when-generated` bin.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const [command, ...args] = process.argv.slice(2);
if (!existsSync('generated')) { // run from the SDK package's directory, as package scripts are
  console.warn(`SKIPPED ${command} ${args.join(' ')}: no generated/ (run \`pnpm generate\`; it needs Java 17)`);
  process.exit(0);
}
process.exit(spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' }).status ?? 1);
