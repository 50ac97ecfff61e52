#!/usr/bin/env node
// `pnpm mock`: the mock on PORT (default 4010), HOST (default 127.0.0.1); MOCK_DYNAMIC=1 for generated data.
// The reference page is served beside it at /docs/ (mockWithDocs.ts). `--proxy URL` (MOCK_PROXY): a
// validating proxy in front of a real server instead (validatingProxy.ts).
import { startMockWithDocs } from './mockWithDocs.js';
import { PROXY_JOURNAL_PATH, startValidatingProxy } from './validatingProxy.js';

const proxyFlag = process.argv.indexOf('--proxy');
const upstream = proxyFlag >= 0 ? process.argv[proxyFlag + 1] : process.env.MOCK_PROXY;
if (upstream !== undefined) {
  if (!/^https?:\/\/./.test(upstream)) {
    console.error(`crm-mock: --proxy needs the URL of a server (http:// or https://), got '${upstream ?? ''}'`);
    process.exit(1);
  }
  const proxy = await startValidatingProxy({ upstream, port: Number(process.env.PORT ?? 4010), host: process.env.HOST ?? '127.0.0.1', log: (line) => process.stdout.write(line) });
  console.log(`CRM contacts validating proxy on ${proxy.url}, forwarding to ${upstream}`);
  console.log(`  every request and answer that breaks the contract: logged here, and at ${proxy.url}${PROXY_JOURNAL_PATH}?violations=true`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void proxy.close().then(() => process.exit(0)));
} else {
  const dynamic = process.env.MOCK_DYNAMIC === '1' || process.argv.includes('--dynamic');
  const mock = await startMockWithDocs({
    port: Number(process.env.PORT ?? 4010),
    host: process.env.HOST ?? '127.0.0.1',
    dynamic,
    seed: process.env.MOCK_SEED,
    log: (line) => process.stdout.write(line),
  });
  console.log(`CRM contacts mock (${dynamic ? 'dynamic data' : 'static examples'}) on ${mock.url}`);
  console.log(`  reference page with a request console (any token works): ${mock.docsUrl}`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void mock.close().then(() => process.exit(0)));
  }
}
