#!/usr/bin/env node
// `npm start` (emulator) and `pnpm mock` (mock): install what is missing, build what the server and `crm`
// need, then start the server with the arguments given (`npm start -- --port 9000`).
import { spawnSync } from 'node:child_process';
import './ensure-install.mjs';

const [app, ...args] = process.argv.slice(2);
const run = (command, commandArgs) => {
  const child = spawnSync(command, commandArgs, { stdio: 'inherit' });
  if (child.status !== 0) process.exit(child.status ?? 1);
};
run('pnpm', ['exec', 'turbo', 'run', 'build', `--filter=@crm-contacts/${app}...`, '--filter=@crm-contacts/cli...', '--output-logs=errors-only']);
run('pnpm', ['--silent', '--filter', `@crm-contacts/${app}`, 'start', ...args]);
