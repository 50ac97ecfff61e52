#!/usr/bin/env node
// `crm-mock` (`pnpm mock`): the mock with the reference page served beside it at /docs/ (mockWithDocs.ts), or with
// `--proxy URL` a validating proxy in front of a real server (validatingProxy.ts); flags and variables: commandLine.ts.
import { parseCommandLine } from './commandLine.js';
import { startMockWithDocs } from './mockWithDocs.js';
import { PROXY_JOURNAL_PATH, startValidatingProxy } from './validatingProxy.js';

const invocation = parseCommandLine(process.argv.slice(2));
// Listening before the server starts: as a container's PID 1 the process has no default action for SIGTERM.
let running: { close(): Promise<void> } | undefined;
if (!('exitCode' in invocation)) {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void (running?.close() ?? Promise.resolve()).then(() => process.exit(0)));
}
if ('exitCode' in invocation) {
  process.exitCode = invocation.exitCode;
} else if (invocation.start.proxy !== undefined) {
  const { proxy: upstream, port, host } = invocation.start;
  const proxy = await startValidatingProxy({ upstream, port, host, log: (line) => process.stdout.write(line) });
  running = proxy;
  console.log(`CRM contacts validating proxy on ${proxy.url}, forwarding to ${upstream}`);
  console.log(`  every request and answer that breaks the contract: logged here, and at ${proxy.url}${PROXY_JOURNAL_PATH}?violations=true`);
} else {
  const { dynamic, proxy: _none, ...options } = invocation.start;
  const mock = await startMockWithDocs({ ...options, dynamic, log: (line) => process.stdout.write(line) });
  running = mock;
  console.log(`CRM contacts mock (${dynamic ? 'dynamic data' : 'static examples'}) on ${mock.url}`);
  console.log(`  reference page with a request console (any token works): ${mock.docsUrl}`);
}
