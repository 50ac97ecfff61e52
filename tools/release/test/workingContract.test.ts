// The check CI runs on every clone: the working contract (openapi/, bundled) against the committed baseline,
// with the real pending changesets in .changeset/. A change to openapi/ without a changeset, or a breaking
// one without a major bump, fails here with the gate's message.
import { expect, it } from 'vitest';
import { checkContractRelease } from '../src/gate.js';
import { releasePaths } from '../src/paths.js';

it('the working contract passes the release gate against the last release', async () => {
  const gate = await checkContractRelease(releasePaths());
  console.log(gate.message.split('\n')[0]);
  expect(gate.ok, gate.message).toBe(true);
});
