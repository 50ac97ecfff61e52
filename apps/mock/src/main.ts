#!/usr/bin/env node
// `crm-mock` (`pnpm mock`): the mock with the reference page served beside it at /docs/ (mockWithDocs.ts), or with
// `--proxy URL` a validating proxy in front of a real server (validatingProxy.ts); flags and variables: commandLine.ts.
import { parseCommandLine } from './commandLine.js';
import { startMockWithDocs } from './mockWithDocs.js';
import { PROXY_JOURNAL_PATH, startValidatingProxy } from './validatingProxy.js';

const invocation = parseCommandLine(process.argv.slice(2));
if ('exitCode' in invocation) {
  process.exitCode = invocation.exitCode;
} else if (invocation.start.proxy !== undefined) {
  const { proxy: upstream, port, host } = invocation.start;
  const proxy = await startValidatingProxy({ upstream, port, host, log: (line) => process.stdout.write(line) });
  console.log(`CRM contacts validating proxy on ${proxy.url}, forwarding to ${upstream}`);
  console.log(`  every request and answer that breaks the contract: logged here, and at ${proxy.url}${PROXY_JOURNAL_PATH}?violations=true`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void proxy.close().then(() => process.exit(0)));
} else {
  const { dynamic, proxy: _none, ...options } = invocation.start;
  const mock = await startMockWithDocs({ ...options, dynamic, log: (line) => process.stdout.write(line) });
  console.log(`CRM contacts mock (${dynamic ? 'dynamic data' : 'static examples'}) on ${mock.url}`);
  console.log(`  reference page with a request console (any token works): ${mock.docsUrl}`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void mock.close().then(() => process.exit(0)));
  }
}
