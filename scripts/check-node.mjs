#!/usr/bin/env node
// `node scripts/check-node.mjs && ...`: the root scripts a developer types by hand (`pnpm lint`, `pnpm build`, ...)
// start with it, so that an unsupported Node stops them with one clear message instead of a failure deep inside.
import { isSupported, supportedInWords } from './supportedNode.mjs';

if (!isSupported(process.versions.node)) {
  console.error(
    [
      `crm-contacts runs on Node ${supportedInWords()}; this shell's Node is ${process.versions.node}.`,
      'Put a supported Node first on PATH (downloaded once from the npm registry), then run the command again:',
      '  eval "$(node scripts/use-node.mjs)"',
      '(`npm test` and `npm start` do this by themselves.)',
    ].join('\n'),
  );
  process.exit(1);
}
