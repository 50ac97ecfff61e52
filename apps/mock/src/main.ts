#!/usr/bin/env node
// `pnpm mock`: the mock on PORT (default 4010), HOST (default 127.0.0.1); MOCK_DYNAMIC=1 for generated data.
// The reference page is served beside it at /docs/ (mockWithDocs.ts).
import { startMockWithDocs } from './mockWithDocs.js';

const dynamic = process.env.MOCK_DYNAMIC === '1' || process.argv.includes('--dynamic');
// Listening before Prism starts: as a container's PID 1 the process has no default action for SIGTERM.
let mock: Awaited<ReturnType<typeof startMockWithDocs>> | undefined;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void (mock?.close() ?? Promise.resolve()).then(() => process.exit(0)));
}
mock = await startMockWithDocs({
  port: Number(process.env.PORT ?? 4010),
  host: process.env.HOST ?? '127.0.0.1',
  dynamic,
  seed: process.env.MOCK_SEED,
  log: (line) => process.stdout.write(line),
});
console.log(`CRM contacts mock (${dynamic ? 'dynamic data' : 'static examples'}) on ${mock.url}`);
console.log(`  reference page with a request console (any token works): ${mock.docsUrl}`);
