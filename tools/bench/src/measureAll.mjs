#!/usr/bin/env node
// `pnpm --filter @crm-contacts/bench measure-all [contacts ...]`: the peak RSS of `crm contacts filter --all`
// walking every contact of an emulator (default 10,000 and 100,000), beside collecting the same walk into
// one array (the client's filterAll). Flat memory: the CLI's peak does not grow with the number of
// contacts. Reads the peak from GNU time (/usr/bin/time, Debian package "time"). Not part of `pnpm test`.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '@crm-contacts/emulator';

const TIME = '/usr/bin/time';
if (!existsSync(TIME)) throw new Error(`${TIME} (GNU time) is needed to read the peak RSS: apt-get install time`);
// the built `crm` bin sits beside the CLI package's entry point
const CLI = fileURLToPath(new URL('main.js', import.meta.resolve('@crm-contacts/cli')));
const CLIENT = import.meta.resolve('@crm-contacts/client');
const TOKEN = 'measure-all';
const COLLECT = `const { createCrmClient } = await import(${JSON.stringify(CLIENT)});
const all = await createCrmClient({ baseUrl: process.env.CRM_BASE_URL, token: process.env.CRM_TOKEN }).contacts.filterAll();
for (const contact of all) process.stdout.write(JSON.stringify(contact) + '\\n');`;

/** Runs node under GNU time with its stdout read through a pipe; resolves with the lines, peak RSS and seconds. */
function measure(args, env) {
  const report = join(mkdtempSync(join(tmpdir(), 'measure-all-')), 'time');
  const started = process.hrtime.bigint();
  const child = spawn(TIME, ['-f', '%M', '-o', report, process.execPath, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  let lines = 0;
  child.stdout.on('data', (chunk) => { for (const byte of chunk) if (byte === 10) lines += 1; });
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`node ${args.join(' ')} exited ${code}`));
      const peakMiB = Number(readFileSync(report, 'utf8').trim().split('\n').pop()) / 1024;
      resolve({ lines, peakMiB: Math.round(peakMiB * 10) / 10, seconds: Number(process.hrtime.bigint() - started) / 1e9 });
    });
  });
}

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
for (const contacts of sizes.length ? sizes : [10_000, 100_000]) {
  // no answer cache: every page is computed, as on a real server; the emulator runs in this process, not the measured one
  const emulator = await startEmulator({ port: 0, contacts, seed: 1, adminToken: TOKEN, responseCacheMb: 0, logLevel: 'warn' });
  try {
    const env = { CRM_BASE_URL: emulator.url, CRM_TOKEN: TOKEN };
    const streamed = await measure([CLI, 'contacts', 'filter', '--all', '--format', 'ndjson'], env);
    const collected = await measure(['--input-type=module', '-e', COLLECT], env);
    console.log(`${contacts.toLocaleString('en-US')} contacts: crm --all ${streamed.lines} lines, peak RSS ${streamed.peakMiB} MiB, ${streamed.seconds.toFixed(1)} s;`
      + ` filterAll into an array ${collected.lines} lines, peak RSS ${collected.peakMiB} MiB, ${collected.seconds.toFixed(1)} s`);
  } finally {
    await emulator.close();
  }
}
