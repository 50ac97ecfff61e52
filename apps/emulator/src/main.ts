#!/usr/bin/env node
// `crm-emulator` (`pnpm start`): the emulator on demo data, with a banner that says how to call it;
// what the command line asks for comes from commandLine.ts.
import { parseCommandLine } from './commandLine.js';
import { ConfigError, type EmulatorConfig } from './config.js';
import { startEmulator } from './emulator.js';
import { FixturesError } from './data/fixturesError.js';
import { shutdownOnSignals } from './shutdown.js';

async function serve(config: EmulatorConfig): Promise<void> {
  // Listening from the start: as a container's PID 1 the process has no default action for SIGTERM, so a
  // signal during loading would otherwise be ignored until the runtime kills it (then there is nothing to close).
  let emulator: Awaited<ReturnType<typeof startEmulator>> | undefined;
  shutdownOnSignals({ close: async () => emulator?.close(), timeoutMs: config.shutdownTimeoutMs, log: (line) => console.log(line), exit: (code) => process.exit(code) });
  emulator = await startEmulator(config);
  const { info, users, url } = emulator;
  const engine = info.dialect === 'postgres' ? 'PostgreSQL' : config.file ? `SQLite file ${config.file}` : 'SQLite in memory';
  const admin = users.find((u) => u.isAdmin) ?? users[0];
  const lines = [
    `crm-contacts emulator listening on ${url}`,
    `  reference page with a request console (the administrator's token filled in): ${url}/docs/`,
    `  ${info.contacts} contacts (${engine}, seed ${info.seed}${info.fixtures ? `, fixtures ${info.fixtures.file} (${info.fixtures.mode})` : ''}), ${info.fromSnapshot ? 'from the snapshot of an earlier run' : `loaded in ${info.loadMillis} ms`}, indexed in ${info.indexMillis} ms; time zone ${config.timeZone}`,
    ...(info.snapshotColumns?.refused ? [`  ${info.snapshotColumns.refused}: read from the snapshot's rows instead, and written again`] : []),
    '  users (userName / password / token):',
    ...users.map((u) => `    ${u.isAdmin ? '[admin] ' : ''}${u.crmAccess ? '' : '[no CRM access: 403] '}${u.userName} / ${u.password} / ${u.token}`),
    '  try:',
    `    curl -H 'Authorization: ${admin.token}' '${url}/api/2.0/crm/contact/filter?count=2&contactListView=Person'`,
    '  stop with Ctrl-C',
  ];
  console.log(lines.join('\n'));
}

async function main(): Promise<void> {
  const invocation = parseCommandLine(process.argv.slice(2));
  if ('serve' in invocation) return serve(invocation.serve);
  process.exitCode = invocation.exitCode;
}

main().catch((error) => {
  if (error instanceof ConfigError || error instanceof FixturesError) {
    console.error(`crm-emulator: ${error.message}`);
  } else {
    console.error('crm-emulator: failed to start:', error);
  }
  process.exit(1);
});
