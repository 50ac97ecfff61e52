#!/usr/bin/env node
// `crm-mock` (`pnpm mock`): the mock with the reference page served beside it at /docs/ (mockWithDocs.ts);
// its flags and variables come from commandLine.ts.
import { parseCommandLine } from './commandLine.js';
import { startMockWithDocs } from './mockWithDocs.js';

const invocation = parseCommandLine(process.argv.slice(2));
if ('exitCode' in invocation) {
  process.exitCode = invocation.exitCode;
} else {
  const { dynamic } = invocation.start;
  const mock = await startMockWithDocs({ ...invocation.start, log: (line) => process.stdout.write(line) });
  console.log(`CRM contacts mock (${dynamic ? 'dynamic data' : 'static examples'}) on ${mock.url}`);
  console.log(`  reference page with a request console (any token works): ${mock.docsUrl}`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void mock.close().then(() => process.exit(0)));
  }
}
